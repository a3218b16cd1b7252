"""The Dutch error pages as users get them: with DEBUG off (as in production and in the browser
tests), a missing page, a refusal and a server error each answer the portal's own page in
Dutch, never Django's English debug page."""

import pytest
from django.test import Client
from django.urls import path

from portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def failing_view(request):
    raise RuntimeError("a bug")


urlpatterns = [path("kapot/", failing_view)]


@pytest.fixture(autouse=True)
def _debug_off(settings):
    settings.DEBUG = False


def assert_dutch_page(response, status, heading):
    html = response.content.decode()
    assert response.status_code == status
    assert '<html lang="nl">' in html
    assert heading in html
    assert "Traceback" not in html and "DEBUG = True" not in html


def test_the_test_settings_run_with_debug_off():
    from portal.settings import test

    assert test.DEBUG is False


def test_a_missing_page_answers_the_dutch_404(client, regisseur):
    client.force_login(regisseur)
    assert_dutch_page(client.get("/bestaat-niet/"), 404, "Pagina niet gevonden")


def test_a_refusal_answers_the_dutch_403(client, regisseur):
    client.force_login(regisseur)
    other = UserFactory(username="iemand-anders")
    response = client.get(f"/mensen/{other.username}/bewerken/")
    assert_dutch_page(response, 403, "Je hebt hier geen toegang toe")


def test_a_server_error_answers_the_dutch_500(settings, regisseur):
    settings.ROOT_URLCONF = __name__
    client = Client(raise_request_exception=False)
    client.force_login(regisseur)
    assert_dutch_page(client.get("/kapot/"), 500, "Er ging iets mis")
