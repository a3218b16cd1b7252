"""Events from the domain apps, heard through Wagtail's and Django's signals (the domain apps do
not know this app exists)."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.signals import page_published

from portal.models import KnowledgePage
from themes.models import FollowUpStatusChange

from .models import Subscription
from .services import followers_of_page, notify


@receiver(page_published, dispatch_uid="notifications.new_material")
def new_material_published(sender, instance, revision=None, **kwargs):
    """New published material in a followed theme, programme or section. Only who followed
    before its first publication hears of it, once: a correction is no news, and following
    later does not make old material new."""
    page = instance.specific
    if not isinstance(page, KnowledgePage):
        return
    notify(
        users=followers_of_page(page=page, followed_before=page.first_published_at),
        event_key=f"published:{page.pk}",
        title=_("New: %(title)s") % {"title": page.title},
        page=page,
    )


@receiver(post_save, sender=FollowUpStatusChange, dispatch_uid="notifications.status_change")
def follow_up_status_changed(sender, instance, created, raw=False, **kwargs):
    """A followed bottleneck or system error changed status."""
    if raw or not created:
        return
    lesson = instance.lesson
    followers = Subscription.objects.filter(page_id=lesson.pk).values_list("user", flat=True)
    notify(
        users=get_user_model().objects.filter(pk__in=followers, is_active=True),
        event_key=f"status:{instance.pk}",
        title=_("%(title)s: status is now %(status)s")
        % {"title": lesson.title, "status": instance.get_to_status_display()},
        page=lesson,
    )
