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


# Lockout per account, per address, and the address behind a proxy ---------------------------


def fail_login(client, username, address, forwarded_for=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded_for:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post("/accounts/login/", {"username": username, "password": "fout"}, **extra)


def log_in(client, username, address, forwarded_for=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded_for:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post(
        "/accounts/login/", {"username": username, "password": DEMO_PASSWORD}, **extra
    )


def test_guessing_one_account_from_many_addresses_locks_the_account(client, user):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        fail_login(client, "robin", f"192.0.2.{attempt + 1}")
    response = log_in(client, "robin", "198.51.100.20")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_trying_many_accounts_from_one_address_locks_the_address(client, user):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        fail_login(client, f"onbekend-{attempt}", "192.0.2.66")
    assert log_in(client, "robin", "192.0.2.66").status_code == 429
    # Someone else logging in from their own address is not affected.
    assert log_in(client, "robin", "198.51.100.20").status_code == 302


def test_without_a_configured_proxy_a_forged_forwarded_for_changes_nothing(client, user):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        fail_login(client, f"onbekend-{attempt}", "192.0.2.66", forwarded_for=f"10.9.9.{attempt}")
    assert log_in(client, "robin", "192.0.2.66", forwarded_for="10.1.1.1").status_code == 429


def test_behind_a_configured_proxy_each_client_is_locked_on_its_own(client, user, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        # What the client puts in front of its address itself is not believed.
        fail_login(
            client, f"onbekend-{attempt}", proxy, forwarded_for=f"10.9.9.{attempt}, 203.0.113.9"
        )
    assert log_in(client, "robin", proxy, forwarded_for="203.0.113.9").status_code == 429
    client.logout()
    assert log_in(client, "robin", proxy, forwarded_for="198.51.100.7").status_code == 302


@pytest.mark.parametrize(
    ("proxies", "forwarded_for", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),
        (2, "6.6.6.6, 203.0.113.9, 10.0.0.2", "203.0.113.9"),
        (2, "203.0.113.9", "10.0.0.1"),
        (1, "", "10.0.0.1"),
    ],
)
def test_the_client_address_comes_from_the_configured_number_of_proxies(
    rf, settings, proxies, forwarded_for, expected
):
    from portal.access import client_ip_address

    settings.TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded_for)
    assert client_ip_address(request) == expected
