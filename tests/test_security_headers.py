"""Every HTML page carries a Content-Security-Policy that lets nothing load from another host
and runs no inline script without the request's nonce, and a Permissions-Policy that switches
off the browser features the portal never uses. The admin gets the relaxation Wagtail needs,
and only that; documents keep their own `default-src 'none'`."""

import re

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.http import HttpResponse
from django.template import engines
from django.test import Client
from django.urls import include, path

from portal.factories import UserFactory
from portal.seeding import seed_portal

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, list[str]]:
    """The response's Content-Security-Policy as {directive: [sources]}."""
    header = response.headers["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_nothing_from_another_host(directives):
    assert directives["default-src"] == ["'self'"]
    for name, sources in directives.items():
        for source in sources:
            # Keywords ('self', 'none', nonces), data:/blob: schemes; never a host or http(s):.
            assert source.startswith("'") or source in {"data:", "blob:"}, (name, source)


def assert_strict_scripts(directives):
    script_src = directives["script-src"]
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]


def assert_permissions_policy(response):
    features = dict(
        item.strip().split("=", 1) for item in response.headers["Permissions-Policy"].split(",")
    )
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "display-capture"):
        assert features[feature] == "()", feature
    assert features["fullscreen"] == "(self)"


@pytest.fixture
def demo():
    seed_portal()


def logged_in(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


FRONT_END_PAGES = [
    "/",
    "/programmas/",
    "/programmas/radicalisering/",
    "/lessen/",
    "/themabijeenkomsten/",
    "/leren/paden/",
    "/mijn-leeromgeving/",
    "/begrippen/",
    "/zoeken/?q=radicalisering",
    "/kruisbestuiving/",
]


def test_front_end_pages_have_the_strict_policy(demo):
    client = logged_in("regisseur")
    for url in FRONT_END_PAGES:
        response = client.get(url)

        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("text/html")
        directives = policy(response)
        assert_nothing_from_another_host(directives)
        assert_strict_scripts(directives)
        assert directives["style-src"] == ["'self'"]
        assert_permissions_policy(response)


def test_login_page_and_an_anonymous_redirect_have_the_policy(db):
    client = Client()
    login = client.get("/accounts/login/")
    redirect = client.get("/lessen/")

    assert login.status_code == 200
    assert redirect.status_code == 302
    for response in (login, redirect):
        assert_strict_scripts(policy(response))
        assert_permissions_policy(response)


def test_error_pages_have_the_strict_policy(regisseur):
    client = Client()
    client.force_login(regisseur)
    not_found = client.get("/bestaat-niet/")
    csrf_failure = Client(enforce_csrf_checks=True).post(
        "/accounts/login/", {"username": "test-regisseur", "password": "wrong"}
    )

    assert not_found.status_code == 404
    assert csrf_failure.status_code == 403
    for response in (not_found, csrf_failure):
        assert_nothing_from_another_host(policy(response))
        assert_strict_scripts(policy(response))
        assert_permissions_policy(response)


def failing_view(request):
    raise RuntimeError("a bug")


def test_the_server_error_page_has_the_strict_policy(db, settings):
    settings.ROOT_URLCONF = __name__
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory())
    response = client.get("/kapot/")

    assert response.status_code == 500
    assert_strict_scripts(policy(response))
    assert_permissions_policy(response)


def nonce_view(request):
    template = engines["django"].from_string(
        '<script nonce="{{ request.csp_nonce }}">document.title = "ok";</script>'
    )
    return HttpResponse(template.render({}, request))


urlpatterns = [
    path("kapot/", failing_view),
    path("met-script/", nonce_view),
    path("", include("portal.urls")),
]


def test_an_inline_script_runs_only_with_the_nonce_of_its_own_response(db, settings):
    settings.ROOT_URLCONF = __name__
    client = Client()
    client.force_login(UserFactory())
    first = client.get("/met-script/")
    second = client.get("/met-script/")

    nonces = []
    for response in (first, second):
        nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
        assert f"'nonce-{nonce}'" in policy(response)["script-src"]
        nonces.append(nonce)
    assert nonces[0] != nonces[1]
    assert len(nonces[0]) >= 16


def test_the_admin_gets_only_the_relaxation_wagtail_needs(redactie):
    client = Client()
    client.force_login(redactie)
    response = client.get("/admin/")

    assert response.status_code == 200
    directives = policy(response)
    assert_nothing_from_another_host(directives)
    # Wagtail's admin renders inline scripts and <style> elements; everything else stays strict.
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert_permissions_policy(response)


def test_front_end_pages_keep_the_strict_policy_for_editors(redactie):
    # Editors see Wagtail's user bar on every page; the admin's relaxation must not follow it.
    client = Client()
    client.force_login(redactie)
    response = client.get("/")

    assert response.status_code == 200
    assert b"wagtail-userbar" in response.content
    assert_strict_scripts(policy(response))


def test_documents_keep_default_src_none(regisseur):
    document = wagtail_factories.DocumentFactory(
        title="Werkwijze", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="werkwijze.pdf")
    )

    client = Client()
    client.force_login(regisseur)
    response = client.get(document.url)

    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert_permissions_policy(response)
