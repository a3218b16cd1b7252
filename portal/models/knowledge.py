import datetime

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from ..constants import DEFAULT_REVIEW_PERIOD_DAYS, AudienceCode
from ..page_sections import knowledge_page_sections


class Audience(models.Model):
    """A group of readers a piece of knowledge is meant for (regisseurs, new employees, ...).
    A table rather than a choice field so that "everything for new employees" is a join."""

    code = models.CharField(_("code"), max_length=40, unique=True, choices=AudienceCode.choices)

    class Meta:
        ordering = ["id"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")

    def __str__(self):
        return str(self.get_code_display())


class KnowledgePageTag(TaggedItemBase):
    """Links a knowledge page to a tag of the one shared vocabulary (taggit's Tag). Every
    knowledge page type inherits from KnowledgePage, so one through table serves them all and
    "everything tagged X" is a single query."""

    content_object = ParentalKey(
        "portal.KnowledgePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


def default_review_date() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=DEFAULT_REVIEW_PERIOD_DAYS)


def colleague_name(user) -> str:
    """How the admin names a colleague: by full name, the username only when there is none."""
    return user.get_full_name() or user.get_username()


class KnowledgePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("content_owner")
        if field is not None:
            # Chosen by name, not by username; active colleagues only.
            field.queryset = field.queryset.filter(is_active=True).order_by(
                "first_name", "last_name", "username"
            )
            field.label_from_instance = colleague_name

    def clean(self):
        cleaned_data = super().clean()
        owner = cleaned_data.get("owner_programme")
        also = cleaned_data.get("also_relevant_for")
        if owner is not None and also is not None and owner in also:
            self.add_error(
                "also_relevant_for",
                _("The owner programme is already relevant; choose only other programmes."),
            )
        return cleaned_data


class KnowledgePage(Page):
    """Everything the portal knows, whatever its type (standard page, training module, lesson
    learned, theme meeting, ...), inherits these fields: who owns it, who else it is relevant
    for, its tags, a summary, its audience, and who keeps it current until when. A concrete
    table, so that cross-type questions (by tag, by programme, past review date) are one query."""

    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences shown in lists and search results."),
    )
    owner_programme = models.ForeignKey(
        "portal.Programme",
        verbose_name=_("owner programme"),
        on_delete=models.PROTECT,
        related_name="owned_pages",
    )
    also_relevant_for = ParentalManyToManyField(
        "portal.Programme",
        verbose_name=_("also relevant for"),
        blank=True,
        related_name="relevant_pages",
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"),
        through=KnowledgePageTag,
        blank=True,
        help_text=_("Themes from the shared vocabulary, e.g. 're-integratie'."),
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("audience"), blank=True, related_name="pages"
    )
    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("content owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_knowledge_pages",
        help_text=_("The colleague who keeps this content current."),
    )
    review_by = models.DateField(
        _("review by"),
        default=default_review_date,
        help_text=_("After this date the page shows up in the stale content report."),
    )

    is_creatable = False
    base_form_class = KnowledgePageForm

    knowledge_panels = [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("owner_programme"),
                FieldPanel("also_relevant_for", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Programmes, themes and audience"),
        ),
    ]
    management_panels = [
        MultiFieldPanel(
            [FieldPanel("content_owner"), FieldPanel("review_by")],
            heading=_("Content management"),
        )
    ]
    content_panels = Page.content_panels + knowledge_panels
    # An intranet behind a login has no search engines and a navigation of its own: no SEO
    # title, meta description or "show in menus"; only the address.
    promote_panels = [FieldPanel("slug")]
    settings_panels = Page.settings_panels + management_panels

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("owner_programme"),
        index.FilterField("review_by"),
        index.RelatedFields("tags", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("owner_programme", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("knowledge page")
        verbose_name_plural = _("knowledge pages")

    # Shown on every view of the page: fetched with it when it is routed (portal.routing).
    routing_select_related = ("owner_programme", "content_owner")

    def get_context(self, request, *args, **kwargs):
        if self.pk is not None and "tags" not in getattr(self, "_prefetched_objects_cache", {}):
            # The page's tags once for the whole page: its tag list and every section that
            # relates by tag (experts, related material, follow controls) read them.
            prefetch_related_objects([self], "tags")
        context = super().get_context(request, *args, **kwargs)
        context["knowledge_page_sections"] = knowledge_page_sections(page=self, request=request)
        return context

    @property
    def content_owner_name(self) -> str:
        return colleague_name(self.content_owner) if self.content_owner_id else ""

    @property
    def is_past_review_date(self) -> bool:
        return self.review_by < timezone.localdate()

    def card_date(self):
        """The date a card or list shows for this page: when it was published. Types with a
        date of their own (a meeting's start) override this; `{% card_date %}` asks the
        specific type only for those."""
        return self.first_published_at
