"""The periodic reminders, for `manage.py notifications_periodic` (cron or a systemd timer).
Each becomes a notification under a key that names its period (the due date, the review date,
the meeting's day), so running the command again, the same day or the next, adds nothing."""

import datetime

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from portal.selectors import stale_knowledge_pages
from themes.constants import RegistrationStatus
from themes.models import MeetingRegistration
from training.models import LearningPathRequirement
from training.selectors import learning_paths_for

from .constants import Topic
from .services import notify

DUE_SOON_DAYS = 14
MEETING_REMINDER_DAYS = 2


def remind_mandatory_training(*, today: datetime.date) -> int:
    """Mandatory learning paths due within 14 days, and overdue ones: once per path and due
    date for each learner who has not completed it."""
    group_ids = LearningPathRequirement.objects.values("group_id")
    learners = get_user_model().objects.filter(groups__in=group_ids, is_active=True).distinct()
    created = 0
    for user in learners:
        for item in learning_paths_for(user=user):
            if not item.mandatory or item.completed or item.due_date is None:
                continue
            due = item.due_date
            url = reverse("training_learning_path", args=[item.path.slug])
            when = date_format(due, "j F Y")
            if due < today:
                key = f"training-overdue:{item.path.pk}:{due.isoformat()}"
                title = _("Overdue since %(date)s: %(path)s") % {
                    "date": when,
                    "path": item.path.title,
                }
            elif (due - today).days <= DUE_SOON_DAYS:
                key = f"training-due:{item.path.pk}:{due.isoformat()}"
                title = _("Mandatory training due on %(date)s: %(path)s") % {
                    "date": when,
                    "path": item.path.title,
                }
            else:
                continue
            created += notify(
                users=[user], event_key=key, title=title, url=url, topic=Topic.TRAINING
            )
    return created


def remind_review_dates(*, today: datetime.date) -> int:
    """A content owner's pages past their review-by date: once per page and review date."""
    created = 0
    for page in stale_knowledge_pages().filter(content_owner__isnull=False):
        created += notify(
            users=[page.content_owner],
            event_key=f"review:{page.pk}:{page.review_by.isoformat()}",
            title=_("Past its review date (%(date)s): %(title)s")
            % {"date": date_format(page.review_by, "j F Y"), "title": page.title},
            url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            topic=Topic.CONTENT_REVIEW,
        )
    return created


def remind_meetings(*, today: datetime.date) -> int:
    """Two days before a theme meeting, to everyone with a seat: once per meeting day."""
    day = today + datetime.timedelta(days=MEETING_REMINDER_DAYS)
    registrations = MeetingRegistration.objects.filter(
        status=RegistrationStatus.REGISTERED,
        meeting__live=True,
        meeting__start__date=day,
        user__is_active=True,
    ).select_related("meeting", "user")
    created = 0
    for registration in registrations:
        meeting = registration.meeting
        created += notify(
            users=[registration.user],
            event_key=f"meeting-reminder:{meeting.pk}:{day.isoformat()}",
            title=_("In two days: %(title)s, %(when)s")
            % {
                "title": meeting.title,
                "when": date_format(timezone.localtime(meeting.start), "l j F, H:i"),
            },
            page=meeting,
            topic=Topic.MEETINGS,
        )
    return created
