from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CalendarsConfig(AppConfig):
    """Theme meetings in a colleague's own calendar: a personal subscription address (the one
    address open without login, guarded by its secret token) and invitations that Outlook
    accepts when they register. A consumer on top of the domain apps: themes never imports it;
    it listens to the registrations' model signals and Wagtail's publishing signals."""

    name = "calendars"
    verbose_name = _("Calendars")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401
