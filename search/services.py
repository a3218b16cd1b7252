"""Keeping search true to the published site. The SearchDocument row changes in the same
transaction as the page; the engine hears about it after the commit. When the engine is
unreachable the row stays `engine_pending` and a later sync (or rebuild) catches up; the page
save itself never fails because of search."""

import logging

from django.db import transaction
from wagtail.models import Page

from portal.models import KnowledgePage

from . import index
from .documents import page_document
from .engine import EngineError, EngineUnavailable, engine_configured
from .models import SearchDocument
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
    fields = page_document(KnowledgePage.objects.get(pk=page.pk))
    SearchDocument.objects.update_or_create(
        page_id=page.pk, defaults={**fields, "is_removed": False, "engine_pending": True}
    )
    _after_commit()


def document_remove(*, page_id: int) -> None:
    updated = SearchDocument.objects.filter(page_id=page_id, is_removed=False).update(
        is_removed=True, engine_pending=True
    )
    if updated:
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
        fields = page_document(page)
        SearchDocument.objects.update_or_create(
            page_id=page.pk, defaults={**fields, "is_removed": False, "engine_pending": True}
        )
        if progress:
            progress(number, total)
    SearchDocument.objects.exclude(page_id__in=live_ids).update(
        is_removed=True, engine_pending=True
    )
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
