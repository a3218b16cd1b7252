"""iCalendar (RFC 5545) for theme meetings, with the icalendar library: one event per meeting,
times in Europe/Amsterdam with its VTIMEZONE so that Outlook and other clients show the right
hour across daylight saving time."""

from zoneinfo import ZoneInfo

from django.utils import timezone
from icalendar import Calendar, Event, vText

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PRODID = "-//Gemeente Amsterdam//Kennisportaal AcVZ//NL"


def meeting_event(meeting, *, request=None) -> Event:
    """Without a request (an e-mail), links use the site's own address."""
    event = Event()
    event.add("uid", f"themabijeenkomst-{meeting.pk}@kennisportaal-acvz")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", meeting.start.astimezone(AMSTERDAM))
    event.add("dtend", meeting.end.astimezone(AMSTERDAM))
    event.add("summary", meeting.title)
    url = (
        request.build_absolute_uri(meeting.get_url(request=request))
        if request is not None
        else meeting.get_full_url()
    )
    description = f"{meeting.summary}\n\n{url}"
    if meeting.online_link:
        description += f"\n{meeting.online_link}"
    event.add("description", description)
    event.add("url", url)
    location = meeting.location or meeting.online_link
    if location:
        event["location"] = vText(location)
    event.add(
        "organizer",
        f"mailto:{meeting.owner_programme.contact_email or 'noreply@acvz.invalid'}",
        parameters={"cn": meeting.owner_programme.name},
    )
    return event


def meetings_calendar(meetings, *, request, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    for meeting in meetings:
        calendar.add_component(meeting_event(meeting, request=request))
    calendar.add_missing_timezones()
    return calendar.to_ical()
