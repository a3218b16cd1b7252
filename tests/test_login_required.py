"""The whole portal is internal: every URL answers an anonymous visitor with a redirect to the
login page, except the login and logout pages, the health check and the personal calendar
subscription (its secret token is the credential; tests/calendars/test_feed.py). The URL
patterns and the page tree are walked, not listed by hand, so a new view or page type is
covered automatically."""

import re
from urllib.parse import urlsplit

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.urls.resolvers import RoutePattern
from wagtail.models import Page, get_page_models

from portal.seeding import seed_portal

# The calendar feed (a secret token, tests/calendars) and the one-click unsubscribe from an
# e-mail (a signed token, tests/notifications/test_email.py) need no login; without a valid
# token each shows only an error.
OPEN_URL_NAMES = {"login", "logout", "healthz", "calendar_feed", "notifications_unsubscribe"}
# Other login pages (Wagtail's admin and page-privacy logins) forward to the one login page.
FORWARDS_TO_LOGIN = {"wagtailadmin_login_redirect", "wagtailcore_login_redirect"}
LOGIN_PATH = "/accounts/login/"
FORWARDED_LOGIN_PATHS = {"/admin/login/", "/_util/login/"}

SAMPLE_BY_CONVERTER = {"int": "1", "slug": "sample", "str": "sample", "path": "sample/file.pdf"}
ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


def route_sample(route: str) -> str:
    return ROUTE_PARAMETER.sub(
        lambda match: SAMPLE_BY_CONVERTER.get(match["converter"] or "str", "1"), route
    )


def regex_sample(regex: str) -> str:
    """A concrete path for a regex pattern: each group becomes a sample value."""
    sample = regex.lstrip("^").replace("\\Z", "").rstrip("$").replace(".*", "1").replace(".+", "1")
    # Innermost groups first, until none are left.
    group = re.compile(r"\((?:\?P<\w+>|\?:)?([^()]*)\)([*?+]?)")
    while group.search(sample):
        # Optional groups are left out; required ones get a sample value.
        sample = group.sub(
            lambda match: "" if match.group(2) in ("*", "?") or not match.group(1) else "1",
            sample,
        )
    return sample.replace("\\", "").replace("?", "")


def walk(resolvers, prefix=""):
    for pattern in resolvers:
        piece = (
            route_sample(str(pattern.pattern))
            if isinstance(pattern.pattern, RoutePattern)
            else regex_sample(pattern.pattern.regex.pattern)
        )
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, prefix + piece)
        elif isinstance(pattern, URLPattern):
            yield "/" + prefix + piece, pattern


def all_sample_urls():
    return list(walk(get_resolver().url_patterns))


def test_every_url_pattern_yields_a_resolvable_sample():
    unresolvable = []
    for url, _pattern in all_sample_urls():
        try:
            resolve(url)
        except Resolver404:
            unresolvable.append(url)
    assert unresolvable == [], "the walker cannot build a URL for these patterns"
    assert len(all_sample_urls()) > 150  # Wagtail's admin alone has that many


@pytest.mark.django_db
def test_every_url_redirects_anonymous_visitors_to_login(client):
    seed_portal()
    open_urls, not_redirected = [], []
    for url, _pattern in all_sample_urls():
        match = resolve(url)
        if match.url_name in FORWARDS_TO_LOGIN:
            response = client.get(url)
            assert response.status_code == 302
            assert urlsplit(response["Location"]).path == LOGIN_PATH
            continue
        if match.url_name in OPEN_URL_NAMES:
            open_urls.append(url)
            continue
        response = client.get(url)
        location = urlsplit(response.get("Location", "")).path
        if location in FORWARDED_LOGIN_PATHS:
            # Wagtail's admin sends anonymous visitors to its login URL, which forwards here.
            location = urlsplit(client.get(location).get("Location", "")).path
        if response.status_code != 302 or location != LOGIN_PATH:
            not_redirected.append((url, response.status_code, location))
    assert not_redirected == [], "\n".join(map(str, not_redirected))
    assert sorted(open_urls) == [
        "/accounts/login/",
        "/accounts/logout/",
        "/agenda/sample.ics",
        "/healthz",
        "/mijn-meldingen/afmelden/sample/",
    ]


@pytest.mark.django_db
def test_every_page_of_every_type_redirects_anonymous_visitors(client):
    seed_portal()
    pages = Page.objects.filter(depth__gt=1).specific()
    seen_types = {type(page) for page in pages}
    creatable_types = {model for model in get_page_models() if model.is_creatable}
    portal_types = {
        m for m in creatable_types if m._meta.app_label in {"portal", "training", "themes"}
    }
    assert portal_types <= seen_types, "seed_demo should create a page of every type"
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 302, page.url
        assert response["Location"] == f"{LOGIN_PATH}?next={page.url}"


@pytest.mark.django_db
def test_open_urls_answer_anonymous_visitors(client):
    assert client.get("/accounts/login/").status_code == 200
    assert client.get("/healthz").status_code == 200
    # Open, but only with a valid token: an unknown one is a plain 404, never a page.
    response = client.get("/agenda/sample.ics")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/plain")
    # Without a valid signed token the unsubscribe address shows only a Dutch error.
    response = client.get("/mijn-meldingen/afmelden/sample/")
    assert response.status_code == 400 and "niet geldig" in response.content.decode()


@pytest.mark.django_db
def test_logged_in_user_reaches_the_home_page(client, regisseur):
    client.force_login(regisseur)
    response = client.get("/")
    assert response.status_code == 200
