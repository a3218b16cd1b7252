"""Searching is limited per user (django-ratelimit): a script cannot ask /zoeken/ or the
suggestions hundreds of times a minute; a person over the limit gets a Dutch 429 page. The
counts are shared by every worker process in production."""

import pytest

from portal.constants import Role
from tests.conftest import user_with_role
from tests.test_settings import GOOD_SECRET, run_manage

pytestmark = pytest.mark.django_db


@pytest.fixture
def colleague(db):
    return user_with_role(Role.REGISSEUR, username="collega")


def test_search_is_limited_per_user_with_a_dutch_429(client, regisseur, colleague, settings):
    settings.SEARCH_RATE_LIMIT = "3/m"
    client.force_login(regisseur)
    for _attempt in range(3):
        assert client.get("/zoeken/", {"q": "school"}).status_code == 200
    response = client.get("/zoeken/", {"q": "school"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert "Te veel zoekopdrachten achter elkaar" in html
    # The limit is the user's, not the address's: a colleague on the same address searches on.
    client.force_login(colleague)
    assert client.get("/zoeken/", {"q": "school"}).status_code == 200


def test_suggestions_are_limited_on_their_own(client, regisseur, settings):
    settings.SEARCH_RATE_LIMIT = "2/m"
    settings.SEARCH_SUGGESTIONS_RATE_LIMIT = "4/m"
    client.force_login(regisseur)
    for _attempt in range(4):
        assert client.get("/zoeken/suggesties/", {"q": "sc"}).status_code == 200
    assert client.get("/zoeken/suggesties/", {"q": "sc"}).status_code == 429
    # Typing did not use up the searches.
    assert client.get("/zoeken/", {"q": "school"}).status_code == 200


def test_the_default_limits_leave_room_for_a_person(client, regisseur):
    client.force_login(regisseur)
    for page in range(1, 31):
        assert client.get("/zoeken/", {"q": "school", "pagina": page}).status_code == 200


def test_production_counts_are_shared_by_every_worker_process(tmp_path):
    """Two processes with the production settings (as two gunicorn workers) count together."""
    counts = []
    for _worker in range(2):
        result = run_manage(
            "shell",
            "--no-imports",
            "-c",
            "from django.core.cache import caches; c = caches['ratelimit'];"
            "c.add('rl:test', 0); print(c.incr('rl:test'))",
            DJANGO_SETTINGS_MODULE="portal.settings.production",
            SECRET_KEY=GOOD_SECRET,
            ALLOWED_HOSTS="kennisportaal.example",
            RATELIMIT_CACHE_DIR=str(tmp_path / "ratelimit"),
        )
        assert result.returncode == 0, result.stderr
        counts.append(int(result.stdout.strip().splitlines()[-1]))
    assert counts == [1, 2]
