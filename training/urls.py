from django.urls import path

from . import views

urlpatterns = [
    path(
        "voortgang/les/<int:lesson_id>/afgerond/",
        views.lesson_complete,
        name="training_lesson_complete",
    ),
    path(
        "voortgang/les/<int:lesson_id>/kennischeck/<slug:check_id>/",
        views.knowledge_check_submit,
        name="training_knowledge_check",
    ),
    path(
        "voortgang/les/<int:lesson_id>/reflectie/<slug:block_id>/",
        views.reflection_save,
        name="training_reflection",
    ),
]
