from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from ..constants import MergeProposalStatus


class MergeProposal(models.Model):
    """Two knelpunten or systeemfouten that look like one (similar in the search index), for
    the editorial team to merge or dismiss. The pair is stored once, lowest id first, so a
    dismissed pair is not proposed again; the decision (who, when, which one was kept) stays."""

    first = models.ForeignKey(
        "themes.LessonLearned",
        verbose_name=_("first lesson"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    second = models.ForeignKey(
        "themes.LessonLearned",
        verbose_name=_("second lesson"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    similarity = models.FloatField(_("similarity"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MergeProposalStatus.choices,
        default=MergeProposalStatus.OPEN,
    )
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    kept = models.ForeignKey(
        "themes.LessonLearned",
        verbose_name=_("kept lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    unplaced_notes = models.TextField(
        _("notes kept from the merged lesson"),
        blank=True,
        help_text=_("Notes of the kept lesson's own programme, which it cannot see twice."),
    )

    class Meta:
        ordering = ["-similarity", "pk"]
        verbose_name = _("merge proposal")
        verbose_name_plural = _("merge proposals")
        constraints = [
            models.UniqueConstraint(
                fields=["first", "second"], name="themes_one_proposal_per_pair"
            ),
            models.CheckConstraint(
                condition=Q(first__lt=F("second")), name="themes_proposal_pair_ordered"
            ),
        ]

    def __str__(self):
        return f"{self.first_id} ~ {self.second_id} ({self.status})"
