"""Keeping search true to the published site. The SearchDocument row changes in the same
transaction as the page (or registered object, e.g. a glossary entry); the engine hears about
it after the commit. When the engine is unreachable the row stays `engine_pending` and a later
sync (or rebuild) catches up; the save itself never fails because of search."""

import logging

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from portal.models import KnowledgePage

from . import bulk, index
from .documents import knowledge_context, object_document, page_document
from .engine import EngineError, EngineUnavailable, engine_configured
from .models import SearchDocument, SearchFacetValue, SearchTerm
from .registry import (
    SearchableContent,
    indexed_models,
    page_document_key,
    searchable_content_for,
    searchable_contents,
)

logger = logging.getLogger(__name__)


def _is_indexable(page: Page) -> bool:
    """Live, of an indexed type, and, for a page that belongs to a knowledge page (a lesson of
    a module), only while that knowledge page is live too."""
    if not page.live or (page.specific_class or Page) not in indexed_models():
        return False
    if issubclass(page.specific_class, KnowledgePage):
        return True
    context = knowledge_context(page)
    return context is None or context.live


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
    _store(page_document(Page.objects.get(pk=page.pk).specific))
    _after_commit()


def dependants_update(*, page: Page) -> None:
    """A knowledge page was published, unpublished or deleted: the pages below it that take
    its programme, tags and audience (its lessons) follow, and are findable only while it is
    live."""
    if not issubclass(page.specific_class or Page, KnowledgePage):
        return
    _pages_update(Page.objects.descendant_of(page).not_type(KnowledgePage).specific())


def _pages_update(pages) -> None:
    """Index the indexable ones of many (specific) pages and forget the others, a batch at a
    time (search/bulk.py): a fixed number of queries per batch rather than per page."""
    for batch in bulk.batches(pages):
        documents, not_indexable = bulk.page_documents(batch)
        bulk.store_documents(documents)
        _remove(
            SearchDocument.objects.filter(
                key__in=[page_document_key(page_id) for page_id in not_indexable]
            )
        )
    _after_commit()


def _store(fields: dict) -> SearchDocument:
    """Write one live document with its postings and facet values for the embedded search:
    the batch write path with a batch of one."""
    return bulk.store_documents([fields])[0]


def _forget(documents) -> int:
    """Tombstone documents: the engine still has to drop them; the embedded search must not
    find them, so their postings go at once."""
    forgotten = 0
    # A list of ids a batch at a time: bounded statements, and no nested subquery to plan.
    for batch in bulk.batches(list(documents.values_list("pk", flat=True))):
        bulk.raw_delete(SearchTerm.objects.filter(document_id__in=batch))
        bulk.raw_delete(SearchFacetValue.objects.filter(document_id__in=batch))
        forgotten += SearchDocument.objects.filter(pk__in=batch).update(
            is_removed=True, engine_pending=True
        )
    return forgotten


def document_remove(*, page_id: int) -> None:
    _remove(SearchDocument.objects.filter(key=page_document_key(page_id)))


def _remove(documents) -> None:
    """Leave tombstones until the engine has forgotten the documents too."""
    if _forget(documents.filter(is_removed=False)):
        _after_commit()


def _governing_path(content: SearchableContent) -> str | None:
    """The tree path the content's documents carry; None when they must not be findable (the
    governing page is missing or not live)."""
    governed, page = content.governing_page()
    if not governed:
        return ""
    return page.path if page is not None else None


def object_update(*, instance) -> None:
    """Index a registered non-page object (after its save), or forget it when its governing
    page is not live."""
    content = searchable_content_for(type(instance))
    if content is None:
        return
    path = _governing_path(content)
    if path is None:
        object_remove(instance=instance)
        return
    # Through the registered queryset: it may leave objects out, and select what the text needs.
    obj = content.objects().filter(pk=instance.pk).first()
    if obj is None:
        object_remove(instance=instance)
        return
    _store(object_document(content, obj, path=path))
    _after_commit()


def object_remove(*, instance) -> None:
    content = searchable_content_for(type(instance))
    if content is not None:
        _remove(SearchDocument.objects.filter(key=content.document_key(instance.pk)))


def _content_keys_rebuild(content: SearchableContent) -> set[str]:
    """(Re)write the documents of all objects of one registered content; their keys."""
    path = _governing_path(content)
    if path is None:
        return set()
    return bulk.content_rebuild(content, path=path)


def governed_content_update(*, page: Page) -> None:
    """A page was published, unpublished, moved or deleted: the content whose visibility a page
    governs follows when that page is this one or below it (or no longer exists)."""
    for content in searchable_contents():
        governed, governing = content.governing_page()
        if not governed:
            continue
        if governing is not None and not governing.path.startswith(page.path):
            continue
        documents = SearchDocument.objects.filter(content_type=content.content_type)
        if governing is None:
            _remove(documents)
            continue
        keys = _content_keys_rebuild(content)
        _remove(documents.exclude(key__in=keys))
        _after_commit()


def subtree_update(*, page: Page) -> None:
    """A move or unpublish changes paths and liveness of the page and what is below it."""
    _pages_update(Page.objects.descendant_of(page, inclusive=True).specific())


def documents_rebuild(*, progress=None) -> int:
    """Recreate every SearchDocument row from the live pages and the registered content (the
    database side of a rebuild). Rows not written by this rebuild are forgotten afterwards,
    found by their `updated_at` rather than by a list of live keys (SQLite refuses a query with
    more than 32,766 parameters, and a large portal has more pages than that)."""
    started = timezone.now()
    # A transaction and a fixed number of queries per batch of pages (search/bulk.py): a
    # commit, and a handful of lookups, per document were most of a rebuild.
    total = bulk.pages_rebuild(progress=progress)
    for content in searchable_contents():
        _content_keys_rebuild(content)
    _forget(SearchDocument.objects.filter(is_removed=False, updated_at__lt=started))
    return total


def indexable_page_ids() -> set[int]:
    """What search_check expects to be findable among the pages."""
    ids = set(
        KnowledgePage.objects.live()
        .filter(content_type__in=_indexed_content_types())
        .values_list("pk", flat=True)
    )
    others = (
        Page.objects.live()
        .filter(content_type__in=_indexed_content_types())
        .not_type(KnowledgePage)
    )
    ids.update(page.pk for page in others.specific() if _is_indexable(page))
    return ids


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
