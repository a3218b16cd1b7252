"""The background jobs, through Django's task interface (django-tasks): the request that caused
an event only enqueues them; a worker (`manage.py db_worker`, or the backend a deployment
configures) sends. Each job may run more than once: the delivery records make that harmless."""

from django.utils import timezone
from django_tasks import task, task_backends

from .delivery import deliver_notification_email


def _later(task_to_run, *args):
    """Enqueue again after a delay, where the backend can wait (the database backend can)."""

    def retry(delay):
        backend = task_backends[task_to_run.backend]
        if backend.supports_defer:
            task_to_run.using(run_after=timezone.now() + delay).enqueue(*args)

    return retry


# The portal's own queue (settings.TASKS): a database table worked off by db_worker by default.
BACKEND = "background"


@task(backend=BACKEND)
def send_notification_email(notification_id: int) -> str:
    """Mail one notification to its recipient, if they still want it and may still see it."""
    return deliver_notification_email(
        notification_id, retry=_later(send_notification_email, notification_id)
    )


@task(backend=BACKEND)
def send_weekly_digest(user_id: int, year: int, week: int) -> str:
    """Mail one person's digest of one ISO week, once."""
    from .digest import deliver_weekly_digest

    return deliver_weekly_digest(
        user_id, year, week, retry=_later(send_weekly_digest, user_id, year, week)
    )
