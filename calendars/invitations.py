"""Invitations in a colleague's own calendar for the theme meetings they come to: registering
sends an invitation (iCalendar METHOD:REQUEST, Europe/Amsterdam), a moved meeting an update of
the same event, unregistering (or the meeting going offline or out of reach) a cancellation
(METHOD:CANCEL). One UID per meeting and colleague and a rising SEQUENCE let Outlook and other
clients update or remove the event they made.

`send_meeting_invitation` compares what the calendar should hold with what was last sent and
sends only the difference, so running it twice (a retried job) sends nothing the second time."""

import hashlib
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from icalendar import Calendar, Timezone, TimezoneDaylight, TimezoneStandard

from portal.selectors import exclude_restricted
from themes.constants import RegistrationStatus
from themes.ical import PRODID, meeting_event
from themes.models import MeetingRegistration, ThemeMeeting

from .constants import InvitationStatus
from .models import MeetingInvitation

REQUEST = "REQUEST"
CANCEL = "CANCEL"


def meeting_details(meeting) -> str:
    """A fingerprint of what a calendar event shows of the meeting: when one of these changes,
    attendees get an update."""
    parts = [
        meeting.start.isoformat(),
        meeting.end.isoformat(),
        meeting.title,
        meeting.location,
        meeting.online_link,
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def attends(*, meeting, user) -> bool:
    """Whether the colleague's calendar should hold the meeting: they have a seat (not a place
    on the waiting list), their account is active with an address, and they may still see the
    meeting (live, not behind a view restriction they do not pass)."""
    if not (user.is_active and user.email):
        return False
    if not MeetingRegistration.objects.filter(
        meeting=meeting, user=user, status=RegistrationStatus.REGISTERED
    ).exists():
        return False
    return exclude_restricted(ThemeMeeting.objects.live().filter(pk=meeting.pk), user).exists()


def amsterdam_timezone() -> Timezone:
    """Europe/Amsterdam as Outlook writes it in its own invitations: two yearly rules (the EU's
    last Sundays of March and October) instead of a list of every change until 2038."""
    timezone = Timezone()
    timezone.add("tzid", "Europe/Amsterdam")
    for part, name, start, month, offset_from, offset_to in (
        (TimezoneStandard(), "CET", datetime(1970, 10, 25, 3), 10, 2, 1),
        (TimezoneDaylight(), "CEST", datetime(1970, 3, 29, 2), 3, 1, 2),
    ):
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", timedelta(hours=offset_from))
        part.add("tzoffsetto", timedelta(hours=offset_to))
        timezone.add_component(part)
    return timezone


def invitation_calendar(*, invitation: MeetingInvitation, meeting, user, method: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    event = meeting_event(meeting)
    del event["uid"]
    event.add("uid", invitation.uid)
    event.add("sequence", invitation.sequence)
    event.add("status", "CANCELLED" if method == CANCEL else "CONFIRMED")
    event.add("transp", "OPAQUE")
    # The colleague said "Ik kom" in the portal already: accepted, and no reply expected.
    event.add(
        "attendee",
        f"mailto:{user.email}",
        parameters={
            "cn": user.get_full_name() or user.get_username(),
            "cutype": "INDIVIDUAL",
            "role": "REQ-PARTICIPANT",
            "partstat": "ACCEPTED",
            "rsvp": "FALSE",
        },
    )
    calendar.add_component(amsterdam_timezone())
    calendar.add_component(event)
    return calendar.to_ical()


def invitation_message(
    *, invitation: MeetingInvitation, meeting, user, method: str, meeting_goes: bool = False
) -> EmailMultiAlternatives:
    """The e-mail in the shape calendar clients expect (as Google Calendar sends it): text,
    HTML and the calendar part (text/calendar; method=...) as alternatives, and the same
    calendar as an .ics attachment for clients that only look there. `meeting_goes`: it is
    being unpublished or deleted, so the mail offers no registering again."""
    kind = "meeting_cancellation" if method == CANCEL else "meeting_invitation"
    context = {
        "meeting": meeting,
        "user": user,
        "url": meeting.get_full_url(),
        "is_update": method == REQUEST and invitation.sequence > 0,
        "can_register_again": not meeting_goes and meeting.live and meeting.registration_open,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"calendars/email/{kind}_subject.txt", context).split())
        text = render_to_string(f"calendars/email/{kind}.txt", context)
        html = render_to_string(f"calendars/email/{kind}.html", context)
    ics = invitation_calendar(invitation=invitation, meeting=meeting, user=user, method=method)
    message = EmailMultiAlternatives(
        subject,
        text,
        to=[user.email],
        headers={"Content-Class": "urn:content-classes:calendarmessage"},
    )
    message.attach_alternative(html, "text/html")
    message.attach_alternative(ics.decode(), f"text/calendar; method={method}")
    message.attach("uitnodiging.ics", ics, "application/ics")
    return message


def send_meeting_invitation(*, meeting_id: int, user_id: int) -> str | None:
    """Bring the colleague's calendar in line with their registration for the meeting: an
    invitation when they have a seat and the calendar does not hold the meeting as it is now
    (new, or moved), a cancellation when they no longer come. Returns the method sent, or None
    when nothing needed sending. Idempotent; takes ids, so a task queue can run it."""
    with transaction.atomic():
        # One sender per meeting at a time: two runs cannot both send the first invitation.
        meeting = (
            ThemeMeeting.objects.select_for_update(of=("self",))
            .select_related("owner_programme")
            .filter(pk=meeting_id)
            .first()
        )
        user = get_user_model().objects.filter(pk=user_id).first()
        if meeting is None or user is None or meeting.is_past:
            return None
        invitation = MeetingInvitation.objects.filter(meeting=meeting, user=user).first()
        details = meeting_details(meeting)
        if attends(meeting=meeting, user=user):
            if (
                invitation is not None
                and invitation.status == InvitationStatus.SENT
                and invitation.details == details
            ):
                return None
            method, status = REQUEST, InvitationStatus.SENT
        else:
            if invitation is None or invitation.status == InvitationStatus.CANCELLED:
                return None
            method, status = CANCEL, InvitationStatus.CANCELLED
        if invitation is None:
            invitation = MeetingInvitation(meeting=meeting, user=user, sequence=0)
        else:
            invitation.sequence += 1
        invitation.status = status
        invitation.details = details
        invitation.save()
        if not (user.is_active and user.email):
            return None  # a cancellation nobody can receive: recorded, not sent
        # Inside the transaction: when sending fails, the sequence is not used up and a retry
        # sends the same message.
        invitation_message(invitation=invitation, meeting=meeting, user=user, method=method).send()
    return method


def cancellation_before_deletion(*, invitation: MeetingInvitation, meeting):
    """The cancellation for a meeting that is being deleted, made while it still exists (its
    invitations go with it)."""
    invitation.sequence += 1
    return invitation_message(
        invitation=invitation,
        meeting=meeting,
        user=invitation.user,
        method=CANCEL,
        meeting_goes=True,
    )


def schedule_meeting_invitation(*, meeting_id: int, user_id: int, if_deleted=None) -> None:
    """After the registration (or the meeting) is saved, the invitation is queued for the
    background worker (calendars/tasks.py): a failing mail server never undoes or breaks the
    registration itself (robust: logged, not raised). `if_deleted`: the cancellation to send
    instead when the meeting no longer exists by then; it is built from the meeting before its
    deletion, so it is sent from here rather than from ids by the worker."""
    from .tasks import send_meeting_invitation_later

    # A named function, not a partial: Django names the callback when it logs a failure.
    def send_after_commit():
        if if_deleted is not None and not ThemeMeeting.objects.filter(pk=meeting_id).exists():
            if_deleted.send()
            return
        send_meeting_invitation_later.enqueue(meeting_id=meeting_id, user_id=user_id)

    transaction.on_commit(send_after_commit, robust=True)
