"""Wagtail's own search (admin search, Page.objects.search) uses Wagtail's backend for the same
engine when SEARCH_URL is set: the settings pick it, and it works against the real node."""

import importlib
import uuid

import pytest
from wagtail.search.backends import get_search_backend

from portal.models import StandardPage

pytestmark = pytest.mark.django_db


def test_settings_pick_the_engine_backend_when_configured(monkeypatch):
    from portal.settings import base

    monkeypatch.setenv("SEARCH_URL", "http://127.0.0.1:9205")
    try:
        reloaded = importlib.reload(base)
        backend = reloaded.WAGTAILSEARCH_BACKENDS["default"]
        assert backend["BACKEND"] == "modelsearch.backends.opensearch3"
        assert backend["URLS"] == ["http://127.0.0.1:9205"]
    finally:
        monkeypatch.delenv("SEARCH_URL")
        importlib.reload(base)


def test_wagtail_engine_backend_finds_pages(search_engine_url, make_page, programme, no_engine):
    page = make_page("Schuldhulpverlening voor gezinnen", programme=programme)
    backend = get_search_backend(
        "default",
        BACKEND="modelsearch.backends.opensearch3",
        URLS=[search_engine_url],
        INDEX_PREFIX=f"test-wagtail-{uuid.uuid4().hex[:8]}-",
    )
    index = backend.get_index_for_model(StandardPage)
    try:
        index.reset()
        index.add_model(StandardPage)
        index.add_item(page)
        index.refresh()
        results = backend.search("schuldhulpverlening", StandardPage)
        assert [result.pk for result in results] == [page.pk]
    finally:
        index.delete()
