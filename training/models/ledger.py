"""The adoption ledger's decisions: per change of an original's newer version, the adopting
programme's editors take it over or keep their own lesson, or they decline the whole version
with a reason. Each decision records who decided, when, which version (and Wagtail revision)
of the original, which lesson and why."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AdoptionDecision(models.Model):
    class Choice(models.TextChoices):
        TAKEN_OVER = "taken_over", _("taken over")
        KEPT_OWN = "kept_own", _("kept own")
        DECLINED = "declined", _("version declined")

    class Change(models.TextChoices):
        ADDED = "added", _("added")
        REMOVED = "removed", _("removed")
        CHANGED = "changed", _("changed")

    adaptation = models.ForeignKey(
        "training.TrainingModule",
        on_delete=models.CASCADE,
        related_name="adoption_decisions",
        verbose_name=_("adaptation"),
    )
    original_version = models.CharField(_("version of the original"), max_length=40)
    original_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("revision of the original"),
    )
    # Empty for a decision about the whole version (declined).
    lesson_slug = models.SlugField(_("lesson"), max_length=255, blank=True)
    lesson_title = models.CharField(_("lesson title"), max_length=255, blank=True)
    change = models.CharField(_("change"), max_length=20, choices=Change.choices, blank=True)
    choice = models.CharField(_("decision"), max_length=20, choices=Choice.choices)
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now_add=True)

    class Meta:
        verbose_name = _("adoption decision")
        verbose_name_plural = _("adoption decisions")
        ordering = ["-decided_at", "-pk"]
        indexes = [models.Index(fields=["adaptation", "original_version"])]

    def __str__(self):
        return f"{self.adaptation_id} {self.original_version} {self.lesson_slug} {self.choice}"
