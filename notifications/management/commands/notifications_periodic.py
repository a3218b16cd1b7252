"""The notifications' periodic work, in one command for cron or a systemd timer (daily is
enough; see the README): last week's digests, mandatory training due in 14 days or overdue,
content past its review date, meetings in two days. Idempotent per period: running it twice
sends nothing twice."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from notifications.constants import DeliveryStatus
from notifications.digest import digest_recipients, previous_week
from notifications.models import EmailDelivery
from notifications.reminders import remind_mandatory_training, remind_meetings, remind_review_dates
from notifications.tasks import send_weekly_digest


class Command(BaseCommand):
    help = "Weekly digests and reminders (training due, review dates, meetings); run daily."

    def add_arguments(self, parser):
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            help="Run as if it were this day (YYYY-MM-DD); default: today.",
        )

    def handle(self, *args, today=None, **options):
        today = today or timezone.localdate()
        year, week = previous_week(today)
        digests = 0
        done = set(
            EmailDelivery.objects.filter(
                key__startswith="digest:", key__endswith=f":{year}-W{week:02d}"
            )
            .exclude(status=DeliveryStatus.PENDING)
            .values_list("user_id", flat=True)
        )
        for user in digest_recipients().exclude(pk__in=done):
            send_weekly_digest.enqueue(user.pk, year, week)
            digests += 1
        training = remind_mandatory_training(today=today)
        reviews = remind_review_dates(today=today)
        meetings = remind_meetings(today=today)
        self.stdout.write(
            f"digests for {year}-W{week:02d}: {digests} queued; reminders: training {training}, "
            f"review dates {reviews}, meetings {meetings}"
        )
