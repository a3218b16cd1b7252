from django.urls import path

from . import views

urlpatterns = [
    path("partners/", views.partner_list, name="partner_list"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner_detail"),
    path("mensen/", views.colleague_list, name="colleague_list"),
    path("mensen/mijn-profiel/", views.own_profile_edit, name="own_profile_edit"),
    path("mensen/<str:username>/", views.colleague_detail, name="colleague_detail"),
    path("mensen/<str:username>/bewerken/", views.own_profile_edit, name="colleague_edit"),
]
