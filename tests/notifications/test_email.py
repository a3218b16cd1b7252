"""Notifications by e-mail, as they arrive at a real SMTP server after the real task worker
sent them: Dutch, HTML and plain text, one-click unsubscribe (RFC 8058), permissions checked
when sending, and never twice."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from notifications.constants import Channel, DeliveryStatus
from notifications.models import EmailDelivery, Notification, Subscription
from notifications.services import subscription_follow
from notifications.tasks import send_notification_email
from themes.factories import LessonLearnedFactory

from .conftest import parts

pytestmark = pytest.mark.django_db(transaction=True)


def publish_lesson(lesson_index, programme, **kwargs):
    lesson = LessonLearnedFactory(parent=lesson_index, owner_programme=programme, **kwargs)
    lesson.save_revision().publish()
    return lesson


def unsubscribe_path(message) -> str:
    header = str(message["List-Unsubscribe"]).strip()
    assert header.startswith("<https://kennisportaal.example/") and header.endswith(">")
    return urlsplit(header[1:-1]).path


def test_new_material_reaches_an_e_mail_follower_through_the_worker(
    mailbox, worker, regisseur, redactie, lesson_index, programme
):
    subscription_follow(user=regisseur, programme=programme, channel=Channel.IMMEDIATE)
    subscription_follow(user=redactie, programme=programme)  # in the portal only
    lesson = publish_lesson(lesson_index, programme, title="Warme overdracht na detentie")
    assert mailbox.messages == [], "nothing is sent inside the request"
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    worker()

    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    [message] = mailbox.messages
    assert message.recipients == [regisseur.email]
    assert message["Subject"] == "Nieuw: Warme overdracht na detentie"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.get_content_type() == "multipart/alternative"
    text, html = parts(message)
    assert message.get_body(preferencelist=("plain",)).get_content_charset() == "utf-8"
    link = f"https://kennisportaal.example{lesson.url}"
    assert link in text and f'href="{link}"' in html
    assert "Beste collega" in text and "Beste collega" in html
    assert "Je ontvangt dit omdat je Top600 volgt." in text
    assert unsubscribe_path(message) in text and unsubscribe_path(message) in html
    assert '<html lang="nl">' in html

    # The link opens the page for the recipient (after login, as everything).
    recipient = Client()
    recipient.force_login(regisseur)
    assert recipient.get(urlsplit(link).path).status_code == 200
    assert Client().get(urlsplit(link).path).status_code == 302

    # The same job again (a retried worker, a second one) sends nothing.
    send_notification_email.enqueue(Notification.objects.get(user=regisseur).pk)
    worker()
    assert len(mailbox.messages) == 1
    assert EmailDelivery.objects.get().status == DeliveryStatus.SENT


def test_a_restricted_page_reaches_only_who_may_see_it_and_its_link_only_works_for_them(
    mailbox, worker, regisseur, redactie, lesson_index, programme
):
    insiders = Group.objects.create(name="Casusoverleg")
    regisseur.groups.add(insiders)
    for user in (regisseur, redactie):
        subscription_follow(user=user, programme=programme, channel=Channel.IMMEDIATE)
    lesson = LessonLearnedFactory(parent=lesson_index, owner_programme=programme)
    restriction = PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(insiders)
    lesson.save_revision().publish()
    worker()

    [message] = mailbox.messages
    assert message.recipients == [regisseur.email]
    path = lesson.url
    assert path in parts(message)[0]
    outsider = Client()
    outsider.force_login(redactie)
    assert outsider.get(path).status_code != 200


def test_permissions_are_checked_when_sending(mailbox, worker, regisseur, lesson_index, programme):
    """What was withdrawn or restricted between the event and the worker is not sent."""
    subscription_follow(user=regisseur, programme=programme, channel=Channel.IMMEDIATE)
    withdrawn = publish_lesson(lesson_index, programme, title="Ingetrokken les")
    restricted = publish_lesson(lesson_index, programme, title="Later afgeschermde les")
    withdrawn.unpublish()
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    ).groups.add(Group.objects.create(name="Alleen kernteam"))
    worker()

    assert mailbox.messages == []
    assert set(EmailDelivery.objects.values_list("status", flat=True)) == {DeliveryStatus.SKIPPED}
    # In the portal the list still shows only what was announced; nothing leaks by mail.
    assert Notification.objects.filter(user=regisseur).count() == 2


def test_no_mail_after_switching_to_the_portal_only(
    mailbox, worker, regisseur, lesson_index, programme
):
    subscription = subscription_follow(
        user=regisseur, programme=programme, channel=Channel.IMMEDIATE
    )
    publish_lesson(lesson_index, programme)
    Subscription.objects.filter(pk=subscription.pk).update(channel=Channel.PORTAL)
    worker()
    assert mailbox.messages == []


def test_a_refusing_mail_server_is_tried_again_later(
    mailbox, worker, regisseur, lesson_index, programme
):
    subscription_follow(user=regisseur, programme=programme, channel=Channel.IMMEDIATE)
    publish_lesson(lesson_index, programme)
    mailbox.refuse = 1
    worker()
    assert mailbox.messages == []
    delivery = EmailDelivery.objects.get()
    assert delivery.status == DeliveryStatus.PENDING and delivery.attempts == 1
    assert "451" in delivery.last_error
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after is not None

    worker()  # not yet due
    assert mailbox.messages == []
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())  # time passes
    worker()
    assert len(mailbox.messages) == 1
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SENT and delivery.attempts == 2


def test_one_click_unsubscribe_without_login(
    mailbox, worker, regisseur, redactie, lesson_index, programme
):
    mine = subscription_follow(user=regisseur, programme=programme, channel=Channel.IMMEDIATE)
    theirs = subscription_follow(user=redactie, programme=programme, channel=Channel.IMMEDIATE)
    publish_lesson(lesson_index, programme)
    worker()
    message = mailbox.to(regisseur.email)[0]
    path = unsubscribe_path(message)
    anonymous = Client(enforce_csrf_checks=True)

    page = anonymous.get(path)
    assert page.status_code == 200
    assert "Wil je geen e-mail meer ontvangen over" in page.content.decode()
    mine.refresh_from_db()
    assert mine.channel == Channel.IMMEDIATE, "opening the link changes nothing"

    # What a mail program sends for RFC 8058's one click.
    response = anonymous.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "Je ontvangt geen e-mail meer over" in response.content.decode()
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.channel == Channel.PORTAL, "still followed in the portal, without e-mail"
    assert theirs.channel == Channel.IMMEDIATE

    # A token altered to name another subscription is refused with a Dutch message.
    forged = path.replace(str(mine.pk), str(theirs.pk))
    answer = anonymous.post(forged if forged != path else path[:-5] + "xxxx/")
    assert answer.status_code == 400
    assert "niet geldig" in answer.content.decode()
    theirs.refresh_from_db()
    assert theirs.channel == Channel.IMMEDIATE
