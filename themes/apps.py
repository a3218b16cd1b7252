from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesConfig(AppConfig):
    """Theme meetings ("themabijeenkomsten") and lessons learned, bottlenecks and system errors."""

    name = "themes"
    verbose_name = _("Themes")

    def ready(self):
        from . import changed_pages, signals  # noqa: F401
