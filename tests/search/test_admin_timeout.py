"""Index administration waits longer than a reader's search. Creating an index with the Dutch
analysis once took longer than the 3-second query timeout on a busy machine and a rebuild
failed; a reader's search, on the other hand, must give up quickly and fall back to the
database. Checked against the real engines: the test listens to the timeout each request hands
to the HTTP connection, and the requests still go to the engine."""

import pytest

from search import index
from search.engine import get_engine
from search.results import SearchRequest
from search.selectors import search_pages

pytestmark = pytest.mark.django_db

READER_TIMEOUT = 2.5
ADMIN_TIMEOUT = 75.0


def listen_to_timeouts(monkeypatch) -> list[tuple[str, str, float]]:
    """Record (method, path, timeout) of every request the adapter's client sends."""
    client = get_engine()._connect()
    sent: list[tuple[str, str, float]] = []
    if get_engine().distribution == "opensearch":
        connection = client.transport.get_connection()
        original = connection.perform_request

        def perform_request(method, url, *args, timeout=None, **kwargs):
            sent.append((method, url, timeout))
            return original(method, url, *args, timeout=timeout, **kwargs)

        monkeypatch.setattr(connection, "perform_request", perform_request)
    else:
        for node in client.transport.node_pool.all():
            original = node.perform_request

            def perform_request(method, target, *args, _original=original, **kwargs):
                sent.append((method, target.split("?")[0], kwargs.get("request_timeout")))
                return _original(method, target, *args, **kwargs)

            monkeypatch.setattr(node, "perform_request", perform_request)
    return sent


def test_index_administration_waits_longer_than_a_readers_search(
    engine, settings, monkeypatch, make_page, programme, reader
):
    settings.SEARCH_TIMEOUT = READER_TIMEOUT
    settings.SEARCH_ADMIN_TIMEOUT = ADMIN_TIMEOUT
    make_page("Nazorg na detentie", programme=programme)
    sent = listen_to_timeouts(monkeypatch)

    new_index = index.rebuild()
    administration = list(sent)
    sent.clear()
    results = search_pages(request=SearchRequest(query="nazorg"), user=reader)

    paths = {(method, path) for method, path, _ in administration}
    assert ("PUT", f"/{new_index}") in paths  # the index was created
    assert ("POST", "/_bulk") in paths
    assert ("POST", "/_aliases") in paths  # the alias swap
    assert {seconds for _, _, seconds in administration} == {ADMIN_TIMEOUT}
    assert results.backend == "engine"
    assert [hit.page.title for hit in results.hits] == ["Nazorg na detentie"]
    searches = [seconds for method, path, seconds in sent if path.endswith("/_search")]
    assert searches and set(searches) == {READER_TIMEOUT}
