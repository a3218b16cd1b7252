from django.urls import path

from . import adoption_views, views

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
    path(
        "voortgang/module/<int:module_id>/vernieuwen/",
        views.module_renew,
        name="training_module_renew",
    ),
    path(
        "overnemen/module/<int:module_id>/",
        adoption_views.module_adopt,
        name="training_module_adopt",
    ),
    path("leren/paden/", views.learning_paths, name="training_learning_paths"),
    path("leren/paden/<slug:slug>/", views.learning_path, name="training_learning_path"),
    path("mijn-leeromgeving/", views.my_learning, name="training_my_learning"),
    path("certificaat/", views.certificate_verify, name="training_certificate_verify"),
    path("certificaat/<slug:code>/", views.certificate_detail, name="training_certificate"),
    path(
        "certificaat/<slug:code>/pdf/",
        views.certificate_download,
        name="training_certificate_pdf",
    ),
]
