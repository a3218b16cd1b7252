from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.page_sections import KnowledgePageSection

from .engine import EngineError, EngineUnavailable, engine_configured, get_engine
from .models import SynonymGroup
from .selectors import related_pages


class SynonymGroupViewSet(SnippetViewSet):
    """Redactie keeps the synonyms; search uses a change from the next query on."""

    model = SynonymGroup
    icon = "search"
    menu_label = gettext_lazy("Synonyms")
    add_to_admin_menu = False
    list_display = ["__str__", "kind", "note"]
    list_filter = ["kind"]
    search_fields = ["terms", "note"]


register_snippet(SynonymGroupViewSet)


def _search_health() -> str:
    if not engine_configured():
        return "ok"  # the embedded database search needs no service
    try:
        get_engine().request("GET", "/_cluster/health")
    except (EngineUnavailable, EngineError):
        # The search page answers from the database meanwhile: degraded, not down.
        return "degraded"
    return "ok"


@hooks.register("register_health_check")
def search_health_check():
    return ("search", _search_health)


@hooks.register("register_knowledge_page_section")
def related_elsewhere_section(page, request):
    """Under every knowledge page, similar material of other programmes (cross-pollination)."""
    if page.pk is None:
        return None  # the preview of a page not saved yet has nothing indexed to compare
    pages = related_pages(
        page=page, user=request.user, cached=not getattr(request, "is_preview", False)
    )
    if not pages:
        return None
    return KnowledgePageSection(
        title=_("More on this from other programmes"),
        template="search/related_elsewhere.html",
        order=100,
        context={"pages": pages},
    )


@hooks.register("register_similar_content")
def similar_content_finder():
    from .selectors import pages_similar_to_text

    return pages_similar_to_text
