import csv
import datetime
import io
import threading
from zoneinfo import ZoneInfo

import pytest
from django.db import connection, connections
from django.utils import timezone
from icalendar import Calendar

from portal.factories import UserFactory
from themes.constants import RegistrationStatus
from themes.factories import MeetingIndexPageFactory
from themes.models import MeetingRegistration, ThemeMeeting
from themes.services import RegistrationClosed, meeting_register, meeting_unregister

from .conftest import publish_meeting

pytestmark = pytest.mark.django_db


def test_register_and_unregister_through_the_page(client, regisseur, meeting_index, programme):
    page = publish_meeting(meeting_index, owner_programme=programme, slug="lvb")
    client.force_login(regisseur)
    assert "Ik kom" in client.get(page.url).content.decode()
    response = client.post("/themabijeenkomsten/lvb/aanmelden/")
    assert response.status_code == 302
    client.post("/themabijeenkomsten/lvb/aanmelden/")  # twice changes nothing
    assert MeetingRegistration.objects.filter(meeting=page, user=regisseur).count() == 1
    assert "Afmelden" in client.get(page.url).content.decode()
    client.post("/themabijeenkomsten/lvb/afmelden/")
    assert not MeetingRegistration.objects.exists()


def test_registration_needs_post(client, regisseur, meeting_index, programme):
    publish_meeting(meeting_index, owner_programme=programme, slug="lvb")
    client.force_login(regisseur)
    assert client.get("/themabijeenkomsten/lvb/aanmelden/").status_code == 405


def test_maximum_fills_a_waiting_list_and_a_freed_seat_goes_to_the_first(meeting_index, programme):
    page = publish_meeting(meeting_index, owner_programme=programme, max_attendees=2)
    first, second, third, fourth = (UserFactory() for _ in range(4))
    statuses = [
        meeting_register(meeting=page, user=user).status for user in (first, second, third, fourth)
    ]
    assert statuses == [RegistrationStatus.REGISTERED] * 2 + [RegistrationStatus.WAITING] * 2
    meeting_unregister(meeting=page, user=first)
    assert MeetingRegistration.objects.get(user=third).status == RegistrationStatus.REGISTERED
    assert MeetingRegistration.objects.get(user=fourth).status == RegistrationStatus.WAITING
    meeting_unregister(meeting=page, user=fourth)  # leaving the waiting list frees no seat
    assert MeetingRegistration.objects.filter(status=RegistrationStatus.REGISTERED).count() == 2


def test_no_registration_changes_after_the_start(client, regisseur, meeting_index, programme):
    page = publish_meeting(meeting_index, owner_programme=programme, past=True, slug="voorbij")
    with pytest.raises(RegistrationClosed):
        meeting_register(meeting=page, user=regisseur)
    client.force_login(regisseur)
    response = client.post("/themabijeenkomsten/voorbij/aanmelden/", follow=True)
    assert response.status_code == 200
    assert "gestart" in response.content.decode()
    assert not MeetingRegistration.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_colleagues_registering_for_the_last_seat_at_once(home_page, programme):
    """On PostgreSQL the two registrations really run at the same time, each in its own
    connection; the row lock gives the seat to one. SQLite allows one writer at a time, so
    there the threads take turns; the outcome must be the same."""
    index = MeetingIndexPageFactory(parent=home_page)
    page = publish_meeting(index, owner_programme=programme, max_attendees=1)
    users = [UserFactory(), UserFactory()]
    barrier = threading.Barrier(2)
    serial = threading.Lock() if connection.vendor == "sqlite" else None
    errors = []

    def register(user):
        try:
            barrier.wait(timeout=10)
            if serial:
                with serial:
                    meeting_register(meeting=page, user=user)
            else:
                meeting_register(meeting=page, user=user)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    statuses = sorted(MeetingRegistration.objects.values_list("status", flat=True))
    assert statuses == [RegistrationStatus.REGISTERED, RegistrationStatus.WAITING]


def test_organisers_see_the_list_and_export_it(
    client, regisseur, redactie, meeting_index, programme
):
    page = publish_meeting(meeting_index, owner_programme=programme, slug="lvb")
    regisseur.first_name, regisseur.last_name = "Robin", "Regisseur"
    regisseur.save()
    meeting_register(meeting=page, user=regisseur)
    client.force_login(regisseur)
    assert client.get("/themabijeenkomsten/lvb/deelnemers.csv").status_code == 403
    assert "Deelnemers (voor organisatoren)" not in client.get(page.url).content.decode()
    client.force_login(redactie)
    assert "Robin Regisseur" in client.get(page.url).content.decode()
    response = client.get("/themabijeenkomsten/lvb/deelnemers.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][:3] == ["Robin Regisseur", regisseur.username, "Aangemeld"]


def test_index_shows_upcoming_and_past_filtered_by_programme_and_theme(
    client, regisseur, meeting_index, programme, other_programme
):
    publish_meeting(meeting_index, title="Komt", owner_programme=programme, tags=["lvb"])
    publish_meeting(meeting_index, title="Geweest", owner_programme=programme, past=True)
    publish_meeting(meeting_index, title="Ander", owner_programme=other_programme, tags=["lvb"])
    client.force_login(regisseur)
    response = client.get("/themabijeenkomsten/")
    assert [m.title for m in response.context["upcoming"]] == ["Komt", "Ander"] or {
        m.title for m in response.context["upcoming"]
    } == {"Komt", "Ander"}
    assert [m.title for m in response.context["past"]] == ["Geweest"]
    response = client.get("/themabijeenkomsten/?programma=top600&tag=lvb")
    assert [m.title for m in response.context["upcoming"]] == ["Komt"]
    assert response.context["past"] == []


def test_index_and_meeting_render_in_a_bounded_number_of_queries(
    client, regisseur, meeting_index, programme, django_assert_max_num_queries
):
    page = publish_meeting(meeting_index, owner_programme=programme, tags=["lvb"])
    client.force_login(regisseur)
    client.get("/themabijeenkomsten/")
    client.get(page.url)
    for number in range(10):
        other = publish_meeting(
            meeting_index, owner_programme=programme, tags=["lvb", f"t{number}"]
        )
        meeting_register(meeting=other, user=UserFactory())
        meeting_register(meeting=page, user=UserFactory())
    with django_assert_max_num_queries(40):
        assert client.get("/themabijeenkomsten/").status_code == 200
    with django_assert_max_num_queries(40):
        assert client.get(page.url).status_code == 200


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_icalendar_feeds_parse_back_with_amsterdam_time(
    client, regisseur, meeting_index, programme, other_programme
):
    start = datetime.datetime(2031, 7, 1, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    publish_meeting(
        meeting_index,
        title="Zomer",
        slug="zomer",
        owner_programme=programme,
        start=start,
        end=start + datetime.timedelta(hours=2),
    )
    publish_meeting(meeting_index, title="Ander", owner_programme=other_programme)
    publish_meeting(meeting_index, title="Geweest", owner_programme=programme, past=True)
    client.force_login(regisseur)

    calendar = parse(client.get("/themabijeenkomsten/agenda.ics"))
    events = calendar.walk("VEVENT")
    assert {str(event["SUMMARY"]) for event in events} == {"Zomer", "Ander"}
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Amsterdam"]
    summer = next(event for event in events if str(event["SUMMARY"]) == "Zomer")
    assert summer["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert summer.decoded("DTSTART") == start
    assert summer.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=2)  # CEST

    programme_feed = parse(client.get("/themabijeenkomsten/programma/top600/agenda.ics"))
    assert [str(e["SUMMARY"]) for e in programme_feed.walk("VEVENT")] == ["Zomer"]
    single = parse(client.get("/themabijeenkomsten/zomer/agenda.ics"))
    assert [str(e["SUMMARY"]) for e in single.walk("VEVENT")] == ["Zomer"]
    assert len({str(e["UID"]) for e in events}) == 2
    assert client.get("/themabijeenkomsten/programma/bestaat-niet/agenda.ics").status_code == 404


def test_end_before_start_is_refused(programme):
    from django.core.exceptions import ValidationError

    now = timezone.now()
    with pytest.raises(ValidationError):
        ThemeMeeting(start=now, end=now - datetime.timedelta(hours=1)).clean()


def test_the_attendee_export_cannot_carry_a_spreadsheet_formula(
    client, regisseur, redactie, meeting_index, programme
):
    page = publish_meeting(meeting_index, owner_programme=programme, slug="lvb")
    regisseur.first_name, regisseur.last_name = '=HYPERLINK("https://evil.example")', "X"
    regisseur.save()
    meeting_register(meeting=page, user=regisseur)
    client.force_login(redactie)
    response = client.get("/themabijeenkomsten/lvb/deelnemers.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][0] == '\'=HYPERLINK("https://evil.example") X'
    assert rows[1][1] == regisseur.username
