from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.core import get_usage

from .feeds import calendar_feed_renew, calendar_feed_revoke, feed_owner, personal_calendar

FEED_FAILURES_GROUP = "calendars.feed_failures"


def _feed_failures(request, *, increment: bool) -> dict | None:
    return get_usage(
        request,
        group=FEED_FAILURES_GROUP,
        key="ip",
        rate=settings.CALENDAR_FEED_FAILURE_RATE_LIMIT,
        increment=increment,
    )


def _too_many_failures(request) -> bool:
    """The address used up its wrong tokens for the period: even a right one waits."""
    usage = _feed_failures(request, increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


def _plain(text: str, *, status: int) -> HttpResponse:
    response = HttpResponse(text, content_type="text/plain; charset=utf-8", status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response


# The one address open without login (the calendar client has no session): the token is the
# credential. An unknown, revoked or replaced token and a deactivated account all get the same
# short 404, which says nothing about which; too many wrong tokens from one address get a 429.
@login_not_required
@require_GET
def calendar_feed(request, token: str):
    with translation.override(settings.LANGUAGE_CODE):
        if _too_many_failures(request):
            response = _plain(_("Too many attempts. Try again later."), status=429)
            response["Retry-After"] = "60"
            return response
        user = feed_owner(token)
        if user is None:
            _feed_failures(request, increment=True)
            return _plain(_("This calendar does not exist."), status=404)
        response = HttpResponse(
            personal_calendar(user=user, request=request),
            content_type="text/calendar; charset=utf-8",
        )
    response["Content-Disposition"] = 'inline; filename="themabijeenkomsten.ics"'
    # Personal (it depends on what the colleague may see): never kept by a shared proxy.
    patch_cache_control(response, private=True, no_cache=True)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_POST
def calendar_feed_new_address(request):
    """Make the subscription address, or a new one in place of the old (which stops working).
    The address is shown on this answer only: just its hash is kept."""
    token = calendar_feed_renew(user=request.user)
    address = request.build_absolute_uri(reverse("calendar_feed", kwargs={"token": token}))
    response = render(
        request,
        "calendars/calendar_feed_address.html",
        {"address": address, "webcal_address": "webcal://" + address.split("://", 1)[1]},
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_POST
def calendar_feed_revoke_view(request):
    if calendar_feed_revoke(user=request.user):
        messages.success(
            request, _("Your calendar subscription has stopped: its address no longer works.")
        )
    return redirect(reverse("my_notifications") + "#calendar-subscription")
