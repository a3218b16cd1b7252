from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class LessonKind(models.TextChoices):
    """What a lesson learned is about: something to repeat, a bottleneck in the chain of
    partners, or a fault in how the system itself works."""

    GOOD_PRACTICE = "goede-praktijk", _("Good practice")
    BOTTLENECK = "knelpunt", _("Bottleneck")
    SYSTEM_ERROR = "systeemfout", _("System error")


# Bottlenecks and system errors need a follow-up; a good practice does not.
KINDS_WITH_FOLLOW_UP = (LessonKind.BOTTLENECK, LessonKind.SYSTEM_ERROR)


class FollowUpStatus(models.TextChoices):
    """Where the follow-up of a bottleneck or system error stands."""

    OPEN = "open", _("Open")
    IN_PROGRESS = "in-behandeling", pgettext_lazy("follow-up status", "In progress")
    SOLVED = "opgelost", _("Solved")
    UNSOLVABLE = "niet-op-te-lossen", _("Cannot be solved")


# What the register of open bottlenecks lists: nothing decided yet.
UNRESOLVED_STATUSES = (FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS)
# What the register of things that are stuck lists (good practices need no follow-up).
REGISTER_KINDS = (LessonKind.BOTTLENECK, LessonKind.SYSTEM_ERROR)


class LessonSource(models.TextChoices):
    """Where a lesson was learned."""

    THEME_MEETING = "themabijeenkomst", _("Theme meeting")
    CASE_MEETING = "casusoverleg", _("Case meeting")
    MONITOR = "monitor", _("Monitor")
    EVALUATION = "evaluatie", _("Evaluation")
    CHAIN_MEETING = "ketenoverleg", _("Chain partner meeting")
    OTHER = "anders", _("Other")


class RegistrationStatus(models.TextChoices):
    """A seat at a theme meeting, or a place on its waiting list."""

    REGISTERED = "aangemeld", _("Registered")
    WAITING = "wachtlijst", _("On the waiting list")


class MergeProposalStatus(models.TextChoices):
    """What the editorial team decided about two knelpunten that look like one."""

    OPEN = "open", _("Open")
    MERGED = "samengevoegd", _("Merged")
    DISMISSED = "afgewezen", _("Dismissed")
