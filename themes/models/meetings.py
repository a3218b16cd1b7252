from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.utils import ErrorList
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES, DocumentLinkBlock, VideoEmbedBlock
from portal.models import KnowledgePage

from ..constants import RegistrationStatus
from ..forms import ProgrammeOwnedPageForm
from .lessons import AttachmentsBlock


class MeetingIndexPage(Page):
    """/themabijeenkomsten/: upcoming theme meetings, and the archive of past ones with their
    takeaways and materials."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["themes.ThemeMeeting"]
    max_count = 1

    class Meta:
        verbose_name = _("theme meetings overview")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import meetings_for

        context = super().get_context(request, *args, **kwargs)
        context.update(meetings_for(user=request.user, params=request.GET))
        return context


class AgendaItemBlock(blocks.StructBlock):
    start = blocks.TimeBlock(label=_("Time"))
    topic = blocks.CharBlock(label=_("Topic"), max_length=200)
    speaker = blocks.CharBlock(label=_("Speaker"), required=False, max_length=200)

    class Meta:
        icon = "time"
        label = _("Agenda item")


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()


VIDEO_EXTENSIONS = ("mp4", "webm")
CAPTION_EXTENSIONS = ("vtt",)


class RecordingVideoBlock(blocks.StructBlock):
    """An uploaded recording that plays in the page (HTML5 video), with captions when a WebVTT
    file is supplied. Both are documents, so they pass the upload checks (content type, virus
    scan, privacy guard) and are served through the document view with its access checks."""

    video = DocumentChooserBlock(
        label=_("Video file"), help_text=_("An MP4 or WebM file uploaded as a document.")
    )
    captions = DocumentChooserBlock(
        label=_("Captions"),
        required=False,
        help_text=_("A WebVTT (.vtt) file with the captions, uploaded as a document."),
    )
    title = blocks.CharBlock(
        label=_("Description"),
        required=False,
        max_length=200,
        help_text=_("What the recording shows; leave empty to use the video's title."),
    )

    class Meta:
        icon = "media"
        label = _("Uploaded video")
        template = "themes/blocks/recording_video.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video, captions = value.get("video"), value.get("captions")
        if video and video.file_extension.lower() not in VIDEO_EXTENSIONS:
            errors["video"] = ErrorList(
                [_("Choose an MP4 or WebM video; other files cannot be played in the page.")]
            )
        if captions and captions.file_extension.lower() not in CAPTION_EXTENSIONS:
            errors["captions"] = ErrorList([_("Captions must be a WebVTT (.vtt) file.")])
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class RecordingBlock(blocks.StreamBlock):
    embed = VideoEmbedBlock()
    video = RecordingVideoBlock()
    file = DocumentLinkBlock(label=_("Uploaded recording"))


class ThemeMeeting(KnowledgePage):
    """A theme meeting ("themabijeenkomst"): programmes meet on a theme, with an agenda,
    speakers, slides and handouts, a recording, a report, key takeaways and follow-up actions.
    Staff register ("Ik kom"); an optional maximum fills a waiting list. After the meeting the
    page is the archive of what was learned."""

    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    location = models.CharField(_("location"), max_length=200, blank=True)
    online_link = models.URLField(
        _("online link"), blank=True, help_text=_("The link to join online, if any.")
    )
    invited_programmes = ParentalManyToManyField(
        "portal.Programme",
        verbose_name=_("invited programmes"),
        blank=True,
        related_name="invited_to_meetings",
    )
    max_attendees = models.PositiveIntegerField(
        _("maximum number of attendees"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no maximum. Beyond it, colleagues join a waiting list."),
    )
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"), blank=True)
    materials = StreamField(AttachmentsBlock(), verbose_name=_("materials"), blank=True)
    recording = StreamField(RecordingBlock(), verbose_name=_("recording"), blank=True)
    report = RichTextField(_("report"), blank=True, features=RICH_TEXT_FEATURES)
    takeaways = models.TextField(
        _("key takeaways"), blank=True, help_text=_("One takeaway per line.")
    )
    follow_up_actions = models.TextField(
        _("follow-up actions"), blank=True, help_text=_("One action per line.")
    )

    base_form_class = ProgrammeOwnedPageForm
    parent_page_types = ["themes.MeetingIndexPage"]
    subpage_types = []
    is_creatable = True

    content_panels = KnowledgePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("location"),
                FieldPanel("online_link"),
                FieldPanel("invited_programmes"),
                FieldPanel("max_attendees"),
            ],
            heading=_("When and where"),
        ),
        InlinePanel("speakers", label=_("Speakers")),
        FieldPanel("agenda"),
        FieldPanel("materials"),
        MultiFieldPanel(
            [
                FieldPanel("recording"),
                FieldPanel("report"),
                FieldPanel("takeaways"),
                FieldPanel("follow_up_actions"),
            ],
            heading=_("Afterwards"),
        ),
    ]

    search_fields = KnowledgePage.search_fields + [
        index.SearchField("report"),
        index.SearchField("takeaways"),
        index.FilterField("start"),
    ]

    class Meta:
        verbose_name = _("theme meeting")
        verbose_name_plural = _("theme meetings")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})

    def card_date(self):
        return self.start

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def registration_open(self) -> bool:
        return self.start > timezone.now()

    @property
    def takeaway_list(self) -> list[str]:
        return [line.strip() for line in self.takeaways.splitlines() if line.strip()]

    @property
    def follow_up_list(self) -> list[str]:
        return [line.strip() for line in self.follow_up_actions.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from ..selectors import meeting_context

        context = super().get_context(request, *args, **kwargs)
        context.update(meeting_context(meeting=self, user=request.user))
        return context


class MeetingSpeaker(Orderable):
    """A speaker at a theme meeting: a professional in their role, e.g. a colleague of the
    probation service."""

    meeting = ParentalKey(ThemeMeeting, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(
        _("role and organisation"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 'Regisseur Top600'."),
    )
    colleague = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("colleague in the portal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_talks",
        help_text=_("When the speaker is a colleague: the talk then shows on their profile."),
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("colleague")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return self.name


class MeetingRegistration(models.Model):
    """A colleague coming to a theme meeting ("Ik kom"), or waiting for a seat. One per person
    per meeting: registering twice changes nothing."""

    meeting = models.ForeignKey(
        ThemeMeeting,
        verbose_name=_("theme meeting"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("colleague"),
        on_delete=models.CASCADE,
        related_name="meeting_registrations",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.REGISTERED,
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="one_registration_per_person")
        ]

    def __str__(self):
        return f"{self.user} - {self.meeting_id} ({self.status})"
