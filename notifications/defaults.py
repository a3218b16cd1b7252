"""Sensible defaults per role, so that the portal reaches out from the first day: who joins a
programme's team, staff, editors or managers follows that programme (weekly digest), as a
regisseur follows their own programme; a new employee gets the reminders of mandatory
(onboarding) training by e-mail. Applied when the membership starts and at the first login;
what the person changes afterwards is left alone (a follow stopped is not made again unless
they join anew)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from portal.constants import Role
from portal.models.programmes import programmes_of_groups

from .constants import Channel, Topic
from .models import Subscription

User = get_user_model()


def apply_default_follows(*, user, group_ids) -> int:
    """The default subscriptions that joining these groups brings; existing ones stay as the
    person set them."""
    group_ids = list(group_ids)
    made = 0
    for programme in programmes_of_groups(group_ids):
        _subscription, created = Subscription.objects.get_or_create(
            user=user, programme=programme, defaults={"channel": Channel.DIGEST}
        )
        made += created
    if Group.objects.filter(pk__in=group_ids, name=Role.NIEUWE_MEDEWERKER).exists():
        _subscription, created = Subscription.objects.get_or_create(
            user=user, topic=Topic.TRAINING, defaults={"channel": Channel.IMMEDIATE}
        )
        made += created
    return made


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="notifications.defaults")
def group_membership_started(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "post_add" or not pk_set:
        return
    if reverse:  # group.user_set.add(...): instance is the group
        for user in User.objects.filter(pk__in=pk_set, is_active=True):
            apply_default_follows(user=user, group_ids=[instance.pk])
    elif instance.is_active:
        apply_default_follows(user=instance, group_ids=pk_set)


@receiver(user_logged_in, dispatch_uid="notifications.first_login_defaults")
def first_login(sender, request, user, **kwargs):
    """At the first login (no earlier login recorded), the defaults of the groups the person
    was given before the portal knew of this app, e.g. by an import."""
    if user.last_login is None:
        apply_default_follows(user=user, group_ids=user.groups.values_list("pk", flat=True))
