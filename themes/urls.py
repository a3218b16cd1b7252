from django.urls import path

from . import views

urlpatterns = [
    path("lessen/register/", views.lesson_register, name="lesson_register"),
    path("lessen/register.csv", views.lesson_register_csv, name="lesson_register_csv"),
]
