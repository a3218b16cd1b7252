"""Which page types search indexes, and the extra facets other apps register.

Every concrete subclass of portal's KnowledgePage is indexed, with the text of the SearchFields
it declares in `search_fields`; a new knowledge type needs no change here. Type-specific facets
(e.g. the kind and status of a lesson learned) are registered by the app that owns the type,
without importing search, through a Wagtail hook returning a dict:

    @hooks.register("register_search_facet")
    def lesson_kind_facet():
        return {"param": "soort", "label": _("Kind"), "model": LessonLearned, "field": "kind"}

`param` is the URL parameter (`/zoeken/?soort=systeemfout`), `field` a choice field of `model`
(or a callable taking the page and returning a list of values).
"""

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from wagtail import hooks

from portal.models import KnowledgePage

RESERVED_PARAMS = {"q", "programma", "type", "tag", "jaar", "sorteer", "pagina"}


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


def indexed_models() -> list[type[KnowledgePage]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, KnowledgePage) and model is not KnowledgePage
    ]


def content_type_key(model) -> str:
    return model._meta.label_lower


def content_type_labels() -> dict[str, str]:
    return {
        content_type_key(model): str(model._meta.verbose_name_plural).capitalize()
        for model in indexed_models()
    }
