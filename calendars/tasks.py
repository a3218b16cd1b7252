"""Invitations are sent by the portal's background queue (settings.TASKS "background", worked
off by `manage.py db_worker`), like every mail of the portal: the registration only enqueues."""

from django_tasks import task

from .invitations import send_meeting_invitation


@task(backend="background")
def send_meeting_invitation_later(meeting_id: int, user_id: int) -> str:
    """Bring the colleague's calendar in line with their registration; idempotent, so a job
    that runs twice sends once."""
    return send_meeting_invitation(meeting_id=meeting_id, user_id=user_id) or ""
