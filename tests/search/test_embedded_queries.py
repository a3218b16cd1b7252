"""The embedded search answers in a fixed number of SQL queries, however many documents
match: matching, scoring, sorting, paging and facet counts happen in the database."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.results import SearchRequest
from search.selectors import search_pages

pytestmark = pytest.mark.django_db

REQUESTS = [
    SearchRequest(query="netwerk"),
    SearchRequest(query="netwerk partners", sort="datum", page=2, page_size=2),
    SearchRequest(query="netwrk", filters={"tag": ["jeugd"], "programma": ["top600"]}),
    SearchRequest(query="netwerk onbekendwoord"),  # no page has both: some words, then none
    SearchRequest(filters={"tag": ["netwerk"]}),
]


def query_counts(user) -> list[int]:
    # Cold each time: the query expansions (synonyms, abbreviations) are cached between searches,
    # and the reads every request shares (portal/cached_reads.py) in their own cache.
    for each in caches.all():
        each.clear()
    counts = []
    for request in REQUESTS:
        with CaptureQueriesContext(connection) as queries:
            results = search_pages(request=request, user=user)
        assert results.backend == "database"
        counts.append(len(queries))
    return counts


def test_query_count_does_not_grow_with_the_documents(
    no_engine, make_page, programme, other_programme, reader
):
    def add_pages(start, stop):
        for number in range(start, stop):
            make_page(
                f"Netwerk met partners {number}",
                programme=programme if number % 2 else other_programme,
                tags=["netwerk", "jeugd"] if number % 3 else ["netwerk"],
            )

    add_pages(0, 5)
    with_five = query_counts(reader)
    add_pages(5, 50)
    with_fifty = query_counts(reader)
    assert with_fifty == with_five
    assert max(with_fifty) <= 30


def test_a_page_with_a_word_longer_than_a_term_is_published_and_found(
    backend, make_page, programme, reader
):
    """A pasted hash or a URL's run of letters is longer than the inverted index's terms may be
    (PostgreSQL would refuse a longer one): the page still publishes, and is found."""
    page = make_page(
        "Checklist informatiedeling",
        programme=programme,
        summary="Controleer de bijlage " + "x" * 150 + " voor het overleg.",
    )
    results = search_pages(request=SearchRequest(query="informatiedeling"), user=reader)
    assert [hit.page.pk for hit in results.hits] == [page.pk]
    results = search_pages(request=SearchRequest(query="x" * 150), user=reader)
    assert [hit.page.pk for hit in results.hits] == [page.pk]
