"""The versions a training module published, for version-aware completion."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..constants import ChangeKind


class ModuleVersion(models.Model):
    """One published version of a module: its number, whether it is a substantive change or a
    minor correction (the editor says so on the module), the revision that published it and the
    lessons it added or changed since the version before. Recorded when the module is published
    (training.versions.record_published_version); publishing the same version again refreshes
    its kind and lessons but keeps when it first appeared.

    Whoever completed the module before a substantive version redoes the lessons that version
    changed; a minor correction changes nothing for them."""

    module = models.ForeignKey(
        "training.TrainingModule",
        on_delete=models.CASCADE,
        related_name="published_versions",
        verbose_name=_("module"),
    )
    version = models.CharField(_("version"), max_length=20)
    kind = models.CharField(
        _("kind of change"), max_length=20, choices=ChangeKind.choices, default=ChangeKind.MINOR
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    changed_lessons = models.ManyToManyField(
        "training.Lesson",
        verbose_name=_("lessons added or changed"),
        blank=True,
        related_name="changed_in_versions",
    )

    class Meta:
        verbose_name = _("module version")
        verbose_name_plural = _("module versions")
        ordering = ["module", "published_at"]
        constraints = [
            models.UniqueConstraint(fields=["module", "version"], name="unique_module_version")
        ]
        indexes = [models.Index(fields=["module", "kind", "published_at"])]

    def __str__(self):
        return f"{self.module} · {self.version}"

    @property
    def is_substantive(self) -> bool:
        return self.kind == ChangeKind.SUBSTANTIVE
