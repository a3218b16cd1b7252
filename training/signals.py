"""Record when a user joins a group (Django does not), for the due dates of mandatory paths."""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from .models import GroupMembership

User = get_user_model()


@receiver(m2m_changed, sender=User.groups.through)
def record_group_membership(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "pre_clear"}:
        return
    if reverse:  # group.user_set.add(...): instance is the group
        pairs = [(user_id, instance.pk) for user_id in pk_set or []]
        if action == "pre_clear":
            GroupMembership.objects.filter(group=instance).delete()
            return
    else:
        pairs = [(instance.pk, group_id) for group_id in pk_set or []]
        if action == "pre_clear":
            GroupMembership.objects.filter(user=instance).delete()
            return
    if action == "post_add":
        for user_id, group_id in pairs:
            GroupMembership.objects.get_or_create(user_id=user_id, group_id=group_id)
    else:
        for user_id, group_id in pairs:
            GroupMembership.objects.filter(user_id=user_id, group_id=group_id).delete()
