"""Writes: following, stopping, and turning an event into notifications for the followers who
may see what changed (checked now, not when they followed)."""

from functools import partial

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from .constants import Channel
from .models import Notification, Subscription


def subscription_follow(*, user, channel: str = Channel.PORTAL, **target) -> Subscription:
    """Follow a programme, tag or page (one keyword); following twice is harmless."""
    subscription, _ = Subscription.objects.get_or_create(
        user=user, **target, defaults={"channel": channel}
    )
    return subscription


def subscription_change(*, subscription: Subscription, channel: str) -> None:
    subscription.channel = channel
    subscription.save(update_fields=["channel"])


def subscription_stop(*, subscription: Subscription) -> None:
    subscription.delete()


def notifications_mark_read(*, user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def user_may_see_page(*, user, page: Page) -> bool:
    """A live page without view restrictions, or one whose group restriction the user meets:
    a restricted page never reaches someone who may not open it."""
    if not user.is_active or not page.live:
        return False
    for restriction in PageViewRestriction.objects.filter(
        page__in=page.get_ancestors(inclusive=True)
    ):
        if restriction.restriction_type == PageViewRestriction.GROUPS:
            if (
                not user.is_superuser
                and not user.groups.filter(pk__in=restriction.groups.all()).exists()
            ):
                return False
        elif restriction.restriction_type in (PageViewRestriction.PASSWORD,):
            return False
    return True


def subscriptions_for_page(*, page: Page, followed_before=None):
    """The subscriptions to the page itself, a page above it, its owner programme or one of
    the programmes it is also relevant for, or one of its tags."""
    condition = Q(page__in=page.get_ancestors(inclusive=True))
    specific = page.specific
    programme_ids = []
    if getattr(specific, "owner_programme_id", None):
        programme_ids.append(specific.owner_programme_id)
    if hasattr(specific, "also_relevant_for"):
        programme_ids += [programme.pk for programme in specific.also_relevant_for.all()]
    if programme_ids:
        condition |= Q(programme_id__in=programme_ids)
    if hasattr(specific, "tags"):
        tag_ids = [tag.pk for tag in specific.tags.all()]
        if tag_ids:
            condition |= Q(tag_id__in=tag_ids)
    subscriptions = Subscription.objects.filter(condition)
    if followed_before is not None:
        subscriptions = subscriptions.filter(created_at__lte=followed_before)
    return subscriptions


def followers_of_page(*, page: Page, followed_before=None):
    """Everyone following the page itself, a page above it, its owner programme or one of
    the programmes it is also relevant for, or one of its tags."""
    subscriptions = subscriptions_for_page(page=page, followed_before=followed_before)
    return get_user_model().objects.filter(pk__in=subscriptions.values("user_id"), is_active=True)


# When one event reaches a person through several subscriptions, the most direct way wins.
CHANNEL_PREFERENCE = {Channel.IMMEDIATE: 0, Channel.DIGEST: 1, Channel.PORTAL: 2}


def _subscription_by_user(subscriptions, users) -> dict[int, Subscription]:
    best: dict[int, Subscription] = {}
    for subscription in subscriptions.filter(user__in=[user.pk for user in users]):
        current = best.get(subscription.user_id)
        if current is None or (
            CHANNEL_PREFERENCE[subscription.channel] < CHANNEL_PREFERENCE[current.channel]
        ):
            best[subscription.user_id] = subscription
    return best


def topic_subscription(*, user, topic: str) -> Subscription:
    """The person's subscription to a personal topic; news about oneself comes by e-mail at
    once until the person chooses otherwise."""
    subscription, _ = Subscription.objects.get_or_create(
        user=user, topic=topic, defaults={"channel": Channel.IMMEDIATE}
    )
    return subscription


def notify(
    *,
    users,
    event_key: str,
    title: str,
    page: Page | None = None,
    url: str = "",
    topic: str = "",
    subscriptions=None,
    detail: str = "",
) -> int:
    """One notification per user for this event; an event delivered twice adds nothing. The
    subscription that brought it (a personal topic, the given subscriptions, or those to the
    page) decides how it is delivered: by e-mail at once, in the weekly digest, or only here."""
    users = list(users)
    if subscriptions is None and page is not None and not topic:
        subscriptions = subscriptions_for_page(page=page)
    by_user = _subscription_by_user(subscriptions, users) if subscriptions is not None else {}
    created = 0
    for user in users:
        if page is not None and not user_may_see_page(user=user, page=page):
            continue
        subscription = topic_subscription(user=user, topic=topic) if topic else by_user.get(user.pk)
        try:
            with transaction.atomic():
                notification = Notification.objects.create(
                    user=user,
                    event_key=event_key,
                    title=title[:255],
                    detail=detail,
                    url=url or (page.url if page is not None else "") or "",
                    page=page,
                    subscription=subscription,
                )
        except IntegrityError:
            continue
        created += 1
        if subscription is not None and subscription.channel == Channel.IMMEDIATE:
            transaction.on_commit(partial(_enqueue_email, notification.pk))
    return created


def _enqueue_email(notification_id: int) -> None:
    from .tasks import send_notification_email

    send_notification_email.enqueue(notification_id)
