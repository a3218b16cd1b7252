"""The weekly digest: per person, one e-mail with the notifications of one ISO week that came
through a subscription set to "weekly digest", grouped by programme and then by theme. One per
person and week (a delivery record under that key), whatever runs twice."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from .constants import Channel, DeliveryStatus
from .delivery import claim_delivery, send_once
from .email import absolute_url, build_email, unsubscribe_url
from .models import Notification, Subscription
from .services import user_may_see_page


def previous_week(today: datetime.date) -> tuple[int, int]:
    """The last complete ISO week before `today`: (year, week)."""
    year, week, _weekday = (today - datetime.timedelta(days=7)).isocalendar()
    return year, week


def week_bounds(year: int, week: int) -> tuple[datetime.datetime, datetime.datetime]:
    """Monday 00:00 to the next Monday 00:00 in the portal's time zone."""
    monday = datetime.date.fromisocalendar(year, week, 1)
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(monday, datetime.time.min, tzinfo=zone)
    return start, start + datetime.timedelta(days=7)


def week_key(user_id: int, year: int, week: int) -> str:
    return f"digest:{user_id}:{year}-W{week:02d}"


def digest_recipients():
    """Everyone with at least one subscription by weekly digest."""
    return get_user_model().objects.filter(
        pk__in=Subscription.objects.filter(channel=Channel.DIGEST).values("user_id"),
        is_active=True,
    )


def digest_items(*, user, year: int, week: int) -> list[Notification]:
    """The week's notifications by digest that the person may still see now."""
    start, end = week_bounds(year, week)
    notifications = list(
        Notification.objects.filter(
            user=user,
            subscription__channel=Channel.DIGEST,
            created_at__gte=start,
            created_at__lt=end,
        ).select_related("subscription", "subscription__programme", "subscription__tag")
    )
    pages = {
        page.pk: page
        for page in Page.objects.filter(
            pk__in=[item.page_id for item in notifications if item.page_id]
        ).specific()
    }
    visible = []
    for item in notifications:
        if item.page_id is not None:
            page = pages.get(item.page_id)
            if page is None or not user_may_see_page(user=user, page=page):
                continue
            item.specific_page = page
        else:
            item.specific_page = None
        visible.append(item)
    return visible


def group_items(items: list[Notification]) -> list[dict]:
    """[{programme, themes: [{theme, items}]}], programmes and themes by name, what has none
    last. An item stands under its page's owner programme and its first theme by name."""
    no_programme, no_theme = _("Other"), _("No theme")
    grouped: dict[str, dict[str, list]] = {}
    for item in items:
        page = item.specific_page
        programme = getattr(page, "owner_programme", None)
        tags = sorted(tag.name for tag in page.tags.all()) if hasattr(page, "tags") else []
        programme_name = str(programme) if programme is not None else no_programme
        theme_name = tags[0] if tags else no_theme
        grouped.setdefault(programme_name, {}).setdefault(theme_name, []).append(item)

    def order(name, last):
        return (name == last, name.lower())

    return [
        {
            "programme": programme_name,
            "themes": [
                {"theme": theme_name, "items": themes[theme_name]}
                for theme_name in sorted(themes, key=lambda name: order(name, no_theme))
            ],
        }
        for programme_name, themes in sorted(
            grouped.items(), key=lambda entry: order(entry[0], no_programme)
        )
    ]


def deliver_weekly_digest(user_id: int, year: int, week: int, *, retry) -> str:
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return "no recipient"
    with transaction.atomic():
        delivery = claim_delivery(key=week_key(user_id, year, week), user=user)
        if delivery.status in (DeliveryStatus.SENT, DeliveryStatus.SKIPPED):
            return delivery.status
        items = digest_items(user=user, year=year, week=week)
        if not items:
            delivery.status = DeliveryStatus.SKIPPED
            delivery.last_error = "nothing new that week"
            delivery.save(update_fields=["status", "last_error"])
            return delivery.status
        for item in items:
            item.link = absolute_url(item.url) if item.url else ""
        subscriptions = {item.subscription_id: item.subscription for item in items}
        with translation.override("nl"):
            subject = _("Your week on the portal: %(count)s new (week %(week)s)") % {
                "count": len(items),
                "week": week,
            }
            stop_links = [
                {
                    "target": str(subscription.target),
                    "url": unsubscribe_url(user=user, subscription=subscription),
                }
                for subscription in subscriptions.values()
            ]
        message = build_email(
            user=user,
            subject=subject,
            template="digest",
            context={
                "groups": group_items(items),
                "week": week,
                "year": year,
                "count": len(items),
                "stop_links": stop_links,
            },
            unsubscribe=unsubscribe_url(user=user),
        )
        return send_once(delivery=delivery, message=message, retry=retry)
