from django.urls import include, path

from . import merge_views, views

urlpatterns = [
    path("", include("themes.participation.urls")),
    path("kruisbestuiving/", views.cross_pollination, name="cross_pollination"),
    path("lessen/register/", views.lesson_register, name="lesson_register"),
    path("lessen/samenvoegen/", merge_views.merge_proposals, name="merge_proposals"),
    path(
        "lessen/samenvoegen/vernieuwen/",
        merge_views.merge_proposals_refresh,
        name="merge_proposals_refresh",
    ),
    path(
        "lessen/samenvoegen/<int:pk>/",
        merge_views.merge_proposal_decide,
        name="merge_proposal_decide",
    ),
    path("lessen/register.csv", views.lesson_register_csv, name="lesson_register_csv"),
    path("themabijeenkomsten/agenda.ics", views.meetings_ics, name="meetings_ics"),
    path(
        "themabijeenkomsten/programma/<slug:programme_slug>/agenda.ics",
        views.meetings_ics,
        name="programme_meetings_ics",
    ),
    path(
        "themabijeenkomsten/<slug:slug>/aanmelden/",
        views.meeting_register_view,
        name="meeting_register",
    ),
    path(
        "themabijeenkomsten/<slug:slug>/afmelden/",
        views.meeting_unregister_view,
        name="meeting_unregister",
    ),
    path(
        "themabijeenkomsten/<slug:slug>/oogsten/",
        views.meeting_harvest_view,
        name="meeting_harvest",
    ),
    path(
        "themabijeenkomsten/<slug:slug>/deelnemers.csv",
        views.meeting_attendees_csv,
        name="meeting_attendees_csv",
    ),
    path("themabijeenkomsten/<slug:slug>/agenda.ics", views.meeting_ics, name="meeting_ics"),
]
