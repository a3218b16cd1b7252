from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .constants import InvitationStatus


class CalendarFeed(models.Model):
    """A colleague's personal calendar subscription: the secret address Outlook or a phone
    subscribes to, holding the theme meetings that colleague may see. Only a hash of the token
    is kept, so the address is shown once, when it is made; making a new one replaces it and
    deleting the row revokes it. It stops working when the account is deactivated."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("colleague"),
        on_delete=models.CASCADE,
        related_name="calendar_feed",
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("made at"), auto_now=True)

    class Meta:
        verbose_name = _("calendar subscription")
        verbose_name_plural = _("calendar subscriptions")

    def __str__(self):
        return str(self.user)


class MeetingInvitation(models.Model):
    """What the portal last sent to a colleague's calendar about a theme meeting they come to:
    an invitation (METHOD:REQUEST) or its cancellation (METHOD:CANCEL). Every message raises the
    sequence number, so the calendar applies updates in order and ignores stale ones; the
    details fingerprint tells whether the meeting changed since the last invitation."""

    meeting = models.ForeignKey(
        "themes.ThemeMeeting",
        verbose_name=_("theme meeting"),
        on_delete=models.CASCADE,
        related_name="calendar_invitations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("colleague"),
        on_delete=models.CASCADE,
        related_name="meeting_invitations",
    )
    status = models.CharField(_("status"), max_length=20, choices=InvitationStatus.choices)
    sequence = models.PositiveIntegerField(_("sequence"), default=0)
    details = models.CharField(_("details fingerprint"), max_length=64, blank=True)
    sent_at = models.DateTimeField(_("sent at"), auto_now=True)

    class Meta:
        verbose_name = _("meeting invitation")
        verbose_name_plural = _("meeting invitations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="one_invitation_per_person")
        ]

    def __str__(self):
        return f"{self.user} - {self.meeting_id} ({self.status}, {self.sequence})"

    @property
    def uid(self) -> str:
        """The same for every message about this meeting to this colleague, so the calendar
        updates or removes the one event it made."""
        return f"themabijeenkomst-{self.meeting_id}-deelnemer-{self.user_id}@kennisportaal-acvz"
