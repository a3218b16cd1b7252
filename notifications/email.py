"""The portal's e-mails: Dutch, HTML and plain text from templates, with a one-click unsubscribe
(RFC 8058) per subscription. They carry only what the portal publishes to the recipient: titles
and links, never who did what."""

from urllib.parse import urljoin

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import Subscription

UNSUBSCRIBE_SALT = "notifications.unsubscribe"
# The digest's own unsubscribe stops every weekly digest of the person at once.
ALL_DIGESTS = "digest"


def absolute_url(path: str) -> str:
    return urljoin(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", path)


def unsubscribe_token(*, user, subscription: Subscription | None = None) -> str:
    """A signed token naming the person and the subscription (or all their digests): it
    cannot be made for someone else's subscription without the secret key."""
    what = subscription.pk if subscription is not None else ALL_DIGESTS
    return signing.dumps({"u": user.pk, "s": what}, salt=UNSUBSCRIBE_SALT, compress=False)


def read_unsubscribe_token(token: str) -> dict | None:
    try:
        value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(value, dict) or "u" not in value or "s" not in value:
        return None
    return value


def unsubscribe_url(*, user, subscription: Subscription | None = None) -> str:
    token = unsubscribe_token(user=user, subscription=subscription)
    return absolute_url(reverse("notifications_unsubscribe", args=[token]))


def build_email(
    *, user, subject: str, template: str, context: dict, unsubscribe: str
) -> EmailMultiAlternatives:
    """One message to one person, in Dutch: `template` names the pair of templates under
    templates/notifications/email/ (.txt and .html)."""
    context = {
        **context,
        "recipient_name": user.get_full_name() or user.get_username(),
        "unsubscribe_url": unsubscribe,
        "my_notifications_url": absolute_url(reverse("my_notifications")),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override("nl"):
        text = render_to_string(f"notifications/email/{template}.txt", context)
        html = render_to_string(f"notifications/email/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            # RFC 2369 and RFC 8058: mail programs offer a one-click "unsubscribe" that POSTs
            # to this address.
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    message.encoding = "utf-8"
    return message
