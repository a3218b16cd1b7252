"""The personal calendar subscription: a secret address per colleague that Outlook or a phone
fetches without logging in. The token is the only credential, so it is long and random
(secrets.token_urlsafe), only its SHA-256 hash is stored (a copy of the database gives no
working address), and the address dies with the account (is_active) or when revoked."""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from themes.ical import meetings_calendar
from themes.selectors import live_meetings_for

from .constants import FEED_PAST_DAYS, FEED_TOKEN_MAX_LENGTH
from .models import CalendarFeed


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def calendar_feed_renew(*, user) -> str:
    """A new subscription token for the user, replacing the old one (which stops working at
    once). Returns the token: the only moment it exists outside the colleague's calendar."""
    token = secrets.token_urlsafe(32)
    CalendarFeed.objects.update_or_create(user=user, defaults={"token_hash": token_hash(token)})
    return token


def calendar_feed_revoke(*, user) -> bool:
    """Whether there was a subscription to revoke."""
    deleted, _by_model = CalendarFeed.objects.filter(user=user).delete()
    return bool(deleted)


def calendar_feed_of(*, user) -> CalendarFeed | None:
    if not user.is_authenticated:
        return None
    return CalendarFeed.objects.filter(user=user).first()


def feed_owner(token: str):
    """The active colleague whose subscription the token opens, or None for a token that is
    unknown, revoked, replaced or of a deactivated account (the caller cannot tell which)."""
    if not token or len(token) > FEED_TOKEN_MAX_LENGTH:
        return None
    digest = token_hash(token)
    feed = CalendarFeed.objects.select_related("user").filter(token_hash=digest).first()
    # The lookup is by the hash, which a guesser does not control; the comparison in constant
    # time keeps it so should the lookup ever become a scan.
    if feed is None or not hmac.compare_digest(feed.token_hash, digest):
        return None
    if not feed.user.is_active:
        return None
    return feed.user


def personal_calendar(*, user, request) -> bytes:
    """The theme meetings the colleague may see (live, not behind a view restriction they do not
    pass): every upcoming one and those of the last weeks. Nothing personal: the same events as
    the agenda.ics behind login."""
    since = timezone.now() - timedelta(days=FEED_PAST_DAYS)
    meetings = live_meetings_for(user).filter(end__gte=since).order_by("start")
    return meetings_calendar(meetings, request=request, name=_("Theme meetings AcVZ"))
