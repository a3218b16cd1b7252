from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """Professional development ("vakontwikkeling"): modules, lessons, learning paths, progress."""

    name = "training"
    verbose_name = _("Training")

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers
