"""No request answers 5xx on hostile input. Every front-end URL pattern and every admin listing,
found through the URL resolver (not a hand list), gets NUL characters, 10,000 characters,
non-ASCII text, a right-to-left override and "../" in its path parameters and query string,
as a logged-in reader and as an administrator, on the demo content. The test command runs it
on SQLite and on PostgreSQL."""

import re
from urllib.parse import quote, urlencode

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.models import Page

pytestmark = pytest.mark.django_db

HOSTILE_VALUES = {
    "nul": "a\x00b",
    "long": "x" * 10_000,
    "non-ascii": "coördinatie één 🙂",
    "rtl-override": "\u202egnp.exe",
    "dot-dot": "../../etc/passwd",
    "huge-number": "99999999999999999999999",
}
# The query parameters the portal's pages read (URL map in DESIGN.md, filters, paging).
FRONT_END_KEYS = [
    "q",
    "programma",
    "type",
    "tag",
    "jaar",
    "soort",
    "status",
    "partner",
    "thema",
    "sorteer",
    "pagina",
    "page",
    "code",
    "next",
]
# What every Wagtail listing reads besides its filters.
LISTING_KEYS = ["q", "p", "ordering", "locale", "collection_id", "export"]
PARAMETER = re.compile(
    r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>|\(\?P<(?P<regex_name>\w+)>[^)]*\)"
)
SERVE_PATTERN = "^((?:[\\w\\-]+/)*)$"


def url_patterns(patterns=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from url_patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def fill(route: str, value: str) -> str:
    """The route with every parameter replaced by the (percent-encoded) value."""
    path = PARAMETER.sub(quote(value, safe=""), route)
    path = re.sub(r"[\^$]|\\d\+|\(\.\*\)|\(|\)|\?", "", path)
    return "/" + path


def front_end_routes():
    return [
        route
        for route, _pattern in url_patterns()
        if not route.startswith(("admin/", "accounts/", "_util/login")) and route != SERVE_PATTERN
    ]


def admin_listings():
    listings = []
    for route, pattern in url_patterns():
        view_class = getattr(pattern.callback, "view_class", None)
        if route.startswith("admin/") and view_class and issubclass(view_class, BaseListingView):
            filterset = getattr(view_class, "filterset_class", None)
            # Some listings build their filter set per request (a property): no keys known.
            keys = list(getattr(filterset, "base_filters", []))
            listings.append((route, LISTING_KEYS + keys))
    return listings


def requests_for(route: str, keys: list[str]):
    """(method, url) pairs: hostile path parameters, and hostile query strings on the route
    with harmless parameters (the parameters of a real object where the route takes an id)."""
    has_parameters = PARAMETER.search(route) is not None
    for value in HOSTILE_VALUES.values():
        if has_parameters:
            yield fill(route, value)
        yield fill(route, "1") + "?" + urlencode(dict.fromkeys(keys, value))


@pytest.fixture
def demo(db):
    call_command("seed_demo", verbosity=0)
    User = get_user_model()
    return [User.objects.get(username="regisseur"), User.objects.get(username="beheerder")]


def server_errors(client, users, requests):
    errors = []
    client.raise_request_exception = False
    for user in users:
        client.force_login(user)
        for method, url in requests:
            response = getattr(client, method)(url)
            if response.status_code >= 500:
                errors.append(f"{user}: {method.upper()} {url[:160]!r}: {response.status_code}")
    return errors


def one_live_page_per_type():
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().iterator():
        pages.setdefault(type(page), page)
    return list(pages.values())


def test_front_end_answers_hostile_input_without_a_server_error(client, demo):
    requests = [
        (method, url)
        for route in front_end_routes()
        for url in requests_for(route, FRONT_END_KEYS)
        for method in ("get", "post")
    ]
    # Wagtail's page tree (one live page of every type): a hostile query and child segment.
    pages = one_live_page_per_type()
    assert len(pages) >= 8
    for page in pages:
        for value in HOSTILE_VALUES.values():
            requests.append(
                ("get", page.url + "?" + urlencode(dict.fromkeys(FRONT_END_KEYS, value)))
            )
            requests.append(("get", page.url + quote(value, safe="") + "/"))
    errors = server_errors(client, demo, requests)
    assert errors == [], "\n".join(errors)


def test_admin_listings_answer_hostile_input_without_a_server_error(client, demo):
    listings = admin_listings()
    assert len(listings) > 30
    requests = [("get", url) for route, keys in listings for url in requests_for(route, keys)]
    errors = server_errors(client, demo, requests)
    assert errors == [], "\n".join(errors)
