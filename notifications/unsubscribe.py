"""One-click unsubscribe from an e-mail (RFC 8058): the link in every message and its
List-Unsubscribe header carry a signed token, so it works without logging in. A POST stops the
e-mail at once (what mail programs send); a GET shows a page that asks first, because link
checkers and previews open links. The deliberate exception to "everything behind login": it
shows nothing but the name of what is followed, to whoever holds the token."""

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .constants import Channel
from .email import ALL_DIGESTS, read_unsubscribe_token
from .models import Subscription


def subscriptions_named_by(value: dict):
    subscriptions = Subscription.objects.filter(user_id=value["u"], user__is_active=True)
    if value["s"] == ALL_DIGESTS:
        return subscriptions.filter(channel=Channel.DIGEST)
    if not isinstance(value["s"], int):
        return subscriptions.none()
    return subscriptions.filter(pk=value["s"])


def stop_email(subscriptions) -> int:
    """Keep following in the portal, without e-mail."""
    return subscriptions.exclude(channel=Channel.PORTAL).update(channel=Channel.PORTAL)


@login_not_required
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    value = read_unsubscribe_token(token)
    if value is None:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
    subscriptions = subscriptions_named_by(value)
    targets = [str(subscription.target) for subscription in subscriptions]
    if request.method == "POST":
        stop_email(subscriptions)
        return render(request, "notifications/unsubscribe.html", {"done": True, "targets": targets})
    return render(
        request,
        "notifications/unsubscribe.html",
        {
            "targets": targets,
            "already": not subscriptions.exclude(channel=Channel.PORTAL).exists(),
        },
    )
