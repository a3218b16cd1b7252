from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import page_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from .access import document_access_denied, page_access_denied
from .home import HomeSection
from .models import GlossaryEntry, Programme
from .navigation import NavigationItem
from .reports import StaleContentReportView
from .selectors import recent_knowledge_pages


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "group"
    menu_label = _("Programmes")
    list_display = ["name", "short_name", "slug", "contact_name"]
    search_fields = ["name", "short_name"]
    # A short list: searched with the ORM, so that sorting and filtering the results work
    # (Wagtail's search backends refuse to sort by fields that are not FilterFields: 500).
    search_backend_name = None
    ordering = ["sort_order", "name"]


class GlossaryEntryViewSet(SnippetViewSet):
    model = GlossaryEntry
    icon = "help"
    menu_label = _("Glossary")
    list_display = ["abbreviation", "full_term", "programme"]
    list_filter = ["programme"]
    search_fields = ["abbreviation", "full_term"]
    search_backend_name = None  # see ProgrammeViewSet
    ordering = ["abbreviation"]


class PortalViewSetGroup(ModelViewSetGroup):
    items = (ProgrammeViewSet, GlossaryEntryViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Portal")
    menu_name = "portal"


hooks.register("register_admin_viewset", PortalViewSetGroup)


@hooks.register("register_admin_viewset")
def register_page_viewset():
    # Replaces Wagtail's base page viewset (registered at order -1), so that every explorer
    # hides the authors that portal/hidden_authors.py hides.
    from .hidden_authors import PortalPageViewSet

    return PortalPageViewSet()


@hooks.register("register_admin_urls")
def register_stale_content_report_urls():
    return [
        path(
            "reports/stale-content/",
            StaleContentReportView.as_view(),
            name="portal_stale_content",
        ),
        path(
            "reports/stale-content/results/",
            StaleContentReportView.as_view(results_only=True),
            name="portal_stale_content_results",
        ),
    ]


class StaleContentMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_stale_content_menu_item():
    return StaleContentMenuItem(
        _("Stale content"),
        reverse("portal_stale_content"),
        name="stale-content",
        icon_name="time",
        order=1050,
    )


@hooks.register("register_searchable_content")
def glossary_search_content():
    """Glossary entries are results of their own (type "Glossary"), linking to their place on
    the glossary page. That page is a view every reader of the portal may see, so no page
    governs their visibility."""
    return {
        "model": GlossaryEntry,
        "label": _("Glossary"),
        # A short definition sharing a word with a page outranks it on length alone: pages on
        # the same words come first, the entry still right after (bench/relevance.py).
        "weight": 0.5,
        "title": lambda entry: entry.display_title,
        "summary": lambda entry: entry.explanation,
        "programmes": lambda entry: [entry.programme.slug] if entry.programme else [],
        "queryset": lambda: GlossaryEntry.objects.select_related("programme"),
        "url": lambda entry: f"{reverse('glossary')}#{entry.anchor}",
    }


@hooks.register("register_main_navigation")
def home_navigation():
    return NavigationItem(title=_("Home"), url="/", order=0)


@hooks.register("register_main_navigation")
def programmes_navigation():
    return NavigationItem(title=_("Programmes"), url="/programmas/", order=70)


@hooks.register("register_main_navigation")
def glossary_navigation():
    return NavigationItem(title=_("Glossary"), url=reverse("glossary"), order=80)


@hooks.register("register_main_navigation")
def onboarding_navigation():
    return NavigationItem(title=_("Welcome"), url="/welkom/", order=90)


@hooks.register("register_home_section")
def recent_knowledge_section(request):
    return HomeSection(
        title=_("New on the portal"),
        template="portal/home/recent_knowledge.html",
        order=50,
        context={"pages": recent_knowledge_pages(user=request.user)},
    )


@hooks.register("register_home_section")
def onboarding_section(request):
    from .constants import Role

    if not request.user.groups.filter(name=Role.NIEUWE_MEDEWERKER).exists():
        return None
    return HomeSection(
        title=_("Welcome to the AcVZ"),
        template="portal/home/onboarding.html",
        order=10,
    )


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    from .privacy.revisions import LOG_ACTION

    # Who redacted and how many revisions; never what was removed.
    actions.register_action(
        LOG_ACTION,
        _("Redact personal data"),
        _("Personal data redacted from earlier revisions"),
    )


@hooks.register("register_health_check")
def virus_scanner_health_check():
    from .virus_scan import scanner_health

    return ("virus_scanner", scanner_health)


# After Wagtail's own features (order 0), so that these replace its page-link handling.
@hooks.register("register_rich_text_features", order=100)
def register_tolerant_page_links(features):
    from wagtail.admin.rich_text.converters.html_to_contentstate import (
        ExternalLinkElementHandler,
    )

    from .rich_text_links import (
        TolerantPageLinkElementHandler,
        TolerantPageLinkHandler,
        checked_link_entity,
    )

    features.register_link_type(TolerantPageLinkHandler)
    features.register_converter_rule(
        "contentstate",
        "link",
        {
            "from_database_format": {
                "a[href]": ExternalLinkElementHandler("LINK"),
                'a[linktype="page"]': TolerantPageLinkElementHandler("LINK"),
            },
            "to_database_format": {"entity_decorators": {"LINK": checked_link_entity}},
        },
    )


@hooks.register("construct_admin_api")
def register_checked_admin_page_api(router):
    from .admin_api import PortalPagesAdminAPIViewSet

    router.register_endpoint("pages", PortalPagesAdminAPIViewSet)


# A logged-in user who lacks access gets the Dutch 403 page instead of Wagtail's redirect to the
# login page, which sends them straight back (a redirect loop). Before Wagtail's own checks.
@hooks.register("before_serve_page", order=-10)
def restricted_page_for_logged_in_user(page, request, serve_args, serve_kwargs):
    return page_access_denied(page, request)


@hooks.register("before_serve_document", order=-10)
def restricted_document_for_logged_in_user(document, request):
    return document_access_denied(document, request)


# Choosers show only what the user may see (portal/choosers.py).
@hooks.register("construct_page_chooser_queryset")
def page_chooser_without_hidden_pages(pages, request):
    from .choosers import visible_in_page_chooser

    return visible_in_page_chooser(pages, request.user)


@hooks.register("construct_document_chooser_queryset")
def document_chooser_without_restricted_documents(documents, request):
    from .choosers import visible_in_collection_chooser

    return visible_in_collection_chooser(documents, request.user)


@hooks.register("construct_image_chooser_queryset")
def image_chooser_without_restricted_images(images, request):
    from .choosers import visible_in_collection_chooser

    return visible_in_collection_chooser(images, request.user)
