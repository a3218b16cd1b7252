"""The engine adapter against the real OpenSearch and Elasticsearch nodes: it picks the client
that matches the engine, reports a request the engine rejects as EngineError and an engine that
went away as EngineUnavailable, and the search page then answers from the database."""

import select
import socket
import socketserver
import threading
import uuid
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from search import index
from search.engine import EngineError, EngineUnavailable, get_engine
from search.results import SearchRequest
from search.selectors import search_pages, title_suggestions

pytestmark = pytest.mark.django_db


def test_the_adapter_picks_the_client_of_the_engine(engine):
    import elasticsearch
    import opensearchpy

    get_engine().request("GET", "/_cluster/health")
    assert get_engine().distribution == engine
    expected = {"opensearch": opensearchpy.OpenSearch, "elasticsearch": elasticsearch.Elasticsearch}
    assert type(get_engine()._client) is expected[engine]


def test_a_request_the_engine_rejects_is_an_engine_error(engine):
    with pytest.raises(EngineError) as rejected:
        get_engine().request(
            "POST", f"/{index.alias_name()}/_search", body={"query": {"no_such_query": {}}}
        )
    assert rejected.value.status == 400
    assert rejected.value.info["error"]["type"] == "parsing_exception"

    with pytest.raises(EngineError) as missing:
        get_engine().request("GET", "/no-such-index-here/_search")
    assert missing.value.status == 404


class Relay(socketserver.ThreadingTCPServer):
    """A TCP relay on a free local port in front of a real engine: stopping it is, for the
    portal's client, the engine stopping under an open connection."""

    daemon_threads = True
    block_on_close = True  # server_close() waits until every relayed connection is closed

    def __init__(self, target_url: str):
        target = urlsplit(target_url)
        self.target = (target.hostname, target.port)
        self.stopped = threading.Event()
        super().__init__(("127.0.0.1", 0), RelayConnection)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def stop(self):
        self.stopped.set()
        self.shutdown()
        self.server_close()


class RelayConnection(socketserver.BaseRequestHandler):
    def handle(self):
        with socket.create_connection(self.server.target) as upstream:
            peers = {self.request: upstream, upstream: self.request}
            while not self.server.stopped.is_set():
                readable, _writable, _failed = select.select(list(peers), [], [], 0.1)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)


@pytest.fixture
def relay(settings, engine):
    """The engine of the test, reached through a relay (SEARCH_URL points at it)."""
    engine_url = settings.SEARCH_URL
    relay = Relay(engine_url)
    settings.SEARCH_URL = relay.url
    yield relay
    if not relay.stopped.is_set():
        relay.stop()
    settings.SEARCH_URL = engine_url  # for the engine fixture's clean-up


def test_an_engine_that_stops_is_unavailable_and_search_answers_from_the_database(
    relay, make_page, programme, reader, client
):
    make_page("Nazorg na detentie", programme=programme)
    results = search_pages(request=SearchRequest(query="nazorg"), user=reader)
    assert results.backend == "engine"  # the client is connected, through the relay
    assert [hit.page.title for hit in results.hits] == ["Nazorg na detentie"]

    relay.stop()
    with pytest.raises(EngineUnavailable):
        get_engine().request("POST", f"/{index.alias_name()}/_search", body={"size": 1})

    client.force_login(reader)
    response = client.get(reverse("search"), {"q": "nazorg"})
    assert response.status_code == 200
    assert response.context["results"].engine_unavailable
    assert "Nazorg na detentie" in response.content.decode()
    assert b"ams-alert--warning" in response.content
    suggestions = title_suggestions(prefix="naz", user=reader)
    assert [page["title"] for page in suggestions["pages"]] == ["Nazorg na detentie"]
    assert client.get("/healthz").json()["checks"]["search"] == "degraded"


@pytest.mark.elasticsearch
def test_the_dutch_analysis_needs_a_node_with_analysis_common(settings, elasticsearch_url):
    """Why SEARCH_ANALYSIS=basic exists: the integ-test build of Elasticsearch has no stemmer,
    decompounder or asciifolding, and refuses the Dutch index; the basic one it accepts."""
    settings.SEARCH_URL = elasticsearch_url
    settings.SEARCH_INDEX = f"test-kennisportaal-{uuid.uuid4().hex[:10]}"
    settings.SEARCH_ANALYSIS = "dutch"
    with pytest.raises(EngineError) as refused:
        index.create_index()
    assert refused.value.status == 400

    settings.SEARCH_ANALYSIS = "basic"
    name = index.create_index()
    try:
        mapping = get_engine().request("GET", f"/{name}/_mapping")[name]["mappings"]
        assert mapping["properties"]["suggest"]["index_prefixes"]
    finally:
        get_engine().request("DELETE", f"/{name}")
