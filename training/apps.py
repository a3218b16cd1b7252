from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """Professional development ("vakontwikkeling"): modules, lessons, learning paths, progress."""

    name = "training"
    verbose_name = _("Training")

    def ready(self):
        from wagtail.signals import page_published

        from . import signals  # noqa: F401 - connects the receivers
        from .adoption import guard_page_copies, on_page_published
        from .versions import on_page_published as record_module_version

        guard_page_copies()
        page_published.connect(on_page_published, dispatch_uid="training.adoption_published")
        # After the adoption's receiver: a new adaptation's lessons, which go live with it, are
        # then part of its first recorded version, not changes after it.
        page_published.connect(
            record_module_version, dispatch_uid="training.module_version_published"
        )
