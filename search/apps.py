from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Search across programmes and content types."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from . import signals  # noqa: F401 (connects the page signals)
