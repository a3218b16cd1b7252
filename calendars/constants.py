from django.db import models
from django.utils.translation import gettext_lazy as _


class InvitationStatus(models.TextChoices):
    """What the colleague's calendar holds, as far as the portal sent it."""

    SENT = "verstuurd", _("Sent")
    CANCELLED = "geannuleerd", _("Cancelled")


# How far back the subscription shows meetings that have ended: the last few weeks stay in the
# calendar, so a colleague finds what they attended.
FEED_PAST_DAYS = 90
# A token of secrets.token_urlsafe(32) has 43 characters; anything much longer is no token.
FEED_TOKEN_MAX_LENGTH = 100
