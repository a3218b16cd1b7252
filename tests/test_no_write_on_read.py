"""A GET does not write to the database, sessions included: reading pages is many readers
next to no writer (on SQLite, one write lock for the whole team). A session in use still
slides: it is saved again once SESSION_REFRESH_INTERVAL has passed, so the 8-hour inactivity
timeout keeps counting from the last use."""

import re
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.factories import StandardPageFactory
from portal.sessions import REFRESHED_AT
from training.factories import LessonFactory, TrainingIndexPageFactory, TrainingModuleFactory

pytestmark = pytest.mark.django_db

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


@pytest.fixture
def pages(home_page, programme):
    standard = StandardPageFactory(parent=home_page, title="Werkwijze", owner_programme=programme)
    catalogue = TrainingIndexPageFactory(parent=home_page)
    module = TrainingModuleFactory(parent=catalogue, owner_programme=programme)
    lesson = LessonFactory(parent=module, title="Wat is regie?")
    return [
        "/",
        standard.url,
        catalogue.url,
        module.url,
        lesson.url,
        "/zoeken/?q=regie",
        "/zoeken/suggesties/?q=re",
        "/begrippen/",
        "/kruisbestuiving/",
        "/mijn-leeromgeving/",
    ]


def writes_during(client, urls) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        for url in urls:
            assert client.get(url).status_code == 200, url
    return [query["sql"] for query in queries.captured_queries if WRITE.match(query["sql"])]


def test_reading_pages_writes_nothing(client, regisseur, pages):
    client.force_login(regisseur)
    client.get("/")  # the first request after logging in may refresh the new session

    assert writes_during(client, pages * 2) == []


def test_a_session_in_use_is_refreshed_after_the_interval(client, regisseur, pages):
    client.force_login(regisseur)
    client.get("/")
    session = client.session
    session[REFRESHED_AT] = int(time.time()) - settings.SESSION_REFRESH_INTERVAL - 1
    session.save()
    # As if the last save was longer ago than the interval.
    stored = Session.objects.filter(session_key=session.session_key)
    stored.update(
        expire_date=stored.get().expire_date
        - timedelta(seconds=settings.SESSION_REFRESH_INTERVAL + 1)
    )
    before = Session.objects.get(session_key=session.session_key).expire_date

    writes = writes_during(client, ["/"])

    assert len(writes) == 1 and "django_session" in writes[0]
    after = Session.objects.get(session_key=session.session_key).expire_date
    assert after > before
    # The next reads within the interval write nothing again.
    assert writes_during(client, ["/", "/begrippen/"]) == []
