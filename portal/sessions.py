"""Sliding session expiry without a database write on every request.

Django's SESSION_SAVE_EVERY_REQUEST keeps a session alive for SESSION_COOKIE_AGE after the last
request by saving it on every request: every page view, a read, became an UPDATE (and on SQLite
a moment of the single write lock). Instead the session is saved when it changes, and at
most every SESSION_REFRESH_INTERVAL seconds otherwise, which moves its expiry on. A session
then ends after between SESSION_COOKIE_AGE minus that interval and SESSION_COOKIE_AGE of
inactivity (7 h 55 min to 8 h with the defaults)."""

import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

REFRESHED_AT = "_refreshed_at"


class SlidingSessionMiddleware:
    """Place after SessionMiddleware and AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or session.is_empty() or not session.session_key:
            return response
        now = int(time.time())
        interval = getattr(settings, "SESSION_REFRESH_INTERVAL", 300)
        if session.modified or now - session.get(REFRESHED_AT, 0) >= interval:
            # Marks the session modified: SessionMiddleware saves it and renews its expiry.
            session[REFRESHED_AT] = now
        return response


@receiver(user_logged_in, dispatch_uid="portal-session-refreshed-at-login")
def session_refreshed_at_login(sender, request, user, **kwargs):
    """Logging in saves the session anyway: count it as the first refresh, so the first page
    after logging in does not save it again."""
    session = getattr(request, "session", None)
    if session is not None:
        session[REFRESHED_AT] = int(time.time())
