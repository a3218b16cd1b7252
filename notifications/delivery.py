"""Sending what the tasks ask for, once: every e-mail has a delivery record under a unique key,
locked while it is sent, so that a job that runs twice (a retried worker, a second worker)
finds it sent and sends nothing. Whether the recipient may still see what it is about is checked
now, when sending, not when the event happened."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from .constants import Channel, DeliveryStatus
from .email import absolute_url, build_email, unsubscribe_url
from .models import EmailDelivery, Notification
from .services import user_may_see_page

logger = logging.getLogger(__name__)

# Failures worth another try: the mail server refused for now or could not be reached.
TRANSIENT_ERRORS = (smtplib.SMTPException, OSError)


def claim_delivery(*, key: str, user) -> EmailDelivery:
    """The delivery under this key, locked for this transaction (created when new)."""
    EmailDelivery.objects.get_or_create(key=key, defaults={"user": user})
    return EmailDelivery.objects.select_for_update().get(key=key)


def why_not_send(notification: Notification) -> str:
    """Empty when the notification may be mailed now; else the reason it is not."""
    user = notification.user
    if not user.is_active or not user.email:
        return "recipient inactive or without address"
    subscription = notification.subscription
    if subscription is None or subscription.channel != Channel.IMMEDIATE:
        return "no longer wanted by e-mail"
    if notification.page_id is not None:
        page = Page.objects.filter(pk=notification.page_id).first()
        if page is None or not user_may_see_page(user=user, page=page):
            return "withdrawn or restricted since"
    return ""


def send_once(*, delivery: EmailDelivery, message, retry) -> str:
    """Send and record it; on a transient failure record the attempt and, while attempts
    remain, have `retry(delay)` try again later."""
    delivery.attempts += 1
    try:
        message.send()
    except TRANSIENT_ERRORS as error:
        delivery.last_error = f"{type(error).__name__}: {error}"[:500]
        if delivery.attempts < settings.NOTIFICATIONS_EMAIL_ATTEMPTS:
            delivery.status = DeliveryStatus.PENDING
            delay = timedelta(minutes=2**delivery.attempts)
            transaction.on_commit(lambda: retry(delay))
        else:
            delivery.status = DeliveryStatus.FAILED
            logger.error("E-mail %s failed %s times: %s", delivery.key, delivery.attempts, error)
        delivery.save(update_fields=["attempts", "last_error", "status"])
        return delivery.status
    delivery.status = DeliveryStatus.SENT
    delivery.sent_at = timezone.now()
    delivery.last_error = ""
    delivery.save(update_fields=["attempts", "last_error", "status", "sent_at"])
    return delivery.status


def deliver_notification_email(notification_id: int, *, retry) -> str:
    with transaction.atomic():
        notification = (
            Notification.objects.select_related("user", "subscription", "page")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None:
            return "gone"
        delivery = claim_delivery(key=f"notification:{notification_id}", user=notification.user)
        if delivery.status in (DeliveryStatus.SENT, DeliveryStatus.SKIPPED):
            return delivery.status
        reason = why_not_send(notification)
        if reason:
            delivery.status = DeliveryStatus.SKIPPED
            delivery.last_error = reason
            delivery.save(update_fields=["status", "last_error"])
            return delivery.status
        with translation.override("nl"):
            subject = notification.title
            context = {
                "notification": notification,
                "link": notification_link(notification),
                "reason": _("You receive this because you follow %(target)s.")
                % {"target": notification.subscription.target},
            }
        message = build_email(
            user=notification.user,
            subject=subject,
            template="notification",
            context=context,
            unsubscribe=unsubscribe_url(
                user=notification.user, subscription=notification.subscription
            ),
        )
        return send_once(delivery=delivery, message=message, retry=retry)


def notification_link(notification: Notification) -> str:
    return absolute_url(notification.url) if notification.url else ""
