from django.urls import path

from . import views

urlpatterns = [
    path("mijn-meldingen/", views.my_notifications, name="my_notifications"),
    path("mijn-meldingen/volgen/", views.follow, name="notifications_follow"),
    path("mijn-meldingen/<int:pk>/", views.subscription_update, name="notifications_subscription"),
    path("mijn-meldingen/gelezen/", views.mark_read, name="notifications_mark_read"),
]
