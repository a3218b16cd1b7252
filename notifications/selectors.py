from .models import Notification, Subscription


def subscriptions_of(*, user):
    return Subscription.objects.filter(user=user).select_related("programme", "tag", "page")


def subscription_for(*, user, **target) -> Subscription | None:
    return Subscription.objects.filter(user=user, **target).first()


def unread_count(*, user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def recent_notifications(*, user, limit: int = 20):
    return Notification.objects.filter(user=user)[:limit]
