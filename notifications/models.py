from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .constants import Channel, DeliveryStatus, Topic


class Subscription(models.Model):
    """One person following one thing: a theme (tag), a programme, a single page (a
    bottleneck or system error, a training module, a meeting series), or a personal topic (news
    about their own submissions, approvals, reminders). Exactly one is set."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    programme = models.ForeignKey(
        "portal.Programme",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    tag = models.ForeignKey(
        "taggit.Tag",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    topic = models.CharField(_("topic"), max_length=30, choices=Topic.choices, blank=True)
    channel = models.CharField(
        _("how"), max_length=20, choices=Channel.choices, default=Channel.PORTAL
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(programme__isnull=False, tag__isnull=True, page__isnull=True, topic="")
                    | Q(programme__isnull=True, tag__isnull=False, page__isnull=True, topic="")
                    | Q(programme__isnull=True, tag__isnull=True, page__isnull=False, topic="")
                    | (
                        Q(programme__isnull=True, tag__isnull=True, page__isnull=True)
                        & ~Q(topic="")
                    )
                ),
                name="subscription_follows_one_thing",
            ),
            models.UniqueConstraint(
                fields=["user", "programme"],
                condition=Q(programme__isnull=False),
                name="subscription_unique_programme",
            ),
            models.UniqueConstraint(
                fields=["user", "tag"],
                condition=Q(tag__isnull=False),
                name="subscription_unique_tag",
            ),
            models.UniqueConstraint(
                fields=["user", "page"],
                condition=Q(page__isnull=False),
                name="subscription_unique_page",
            ),
            models.UniqueConstraint(
                fields=["user", "topic"],
                condition=~Q(topic=""),
                name="subscription_unique_topic",
            ),
        ]

    def __str__(self):
        return f"{self.user} -> {self.target}"

    @property
    def target(self):
        return self.programme or self.tag or self.page or self.get_topic_display()


class Notification(models.Model):
    """One item in a person's notification list: what changed, with a link to it. `event_key`
    names the event, so that the same event never reaches the same person twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    event_key = models.CharField(_("event"), max_length=200)
    title = models.CharField(_("title"), max_length=255)
    detail = models.TextField(
        _("detail"), blank=True, help_text=_("E.g. the reviewer's comment on a submission.")
    )
    url = models.CharField(_("link"), max_length=500)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    subscription = models.ForeignKey(
        Subscription,
        verbose_name=_("because of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="notifications",
        help_text=_("The subscription that brought it: how it is delivered, how it is stopped."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "event_key"], name="notification_once"),
        ]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self):
        return self.title


class EmailDelivery(models.Model):
    """One e-mail the portal sends (a notification, a weekly digest), under a unique key: a job
    that runs twice finds the delivery sent and sends nothing."""

    key = models.CharField(_("key"), max_length=200, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="email_deliveries",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail delivery")
        verbose_name_plural = _("e-mail deliveries")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.key
