"""The start page routes every URL below it in two queries, with Wagtail's own outcome: the
same page for every path, a 404 where Wagtail gives one, and a page type with its own sub-routes
still handed the rest of the path."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from portal.factories import StandardPageFactory
from portal.models import StandardPage

pytestmark = pytest.mark.django_db


def wagtail_route(home, path):
    """Wagtail's routing, level by level, as the reference."""
    components = [part for part in path.split("/") if part]
    try:
        result = Page.route(home, RequestFactory().get(path), components)
    except Http404:
        return None
    return result.page.pk, tuple(result.args), dict(result.kwargs)


def portal_route(home, path):
    components = [part for part in path.split("/") if part]
    try:
        result = home.specific.route(RequestFactory().get(path), components)
    except Http404:
        return None
    return result.page.pk, tuple(result.args), dict(result.kwargs)


@pytest.fixture
def tree(home_page):
    werkwijze = StandardPageFactory(parent=home_page, slug="werkwijze")
    casus = StandardPageFactory(parent=werkwijze, slug="casus")
    StandardPageFactory(parent=casus, slug="overleg")
    draft = StandardPageFactory(parent=werkwijze, slug="concept", live=False)
    StandardPageFactory(parent=draft, slug="onder-concept")
    StandardPageFactory(parent=home_page, slug="casus")  # the same slug elsewhere
    return home_page


PATHS = [
    "/werkwijze/",
    "/werkwijze/casus/",
    "/werkwijze/casus/overleg/",
    "/casus/",
    "/werkwijze/concept/",  # a draft: 404
    "/werkwijze/concept/onder-concept/",  # live below a draft: Wagtail serves it
    "/werkwijze/bestaat-niet/",
    "/bestaat-niet/casus/",
    "/werkwijze/casus/overleg/verder/",
    "/casus/overleg/",
    "/" + "/".join(["diep"] * 40) + "/",
]


@pytest.mark.parametrize("path", PATHS)
def test_every_path_routes_as_wagtail_routes_it(tree, path):
    assert portal_route(tree, path) == wagtail_route(tree, path)


def test_a_deep_page_is_found_in_two_queries(tree):
    home = tree.specific
    request = RequestFactory().get("/werkwijze/casus/overleg/")
    with CaptureQueriesContext(connection) as queries:
        result = home.route(request, ["werkwijze", "casus", "overleg"])
    assert isinstance(result.page, StandardPage) and result.page.slug == "overleg"
    assert len(queries) == 2


def test_a_page_type_with_its_own_routes_gets_the_rest_of_the_path(tree, monkeypatch):
    handed = []

    def own_route(self, request, path_components):
        handed.append((self.slug, list(path_components)))
        return RouteResult(self, args=tuple(path_components))

    monkeypatch.setattr(StandardPage, "route", own_route)
    result = portal_route(tree, "/werkwijze/casus/overleg/")
    # Wagtail would hand the path to the first page that routes itself: /werkwijze/.
    assert handed == [("werkwijze", ["casus", "overleg"])]
    assert result[1] == ("casus", "overleg")
