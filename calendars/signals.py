from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from themes.models import MeetingRegistration, ThemeMeeting

from .constants import InvitationStatus
from .invitations import cancellation_before_deletion, schedule_meeting_invitation
from .models import MeetingInvitation


@receiver(post_save, sender=MeetingRegistration, dispatch_uid="calendars.registration_saved")
@receiver(post_delete, sender=MeetingRegistration, dispatch_uid="calendars.registration_deleted")
def registration_changed(sender, instance, raw=False, **kwargs):
    """Registered, unregistered, or given a freed seat from the waiting list."""
    if raw:
        return
    schedule_meeting_invitation(meeting_id=instance.meeting_id, user_id=instance.user_id)


@receiver(page_published, sender=ThemeMeeting, dispatch_uid="calendars.meeting_published")
def meeting_published(sender, instance, **kwargs):
    """A moved meeting updates the invitations sent."""
    for user_id in MeetingInvitation.objects.filter(
        meeting_id=instance.pk, status=InvitationStatus.SENT
    ).values_list("user_id", flat=True):
        schedule_meeting_invitation(meeting_id=instance.pk, user_id=user_id)


@receiver(page_unpublished, sender=ThemeMeeting, dispatch_uid="calendars.meeting_unpublished")
def meeting_unpublished(sender, instance, **kwargs):
    """An unpublished meeting cancels the invitations sent. Wagtail unpublishes a live page
    before deleting it: the cancellation is then made now, while the meeting still exists."""
    for invitation in MeetingInvitation.objects.filter(
        meeting_id=instance.pk, status=InvitationStatus.SENT
    ).select_related("user"):
        schedule_meeting_invitation(
            meeting_id=instance.pk,
            user_id=invitation.user_id,
            if_deleted=cancellation_before_deletion(invitation=invitation, meeting=instance)
            if invitation.user.is_active and invitation.user.email
            else None,
        )
