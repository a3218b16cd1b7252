from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from taggit.models import Tag
from wagtail.models import Page

from portal.models import Programme

from .forms import ChannelForm, FollowForm
from .models import Subscription
from .selectors import recent_notifications, subscriptions_of
from .services import (
    notifications_mark_read,
    subscription_change,
    subscription_follow,
    subscription_stop,
    user_may_see_page,
)

TARGET_MODELS = {"programme": Programme, "tag": Tag, "page": Page}


def my_notifications(request):
    return render(
        request,
        "notifications/my_notifications.html",
        {
            "subscriptions": [
                (subscription, ChannelForm(initial={"channel": subscription.channel}))
                for subscription in subscriptions_of(user=request.user)
            ],
            "notifications": recent_notifications(user=request.user),
        },
    )


def _back(request, fallback: str):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


@require_POST
def follow(request):
    form = FollowForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Choose one thing to follow."))
    name = form.cleaned_data["target"]
    target = TARGET_MODELS[name].objects.filter(pk=form.cleaned_data[name]).first()
    if target is None or (name == "page" and not user_may_see_page(user=request.user, page=target)):
        return HttpResponseBadRequest(_("This cannot be followed."))
    subscription_follow(
        user=request.user,
        channel=form.cleaned_data.get("channel") or "portal",
        **{name: target},
    )
    messages.success(request, _("You now follow %(target)s.") % {"target": target})
    return _back(request, "my_notifications")


@require_POST
def subscription_update(request, pk: int):
    subscription = get_object_or_404(Subscription, pk=pk, user=request.user)
    if request.POST.get("stop"):
        subscription_stop(subscription=subscription)
        messages.success(
            request, _("You no longer follow %(target)s.") % {"target": subscription.target}
        )
        return _back(request, "my_notifications")
    form = ChannelForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how you want to be notified."))
        return redirect("my_notifications")
    subscription_change(subscription=subscription, channel=form.cleaned_data["channel"])
    messages.success(request, _("Saved."))
    return redirect("my_notifications")


@require_POST
def mark_read(request):
    notifications_mark_read(user=request.user)
    return redirect("my_notifications")
