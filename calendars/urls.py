from django.urls import path

from . import views

urlpatterns = [
    path("agenda/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path(
        "mijn-meldingen/agenda/nieuw-adres/",
        views.calendar_feed_new_address,
        name="calendar_feed_new_address",
    ),
    path(
        "mijn-meldingen/agenda/stoppen/",
        views.calendar_feed_revoke_view,
        name="calendar_feed_revoke",
    ),
]
