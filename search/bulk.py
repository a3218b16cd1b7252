"""Writing search documents in batches: a batch of pages (or registered objects) becomes its
SearchDocument rows, their postings and their facet values in a fixed number of queries and
one transaction, whatever the batch holds. A rebuild, a moved subtree and a knowledge page's
lessons go through here, and so does the single document of a published page (a batch of
one), so that there is one write path for the embedded index."""

from collections.abc import Callable, Iterable, Iterator

from django.db import transaction
from wagtail.models import Page

from portal.models import KnowledgePage

from .documents import (
    document_length,
    facet_values,
    object_document,
    page_document,
    term_weights,
)
from .models import SearchDocument, SearchFacetValue, SearchTerm
from .registry import SearchableContent, indexed_models

# Documents per transaction: large enough that commits no longer count, small enough that a
# batch's postings (some hundred per document) stay a modest amount of memory.
BATCH_SIZE = 200

# What a document write changes; `key` identifies the row, `page_id` follows from it.
_WRITTEN_FIELDS = [
    "page_id",
    "content_type",
    "title",
    "summary",
    "body",
    "title_terms",
    "terms",
    "programme",
    "programmes",
    "tags",
    "facets",
    "year",
    "published_at",
    "path",
    "length",
    "is_removed",
    "engine_pending",
    "updated_at",
]

# What a page's search document reads of its knowledge page (itself, or a lesson's module).
KNOWLEDGE_RELATED = ("tags", "also_relevant_for", "audiences")


def batches(items: Iterable, size: int | None = None) -> Iterator[list]:
    size = size or BATCH_SIZE
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def raw_delete(queryset) -> None:
    """One DELETE statement. QuerySet.delete() would first load every row: a post_delete
    receiver for all models (search/signals.py) rules out Django's fast delete."""
    queryset._raw_delete(queryset.db)


def store_documents(documents_fields: list[dict]) -> list[SearchDocument]:
    """Write live documents with their postings and facet values, replacing what the same keys
    had: one upsert of the rows, one delete and one bulk insert each for the postings and the
    facet values (split into statements of the database's parameter limit), in one
    transaction."""
    if not documents_fields:
        return []
    documents, postings, facets = [], [], []
    for fields in documents_fields:
        weights = term_weights(fields)
        document = SearchDocument(
            **fields,
            length=document_length(fields),
            is_removed=False,
            engine_pending=True,
        )
        documents.append(document)
        postings.append(weights)
        facets.append(facet_values(fields))
    with transaction.atomic():
        SearchDocument.objects.bulk_create(
            documents,
            update_conflicts=True,
            unique_fields=["key"],
            update_fields=_WRITTEN_FIELDS,
        )
        ids = [document.pk for document in documents]
        raw_delete(SearchTerm.objects.filter(document_id__in=ids))
        raw_delete(SearchFacetValue.objects.filter(document_id__in=ids))
        SearchTerm.objects.bulk_create(
            SearchTerm(document_id=document.pk, term=term, title=title, weight=weight)
            for document, weights in zip(documents, postings, strict=True)
            for term, (title, weight) in weights.items()
        )
        SearchFacetValue.objects.bulk_create(
            SearchFacetValue(document_id=document.pk, param=param, value=value)
            for document, pairs in zip(documents, facets, strict=True)
            for param, value in pairs
        )
    return documents


def knowledge_contexts(pages: list[Page]) -> dict[int, KnowledgePage | None]:
    """For pages that are not knowledge pages (lessons), the knowledge page each belongs to:
    its nearest knowledge page ancestor (documents.knowledge_context), for the whole list in
    one query plus one per related list."""
    step = Page.steplen
    ancestor_paths = {
        page.path[:length] for page in pages for length in range(step, len(page.path), step)
    }
    found = {
        knowledge.path: knowledge
        for knowledge in KnowledgePage.objects.filter(path__in=ancestor_paths)
        .select_related("owner_programme")
        .prefetch_related(*KNOWLEDGE_RELATED)
    }
    contexts: dict[int, KnowledgePage | None] = {}
    for page in pages:
        contexts[page.pk] = next(
            (
                found[page.path[:length]]
                for length in range(len(page.path) - step, 0, -step)
                if page.path[:length] in found
            ),
            None,
        )
    return contexts


def page_documents(pages: list[Page]) -> tuple[list[dict], list[int]]:
    """(The documents of the indexable pages among specific pages, the ids of the others): live,
    of an indexed type, and for a page belonging to a knowledge page only while that one is
    live too (services._is_indexable, for a list)."""
    indexed = set(indexed_models())
    others = [page for page in pages if not isinstance(page, KnowledgePage)]
    contexts = knowledge_contexts(others) if others else {}
    documents, not_indexable = [], []
    for page in pages:
        if not page.live or type(page) not in indexed:
            not_indexable.append(page.pk)
            continue
        if isinstance(page, KnowledgePage):
            documents.append(page_document(page, context=page))
            continue
        context = contexts[page.pk]
        if context is not None and not context.live:
            not_indexable.append(page.pk)
            continue
        documents.append(page_document(page, context=context))
    return documents, not_indexable


def _knowledge_pages(model) -> Iterator[KnowledgePage]:
    return (
        model.objects.live()
        .exact_type(model)
        .select_related("owner_programme")
        .prefetch_related(*KNOWLEDGE_RELATED)
        .order_by("pk")
        .iterator(chunk_size=BATCH_SIZE)
    )


def _other_pages(model) -> Iterator[Page]:
    return model.objects.live().exact_type(model).order_by("pk").iterator(chunk_size=BATCH_SIZE)


def pages_rebuild(*, progress: Callable[[int, int], None] | None = None) -> int:
    """Write the documents of every live page of an indexed type, a batch per transaction, page
    type by page type (the specific rows in one query per batch, without a query per page)."""
    models = indexed_models()
    total = sum(model.objects.live().exact_type(model).count() for model in models)
    done = 0
    for model in sorted(models, key=lambda model: model._meta.label):
        pages = _knowledge_pages(model) if issubclass(model, KnowledgePage) else _other_pages(model)
        for batch in batches(pages):
            documents, _not_indexable = page_documents(batch)
            store_documents(documents)
            done += len(batch)
            if progress:
                progress(done, total)
    return total


def content_rebuild(content: SearchableContent, *, path: str) -> set[str]:
    """(Re)write the documents of all objects of one registered content, in batches; their
    keys."""
    keys: set[str] = set()
    for batch in batches(content.objects().order_by("pk").iterator(chunk_size=BATCH_SIZE)):
        documents = [object_document(content, obj, path=path) for obj in batch]
        store_documents(documents)
        keys.update(fields["key"] for fields in documents)
    return keys
