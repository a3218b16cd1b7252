from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .lessons import LessonLearned


class ProgrammeSighting(models.Model):
    """ "Wij zien dit ook": a colleague of another programme records that their programme meets
    a published knelpunt or systeemfout too, with a short note. Shown (and counted) only once
    the knelpunt's programme editors or Redactie approved it."""

    lesson = models.ForeignKey(
        LessonLearned,
        verbose_name=_("lesson learned"),
        on_delete=models.CASCADE,
        related_name="sightings",
    )
    programme = models.ForeignKey(
        "portal.Programme",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="sightings",
    )
    note = models.TextField(_("note"), max_length=1000)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    approved = models.BooleanField(_("approved"), default=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)

    class Meta:
        ordering = ["recorded_at", "id"]
        verbose_name = _("programme that sees this too")
        verbose_name_plural = _("programmes that see this too")
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "programme"], name="themes_one_sighting_per_programme"
            )
        ]

    def __str__(self):
        return f"{self.programme_id} sees {self.lesson_id}"
