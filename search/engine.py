"""A small adapter that sends request bodies (built with elasticsearch-dsl) to the engine at
SEARCH_URL through the matching client: opensearch-py for OpenSearch, elasticsearch-py for
Elasticsearch (which refuses to talk to OpenSearch). Everything above this module speaks plain
request bodies and never touches a client."""

import json
import logging
from functools import cache
from urllib.error import URLError
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
    return float(getattr(settings, "SEARCH_TIMEOUT", 3))


class Engine:
    def __init__(self, url: str):
        self.url = url.rstrip("/")
        self._client = None
        self.distribution = None

    def _connect(self):
        if self._client is not None:
            return self._client
        try:
            with urlopen(self.url + "/", timeout=timeout()) as response:  # noqa: S310 (configured URL)
                info = json.load(response)
        except (URLError, OSError, ValueError) as error:
            raise EngineUnavailable(str(error)) from error
        self.distribution = info.get("version", {}).get("distribution", "elasticsearch")
        if self.distribution == "opensearch":
            from opensearchpy import OpenSearch

            self._client = OpenSearch(self.url, timeout=timeout(), max_retries=0)
        else:
            from elasticsearch import Elasticsearch

            self._client = Elasticsearch(self.url, request_timeout=timeout(), max_retries=0)
        return self._client

    def request(self, method: str, path: str, body=None, params: dict | None = None):
        client = self._connect()
        if self.distribution == "opensearch":
            return self._opensearch_request(client, method, path, body, params)
        return self._elasticsearch_request(client, method, path, body, params)

    @staticmethod
    def _opensearch_request(client, method, path, body, params):
        from opensearchpy import exceptions

        try:
            return client.transport.perform_request(method, path, params=params, body=body)
        except exceptions.ConnectionError as error:  # includes timeouts
            raise EngineUnavailable(str(error)) from error
        except exceptions.TransportError as error:
            raise EngineError(error.status_code, error.info) from error

    @staticmethod
    def _elasticsearch_request(client, method, path, body, params):
        import elastic_transport
        from elasticsearch import ApiError

        ndjson = isinstance(body, str)
        mime = "application/vnd.elasticsearch+x-ndjson" if ndjson else "application/json"
        headers = {"accept": "application/json"}
        if body is not None:
            headers["content-type"] = mime.replace("application/json", "application/json")
        if params:
            path = path + "?" + "&".join(f"{key}={value}" for key, value in params.items())
        try:
            return client.perform_request(method, path, headers=headers, body=body).body
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
