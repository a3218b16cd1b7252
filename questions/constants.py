from django.db import models
from django.utils.translation import gettext_lazy as _


class PostKind(models.TextChoices):
    """What a post under a knowledge page is: a reader's question, a reader's addition to the
    page (something it misses, an experience elsewhere), or an answer to one of those."""

    QUESTION = "vraag", _("Question")
    ADDITION = "aanvulling", _("Addition")
    ANSWER = "antwoord", _("Answer")


# What a reader may post; answers come from the page's content owner and programme editors.
READER_KINDS = (PostKind.QUESTION, PostKind.ADDITION)


class PostStatus(models.TextChoices):
    """Where a post stands in moderation: only approved posts are shown to other readers."""

    PENDING = "ter-beoordeling", _("Waiting for approval")
    APPROVED = "goedgekeurd", _("Approved")
    REJECTED = "afgewezen", _("Not published")


TEXT_MAX_LENGTH = 2000
