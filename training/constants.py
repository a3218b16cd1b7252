from django.db import models
from django.utils.translation import gettext_lazy as _

# The share of a knowledge check's answers a learner must get right, unless the module says
# otherwise.
DEFAULT_PASS_MARK = 70

# Length of a certificate's verification code; 20 characters of a 31-character alphabet are
# about 99 bits: not guessable, still readable aloud.
CERTIFICATE_CODE_LENGTH = 20
CERTIFICATE_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

# A certificate that expires may be renewed from this many days before its expiry date on
# (and of course after it).
RENEWAL_WINDOW_DAYS = 60


def rounded_percent(part: int, whole: int) -> int:
    """`part` of `whole` in whole percent, rounded half up (2 of 3 is 67%), but never 100%
    before everything is done."""
    if not whole:
        return 0
    percent = (part * 200 + whole) // (2 * whole)
    return min(percent, 99) if part < whole else percent


class LessonStatus(models.TextChoices):
    """Where a learner stands with one lesson."""

    NOT_STARTED = "not-started", _("Not started")
    DONE = "done", _("Done")


class ModuleStatus(models.TextChoices):
    """Where a learner stands with one module."""

    NOT_STARTED = "not-started", _("Not started")
    IN_PROGRESS = "in-progress", _("In progress")
    COMPLETED = "completed", _("Completed")


class ChangeKind(models.TextChoices):
    """What a new version of a module means for whoever completed an earlier one."""

    SUBSTANTIVE = "substantive", _("Substantive change: completers redo the changed lessons")
    MINOR = "minor", _("Minor correction: nothing changes for completers")
