"""Counting the SQL queries of one page view, for the query budget (DESIGN.md §4: at most 12
queries per page, independent of how much content exists)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

BUDGET = 12


def queries_for(client, url: str) -> list[str]:
    """The SQL of the second view of `url`: the first fills the per-site caches, as the first
    visitor after a change does."""
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in context.captured_queries]


def query_counts(client, urls: list[str]) -> dict[str, int]:
    return {url: len(queries_for(client, url)) for url in urls}
