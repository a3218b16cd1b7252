from django.urls import path

from . import unsubscribe, views

urlpatterns = [
    path("mijn-meldingen/", views.my_notifications, name="my_notifications"),
    path("mijn-meldingen/volgen/", views.follow, name="notifications_follow"),
    path("mijn-meldingen/<int:pk>/", views.subscription_update, name="notifications_subscription"),
    path("mijn-meldingen/gelezen/", views.mark_read, name="notifications_mark_read"),
    # Without login: the one-click unsubscribe from an e-mail (a signed token).
    path(
        "mijn-meldingen/afmelden/<str:token>/",
        unsubscribe.unsubscribe,
        name="notifications_unsubscribe",
    ),
]
