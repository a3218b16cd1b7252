"""One search document per live knowledge page, built generically from the page's own
`search_fields`, so that every KnowledgePage subclass (whichever app defines it) is indexed with
its type-specific text without a change here; and one per object of registered non-page content
(search/registry.py), built from what its registration names."""

from django.db.models import Model
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.models import KnowledgePage

from .registry import SearchableContent, content_type_key, extra_facets, page_document_key
from .text import normalise

# Indexed on their own (title, summary) or as facets (tags, programmes).
OWN_FIELDS = {"title", "summary"}


def block_text(block, value) -> list[str]:
    """Searchable text of a StreamField value without the labels of choices (a heading's
    level would otherwise be indexed as "Sectiekop (h2)")."""
    if value is None or isinstance(block, blocks.ChoiceBlock):
        return []
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in block_text(child.block, child.value)]
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child_block in block.child_blocks.items()
            for text in block_text(child_block, value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in block_text(block.child_block, item)]
    return [str(text) for text in block.get_searchable_content(value)]


def _field_text(page: Model, field_name: str) -> str:
    try:
        field = page._meta.get_field(field_name)
    except Exception:  # a SearchField on a method or property
        field = None
    value = getattr(page, field_name, None)
    if callable(value):
        value = value()
    if value in (None, ""):
        return ""
    if isinstance(field, StreamField):
        return " ".join(strip_tags(text) for text in block_text(field.stream_block, value))
    return strip_tags(str(value))


def page_body_text(page: KnowledgePage) -> str:
    """The text of the SearchFields the page type declares, plus its rich text and StreamField
    fields even when a type forgot to declare them (a body must always be findable)."""
    names = [
        search_field.field_name
        for search_field in type(page).get_search_fields()
        if isinstance(search_field, index.SearchField)
    ]
    names += [
        field.name
        for field in page._meta.get_fields()
        if isinstance(field, StreamField | RichTextField)
    ]
    parts = []
    for name in dict.fromkeys(names):
        if name in OWN_FIELDS:
            continue
        text = _field_text(page, name)
        if text:
            parts.append(text)
    return "\n".join(parts)


def page_document(page: KnowledgePage) -> dict:
    """The fields of a page's search document (for the database row and the engine)."""
    page = page.specific
    body = page_body_text(page)
    published = page.first_published_at
    tags = list(page.tags.all())
    programmes = [page.owner_programme.slug] + [
        programme.slug for programme in page.also_relevant_for.all()
    ]
    return {
        "key": page_document_key(page.pk),
        "page_id": page.pk,
        "content_type": content_type_key(type(page)),
        "title": page.title,
        "summary": page.summary or "",
        "body": body,
        "title_terms": _terms(page.title),
        "terms": _terms(" ".join([page.title, page.summary, body, *(tag.name for tag in tags)])),
        "programme": page.owner_programme.slug,
        "programmes": programmes,
        "tags": sorted(tag.slug for tag in tags),
        "facets": {
            facet.param: facet.values(page) for facet in extra_facets() if facet.values(page)
        },
        "year": published.year if published else None,
        "published_at": published,
        "path": page.path,
    }


def _terms(text: str) -> str:
    """Normalised terms between spaces, so that `terms LIKE '% term %'` matches whole terms."""
    return " " + " ".join(normalise(text)) + " "


def object_document(content: SearchableContent, obj, *, path: str) -> dict:
    """The fields of the search document of a registered non-page object; `path` is the tree
    path of the page governing its visibility (empty when none does)."""
    title = str(content.title(obj) or "")
    summary = strip_tags(str(content.summary(obj) or ""))
    body = strip_tags(str(content.body(obj) or "")) if content.body else ""
    tags = sorted(content.tags(obj)) if content.tags else []
    programmes = list(content.programmes(obj)) if content.programmes else []
    tag_text = " ".join(tag.replace("-", " ") for tag in tags)
    return {
        "key": content.document_key(obj.pk),
        "page_id": None,
        "content_type": content.content_type,
        "title": title[:255],
        "summary": summary,
        "body": body,
        "title_terms": _terms(title),
        "terms": _terms(" ".join([title, summary, body, tag_text])),
        "programme": programmes[0] if programmes else "",
        "programmes": programmes,
        "tags": tags,
        "facets": {},
        "year": None,
        "published_at": None,
        "path": path,
    }


def term_weights(*, title_terms: str, terms: str) -> dict[str, int]:
    """The postings of a document for the embedded search: each term with its weight, a title
    occurrence weighing three more (`terms` includes the title). Counted as non-overlapping
    " term " matches, so a word and its own compound part that stem alike ("jongeren" and its
    part "jongere") count once, as ranking always has."""
    return {
        term: 3 * title_terms.count(f" {term} ") + terms.count(f" {term} ")
        for term in set(terms.split()) | set(title_terms.split())
    }


def facet_values(fields: dict) -> set[tuple[str, str]]:
    """(URL parameter, value) pairs of a document, as the search page filters and counts them."""
    pairs = {("type", fields["content_type"]), *(("programma", p) for p in fields["programmes"])}
    pairs.update(("tag", tag) for tag in fields["tags"])
    if fields["year"] is not None:
        pairs.add(("jaar", str(fields["year"])))
    for param, values in (fields["facets"] or {}).items():
        pairs.update((param, str(value)) for value in values)
    return {(param, value[:255]) for param, value in pairs}


def engine_source(document) -> dict:
    """The engine's view of a SearchDocument row."""
    return {
        "key": document.key,
        "page_id": document.page_id,
        "content_type": document.content_type,
        "title": document.title,
        "suggest": document.title,
        "summary": document.summary,
        "body": document.body,
        "programme": document.programme,
        "programmes": document.programmes,
        "tags": document.tags,
        "tag_text": " ".join(tag.replace("-", " ") for tag in document.tags),
        "facets": document.facets,
        "year": document.year,
        "published_at": document.published_at.isoformat() if document.published_at else None,
        "path": document.path,
    }
