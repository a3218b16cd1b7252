from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES, DocumentLinkBlock
from portal.models import KnowledgePage

from ..constants import KINDS_WITH_FOLLOW_UP, FollowUpStatus, LessonKind, LessonSource
from ..forms import ProgrammeOwnedPageForm


class LessonIndexPage(Page):
    """/lessen/: every lesson learned, filterable by kind, programme, chain partner, theme and
    follow-up status."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["themes.LessonLearned"]
    max_count = 1

    class Meta:
        verbose_name = _("lessons learned overview")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import lessons_for, paginate

        context = super().get_context(request, *args, **kwargs)
        lessons, filters = lessons_for(user=request.user, params=request.GET)
        context["lessons"] = paginate(lessons, request=request)
        context["filters"] = filters
        return context


class AttachmentsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()


class LessonLearned(KnowledgePage):
    """A lesson learned ("geleerde les"): a good practice to repeat, a bottleneck in the chain of
    partners ("knelpunt") or a fault in the system ("systeemfout"). Bottlenecks and system
    errors carry a follow-up (status, owner, target date, what was done) whose history is kept
    in FollowUpStatusChange. Lives at /lessen/<slug>/, whatever programme owns it."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=LessonKind.choices, default=LessonKind.GOOD_PRACTICE
    )
    context = RichTextField(
        _("context"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The situation, in general terms. Never names, dates of birth or addresses."),
    )
    what_happened = RichTextField(_("what happened"), features=RICH_TEXT_FEATURES)
    what_worked = RichTextField(
        _("what worked or did not"), features=RICH_TEXT_FEATURES, blank=True
    )
    recommendation = RichTextField(_("recommendation"), features=RICH_TEXT_FEATURES)
    chain_partners = ParentalManyToManyField(
        "portal.ChainPartner",
        verbose_name=_("chain partners involved"),
        blank=True,
        related_name="lessons",
    )
    source = models.CharField(
        _("source"), max_length=20, choices=LessonSource.choices, default=LessonSource.CASE_MEETING
    )
    source_detail = models.CharField(
        _("source details"),
        max_length=200,
        blank=True,
        help_text=_("E.g. the theme meeting or the monitor, without names of persons."),
    )
    source_meeting = models.ForeignKey(
        "themes.ThemeMeeting",
        verbose_name=_("theme meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="harvested_lessons",
        help_text=_("The theme meeting whose takeaway this lesson was made from."),
    )
    attachments = StreamField(AttachmentsBlock(), verbose_name=_("attachments"), blank=True)
    follow_up_status = models.CharField(
        _("follow-up status"),
        max_length=20,
        choices=FollowUpStatus.choices,
        blank=True,
        help_text=_("Only for bottlenecks and system errors."),
    )
    follow_up_owner = models.CharField(
        _("follow-up owner"),
        max_length=150,
        blank=True,
        help_text=_("A team or role that takes the follow-up, e.g. 'Ketenregie OM-reclassering'."),
    )
    follow_up_target_date = models.DateField(_("target date"), null=True, blank=True)
    follow_up_actions = models.TextField(_("what was done"), blank=True)
    evidence_of_effect = models.TextField(
        _("what changed and how do we know it works"),
        blank=True,
        help_text=_(
            "Required once solved: what changed (module, procedure, agreement) and the "
            "evidence that it works, e.g. a monitor figure or an evaluation."
        ),
    )
    blame_free = models.BooleanField(
        _("publish without my name"),
        default=False,
        help_text=_(
            "Readers then see 'a colleague of <programme>'; editors still see who wrote it."
        ),
    )

    base_form_class = ProgrammeOwnedPageForm
    parent_page_types = ["themes.LessonIndexPage"]
    subpage_types = []
    is_creatable = True

    content_panels = KnowledgePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("context"),
        FieldPanel("what_happened"),
        FieldPanel("what_worked"),
        FieldPanel("recommendation"),
        MultiFieldPanel(
            [
                FieldPanel("chain_partners", widget=forms.CheckboxSelectMultiple),
                FieldPanel("source"),
                FieldPanel("source_detail"),
                FieldPanel("source_meeting"),
            ],
            heading=_("Chain partners and source"),
        ),
        FieldPanel("attachments"),
        MultiFieldPanel(
            [
                FieldPanel("follow_up_status"),
                FieldPanel("follow_up_owner"),
                FieldPanel("follow_up_target_date"),
                FieldPanel("follow_up_actions"),
            ],
            heading=_("Follow-up (bottlenecks and system errors)"),
        ),
        InlinePanel(
            "escalation_steps",
            heading=_("Escalation route"),
            label=_("Escalation step"),
            help_text=_(
                "Accounthouder of the chain partner, programme manager, steering group AcVZ: "
                "each step with its date."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("evidence_of_effect"),
                InlinePanel("changed_pages", label=_("Changed module, lesson or page")),
            ],
            heading=_("Closing the loop"),
        ),
        FieldPanel("blame_free"),
    ]
    settings_panels = KnowledgePage.settings_panels

    search_fields = KnowledgePage.search_fields + [
        index.SearchField("context"),
        index.SearchField("what_happened"),
        index.SearchField("what_worked"),
        index.SearchField("recommendation"),
        index.FilterField("kind"),
        index.FilterField("follow_up_status"),
    ]

    class Meta:
        verbose_name = _("lesson learned")
        verbose_name_plural = _("lessons learned")

    def clean(self):
        super().clean()
        if self.kind in KINDS_WITH_FOLLOW_UP and not self.follow_up_status:
            raise ValidationError(
                {
                    "follow_up_status": _(
                        "A bottleneck or system error needs a follow-up status (usually 'Open')."
                    )
                }
            )
        if self.kind == LessonKind.GOOD_PRACTICE and self.follow_up_status:
            raise ValidationError(
                {"follow_up_status": _("A good practice has no follow-up: leave the status empty.")}
            )
        if self.follow_up_status == FollowUpStatus.SOLVED and not self.evidence_of_effect.strip():
            raise ValidationError(
                {
                    "evidence_of_effect": _(
                        "A solved bottleneck or system error needs what changed and how we know "
                        "it works: describe the change and its evidence of effect."
                    )
                }
            )

    @property
    def has_follow_up(self) -> bool:
        return self.kind in KINDS_WITH_FOLLOW_UP

    def get_context(self, request, *args, **kwargs):
        from ..selectors import lesson_author_label

        context = super().get_context(request, *args, **kwargs)
        context["author_label"] = lesson_author_label(lesson=self, user=request.user)
        context["status_history"] = self.status_changes.select_related("changed_by")
        if self.has_follow_up:  # a good practice has no loop to close
            from ..participation.sightings import sightings_for_reader

            context.update(sightings_for_reader(lesson=self, user=request.user))
            context["loop_timeline"] = self.loop_timeline(context["status_history"])
            context["changed_pages"] = [
                link.page for link in self.changed_pages.select_related("page") if link.page.live
            ]
        return context

    def loop_timeline(self, status_history) -> list[dict]:
        """The follow-up history and the escalation route as one timeline, oldest first."""
        from django.utils import timezone

        events = [
            {
                "date": timezone.localtime(change.changed_at).date(),
                "status_change": change,
                "note": change.note,
            }
            for change in status_history
        ]
        events += [
            {"date": step.escalated_on, "escalation": step, "note": step.note}
            for step in self.escalation_steps.select_related("chain_partner")
        ]
        return sorted(events, key=lambda event: event["date"])


class FollowUpStatusChange(models.Model):
    """One step in the follow-up of a bottleneck or system error, recorded when a version with
    a new status is published: so management sees how long something stayed open."""

    lesson = models.ForeignKey(
        LessonLearned,
        verbose_name=_("lesson learned"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(
        _("from"), max_length=20, choices=FollowUpStatus.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=20, choices=FollowUpStatus.choices)
    changed_at = models.DateTimeField(_("changed at"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("what was done"), blank=True)

    class Meta:
        ordering = ["changed_at", "id"]
        verbose_name = _("follow-up status change")
        verbose_name_plural = _("follow-up history")

    def __str__(self):
        return f"{self.lesson_id}: {self.from_status or '-'} -> {self.to_status}"
