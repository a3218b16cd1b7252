from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    """How a follower hears about a change."""

    PORTAL = "portal", _("In the portal only")
    IMMEDIATE = "immediate", _("E-mail at once")
    DIGEST = "digest", _("Weekly digest")
