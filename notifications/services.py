"""Writes: following, stopping, and turning an event into notifications for the followers who
may see what changed (checked now, not when they followed)."""

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


def followers_of_page(*, page: Page, followed_before=None):
    """Everyone following the page itself, a page above it, its owner programme or one of
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
    return get_user_model().objects.filter(pk__in=subscriptions.values("user_id"), is_active=True)


def notify(*, users, event_key: str, title: str, page: Page | None = None, url: str = "") -> int:
    """One notification per user for this event; an event delivered twice adds nothing."""
    created = 0
    for user in users:
        if page is not None and not user_may_see_page(user=user, page=page):
            continue
        try:
            with transaction.atomic():
                Notification.objects.create(
                    user=user,
                    event_key=event_key,
                    title=title[:255],
                    url=url or (page.url if page is not None else "") or "",
                    page=page,
                )
        except IntegrityError:
            continue
        created += 1
    return created
