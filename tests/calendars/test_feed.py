"""The personal calendar subscription: the one address open without login. Its token is the
credential: valid, it gives the meetings its owner may see; revoked, replaced, of a deactivated
account or unknown, a plain 404 that does not say which."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from calendars.feeds import token_hash
from calendars.models import CalendarFeed
from portal.factories import UserFactory

pytestmark = pytest.mark.django_db

NEW_ADDRESS = "/mijn-meldingen/agenda/nieuw-adres/"
STOP = "/mijn-meldingen/agenda/stoppen/"
FEED_ADDRESS = re.compile(r'value="(http://testserver/agenda/[A-Za-z0-9_-]+\.ics)"')


def make_address(client, user) -> str:
    """The subscription address as the colleague sees it, once, after asking for it."""
    client.force_login(user)
    response = client.post(NEW_ADDRESS)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    return FEED_ADDRESS.search(response.content.decode()).group(1)


def fetch(address):
    """As a calendar client does: no session, no cookies."""
    return Client().get(address.removeprefix("http://testserver"))


def summaries(response) -> set[str]:
    calendar = Calendar.from_ical(response.content)
    return {str(event["summary"]) for event in calendar.walk("VEVENT")}


@pytest.fixture
def colleague(regisseur):
    return regisseur


def test_a_valid_address_gives_the_meetings_without_login(client, colleague, publish_meeting):
    meeting = publish_meeting(title="Regie bij LVB")
    address = make_address(client, colleague)
    response = fetch(address)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "private" in response["Cache-Control"]
    assert "Set-Cookie" not in response
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Regie bij LVB"
    assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("dtstart") == meeting.start
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]


def test_the_feed_reads_only(client, colleague, publish_meeting):
    publish_meeting()
    address = make_address(client, colleague)
    with CaptureQueriesContext(connection) as queries:
        assert fetch(address).status_code == 200
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []


def test_only_the_hash_of_the_token_is_stored(client, colleague):
    address = make_address(client, colleague)
    token = address.rsplit("/", 1)[1].removesuffix(".ics")
    feed = CalendarFeed.objects.get(user=colleague)
    assert feed.token_hash == token_hash(token)
    assert token not in feed.token_hash
    assert len(token) >= 40


def test_a_revoked_address_is_dead(client, colleague, publish_meeting):
    publish_meeting()
    address = make_address(client, colleague)
    response = client.post(STOP)
    assert response.status_code == 302
    assert response["Location"] == "/mijn-meldingen/#calendar-subscription"
    assert not CalendarFeed.objects.exists()
    assert fetch(address).status_code == 404


def test_a_new_address_replaces_the_old_one(client, colleague, publish_meeting):
    publish_meeting(title="Regie bij LVB")
    old = make_address(client, colleague)
    new = make_address(client, colleague)
    assert old != new
    assert fetch(old).status_code == 404
    assert summaries(fetch(new)) == {"Regie bij LVB"}
    assert CalendarFeed.objects.filter(user=colleague).count() == 1


def test_a_deactivated_account_has_no_feed(client, colleague, publish_meeting):
    publish_meeting()
    address = make_address(client, colleague)
    colleague.is_active = False
    colleague.save()
    assert fetch(address).status_code == 404


def test_wrong_addresses_all_answer_the_same_plain_404(client, colleague):
    revoked = make_address(client, colleague)
    client.post(STOP)
    deactivated_user = UserFactory()
    deactivated = make_address(Client(), deactivated_user)
    deactivated_user.is_active = False
    deactivated_user.save()
    answers = [fetch(address) for address in (revoked, deactivated)]
    answers.append(Client().get("/agenda/bestaat-niet.ics"))
    answers.append(Client().get("/agenda/" + "x" * 500 + ".ics"))
    assert {response.status_code for response in answers} == {404}
    assert {response.content for response in answers} == {answers[0].content}
    assert all(r["Content-Type"].startswith("text/plain") for r in answers)
    assert answers[0].content.decode() == "Deze agenda bestaat niet."


def test_restricted_and_unpublished_meetings_stay_out(client, colleague, publish_meeting):
    publish_meeting(title="Open bijeenkomst")
    draft = publish_meeting(title="Concept")
    draft.unpublish()
    closed = publish_meeting(title="Alleen voor het team")
    restriction = PageViewRestriction.objects.create(
        page=closed, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Team zonder deze collega"))
    address = make_address(client, colleague)
    assert summaries(fetch(address)) == {"Open bijeenkomst"}


def test_a_meeting_for_a_group_the_colleague_is_in_is_there(client, colleague, publish_meeting):
    team = Group.objects.create(name="Team van deze collega")
    colleague.groups.add(team)
    closed = publish_meeting(title="Voor het team")
    restriction = PageViewRestriction.objects.create(
        page=closed, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(team)
    address = make_address(client, colleague)
    assert summaries(fetch(address)) == {"Voor het team"}
    outsider = UserFactory()
    assert summaries(fetch(make_address(Client(), outsider))) == set()


def test_each_colleague_sees_their_own_view(client, colleague, publish_meeting, programme):
    """Two addresses, two readers: the restriction is applied for the token's owner, not for
    whoever fetches it."""
    closed = publish_meeting(title="Voor het team")
    restriction = PageViewRestriction.objects.create(
        page=closed, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(programme.team_group)
    colleague.groups.add(programme.team_group)
    member_address = make_address(client, colleague)
    outsider_address = make_address(Client(), UserFactory())
    assert summaries(fetch(member_address)) == {"Voor het team"}
    assert summaries(fetch(outsider_address)) == set()


def test_guessing_is_slowed_down(client, colleague, settings):
    settings.CALENDAR_FEED_FAILURE_RATE_LIMIT = "3/h"
    address = make_address(client, colleague)
    for attempt in range(3):
        assert Client().get(f"/agenda/geraden-{attempt}.ics").status_code == 404
    response = fetch(address)
    assert response.status_code == 429
    assert response["Retry-After"] == "60"


def test_managing_the_address_needs_login_and_post(client, colleague):
    assert client.post(NEW_ADDRESS).status_code == 302
    assert client.post(NEW_ADDRESS)["Location"].startswith("/accounts/login/")
    assert not CalendarFeed.objects.exists()
    client.force_login(colleague)
    assert client.get(NEW_ADDRESS).status_code == 405
    assert client.get(STOP).status_code == 405


def test_my_notifications_offers_the_subscription(client, colleague):
    client.force_login(colleague)
    html = client.get("/mijn-meldingen/").content.decode()
    assert 'id="calendar-subscription"' in html
    assert f'action="{NEW_ADDRESS}"' in html
    assert f'action="{STOP}"' not in html
    make_address(client, colleague)
    html = client.get("/mijn-meldingen/").content.decode()
    assert f'action="{STOP}"' in html
    # The address itself is never shown again: only its hash exists.
    assert ".ics" not in html
