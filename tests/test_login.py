"""The login page is Dutch, protected against password guessing, and sessions expire."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from portal.factories import DEMO_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def user(db):
    return UserFactory(username="robin")


def test_login_page_is_dutch(client):
    response = client.get("/accounts/login/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in html
    assert "Inloggen" in html
    assert "Gebruikersnaam" in html
    assert "Wachtwoord" in html


def test_login_takes_the_user_to_the_page_they_asked_for(client, user, programme):
    response = client.post(
        "/accounts/login/?next=/programmas/top600/",
        {"username": "robin", "password": DEMO_PASSWORD, "next": "/programmas/top600/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/programmas/top600/"


def test_wrong_password_gets_a_dutch_message(client, user):
    response = client.post("/accounts/login/", {"username": "robin", "password": "fout"})
    assert response.status_code == 200
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in response.content.decode()


def test_repeated_failures_lock_the_account(client, user):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/login/", {"username": "robin", "password": "fout"})
    response = client.post("/accounts/login/", {"username": "robin", "password": DEMO_PASSWORD})
    assert response.status_code == 429
    assert "tijdelijk geblokkeerd" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_successful_login_resets_the_failure_count(client, user):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post("/accounts/login/", {"username": "robin", "password": "fout"})
    response = client.post("/accounts/login/", {"username": "robin", "password": DEMO_PASSWORD})
    assert response.status_code == 302
    client.logout()
    client.post("/accounts/login/", {"username": "robin", "password": "fout"})
    response = client.post("/accounts/login/", {"username": "robin", "password": DEMO_PASSWORD})
    assert response.status_code == 302


def test_sessions_expire():
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_COOKIE_AGE <= 12 * 60 * 60


def test_logout_is_a_post_and_ends_the_session(client, user):
    client.force_login(user)
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    assert client.get("/")["Location"].startswith("/accounts/login/")
    assert get_user_model().objects.filter(username="robin").exists()
