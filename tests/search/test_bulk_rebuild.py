"""A rebuild writes the embedded index in batches (search/bulk.py): the same documents, postings
and facet values, and so the same search results, as indexing page by page on publish; and a
number of queries that does not grow with the number of documents in a batch."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from portal.factories import StandardPageFactory
from portal.models import Programme
from search import bulk, services
from search.models import SearchDocument, SearchFacetValue, SearchTerm
from search.registry import searchable_contents
from search.results import SearchRequest
from search.selectors import search_pages
from training.factories import LessonFactory
from training.models import TrainingModule

pytestmark = pytest.mark.django_db

DOCUMENT_FIELDS = [
    "key",
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
]


def index_contents():
    """What search holds: every live document, its postings and its facet values."""
    live = SearchDocument.objects.filter(is_removed=False)
    return {
        "documents": {row["key"]: row for row in live.values(*DOCUMENT_FIELDS)},
        "postings": set(SearchTerm.objects.values_list("document__key", "term", "title", "weight")),
        "facets": set(SearchFacetValue.objects.values_list("document__key", "param", "value")),
    }


def results(reader, **request):
    found = search_pages(request=SearchRequest(**request), user=reader)
    return found.total, [hit.key for hit in found.hits], found.facets


def rebuild():
    call_command("search_rebuild", stdout=StringIO(), stderr=StringIO())


@pytest.fixture
def demo(no_engine):
    call_command("seed_demo", stdout=StringIO())


def test_a_bulk_rebuild_indexes_exactly_what_indexing_page_by_page_does(demo, reader):
    # Page by page, as publishing does: one document write per page and per glossary entry.
    for page in Page.objects.live().specific():
        services.document_update(page=page)
    for content in searchable_contents():
        for obj in content.model._default_manager.all():
            services.object_update(instance=obj)
    one_by_one = index_contents()
    searches = [
        {"query": "regie"},
        {"query": "nazorg na detentie"},
        {"query": "regie", "filters": {"type": ["training.lesson"]}},
        {"filters": {"programma": ["top600"]}},
    ]
    answers = [results(reader, **request) for request in searches]

    rebuild()

    assert len(one_by_one["documents"]) > 100
    rebuilt = index_contents()
    assert rebuilt["documents"] == one_by_one["documents"]
    assert rebuilt["postings"] == one_by_one["postings"]
    assert rebuilt["facets"] == one_by_one["facets"]
    assert [results(reader, **request) for request in searches] == answers
    assert answers[0][0] > 10


def test_a_rebuild_forgets_what_is_no_longer_live_and_keeps_the_rest(demo, reader):
    page = Page.objects.live().type(TrainingModule).order_by("pk").first().specific
    lessons = list(page.get_children().live().values_list("pk", flat=True))
    assert lessons
    Page.objects.filter(pk=page.pk).update(live=False)  # behind search's back

    rebuild()

    removed = {f"page:{pk}" for pk in [page.pk, *lessons]}
    live_keys = set(SearchDocument.objects.filter(is_removed=False).values_list("key", flat=True))
    assert removed.isdisjoint(live_keys)
    assert not SearchTerm.objects.filter(document__key__in=removed).exists()
    other = Page.objects.live().type(TrainingModule).exclude(pk=page.pk).first()
    assert f"page:{other.pk}" in live_keys


def queries_of_rebuild() -> tuple[int, int]:
    """(Queries of a rebuild but its bulk inserts, the bulk insert statements): how many
    statements a bulk insert takes follows the rows and the database's parameter limit (999 on
    SQLite: 249 postings a statement)."""
    with CaptureQueriesContext(connection) as context:
        rebuild()
    inserts = [query for query in context.captured_queries if query["sql"].startswith("INSERT")]
    return len(context.captured_queries) - len(inserts), len(inserts)


def test_a_rebuild_costs_the_same_number_of_queries_for_more_documents_in_a_batch(
    demo, monkeypatch
):
    # One batch per page type, however many pages it has.
    monkeypatch.setattr(bulk, "BATCH_SIZE", 1000)
    before, inserts_before = queries_of_rebuild()
    programme = Programme.objects.order_by("pk").first()
    module = TrainingModule.objects.live().order_by("pk").first()
    for number in range(30):
        StandardPageFactory(
            parent=programme.landing_page,
            owner_programme=programme,
            title=f"Werkwijze casusregie {number}",
            tags=["regie", f"thema-{number}"],
        )
        LessonFactory(parent=module)

    queries, inserts = queries_of_rebuild()
    assert queries == before
    # Sixty more documents, some hundred more postings: a few more insert statements.
    assert inserts - inserts_before < 15
