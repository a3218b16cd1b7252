"""Search tests run against real engines and against the embedded database search:

- OpenSearch (scripts/opensearch.sh; the test command exports SEARCH_URL) with the Dutch
  analysis, the production set-up;
- Elasticsearch 8 (scripts/elasticsearch.sh; ELASTICSEARCH_URL) with the "basic" analysis,
  since Elasticsearch's integ-test build lacks the analysis-common module. Its tests carry the
  `elasticsearch` marker (the test command runs them in the SQLite pass only).

Without the URL variable a fixture starts the node itself. Each engine test gets its own index
alias, dropped afterwards. Tests of behaviour that needs the Dutch analysis (stemming,
compounds, accent folding) use `dutch_engine` / `dutch_backend`; the others use `engine` /
`backend` and so run on both engines."""

import contextlib
import os
import subprocess
import uuid
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from portal.constants import Role
from portal.factories import StandardPageFactory, UserFactory
from search import index
from search.engine import EngineError, EngineUnavailable

ROOT = Path(__file__).resolve().parents[2]

# engine -> (fixture with its URL, the index analysis it can hold)
ENGINES = {
    "opensearch": ("search_engine_url", "dutch"),
    "elasticsearch": ("elasticsearch_url", "basic"),
}
OPENSEARCH = pytest.param("opensearch")
ELASTICSEARCH = pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)
DATABASE = pytest.param("database")


def _start(script: str) -> str:
    return subprocess.check_output(["bash", str(ROOT / "scripts" / script), "start"], text=True)


@pytest.fixture(scope="session")
def search_engine_url() -> str:
    """The OpenSearch node."""
    return (os.environ.get("SEARCH_URL") or _start("opensearch.sh")).strip()


@pytest.fixture(scope="session")
def elasticsearch_url() -> str:
    """The Elasticsearch node."""
    return (os.environ.get("ELASTICSEARCH_URL") or _start("elasticsearch.sh")).strip()


def use_engine(request, settings, name: str) -> str:
    """Point the search app at the engine `name`, on a fresh index alias of this test."""
    url_fixture, analysis = ENGINES[name]
    settings.SEARCH_URL = request.getfixturevalue(url_fixture)
    settings.SEARCH_ANALYSIS = analysis
    settings.SEARCH_INDEX = f"test-kennisportaal-{uuid.uuid4().hex[:10]}"
    index.ensure_index()
    request.addfinalizer(index.drop_all)
    caplog = request.getfixturevalue("caplog")
    request.addfinalizer(lambda: _assert_engine_accepted_every_request(caplog))
    return name


def _assert_engine_accepted_every_request(caplog):
    """Search falls back to the database when the engine rejects a request, which would let a
    request body that one engine does not accept pass its tests unnoticed."""
    rejected = [
        record.getMessage()
        for record in caplog.get_records("call")
        if isinstance(record.args, tuple)
        and any(isinstance(arg, EngineError) for arg in record.args)
    ]
    assert not rejected, rejected


@pytest.fixture(params=[OPENSEARCH, ELASTICSEARCH])
def engine(request, settings) -> str:
    """Runs a test on each engine; returns its name."""
    return use_engine(request, settings, request.param)


@pytest.fixture
def dutch_engine(request, settings) -> str:
    """The engine with the Dutch analysis (OpenSearch, as in production)."""
    return use_engine(request, settings, "opensearch")


@pytest.fixture
def no_engine(settings):
    settings.SEARCH_URL = ""


def _use_backend(request, settings) -> str:
    if request.param == "database":
        settings.SEARCH_URL = ""
        return request.param
    return use_engine(request, settings, request.param)


@pytest.fixture(params=[OPENSEARCH, ELASTICSEARCH, DATABASE])
def backend(request, settings, db) -> str:
    """Runs a test on each engine and on the embedded database search."""
    return _use_backend(request, settings)


@pytest.fixture(params=[OPENSEARCH, DATABASE])
def dutch_backend(request, settings, db) -> str:
    """Runs a test on the engine with the Dutch analysis and on the embedded database search
    (which applies the same Dutch steps in Python)."""
    return _use_backend(request, settings)


@pytest.fixture
def publish(django_capture_on_commit_callbacks, settings):
    """Publish a page as an editor does (Wagtail's page_published signal), run what waits for
    the commit (the engine update) and make the engine's view current."""

    def _publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        page.refresh_from_db()
        settle()
        return page

    return _publish


def settle():
    from django.conf import settings

    if settings.SEARCH_URL:
        # An unreachable engine (the fallback tests) has nothing to refresh.
        with contextlib.suppress(EngineUnavailable, EngineError):
            index.refresh()


@pytest.fixture
def make_page(home_page, publish):
    def _make(title, *, programme, summary="", tags=(), parent=None, live=True, **kwargs):
        page = StandardPageFactory(
            parent=parent or home_page,
            title=title,
            summary=summary or title,
            owner_programme=programme,
            live=False,
            **kwargs,
        )
        if tags:
            page.tags.add(*tags)
            page.save()
        if live:
            publish(page)
        return page

    return _make


@pytest.fixture
def reader(db):
    return UserFactory(groups=[Group.objects.get(name=Role.REGISSEUR.value)], username="lezer")
