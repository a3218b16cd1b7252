"""Search tests run against a real OpenSearch node (scripts/opensearch.sh; the test command
exports SEARCH_URL, and without it the node is started here) and against the embedded database
search. Each engine test gets its own index alias, dropped afterwards."""

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


@pytest.fixture(scope="session")
def search_engine_url() -> str:
    url = os.environ.get("SEARCH_URL")
    if not url:
        url = subprocess.check_output(
            ["bash", str(ROOT / "scripts" / "opensearch.sh"), "start"], text=True
        ).strip()
    return url


@pytest.fixture
def engine(settings, search_engine_url):
    settings.SEARCH_URL = search_engine_url
    settings.SEARCH_INDEX = f"test-kennisportaal-{uuid.uuid4().hex[:10]}"
    index.ensure_index()
    yield search_engine_url
    index.drop_all()


@pytest.fixture
def no_engine(settings):
    settings.SEARCH_URL = ""


@pytest.fixture(params=["engine", "database"])
def backend(request, settings, db):
    """Runs a test once on the engine and once on the embedded database search."""
    if request.param == "engine":
        request.getfixturevalue("engine")
    else:
        settings.SEARCH_URL = ""
    return request.param


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
