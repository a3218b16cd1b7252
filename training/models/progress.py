"""A learner's progress, always keyed on the user it belongs to. One row per fact, each
guarded by a unique constraint, so that saving the same progress twice (a double click, two
tabs) can never make two records."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..constants import RENEWAL_WINDOW_DAYS


class ModuleEnrolment(models.Model):
    """A learner started a module; `completed_at` is set once every lesson was done and every
    knowledge check passed, with the version it was. Completion is not taken back when lessons
    are added later: the certificate stays valid for the version it names. After a substantive
    new version (training.versions) the completion is outdated until the learner redid the
    changed lessons; renewing it then, or after `renewal_started_at` (a certificate that
    expires), moves `completed_at` and `completed_version` on and issues a new certificate."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_enrolments"
    )
    module = models.ForeignKey(
        "training.TrainingModule", on_delete=models.CASCADE, related_name="enrolments"
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    completed_version = models.CharField(_("completed version"), max_length=20, blank=True)
    # The learner chose "Renew" for a certificate that expires: every lesson done since counts.
    renewal_started_at = models.DateTimeField(_("renewal started at"), null=True, blank=True)

    class Meta:
        verbose_name = _("module enrolment")
        verbose_name_plural = _("module enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="unique_module_enrolment")
        ]

    def __str__(self):
        return f"{self.user} · {self.module}"


class LessonCompletion(models.Model):
    """A learner marked a lesson as done."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(
        "training.Lesson", on_delete=models.CASCADE, related_name="completions"
    )
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="unique_lesson_completion")
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson}"


class KnowledgeCheckResult(models.Model):
    """A learner's attempts at one knowledge check of a lesson (the check's block id): how
    often, the best score and the answers of the last attempt, for its feedback; and when it
    was last passed, at which version of the module (a lesson to redo needs a new pass)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="knowledge_check_results"
    )
    lesson = models.ForeignKey(
        "training.Lesson", on_delete=models.CASCADE, related_name="knowledge_check_results"
    )
    check_id = models.CharField(_("knowledge check"), max_length=64)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    best_score = models.PositiveSmallIntegerField(_("best score (%)"), default=0)
    last_score = models.PositiveSmallIntegerField(_("last score (%)"), default=0)
    last_answers = models.JSONField(_("last answers"), default=list, blank=True)
    passed = models.BooleanField(_("passed"), default=False)
    passed_at = models.DateTimeField(_("last passed at"), null=True, blank=True)
    passed_version = models.CharField(_("version last passed"), max_length=20, blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), default=timezone.now)

    class Meta:
        verbose_name = _("knowledge check result")
        verbose_name_plural = _("knowledge check results")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "check_id"], name="unique_knowledge_check_result"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson} · {self.best_score}%"


class ReflectionAnswer(models.Model):
    """A learner's own answer to a reflection question. Private: only its author ever sees it,
    no report or admin view shows it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_answers"
    )
    lesson = models.ForeignKey(
        "training.Lesson", on_delete=models.CASCADE, related_name="reflection_answers"
    )
    block_id = models.CharField(_("reflection question"), max_length=64)
    text = models.TextField(_("answer"), max_length=5000)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("reflection answer")
        verbose_name_plural = _("reflection answers")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"], name="unique_reflection_answer"
            )
        ]

    def __str__(self):
        # Never the answer itself: it is private to its author.
        return f"{self.user} · {self.lesson}"


class Certificate(models.Model):
    """Proof that a learner completed a module, issued at completion. The module's title and
    version are copied, so the certificate keeps saying what was completed when the module
    changes later. The code is random and unguessable; anyone logged in can verify it.

    A renewed completion issues a new certificate; the earlier one is kept (its code still
    verifies) and marked `superseded_at`. One current certificate per learner and module."""

    code = models.CharField(_("verification code"), max_length=32, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    module = models.ForeignKey(
        "training.TrainingModule",
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
    )
    module_title = models.CharField(_("module"), max_length=255)
    module_version = models.CharField(_("version"), max_length=20)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    # From the module's validity period at issue; empty: the certificate does not expire.
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    superseded_at = models.DateTimeField(_("renewed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module"],
                condition=models.Q(superseded_at__isnull=True),
                name="unique_current_module_certificate",
            )
        ]

    def __str__(self):
        return f"{self.module_title} · {self.code}"

    def get_absolute_url(self):
        return f"/certificaat/{self.code}/"

    @property
    def is_expired(self) -> bool:
        return self.expires_on is not None and self.expires_on < timezone.localdate()

    @property
    def renewal_open(self) -> bool:
        """It expires within the renewal window (or expired) and was not renewed yet."""
        return (
            self.expires_on is not None
            and self.superseded_at is None
            and self.expires_on - datetime.timedelta(days=RENEWAL_WINDOW_DAYS)
            <= timezone.localdate()
        )
