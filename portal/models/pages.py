from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES, ContentStreamBlock
from ..routing import route_descendants
from .knowledge import KnowledgePage


class HomePage(Page):
    """The personal start page. Its sections come from the `register_home_section` hook, so the
    training and themes apps add theirs without the portal importing them."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return route_descendants(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        from ..home import home_sections

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections(request)
        return context


class ProgrammeIndexPage(Page):
    """/programmas/: the programmes of the AcVZ."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["portal.ProgrammePage"]
    max_count = 1

    class Meta:
        verbose_name = _("programme overview")

    def get_context(self, request, *args, **kwargs):
        from ..models import Programme

        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = Programme.objects.all()
        return context


class ProgrammePage(Page):
    """A programme's landing page at /programmas/<slug>/ and the root of its own section of the
    portal: programme staff may edit pages below it. Lists all material the programme owns or
    that others marked relevant for it."""

    programme = models.OneToOneField(
        "portal.Programme",
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        related_name="landing_page",
    )
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("programme"), FieldPanel("intro")]
    parent_page_types = ["portal.ProgrammeIndexPage"]

    class Meta:
        verbose_name = _("programme page")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import programme_material

        context = super().get_context(request, *args, **kwargs)
        context["material"] = programme_material(programme=self.programme, user=request.user)
        return context


class OnboardingPage(Page):
    """/welkom/: the onboarding section for new employees; its child pages are the steps."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["portal.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("onboarding section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = self.get_children().live().specific().defer_streamfields()
        return context


class StandardPage(KnowledgePage):
    """A standard content page: an explanation, a way of working, an onboarding step."""

    body = StreamField(ContentStreamBlock(), verbose_name=_("body"))

    content_panels = KnowledgePage.content_panels + [FieldPanel("body")]
    parent_page_types = [
        "portal.HomePage",
        "portal.ProgrammePage",
        "portal.OnboardingPage",
        "portal.StandardPage",
    ]
    is_creatable = True

    search_fields = KnowledgePage.search_fields + [index.SearchField("body")]

    class Meta:
        # What readers see as its type (a card's label, a programme page's section heading, a
        # search facet): "standard page" was the editors' word and meant nothing to them.
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")
