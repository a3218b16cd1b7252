"""Registering for a theme meeting puts it in the colleague's own calendar: an e-mail with an
iCalendar invitation (METHOD:REQUEST, Europe/Amsterdam) that Outlook accepts; a moved meeting
updates it and unregistering cancels it (METHOD:CANCEL, the same UID, a higher SEQUENCE). The
messages are parsed back with the icalendar library."""

import datetime
import email
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from calendars.invitations import send_meeting_invitation
from calendars.models import MeetingInvitation
from portal.factories import UserFactory
from portal.settings.base import TASKS
from themes.constants import RegistrationStatus
from themes.models import MeetingRegistration
from themes.services import meeting_register, meeting_unregister

pytestmark = pytest.mark.django_db


def calendar_part(message):
    """The text/calendar alternative of the sent message, as a mail client reads it."""
    parsed = email.message_from_bytes(message.message().as_bytes())
    parts = [part for part in parsed.walk() if part.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    return parts[0], Calendar.from_ical(parts[0].get_payload(decode=True))


def parts_of(message):
    parsed = email.message_from_bytes(message.message().as_bytes())
    return {part.get_content_type(): part for part in parsed.walk()}


@pytest.fixture
def register(client, django_capture_on_commit_callbacks):
    def register(user, meeting):
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/themabijeenkomsten/{meeting.slug}/aanmelden/")
        assert response.status_code == 302

    return register


@pytest.fixture
def unregister(client, django_capture_on_commit_callbacks):
    def unregister(user, meeting):
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/themabijeenkomsten/{meeting.slug}/afmelden/")
        assert response.status_code == 302

    return unregister


def test_registering_sends_an_invitation_outlook_accepts(regisseur, publish_meeting, register):
    meeting = publish_meeting(title="Regie bij LVB", slug="lvb", location="Stadhuis, zaal 2")
    register(regisseur, meeting)
    (message,) = mail.outbox
    assert message.to == [regisseur.email]
    assert message.subject == "Uitnodiging: Regie bij LVB"
    assert message.extra_headers["Content-Class"] == "urn:content-classes:calendarmessage"
    part, calendar = calendar_part(message)
    assert part.get_param("method") == "REQUEST"
    assert part.get_content_charset() == "utf-8"
    assert str(calendar["method"]) == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    uid = f"themabijeenkomst-{meeting.pk}-deelnemer-{regisseur.pk}@kennisportaal-acvz"
    assert str(event["uid"]) == uid
    assert event["sequence"] == 0
    assert str(event["status"]) == "CONFIRMED"
    assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("dtstart") == meeting.start
    assert event.decoded("dtend") == meeting.end
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert str(event["organizer"]).startswith("mailto:")
    assert str(event["attendee"]) == f"mailto:{regisseur.email}"
    assert event["attendee"].params["PARTSTAT"] == "ACCEPTED"
    assert str(event["location"]) == "Stadhuis, zaal 2"


@pytest.mark.django_db(transaction=True)  # the worker works outside the test's transaction
def test_the_worker_sends_the_invitation_through_the_mail_server(
    settings, regisseur, publish_meeting, register, mailbox, worker
):
    """As in production: registering only queues the invitation; the background worker mails
    it to the SMTP server, once, however often it runs."""
    settings.TASKS = {**settings.TASKS, "background": TASKS["background"]}
    meeting = publish_meeting(title="Regie bij LVB", slug="lvb")
    register(regisseur, meeting)
    assert mailbox.to(regisseur.email) == []
    worker()
    worker()
    (message,) = mailbox.to(regisseur.email)
    assert message["Subject"] == "Uitnodiging: Regie bij LVB"
    (calendar_part,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert calendar_part.get_param("method") == "REQUEST"
    calendar = Calendar.from_ical(calendar_part.get_payload(decode=True))
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == meeting.start


def test_the_time_zone_follows_amsterdam_in_summer_and_winter(regisseur, publish_meeting, register):
    register(regisseur, publish_meeting(slug="lvb"))
    (timezone,) = calendar_part(mail.outbox[0])[1].walk("VTIMEZONE")
    described = timezone.to_tz(lookup_tzid=False)  # from the rules, not the name
    amsterdam = ZoneInfo("Europe/Amsterdam")
    for moment in (
        datetime.datetime(2027, 1, 15, 12),
        datetime.datetime(2027, 3, 28, 1, 30),  # the night clocks go forward: still winter
        datetime.datetime(2027, 3, 28, 4),
        datetime.datetime(2027, 7, 1, 12),
        datetime.datetime(2027, 10, 31, 4),  # clocks went back at 3:00
    ):
        assert described.utcoffset(moment) == amsterdam.utcoffset(moment), moment


def test_the_invitation_has_dutch_text_and_html_and_an_ics_file(
    regisseur, publish_meeting, register
):
    meeting = publish_meeting(title="Regie bij LVB", slug="lvb")
    register(regisseur, meeting)
    (message,) = mail.outbox
    parts = parts_of(message)
    text = parts["text/plain"].get_payload(decode=True).decode()
    html = parts["text/html"].get_payload(decode=True).decode()
    assert "Je bent aangemeld voor de themabijeenkomst" in text
    assert '<html lang="nl">' in html
    assert meeting.get_full_url() in text
    assert f'href="{meeting.get_full_url()}"' in html
    attachment = parts["application/ics"]
    assert attachment.get_filename() == "uitnodiging.ics"
    assert str(Calendar.from_ical(attachment.get_payload(decode=True))["method"]) == "REQUEST"


def test_unregistering_cancels_the_same_event(regisseur, publish_meeting, register, unregister):
    meeting = publish_meeting(title="Regie bij LVB", slug="lvb")
    register(regisseur, meeting)
    unregister(regisseur, meeting)
    invitation, cancellation = mail.outbox
    assert cancellation.subject == "Geannuleerd: Regie bij LVB"
    part, calendar = calendar_part(cancellation)
    assert part.get_param("method") == "CANCEL"
    assert str(calendar["method"]) == "CANCEL"
    (event,) = calendar.walk("VEVENT")
    (invited,) = calendar_part(invitation)[1].walk("VEVENT")
    assert event["uid"] == invited["uid"]
    assert event["sequence"] > invited["sequence"]
    assert str(event["status"]) == "CANCELLED"
    assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"


def test_registering_again_after_cancelling_invites_with_a_higher_sequence(
    regisseur, publish_meeting, register, unregister
):
    meeting = publish_meeting(slug="lvb")
    register(regisseur, meeting)
    unregister(regisseur, meeting)
    register(regisseur, meeting)
    sequences = [calendar_part(m)[1].walk("VEVENT")[0]["sequence"] for m in mail.outbox]
    methods = [str(calendar_part(m)[1]["method"]) for m in mail.outbox]
    assert methods == ["REQUEST", "CANCEL", "REQUEST"]
    assert sequences == [0, 1, 2]


def test_sending_twice_sends_once(regisseur, publish_meeting, register):
    meeting = publish_meeting(slug="lvb")
    register(regisseur, meeting)
    register(regisseur, meeting)  # registering twice changes nothing
    assert send_meeting_invitation(meeting_id=meeting.pk, user_id=regisseur.pk) is None
    assert len(mail.outbox) == 1
    assert MeetingInvitation.objects.get().sequence == 0


def test_a_moved_meeting_sends_an_update(
    regisseur, publish_meeting, register, django_capture_on_commit_callbacks
):
    meeting = publish_meeting(title="Regie bij LVB", slug="lvb")
    register(regisseur, meeting)
    new_start = meeting.start + datetime.timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        meeting.start, meeting.end = new_start, new_start + datetime.timedelta(hours=2)
        meeting.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        meeting.save_revision().publish()  # published again unchanged: nothing to send
    first, update = mail.outbox
    assert update.subject == "Gewijzigd: Regie bij LVB"
    part, calendar = calendar_part(update)
    assert part.get_param("method") == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == new_start
    assert event["sequence"] == 1
    assert event["uid"] == calendar_part(first)[1].walk("VEVENT")[0]["uid"]


def test_an_unpublished_meeting_is_cancelled(
    regisseur, publish_meeting, register, django_capture_on_commit_callbacks
):
    meeting = publish_meeting(slug="lvb")
    register(regisseur, meeting)
    with django_capture_on_commit_callbacks(execute=True):
        meeting.unpublish()
    assert [str(calendar_part(m)[1]["method"]) for m in mail.outbox] == ["REQUEST", "CANCEL"]


def test_a_deleted_meeting_is_cancelled(
    regisseur, publish_meeting, register, django_capture_on_commit_callbacks
):
    meeting = publish_meeting(title="Regie bij LVB", slug="lvb")
    register(regisseur, meeting)
    with django_capture_on_commit_callbacks(execute=True):
        meeting.delete()
    invitation, cancellation = mail.outbox
    assert cancellation.to == [regisseur.email]
    (event,) = calendar_part(cancellation)[1].walk("VEVENT")
    assert str(calendar_part(cancellation)[1]["method"]) == "CANCEL"
    assert event["uid"] == calendar_part(invitation)[1].walk("VEVENT")[0]["uid"]
    assert event["sequence"] == 1
    # No invitation to register again for a meeting that is gone.
    assert "Meld je opnieuw aan" not in cancellation.body


def test_unregistering_offers_to_register_again(regisseur, publish_meeting, register, unregister):
    meeting = publish_meeting(slug="lvb")
    register(regisseur, meeting)
    unregister(regisseur, meeting)
    assert f"Meld je opnieuw aan op de pagina van de bijeenkomst: {meeting.get_full_url()}" in (
        mail.outbox[1].body
    )


def test_the_waiting_list_gets_the_invitation_with_the_seat(
    publish_meeting, django_capture_on_commit_callbacks
):
    meeting = publish_meeting(max_attendees=1)
    seated, waiting = UserFactory(), UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        meeting_register(meeting=meeting, user=seated)
    with django_capture_on_commit_callbacks(execute=True):
        assert meeting_register(meeting=meeting, user=waiting).status == RegistrationStatus.WAITING
    assert [m.to for m in mail.outbox] == [[seated.email]]
    with django_capture_on_commit_callbacks(execute=True):
        meeting_unregister(meeting=meeting, user=seated)
    assert MeetingRegistration.objects.get().user == waiting
    # Besides the notification "a seat became free" (tests/notifications), the calendars:
    invitations = [m for m in mail.outbox[1:] if "text/calendar" in parts_of(m)]
    assert [(m.to, str(calendar_part(m)[1]["method"])) for m in invitations] == [
        ([seated.email], "CANCEL"),
        ([waiting.email], "REQUEST"),
    ]


def test_nothing_is_sent_about_a_meeting_the_colleague_may_not_see(publish_meeting):
    meeting = publish_meeting()
    user = UserFactory()
    MeetingRegistration.objects.create(meeting=meeting, user=user)
    restriction = PageViewRestriction.objects.create(
        page=meeting, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Team zonder deze collega"))
    assert send_meeting_invitation(meeting_id=meeting.pk, user_id=user.pk) is None
    assert mail.outbox == []


def test_no_mail_without_an_address_or_for_a_deactivated_account(publish_meeting):
    meeting = publish_meeting()
    without_address, deactivated = UserFactory(email=""), UserFactory(is_active=False)
    for user in (without_address, deactivated):
        MeetingRegistration.objects.create(meeting=meeting, user=user)
        assert send_meeting_invitation(meeting_id=meeting.pk, user_id=user.pk) is None
    assert mail.outbox == []


def test_a_failing_mail_server_does_not_break_registering(
    regisseur, publish_meeting, client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.calendars.test_invitations.FailingBackend"
    meeting = publish_meeting(slug="lvb")
    client.force_login(regisseur)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/themabijeenkomsten/lvb/aanmelden/")
    assert response.status_code == 302
    assert MeetingRegistration.objects.filter(meeting=meeting, user=regisseur).exists()
    # Nothing recorded as sent: a later run (a retried job) still sends the invitation.
    assert not MeetingInvitation.objects.exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_meeting_invitation(meeting_id=meeting.pk, user_id=regisseur.pk) == "REQUEST"


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")
