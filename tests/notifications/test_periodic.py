"""`manage.py notifications_periodic`: the weekly digest grouped by programme and theme, and
the reminders (mandatory training due in 14 days and overdue, content past its review date,
a meeting in two days), each once per period however often the command runs."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from taggit.models import Tag

from notifications.constants import Channel, DeliveryStatus, Topic
from notifications.models import EmailDelivery, Notification, Subscription
from notifications.services import subscription_follow
from portal.factories import UserFactory
from themes.factories import (
    LessonLearnedFactory,
    MeetingIndexPageFactory,
    MeetingRegistrationFactory,
    ThemeMeetingFactory,
)
from training.models import LearningPath, LearningPathRequirement

from .conftest import parts

pytestmark = pytest.mark.django_db(transaction=True)


def publish(lesson_index, programme, title, tags=()):
    lesson = LessonLearnedFactory(parent=lesson_index, owner_programme=programme, title=title)
    for tag in tags:
        lesson.tags.add(tag)
    lesson.save_revision().publish()
    return lesson


def periodic(today):
    call_command("notifications_periodic", "--today", today.isoformat())


def test_the_weekly_digest_groups_by_programme_and_theme_once_per_week(
    mailbox, worker, regisseur, redactie, lesson_index, programme, other_programme
):
    detentie = Tag.objects.create(name="Detentie", slug="detentie")
    zorg = Tag.objects.create(name="Zorg", slug="zorg")
    subscription_follow(user=regisseur, programme=programme, channel=Channel.DIGEST)
    subscription_follow(user=regisseur, tag=zorg, channel=Channel.DIGEST)
    publish(lesson_index, programme, "Les over zorg", tags=[zorg])
    publish(lesson_index, programme, "Les over detentie", tags=[detentie, zorg])
    publish(lesson_index, programme, "Les zonder thema")
    publish(lesson_index, other_programme, "Zorg elders", tags=[zorg])
    withdrawn = publish(lesson_index, programme, "Later ingetrokken")
    withdrawn.unpublish()
    worker()
    assert mailbox.messages == [], "digest subscriptions send nothing at once"

    next_week = timezone.localdate() + datetime.timedelta(days=7)
    periodic(next_week)
    worker()
    [message] = mailbox.messages
    assert message.recipients == [regisseur.email]
    week = timezone.localdate().isocalendar()[1]
    assert message["Subject"] == f"Je week op het portaal: 4 nieuw (week {week})"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text, html = parts(message)
    # Programmes by name (Radicalisering, Top600), within each the themes by name, then none.
    order = [
        "== Radicalisering ==",
        "-- Zorg",
        "Zorg elders",
        "== Top600 ==",
        "-- Detentie",
        "Les over detentie",
        "-- Zorg",
        "Les over zorg",
        "-- Geen thema",
        "Les zonder thema",
    ]
    position = 0
    for piece in order:
        position = text.index(piece, position)  # each after the one before
    assert "Later ingetrokken" not in text and "Later ingetrokken" not in html
    assert "<h2" in html and "Les over zorg</a>" in html
    assert "stop e-mail hierover" in text

    # Running again (the next day, and twice) sends no second digest for that week.
    periodic(next_week)
    periodic(next_week + datetime.timedelta(days=1))
    worker()
    assert len(mailbox.messages) == 1
    assert EmailDelivery.objects.get(key__startswith="digest:").status == DeliveryStatus.SENT

    # The digest's own unsubscribe stops every digest of the person.
    header = str(message["List-Unsubscribe"]).strip()[1:-1]
    assert Client().post(urlsplit(header).path).status_code == 200
    assert set(Subscription.objects.filter(user=regisseur).values_list("channel", flat=True)) == {
        Channel.PORTAL
    }


def test_reminders_training_due_and_overdue_review_dates_and_meetings(
    mailbox, worker, regisseur, redactie, home_page, lesson_index, programme
):
    today = timezone.localdate()
    soon = LearningPath.objects.create(title="Regisseursopleiding", slug="regisseur")
    late = LearningPath.objects.create(title="Basiscursus AVG", slug="avg")
    later = LearningPath.objects.create(title="Verdieping", slug="verdieping")
    group = regisseur.groups.get()
    for path, days in ((soon, 10), (late, -3), (later, 40)):
        LearningPathRequirement.objects.create(
            path=path, group=group, due_date=today + datetime.timedelta(days=days)
        )
    owner = UserFactory(username="eigenaar")
    LessonLearnedFactory(
        parent=lesson_index,
        owner_programme=programme,
        title="Verouderde les",
        content_owner=owner,
        review_by=today - datetime.timedelta(days=1),
    ).save_revision().publish()
    meetings = MeetingIndexPageFactory(parent=home_page)
    meeting = ThemeMeetingFactory(
        parent=meetings,
        owner_programme=programme,
        title="Casusoverleg Zorg",
        start=timezone.localtime().replace(hour=14, minute=0, second=0, microsecond=0)
        + datetime.timedelta(days=2),
    )
    meeting.save_revision().publish()
    MeetingRegistrationFactory(meeting=meeting, user=redactie)
    ThemeMeetingFactory(parent=meetings, owner_programme=programme).save_revision().publish()

    periodic(today)
    periodic(today)
    worker()

    # The meeting's calendar invitation (tests/calendars) is no reminder: left out.
    reminders = mailbox.notifications()
    subjects = {message["Subject"]: message.recipients for message in reminders}
    due = (today + datetime.timedelta(days=10)).strftime("%-d")
    assert len(reminders) == 4, subjects
    assert any(
        s.startswith(f"Verplichte training uiterlijk {due}") and "Regisseursopleiding" in s
        for s in subjects
    )
    assert any(s.startswith("Te laat sinds") and "Basiscursus AVG" in s for s in subjects)
    assert not any("Verdieping" in s for s in subjects)
    assert subjects[next(s for s in subjects if "Verouderde les" in s)] == [owner.email]
    assert subjects[next(s for s in subjects if "Casusoverleg Zorg" in s)] == [redactie.email]
    assert Subscription.objects.get(user=regisseur, topic=Topic.TRAINING).channel == (
        Channel.IMMEDIATE
    )
    # The next day nothing is repeated.
    periodic(today + datetime.timedelta(days=1))
    worker()
    assert len(mailbox.notifications()) == 4
    assert Notification.objects.filter(user=regisseur).count() == 2
