"""One search document per live knowledge page, built generically from the page's own
`search_fields`, so that every KnowledgePage subclass (whichever app defines it) is indexed with
its type-specific text without a change here; and one per object of registered non-page content
(search/registry.py), built from what its registration names."""

from django.db import models
from django.db.models import Model
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.models import KnowledgePage

from .registry import SearchableContent, content_type_key, extra_facets, page_document_key
from .text import normalise, positions

# Indexed on their own (title, summary) or as facets (tags, programmes).
OWN_FIELDS = {"title", "summary"}


def block_text(block, value) -> list[str]:
    """Searchable text of a StreamField value without the labels of choices (a heading's
    level would otherwise be indexed as "Sectiekop (h2)")."""
    if value is None or isinstance(block, blocks.ChoiceBlock):
        return []
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in block_text(child.block, child.value)]
    # An ImageBlock is a StructBlock whose value is the image itself, not a StructValue.
    if isinstance(block, blocks.StructBlock) and isinstance(value, blocks.StructValue):
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


# Page's own fields (slug, SEO title, search description, ...) are not what a reader reads.
_PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}
# Text fields that hold no prose: addresses, codes.
_NOT_PROSE = (models.URLField, models.SlugField, models.EmailField)


def text_field_names(model) -> list[str]:
    """The text a page type shows its readers, besides title and summary: its declared
    SearchFields and every text, rich text and StreamField field of its own, even when the type
    forgot to declare them (a body, `follow_up_actions`, `source_detail`: whatever a reader
    can read must be findable)."""
    names = [
        search_field.field_name
        for search_field in model.get_search_fields()
        if isinstance(search_field, index.SearchField)
    ]
    names += [
        field.name
        for field in model._meta.get_fields()
        if field.concrete
        and not field.is_relation
        and field.name not in _PAGE_FIELDS
        and (
            isinstance(field, StreamField | RichTextField | models.TextField)
            or (isinstance(field, models.CharField) and not field.choices)
        )
        and not isinstance(field, _NOT_PROSE)
    ]
    return [name for name in dict.fromkeys(names) if name not in OWN_FIELDS]


def page_texts(page: Page) -> list[str]:
    """The non-empty texts of the page's text fields, in declaration order."""
    return [text for name in text_field_names(type(page)) if (text := _field_text(page, name))]


def page_body_text(page: Page) -> str:
    return "\n".join(page_texts(page))


def knowledge_context(page: Page) -> KnowledgePage | None:
    """The knowledge page whose programme, tags and audience a page carries: itself, or for
    another page type (a lesson) the nearest knowledge page above it (its module)."""
    if isinstance(page, KnowledgePage):
        return page
    return (
        KnowledgePage.objects.ancestor_of(page)
        .select_related("owner_programme")
        .order_by("-depth")
        .first()
    )


_FIND_CONTEXT = object()


def page_document(page: Page, *, context=_FIND_CONTEXT) -> dict:
    """The fields of a page's search document (for the database row and the engine). `context`
    is the page's knowledge_context when the caller has it (a batch found them together, with
    their tags, programmes and audiences prefetched)."""
    page = page.specific
    if context is _FIND_CONTEXT:
        context = knowledge_context(page)
    texts = page_texts(page)
    if isinstance(page, KnowledgePage):
        summary = page.summary or ""
    else:
        # A lesson's introduction is what its summary is to a knowledge page.
        summary, texts = (texts[0], texts[1:]) if texts else ("", [])
    body = "\n".join(texts)
    published = page.first_published_at
    # In one order however they were read (a batch prefetches them in no particular order).
    tags = sorted(context.tags.all(), key=lambda tag: tag.slug) if context else []
    programmes = (
        [context.owner_programme.slug]
        # Sorted: the many-to-many has no order of its own (PostgreSQL answers in any).
        + sorted(programme.slug for programme in context.also_relevant_for.all())
        if context
        else []
    )
    facets = {facet.param: facet.values(page) for facet in extra_facets() if facet.values(page)}
    if context is not None:
        audiences = sorted(audience.code for audience in context.audiences.all())
        if audiences:
            facets["doelgroep"] = audiences
    return {
        "key": page_document_key(page.pk),
        "page_id": page.pk,
        "content_type": content_type_key(type(page)),
        "title": page.title,
        "summary": summary,
        "body": body,
        "title_terms": _terms(page.title),
        "terms": _terms(" ".join([page.title, summary, body, *(tag.name for tag in tags)])),
        "programme": programmes[0] if programmes else "",
        "programmes": programmes,
        "tags": sorted(tag.slug for tag in tags),
        "facets": facets,
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


# The weight of an occurrence outside the title by field, as the engine's tag_text^2,
# summary^2 and body; the title is scored on its own, at the engine's title^3.
FIELD_WEIGHTS = {"tags": 2, "summary": 2, "body": 1}


def term_weights(fields: dict) -> dict[str, tuple[int, int]]:
    """The postings of a document for the embedded search: each term with (its occurrences in
    the title, its field-weighted occurrences elsewhere: 2 in a tag or the summary, 1 in the
    body). A word and its own compound part that stem alike ("jongeren" and its part
    "jongere") count once per occurrence."""
    texts = {
        "summary": fields["summary"],
        "body": fields["body"],
        "tags": " ".join(tag.replace("-", " ") for tag in fields["tags"]),
    }
    weights: dict[str, list[int]] = {}
    title = _terms(fields["title"])
    for term in set(title.split()):
        weights[term] = [title.count(f" {term} "), 0]
    for name, text in texts.items():
        terms = _terms(text)
        for term in set(terms.split()):
            weights.setdefault(term, [0, 0])[1] += FIELD_WEIGHTS[name] * terms.count(f" {term} ")
    return {term: (in_title, elsewhere) for term, (in_title, elsewhere) in weights.items()}


def document_length(fields: dict) -> int:
    """BM25's length of a document for the embedded search: its field-weighted positions
    outside the title (2 for a word of a tag or the summary, 1 in the body), not counting the
    compound parts that share a word's position, as the engine does not."""
    texts = {
        "summary": fields["summary"],
        "body": fields["body"],
        "tags": " ".join(tag.replace("-", " ") for tag in fields["tags"]),
    }
    return sum(FIELD_WEIGHTS[name] * positions(text) for name, text in texts.items())


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
