"""Keeping search true to the published site. The SearchDocument row changes in the same
transaction as the page; the engine hears about it after the commit. When the engine is
unreachable the row stays `engine_pending` and a later sync (or rebuild) catches up; the page
save itself never fails because of search."""

import logging

from django.db import transaction
from wagtail.models import Page

from portal.models import KnowledgePage

from . import index
from .documents import facet_values, page_document, term_weights
from .engine import EngineError, EngineUnavailable, engine_configured
from .models import SearchDocument, SearchFacetValue, SearchTerm
from .registry import indexed_models

logger = logging.getLogger(__name__)


def _is_indexable(page: Page) -> bool:
    return page.live and issubclass(page.specific_class or Page, KnowledgePage)


def _push_to_engine() -> None:
    if not engine_configured():
        return
    try:
        index.sync_pending()
    except (EngineUnavailable, EngineError) as error:
        logger.warning("Search engine not updated, will catch up later: %s", error)


def _after_commit() -> None:
    transaction.on_commit(_push_to_engine)


def document_update(*, page: Page) -> None:
    """Index a published page (with its live content: drafts never reach search) or forget
    it when it is no longer live."""
    if not _is_indexable(page):
        document_remove(page_id=page.pk)
        return
    _store(page_document(KnowledgePage.objects.get(pk=page.pk)))
    _after_commit()


def _store(fields: dict) -> SearchDocument:
    """The document row with its postings and facet values for the embedded search."""
    document, _created = SearchDocument.objects.update_or_create(
        page_id=fields["page_id"], defaults={**fields, "is_removed": False, "engine_pending": True}
    )
    SearchTerm.objects.filter(document=document).delete()
    SearchTerm.objects.bulk_create(
        SearchTerm(document=document, term=term, weight=weight)
        for term, weight in term_weights(
            title_terms=fields["title_terms"], terms=fields["terms"]
        ).items()
    )
    SearchFacetValue.objects.filter(document=document).delete()
    SearchFacetValue.objects.bulk_create(
        SearchFacetValue(document=document, param=param, value=value)
        for param, value in facet_values(fields)
    )
    return document


def _forget(documents) -> int:
    """Tombstone documents: the engine still has to drop them; the embedded search must not
    find them, so their postings go at once."""
    SearchTerm.objects.filter(document__in=documents).delete()
    SearchFacetValue.objects.filter(document__in=documents).delete()
    return documents.update(is_removed=True, engine_pending=True)


def document_remove(*, page_id: int) -> None:
    if _forget(SearchDocument.objects.filter(page_id=page_id, is_removed=False)):
        _after_commit()


def subtree_update(*, page: Page) -> None:
    """A move or unpublish changes paths and liveness of the page and what is below it."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific(defer=True):
        document_update(page=descendant)


def documents_rebuild(*, progress=None) -> int:
    """Recreate every SearchDocument row from the live pages (the database side of a rebuild)."""
    live_ids = set()
    pages = (
        KnowledgePage.objects.live()
        .filter(content_type__in=_indexed_content_types())
        .select_related("owner_programme")
        .prefetch_related("tagged_items__tag", "also_relevant_for")
        .order_by("pk")
    )
    total = pages.count()
    for number, page in enumerate(pages.iterator(chunk_size=200), start=1):
        live_ids.add(page.pk)
        _store(page_document(page))
        if progress:
            progress(number, total)
    _forget(SearchDocument.objects.exclude(page_id__in=live_ids))
    return total


def _indexed_content_types():
    from django.contrib.contenttypes.models import ContentType

    return list(ContentType.objects.get_for_models(*indexed_models()).values())


def search_rebuild(*, progress=None, documents_progress=None) -> str | None:
    """The database rows, then (when configured) a fresh engine index behind the alias."""
    documents_rebuild(progress=documents_progress)
    if not engine_configured():
        SearchDocument.objects.filter(is_removed=True).delete()
        return None
    return index.rebuild(progress=progress)
