"""Events from the domain apps, heard through Wagtail's and Django's signals (the domain apps do
not know this app exists)."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.signals import page_published, task_submitted

from portal.models import KnowledgePage
from themes.models import FollowUpStatusChange, ProgrammeApprovalTask
from themes.models.moderation import owner_programme_of

from .constants import Topic
from .models import Subscription
from .services import notify, subscriptions_for_page


@receiver(page_published, dispatch_uid="notifications.new_material")
def new_material_published(sender, instance, revision=None, **kwargs):
    """New published material in a followed theme, programme or section. Only who followed
    before its first publication hears of it, once: a correction is no news, and following
    later does not make old material new."""
    page = instance.specific
    if not isinstance(page, KnowledgePage):
        return
    subscriptions = subscriptions_for_page(page=page, followed_before=page.first_published_at)
    notify(
        users=get_user_model().objects.filter(
            pk__in=subscriptions.values("user_id"), is_active=True
        ),
        subscriptions=subscriptions,
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
    subscriptions = Subscription.objects.filter(page_id=lesson.pk)
    notify(
        users=get_user_model().objects.filter(
            pk__in=subscriptions.values("user_id"), is_active=True
        ),
        subscriptions=subscriptions,
        event_key=f"status:{instance.pk}",
        title=_("%(title)s: status is now %(status)s")
        % {"title": lesson.title, "status": instance.get_to_status_display()},
        page=lesson,
    )


@receiver(task_submitted, dispatch_uid="notifications.to_approve")
def submission_waiting_for_approval(sender, instance, user=None, **kwargs):
    """A submission waiting for approval reaches the owning programme's editors and the
    editorial team (Wagtail's own mail went to the superusers only), never its submitter."""
    task_state = instance
    task = task_state.task.specific
    page = task_state.revision.content_object if task_state.revision_id else None
    if page is None or not isinstance(task, ProgrammeApprovalTask):
        return
    programme = owner_programme_of(page)
    groups = Q(groups__in=task.editorial_groups.all())
    if programme is not None and programme.editor_group_id:
        groups |= Q(groups=programme.editor_group_id)
    approvers = get_user_model().objects.filter(groups, is_active=True).distinct()
    if user is not None:
        approvers = approvers.exclude(pk=user.pk)
    notify(
        users=approvers,
        event_key=f"to-approve:{task_state.pk}",
        topic=Topic.APPROVALS,
        title=_("Waiting for your approval: %(title)s") % {"title": page.title},
        url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
    )
