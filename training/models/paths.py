from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from portal.privacy import PrivacyGuardedMixin


class GroupMembership(models.Model):
    """When a user joined a group. Django's user-group link has no date, but a mandatory
    learning path is due a number of days after joining: so every join is recorded here (see
    training.signals), and memberships from before this table use the account's creation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_memberships"
    )
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    joined_at = models.DateTimeField(_("joined at"), default=timezone.now)

    class Meta:
        verbose_name = _("group membership")
        verbose_name_plural = _("group memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "group"], name="unique_group_membership")
        ]

    def __str__(self):
        return f"{self.user} · {self.group}"


class LearningPath(PrivacyGuardedMixin, ClusterableModel):
    """An ordered series of modules for an audience, e.g. "Onboarding nieuwe regisseur" or
    "Regisseursopleiding", at /leren/paden/<slug>/. A path can be mandatory for groups, due a
    number of days after joining the group or on a fixed date."""

    privacy_guarded_fields = ("title", "intro")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), unique=True, help_text=_("Its address: /leren/paden/<slug>/.")
    )
    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    audience = models.ForeignKey(
        "portal.Audience",
        verbose_name=_("audience"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learning_paths",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("slug"), FieldPanel("intro"), FieldPanel("audience")],
            heading=_("Learning path"),
        ),
        InlinePanel("path_modules", heading=_("Modules, in order"), min_num=1),
        InlinePanel("requirements", heading=_("Mandatory for")),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("learning path")
        verbose_name_plural = _("learning paths")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"/leren/paden/{self.slug}/"


class LearningPathModule(Orderable):
    path = ParentalKey(LearningPath, on_delete=models.CASCADE, related_name="path_modules")
    module = models.ForeignKey(
        "training.TrainingModule",
        verbose_name=_("module"),
        on_delete=models.CASCADE,
        related_name="path_memberships",
    )

    panels = [FieldPanel("module")]

    class Meta(Orderable.Meta):
        verbose_name = _("module of a learning path")
        constraints = [
            models.UniqueConstraint(fields=["path", "module"], name="unique_learning_path_module")
        ]


class LearningPathRequirement(Orderable):
    """A learning path is mandatory for the members of a group, due `due_after_days` after a
    member joined the group, or on `due_date`."""

    path = ParentalKey(LearningPath, on_delete=models.CASCADE, related_name="requirements")
    group = models.ForeignKey(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="+"
    )
    due_after_days = models.PositiveSmallIntegerField(
        _("due days after joining"), null=True, blank=True
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)

    panels = [FieldPanel("group"), FieldPanel("due_after_days"), FieldPanel("due_date")]

    class Meta(Orderable.Meta):
        verbose_name = _("mandatory for")
        constraints = [
            models.UniqueConstraint(fields=["path", "group"], name="unique_path_requirement")
        ]

    def clean(self):
        if (self.due_after_days is None) == (self.due_date is None):
            raise ValidationError(
                _("Give either a number of days after joining the group or a fixed date.")
            )

    def due_for(self, joined_at) -> "timezone.datetime.date":
        if self.due_date is not None:
            return self.due_date
        return timezone.localdate(joined_at) + timezone.timedelta(days=self.due_after_days)
