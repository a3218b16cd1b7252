from django import template

from ..feeds import calendar_feed_of

register = template.Library()


@register.simple_tag
def calendar_subscription(user):
    """The user's calendar subscription, or None (one query)."""
    return calendar_feed_of(user=user)
