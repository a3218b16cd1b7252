from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project package and the shared app: programmes, the shared knowledge vocabulary,
    standard pages, glossary, roles and demo content."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from . import cached_reads, exports, privacy, sessions, signals  # noqa: F401

        cached_reads.install()
        cached_reads.connect_user_signals()

        privacy.install()
        exports.install()
