from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """Follow themes, programmes and single pages, and be told when they change. A consumer on
    top of the domain apps: they never import it; it listens to Wagtail's publishing signals and
    fills portal's hooks (knowledge page sections, home sections, the account bar)."""

    name = "notifications"
    verbose_name = _("Notifications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import defaults, events, signals  # noqa: F401
