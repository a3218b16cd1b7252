"""Adopting a module for one's own programme ("Overnemen voor mijn programma") and keeping an
integral adoption identical to its original.

Programme staff and editors adopt a module for their programme: the module and its lessons are
copied (Wagtail's copy), the provenance is filled in (original, the original's version and live
revision), and the copy is a draft submitted to the moderation workflow that applies to it.
When the copy is approved and published, its lessons are published with it.

An integral adoption has no own changes: whenever the original (or one of its lessons) is
published, the adoption takes over the original's content, lesson by lesson, and records the
version it now follows.

While Wagtail copies a page tree, the copies are published one by one before their children
are copied; syncing then would add lessons the recursive copy is about to create (a UNIQUE
constraint on the tree path). Nothing syncs during a copy (`copying_pages`)."""

import contextvars
from contextlib import contextmanager

from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal.constants import Role
from portal.models import Programme

from .models import Lesson, TrainingModule
from .services import TrainingError

_copying = contextvars.ContextVar("training_copying_pages", default=False)

# What an integral adoption takes over from its original; its own title, address and
# provenance stay its own.
MODULE_CONTENT_FIELDS = (
    "summary",
    # The original's version and its kind of change, so that the adoption records the same
    # version (training.versions) and its completers redo what the original's redo.
    "version",
    "change_kind",
    "learning_goals",
    "estimated_duration",
    "pass_mark",
    "validity_months",
)
LESSON_CONTENT_FIELDS = ("title", "draft_title", "intro", "estimated_duration", "body")


@contextmanager
def copying_pages():
    token = _copying.set(True)
    try:
        yield
    finally:
        _copying.reset(token)


def is_copying_pages() -> bool:
    return _copying.get()


def guard_page_copies() -> None:
    """Run every Wagtail page copy (admin, API, code) inside `copying_pages`. Called once,
    from TrainingConfig.ready."""
    from wagtail.actions.copy_page import CopyPageAction

    if getattr(CopyPageAction.execute, "guards_adoption_sync", False):
        return
    original_execute = CopyPageAction.execute

    def execute(self, *args, **kwargs):
        with copying_pages():
            return original_execute(self, *args, **kwargs)

    execute.guards_adoption_sync = True
    CopyPageAction.execute = execute


# Who may adopt for which programme ------------------------------------------------------------


def programmes_user_may_adopt_for(user):
    """The programmes whose staff or editors the user is among; Redactie: every programme."""
    if not user.is_authenticated:
        return Programme.objects.none()
    if user.is_superuser or user.groups.filter(name=Role.REDACTIE).exists():
        return Programme.objects.all()
    return Programme.objects.filter(
        Q(staff_group__user=user) | Q(editor_group__user=user)
    ).distinct()


def adoption_choices(*, user, module: TrainingModule) -> list[Programme]:
    """The programmes the user may adopt `module` for: not its own programme, and not one that
    already has an adaptation of it. An adaptation itself is not adopted again."""
    if module.adopted_from_module_id is not None:
        return []
    taken = set(
        TrainingModule.objects.filter(adopted_from_module=module).values_list(
            "owner_programme_id", flat=True
        )
    )
    return [
        programme
        for programme in programmes_user_may_adopt_for(user)
        if programme.pk != module.owner_programme_id and programme.pk not in taken
    ]


def _free_slug(parent: Page, base: str) -> str:
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def adopt_module(*, user, original: TrainingModule, programme: Programme, integrally: bool):
    """Copy `original` and its lessons as a draft adaptation owned by `programme`, with its
    provenance, and submit it to the moderation workflow that applies to it."""
    if programme not in adoption_choices(user=user, module=original):
        raise TrainingError(_("You cannot adopt this module for that programme."))
    parent = original.get_parent()
    slug = _free_slug(parent, slugify(f"{original.slug}-{programme.slug}"))
    title = f"{original.title} ({programme.short_name or programme.name})"
    copy = original.copy(
        recursive=True,
        to=parent,
        update_attrs={
            "title": title,
            "draft_title": title,
            "slug": slug,
            "owner_programme": programme,
            "adopted_from_module": original,
            "adopted_from_programme": original.owner_programme,
            "adopted_version": original.version,
            "adopted_revision": original.live_revision,
            "adopted_integrally": integrally,
            "adaptation_notes": "",
        },
        keep_live=False,
        user=user,
        copy_revisions=False,
        log_action="wagtail.copy",
    ).specific
    TrainingModule.objects.filter(pk=copy.pk).update(
        adopted_from_module=original,
        adopted_version=original.version,
        adopted_revision=original.live_revision,
        adopted_integrally=integrally,
    )
    copy.refresh_from_db()
    revision = copy.save_revision(user=user)
    workflow = copy.get_workflow()
    if workflow is not None:
        workflow.start(copy, user)
    else:
        # No moderation applies: the draft waits for an editor to publish it.
        revision.save()
    return copy


# What happens on publishing -------------------------------------------------------------------


def publish_lessons_of_new_adaptation(adaptation: TrainingModule, user=None) -> None:
    """An adaptation published for the first time (approved) takes its copied lessons live."""
    for lesson in Lesson.objects.child_of(adaptation).filter(
        live=False, first_published_at__isnull=True
    ):
        lesson.specific.save_revision(user=user).publish(user=user)


def _sync_lessons(original: TrainingModule, adoption: TrainingModule, user) -> None:
    own = {lesson.slug: lesson.specific for lesson in Lesson.objects.child_of(adoption)}
    originals = list(original.lessons())
    for source in originals:
        source = source.specific
        mine = own.pop(source.slug, None)
        if mine is None:
            source.copy(to=adoption, keep_live=True, user=user, copy_revisions=False)
            continue
        changed = not mine.live or any(
            getattr(mine, field) != getattr(source, field) for field in LESSON_CONTENT_FIELDS
        )
        if changed:
            for field in LESSON_CONTENT_FIELDS:
                setattr(mine, field, getattr(source, field))
            mine.save_revision(user=user).publish(user=user)
    for removed in own.values():
        if removed.live:
            removed.unpublish(user=user)


def sync_integral_adoptions(original: TrainingModule, user=None) -> list[TrainingModule]:
    """Bring every live integral adoption of `original` to the original's live content and
    record the version and revision it now follows. Returns the adoptions brought up to date."""
    if is_copying_pages():
        return []
    original = TrainingModule.objects.get(pk=original.pk)
    brought = []
    adoptions = TrainingModule.objects.filter(
        adopted_from_module=original, adopted_integrally=True, live=True
    )
    for adoption in adoptions:
        with transaction.atomic():
            _sync_lessons(original, adoption, user)
            for field in MODULE_CONTENT_FIELDS:
                setattr(adoption, field, getattr(original, field))
            adoption.adopted_version = original.version
            adoption.adopted_revision = original.live_revision
            adoption.save_revision(user=user, clean=False).publish(user=user)
        brought.append(adoption)
    return brought


def on_page_published(sender, instance, revision=None, **kwargs) -> None:
    """page_published: an original (or a lesson of it) that was published carries its content
    to its integral adoptions; an adaptation published for the first time takes its lessons
    live. Never while pages are being copied."""
    if is_copying_pages():
        return
    user = getattr(revision, "user", None)
    page = instance.specific if type(instance) is Page else instance
    if isinstance(page, Lesson):
        module = page.get_parent().specific
        if (
            isinstance(module, TrainingModule)
            and module.adoptions.filter(adopted_integrally=True).exists()
        ):
            sync_integral_adoptions(module, user=user)
        return
    if not isinstance(page, TrainingModule):
        return
    if page.adopted_from_module_id is not None:
        publish_lessons_of_new_adaptation(page, user=user)
        return
    if page.adoptions.filter(adopted_integrally=True).exists():
        sync_integral_adoptions(page, user=user)
