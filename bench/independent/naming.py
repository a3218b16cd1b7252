"""How the independent sets name a search result: a page as "<parent slug>/<slug>" (demo slugs
repeat across sections, so the slug alone is ambiguous), a glossary entry as
"begrip:<abbreviation>", the way bench/relevance.py names them for the tuning set."""


def page_names() -> dict[int, str]:
    """Every page's name by primary key, from the page tree (one query)."""
    from wagtail.models import Page

    rows = list(Page.objects.values_list("pk", "slug", "path"))
    slug_by_path = {path: slug for _pk, slug, path in rows}
    return {pk: f"{slug_by_path.get(path[: -Page.steplen], '')}/{slug}" for pk, slug, path in rows}


def glossary_names() -> dict[int, str]:
    from portal.models import GlossaryEntry

    return {
        pk: f"begrip:{abbreviation}"
        for pk, abbreviation in GlossaryEntry.objects.values_list("pk", "abbreviation")
    }
