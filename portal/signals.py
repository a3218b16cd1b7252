from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Programme


@receiver(post_save, sender=Programme, dispatch_uid="portal.programme_section")
def programme_saved(sender, instance: Programme, raw: bool = False, **kwargs):
    if raw:  # loading fixtures
        return
    from .services import programme_ensure_section

    programme_ensure_section(programme=instance)


# Connect the receivers that clear the cached glossary terms when an entry changes, and that
# keep every tag's slug valid for the /themas/<slug>/ route.
from . import glossary_markup, tags  # noqa: E402, F401
