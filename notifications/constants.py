from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    """How a follower hears about a change."""

    PORTAL = "portal", _("In the portal only")
    IMMEDIATE = "immediate", _("E-mail at once")
    DIGEST = "digest", _("Weekly digest")


class Topic(models.TextChoices):
    """The personal streams of news that are about the person, not about something they chose
    to follow: each is a subscription of its own, so that its e-mail can be stopped too."""

    MY_SUBMISSIONS = "my-submissions", _("My submissions (approved or returned)")
    APPROVALS = "approvals", _("Waiting for my approval")
    TRAINING = "training", _("Reminders of mandatory training")
    MEETINGS = "meetings", _("Meetings I registered for")
    CONTENT_REVIEW = "content-review", _("My content past its review date")
    ADAPTED_ORIGINALS = "adapted-originals", _("New versions of modules my programme adapted")
    MY_QUESTIONS = "my-questions", _("Answers to my questions")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    SENT = "sent", _("Sent")
    SKIPPED = "skipped", _("Not sent")
    FAILED = "failed", _("Failed")
