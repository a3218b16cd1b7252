from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES
from portal.models import KnowledgePage

from ..blocks import LessonStreamBlock
from ..constants import DEFAULT_PASS_MARK, ChangeKind

# /leren/paden/ is the learning paths' view (training.urls), so no module may take that slug.
LEARNING_PATHS_SLUG = "paden"


class TrainingIndexPage(Page):
    """/leren/: the catalogue of every training module, filterable by programme, audience and
    theme, with the learner's own progress."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["training.TrainingModule"]
    max_count = 1

    class Meta:
        verbose_name = _("training catalogue")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import catalogue_for

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_for(user=request.user, params=request.GET))
        return context


class TrainingModule(KnowledgePage):
    """A training module ("module") at /leren/<module>/: learning goals, the lessons below it
    in order, and its provenance. Most modules were built for Top600 and adopted, often
    adapted, by other programmes; learners see where a module comes from and what was changed,
    and the original lists who adopted it."""

    learning_goals = RichTextField(
        _("learning goals"),
        features=["ul", "bold", "italic"],
        help_text=_("What a learner can do after this module, as a list."),
    )
    estimated_duration = models.PositiveSmallIntegerField(
        _("estimated duration (minutes)"),
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(24 * 60)],
    )
    version = models.CharField(
        _("version"),
        max_length=20,
        default="1.0",
        help_text=_("Raise it after a substantial change; certificates state the version."),
    )
    # Recorded per version when the module is published (training.versions, ModuleVersion).
    change_kind = models.CharField(
        _("kind of change in this version"),
        max_length=20,
        choices=ChangeKind.choices,
        default=ChangeKind.MINOR,
        blank=True,  # left empty: a minor correction
        help_text=_(
            "With a new version: is it a substantive change (whoever completed an earlier "
            "version redoes the lessons changed since) or a minor correction (nothing changes "
            "for them)? Publish the changed lessons first, then the module."
        ),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=DEFAULT_PASS_MARK,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of a knowledge check's answers a learner must get right."),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("validity (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_(
            "Certificates expire this many months after completion; empty: they do not expire."
        ),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        symmetrical=False,
        blank=True,
        related_name="required_for",
        help_text=_("Modules a learner must complete before completing this one."),
    )
    adopted_from_programme = models.ForeignKey(
        "portal.Programme",
        verbose_name=_("adopted from programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The programme this module was built for, e.g. Top600."),
    )
    adopted_from_module = models.ForeignKey(
        "self",
        verbose_name=_("adopted from module"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adoptions",
    )
    adopted_version = models.CharField(
        _("adopted version or date"),
        max_length=40,
        blank=True,
        help_text=_(
            "The version of the original this adaptation follows: adopted from or last brought "
            "up to date with, e.g. '2.1'. Left empty, the original's current version is filled in."
        ),
    )
    # The original's revision that `adopted_version` names, so that the admin can compare it
    # with the original's live revision. Recorded on save (see record_adoption), never typed.
    adopted_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("adopted revision of the original"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Integral adoption: no own changes; the adaptation follows every version its original
    # publishes (training.adoption.integral_adoptions_follow).
    adopted_integrally = models.BooleanField(
        _("adopted integrally"),
        default=False,
        help_text=_(
            "Adopted without changes: every new version of the original is taken over "
            "automatically when the original is published."
        ),
    )
    adaptation_notes = models.TextField(
        _("what we adapted"),
        blank=True,
        help_text=_("Shown to learners: what this programme changed in the original."),
    )

    content_panels = KnowledgePage.content_panels + [
        FieldPanel("learning_goals"),
        MultiFieldPanel(
            [
                FieldPanel("estimated_duration"),
                FieldPanel("version"),
                FieldPanel("change_kind"),
                FieldPanel("pass_mark"),
                FieldPanel("validity_months"),
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Learning"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("adopted_from_programme"),
                FieldPanel("adopted_from_module"),
                FieldPanel("adopted_version"),
                FieldPanel("adopted_integrally"),
                FieldPanel("adaptation_notes"),
            ],
            heading=_("Provenance"),
        ),
    ]
    settings_panels = KnowledgePage.settings_panels
    search_fields = KnowledgePage.search_fields + [
        index.SearchField("learning_goals"),
        index.SearchField("adaptation_notes"),
    ]

    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types = ["training.Lesson"]
    is_creatable = True

    class Meta:
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")

    def clean(self):
        super().clean()
        if self.slug == LEARNING_PATHS_SLUG:
            raise ValidationError(
                {"slug": _("This address is taken by the learning paths; choose another.")}
            )
        original = self.adopted_from_module
        if original is None:
            self.adopted_revision = None
            return
        if original.pk == self.pk:
            raise ValidationError(
                {"adopted_from_module": _("A module cannot be adopted from itself.")}
            )
        # An original and its adaptations count as one another (training.equivalence); one
        # level keeps that a fixed number of queries and leaves no doubt which is the original.
        if original.adopted_from_module_id is not None:
            raise ValidationError(
                {
                    "adopted_from_module": _(
                        "%(title)s is itself an adaptation: choose its original instead."
                    )
                    % {"title": original.title}
                }
            )
        if self.pk and TrainingModule.objects.filter(adopted_from_module=self.pk).exists():
            raise ValidationError(
                {
                    "adopted_from_module": _(
                        "Other modules were adopted from this one, so it cannot be an "
                        "adaptation itself."
                    )
                }
            )
        self.record_adoption()

    def record_adoption(self) -> None:
        """Record which version (and Wagtail revision) of the original this adaptation follows:
        the original's current one when the adaptation is created without a version or moved
        to another original, otherwise the version the editor states."""
        original = self.adopted_from_module
        before = (
            TrainingModule.objects.filter(pk=self.pk)
            .values("adopted_from_module_id", "adopted_version", "adopted_revision_id")
            .first()
            if self.pk
            else None
        )
        new_original = before is None or before["adopted_from_module_id"] != original.pk
        version_typed = before is not None and self.adopted_version != before["adopted_version"]
        if not self.adopted_version or (new_original and before is not None and not version_typed):
            self.adopted_version = original.version
        if new_original or version_typed or self.adopted_revision_id is None:
            self.adopted_revision = original.revision_of_version(self.adopted_version)
        if self.adopted_from_programme_id is None or new_original:
            self.adopted_from_programme_id = original.owner_programme_id

    def revision_of_version(self, version: str):
        """The latest revision of this module that carried `version`: the live one when that
        is the current version, else the newest earlier revision with it (None if none)."""
        if version == self.version and self.live_revision_id is not None:
            return self.live_revision
        for revision in self.revisions.order_by("-created_at", "-id").only("id", "content"):
            if revision.content.get("version") == version:
                return revision
        return None

    @property
    def is_adopted(self) -> bool:
        return self.adopted_from_programme_id is not None or self.adopted_from_module_id is not None

    @property
    def equivalence_root_id(self) -> int:
        """The original this module counts as: itself, or the module it was adopted from."""
        return self.adopted_from_module_id or self.pk

    @property
    def is_behind_original(self) -> bool:
        """The original has moved on from the version this adaptation follows. Needs
        adopted_from_module loaded (the selectors select it)."""
        original = self.adopted_from_module
        return original is not None and self.adopted_version != original.version

    def lessons(self):
        return Lesson.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import module_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(module_overview(module=self, user=request.user))
        context["came_from_path"] = came_from_path(request, module=self)
        return context


def came_from_path(request, *, module):
    """The learning path named in `?pad=` when it holds this module (or its original): the
    module page then leads back to it. Anything else is ignored."""
    from .paths import LearningPath

    slug = request.GET.get("pad", "")
    if not slug or len(slug) > 255:
        return None
    return (
        LearningPath.objects.filter(
            slug=slug, path_modules__module_id__in={module.pk, module.equivalence_root_id}
        )
        .only("slug", "title")
        .first()
    )


class Lesson(Page):
    """One lesson of a training module, at /leren/<module>/<les>/; the module's lessons are its
    child pages, in their order in the page tree.

    A lesson is a plain page, not a KnowledgePage: it is a part of a module, not a piece of
    knowledge on its own. It takes its programme, themes and audience from its module, so an
    editor sets them once per module and lists "by theme" or "by programme" show the module,
    not each of its lessons. The lesson's text is still in the search index."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    estimated_duration = models.PositiveSmallIntegerField(
        _("estimated duration (minutes)"), default=15, validators=[MinValueValidator(1)]
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("estimated_duration"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["training.TrainingModule"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def knowledge_checks(self):
        return [block for block in self.body if block.block_type == "knowledge_check"]

    def get_context(self, request, *args, **kwargs):
        from ..selectors import lesson_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_overview(lesson=self, user=request.user))
        # A reflection answer the privacy guard refused (see views.reflection_save).
        context["refused_reflection"] = getattr(request, "refused_reflection", None)
        return context
