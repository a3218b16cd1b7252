"""Which page types search indexes, and the extra facets other apps register.

Every concrete subclass of portal's KnowledgePage is indexed, with the text of the SearchFields
it declares in `search_fields` and of its own text fields, and so is every page type with text
that lives only below knowledge pages (a training lesson, typed "Les", with its module's
programme, tags and audience); a new page type of either kind needs no change here.
Type-specific facets (e.g. the kind and status of a lesson learned) are registered by the app
that owns the type, without importing search, through a Wagtail hook returning a dict:

    @hooks.register("register_search_facet")
    def lesson_kind_facet():
        return {"param": "soort", "label": _("Kind"), "model": LessonLearned, "field": "kind"}

`param` is the URL parameter (`/zoeken/?soort=systeemfout`), `field` a choice field of `model`
(or a callable taking the page and returning a list of values).

Content that is not a page (e.g. glossary entries) becomes searchable the same way: the owning
app registers it with the `register_searchable_content` hook, and search indexes, updates (on
the model's post_save and post_delete, after the commit) and shows it as results of its own:

    @hooks.register("register_searchable_content")
    def glossary_search_content():
        return {
            "model": GlossaryEntry,
            "label": _("Glossary"),  # its value in the "type" facet
            "title": lambda entry: entry.full_term,
            "summary": lambda entry: entry.explanation,
            "url": lambda entry: f"/begrippen/#{entry.anchor}",
        }

Optional keys: `weight` (how its results rank against pages: 0.5 halves their relevance
score, so that short definitions do not crowd out pages on the same words), `body` (more text),
`tags` (a callable returning tag slugs), `programmes` (one returning programme slugs),
`queryset` (a callable returning the objects to index, e.g. with select_related) and `page`: a
callable returning the live page that governs the objects' visibility. With `page`, the objects
are findable only while that page is live, and only by readers who may see it (their documents
carry its tree path, which restricted readers' searches exclude); without it they are visible
to every reader of the portal. One registration per model counts: the first in hook order
(`@hooks.register(..., order=-1)` overrides another app's).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from wagtail import hooks
from wagtail.models import Page

from portal.models import KnowledgePage

RESERVED_PARAMS = {"q", "programma", "type", "tag", "jaar", "sorteer", "pagina", "letterlijk"}


@dataclass(frozen=True)
class ExtraFacet:
    param: str
    label: str
    model: type
    field: Any

    def values(self, page) -> list[str]:
        if not isinstance(page, self.model):
            return []
        if callable(self.field):
            return [str(value) for value in self.field(page) if value not in ("", None)]
        value = getattr(page, self.field, None)
        return [] if value in ("", None) else [str(value)]

    def value_label(self, value: str) -> str:
        if callable(self.field):
            return value
        choices = dict(self.model._meta.get_field(self.field).flatchoices)
        return str(choices.get(value, value))


def extra_facets() -> list[ExtraFacet]:
    facets = []
    for hook in hooks.get_hooks("register_search_facet"):
        spec = hook()
        if not spec or spec["param"] in RESERVED_PARAMS:
            continue
        model = spec["model"]
        if isinstance(model, str):
            model = apps.get_model(model)
        facets.append(ExtraFacet(spec["param"], str(spec["label"]), model, spec["field"]))
    return facets


def has_text(model) -> bool:
    """Whether pages of a type carry text of their own besides the title: a declared
    SearchField, or a text, rich text or StreamField field (see documents.text_field_names)."""
    from .documents import text_field_names

    return bool(text_field_names(model))


def is_part_of_knowledge(model) -> bool:
    """A page type that lives only below knowledge pages (a lesson below its module): it is
    knowledge too, and takes its programme, tags and audience from the page it belongs to."""
    parents = model.allowed_parent_page_models()
    return bool(parents) and all(issubclass(parent, KnowledgePage) for parent in parents)


def indexed_models() -> list[type[Page]]:
    """Every concrete knowledge page type, and every page type with text that is part of
    one (a training lesson, and any such type added later). The other pages (home, overviews,
    programme landing pages, the onboarding section) introduce the lists below them and are
    reached through the navigation; tests/search/test_everything_findable.py names them."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and model not in (Page, KnowledgePage)
        and (issubclass(model, KnowledgePage) or (is_part_of_knowledge(model) and has_text(model)))
    ]


def knowledge_models() -> list[type[KnowledgePage]]:
    """The knowledge page types: what related content is made of."""
    return [model for model in indexed_models() if issubclass(model, KnowledgePage)]


def content_type_key(model) -> str:
    return model._meta.label_lower


def content_type_labels() -> dict[str, str]:
    labels = {
        content_type_key(model): str(model._meta.verbose_name_plural).capitalize()
        for model in indexed_models()
    }
    labels.update({content.content_type: content.label for content in searchable_contents()})
    return labels


def page_document_key(page_id: int) -> str:
    return f"page:{page_id}"


@dataclass(frozen=True)
class SearchableContent:
    """Non-page content registered with the `register_searchable_content` hook."""

    model: type
    label: str
    title: Callable
    summary: Callable
    url: Callable
    weight: float = 1.0
    body: Callable | None = None
    tags: Callable | None = None
    programmes: Callable | None = None
    queryset: Callable | None = None
    page: Callable | None = None

    @property
    def content_type(self) -> str:
        return content_type_key(self.model)

    def document_key(self, pk) -> str:
        return f"{self.content_type}:{pk}"

    def objects(self):
        return self.queryset() if self.queryset else self.model._default_manager.all()

    def governing_page(self):
        """(governs, page): whether a page governs visibility, and that page if it is live."""
        if self.page is None:
            return False, None
        page = self.page()
        return True, page if page is not None and page.live else None


def searchable_contents() -> list[SearchableContent]:
    """One registration per model: the first in hook order wins (one document per object)."""
    contents: dict[type, SearchableContent] = {}
    for hook in hooks.get_hooks("register_searchable_content"):
        spec = hook()
        if not spec:
            continue
        model = spec["model"]
        if isinstance(model, str):
            model = apps.get_model(model)
        if model not in contents:
            contents[model] = SearchableContent(
                **{**spec, "model": model, "label": str(spec["label"])}
            )
    return list(contents.values())


def searchable_content_for(model) -> SearchableContent | None:
    for content in searchable_contents():
        if content.model is model:
            return content
    return None


def searchable_content_by_type() -> dict[str, SearchableContent]:
    return {content.content_type: content for content in searchable_contents()}


def score_weights() -> dict[str, float]:
    """Content type -> relevance score multiplier, for registered content weighted otherwise
    than pages."""
    return {
        content.content_type: content.weight
        for content in searchable_contents()
        if content.weight != 1.0
    }
