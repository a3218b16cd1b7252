from django.urls import path

from . import views

urlpatterns = [
    path("vragen/pagina/<int:page_id>/", views.ask, name="question_ask"),
    path("vragen/<int:pk>/beantwoorden/", views.answer, name="question_answer"),
    path("vragen/antwoord/<int:pk>/markeren/", views.mark, name="answer_mark"),
    path("vragen/beoordelen/", views.review, name="questions_review"),
    path("vragen/<int:pk>/beoordelen/", views.decide, name="question_decide"),
]
