"""The closed loop of a bottleneck or system error: where it was escalated, and on which date,
and which modules, lessons and pages it changed once solved (those pages say so, see
`themes.wagtail_hooks`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Orderable


class EscalationLevel(models.TextChoices):
    """The route a bottleneck follows when the programme cannot solve it itself."""

    ACCOUNTHOUDER = "accounthouder", _("Accounthouder of the chain partner")
    PROGRAMME_MANAGER = "programmamanager", _("Programme manager")
    STEERING_GROUP = "stuurgroep", _("Steering group AcVZ")


class EscalationStep(Orderable):
    """One step on the escalation route, with the date it was taken."""

    lesson = ParentalKey(
        "themes.LessonLearned",
        verbose_name=_("lesson learned"),
        on_delete=models.CASCADE,
        related_name="escalation_steps",
    )
    level = models.CharField(_("escalated to"), max_length=20, choices=EscalationLevel.choices)
    chain_partner = models.ForeignKey(
        "portal.ChainPartner",
        verbose_name=_("chain partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For the accounthouder: the partner whose accounthouder was asked."),
    )
    escalated_on = models.DateField(_("escalated on"))
    note = models.TextField(
        _("note"), blank=True, help_text=_("What was asked, without names of persons.")
    )

    panels = [
        FieldPanel("level"),
        FieldPanel("chain_partner"),
        FieldPanel("escalated_on"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("escalation step")
        verbose_name_plural = _("escalation route")

    def __str__(self):
        return f"{self.get_level_display()} ({self.escalated_on:%Y-%m-%d})"

    @property
    def label(self) -> str:
        if self.level == EscalationLevel.ACCOUNTHOUDER and self.chain_partner_id:
            partner = self.chain_partner
            return _("Escalated to the accounthouder of %(partner)s") % {
                "partner": partner.short_name or partner.name
            }
        return _("Escalated to: %(level)s") % {"level": self.get_level_display()}


class LessonChangedPage(Orderable):
    """A module, lesson or page that was changed because of a bottleneck or system error."""

    lesson = ParentalKey(
        "themes.LessonLearned",
        verbose_name=_("lesson learned"),
        on_delete=models.CASCADE,
        related_name="changed_pages",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("changed page"),
        on_delete=models.CASCADE,
        related_name="changed_by_lessons",
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("changed page")
        verbose_name_plural = _("changed pages")

    def __str__(self):
        return f"{self.lesson_id} -> {self.page_id}"
