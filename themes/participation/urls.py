from django.urls import path

from . import views

urlpatterns = [
    path("lessen/delen/", views.share_lesson, name="share_lesson"),
    path(
        "lessen/delen/vergelijkbaar/",
        views.similar_bottlenecks_json,
        name="similar_bottlenecks",
    ),
    path("lessen/delen/<int:page_id>/", views.revise_lesson, name="revise_lesson"),
    path("mijn-bijdragen/", views.my_contributions, name="my_contributions"),
]
