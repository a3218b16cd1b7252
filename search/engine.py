"""A small adapter that sends request bodies (built with elasticsearch-dsl) to the engine at
SEARCH_URL through the matching client: opensearch-py for OpenSearch, elasticsearch-py for
Elasticsearch (which refuses to talk to OpenSearch). Everything above this module speaks plain
request bodies and never touches a client."""

import json
import logging
from functools import cache
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

from django.conf import settings

logger = logging.getLogger(__name__)


class EngineUnavailable(Exception):
    """The engine cannot be reached or did not answer in time."""


class EngineError(Exception):
    """The engine answered with an error (a bad request body, a missing index)."""

    def __init__(self, status: int, info):
        super().__init__(f"{status}: {info}")
        self.status = status
        self.info = info


def search_url() -> str:
    return getattr(settings, "SEARCH_URL", "") or ""


def engine_configured() -> bool:
    return bool(search_url())


def timeout() -> float:
    """How long a reader's search may wait for the engine before the page falls back to the
    database search: short, since someone is waiting for the page."""
    return float(getattr(settings, "SEARCH_TIMEOUT", 3))


def admin_timeout() -> float:
    """How long index administration (creating an index, swapping the alias, bulk loads,
    refreshes, deletes) may wait. Nobody waits on a page for these, and on a busy machine
    creating an index with the Dutch analysis takes longer than a reader's timeout."""
    return float(getattr(settings, "SEARCH_ADMIN_TIMEOUT", 60))


def detect_distribution(url: str) -> str:
    """Which engine answers at `url` ("opensearch" or "elasticsearch"). GET / names the
    distribution, but an Elasticsearch without the rest-root module (the integ-test build) does
    not serve GET /; every Elasticsearch 8+ response, errors included, carries the
    X-Elastic-Product header that elasticsearch-py itself checks."""
    try:
        with urlopen(url + "/", timeout=timeout()) as response:  # noqa: S310 (configured URL)
            headers, body = response.headers, response.read()
    except HTTPError as error:
        headers, body = error.headers, b""
        error.close()
    except (URLError, OSError) as error:
        raise EngineUnavailable(str(error)) from error
    if headers.get("X-Elastic-Product") == "Elasticsearch":
        return "elasticsearch"
    try:
        info = json.loads(body)
    except ValueError:
        info = {}
    return info.get("version", {}).get("distribution", "elasticsearch")


class Engine:
    def __init__(self, url: str):
        self.url = url.rstrip("/")
        self._client = None
        self.distribution = None

    def _connect(self):
        if self._client is not None:
            return self._client
        self.distribution = detect_distribution(self.url)
        if self.distribution == "opensearch":
            from opensearchpy import OpenSearch

            self._client = OpenSearch(self.url, timeout=timeout(), max_retries=0)
        else:
            from elasticsearch import Elasticsearch

            self._client = Elasticsearch(self.url, request_timeout=timeout(), max_retries=0)
        return self._client

    def request(
        self,
        method: str,
        path: str,
        body=None,
        params: dict | None = None,
        *,
        admin: bool = False,
    ):
        """Send one request. `admin` marks index administration, which gets the long
        SEARCH_ADMIN_TIMEOUT instead of the reader's SEARCH_TIMEOUT."""
        client = self._connect()
        seconds = admin_timeout() if admin else timeout()
        if self.distribution == "opensearch":
            return self._opensearch_request(client, method, path, body, params, seconds)
        return self._elasticsearch_request(client, method, path, body, params, seconds)

    @staticmethod
    def _opensearch_request(client, method, path, body, params, seconds):
        from opensearchpy import exceptions

        try:
            return client.transport.perform_request(
                method, path, params=params, body=body, timeout=seconds
            )
        except exceptions.ConnectionError as error:  # includes timeouts
            raise EngineUnavailable(str(error)) from error
        except exceptions.TransportError as error:
            raise EngineError(error.status_code, error.info) from error

    @staticmethod
    def _elasticsearch_request(client, method, path, body, params, seconds):
        import elastic_transport
        from elasticsearch import ApiError

        # The client turns these into its compatibility-mode types (compatible-with=8).
        headers = {"accept": "application/json"}
        if body is not None:
            bulk = isinstance(body, str)
            headers["content-type"] = "application/x-ndjson" if bulk else "application/json"
        try:
            return (
                client.options(request_timeout=seconds)
                .perform_request(method, path, params=params, headers=headers, body=body)
                .body
            )
        except elastic_transport.TransportError as error:
            raise EngineUnavailable(str(error)) from error
        except ApiError as error:
            raise EngineError(error.status_code, error.body) from error


@cache
def _engine_for(url: str) -> Engine:
    return Engine(url)


def get_engine() -> Engine:
    if not engine_configured():
        raise EngineUnavailable("No SEARCH_URL configured")
    return _engine_for(search_url())
