"""Version-aware completion.

A module publishes versions (ModuleVersion, recorded on publish). The editor marks each new
version as a substantive change or a minor correction. A minor correction changes nothing for
whoever completed the module. After a substantive version, a completion made before it is
*outdated*: the learner sees what changed since they completed the module and redoes only the
lessons that version added or changed (all lessons when it changed none of them), with their
knowledge checks; the completion is then renewed (a new completion date and version, and a new
certificate). A certificate that expires is renewed the same way: the changed lessons, or all
lessons when nothing changed ("Vernieuwen", `ModuleEnrolment.renewal_started_at`).

The reads are expressions inside the queries the pages already make (no query of their own):

- `outdated_since()` annotates enrolments: when the newest substantive version after the
  completion appeared (None: the completion is current, or there is none);
- `completion_outdated()` is the same as a condition, for reports over many learners:
  `ModuleEnrolment.objects.filter(completed_at__isnull=False).exclude(completion_outdated())`
  are the current completions;
- `lesson_changed_at()` annotates lessons: when the newest substantive version that added or
  changed the lesson appeared;
- `redo_since()` combines both into the lessons a learner has to (re)do, and since when a
  completion of each counts.

`training.selectors.completion_is_current(user=, module=)` answers it for one learner."""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import DateTimeField, Exists, OuterRef, Subquery

from .constants import ChangeKind
from .models import Lesson, ModuleEnrolment, ModuleVersion, TrainingModule


def _substantive_after_completion(module_field: str, completed_field: str):
    return ModuleVersion.objects.filter(
        module_id=OuterRef(module_field),
        kind=ChangeKind.SUBSTANTIVE,
        published_at__gt=OuterRef(completed_field),
    )


def outdated_since(*, module_field: str = "module_id", completed_field: str = "completed_at"):
    """Annotation for ModuleEnrolment rows (or rows that name a module and a completion time):
    when the newest substantive version of the module published after the completion appeared;
    None when there is none, or no completion."""
    return Subquery(
        _substantive_after_completion(module_field, completed_field)
        .order_by("-published_at")
        .values("published_at")[:1],
        output_field=DateTimeField(),
    )


def completion_outdated(*, module_field: str = "module_id", completed_field: str = "completed_at"):
    """Condition on ModuleEnrolment rows: a substantive version appeared after the completion."""
    return Exists(_substantive_after_completion(module_field, completed_field))


def lesson_changed_at():
    """Annotation for Lesson rows: when the newest substantive version that added or changed
    the lesson appeared (None: no substantive version changed it)."""
    through = ModuleVersion.changed_lessons.through
    return Subquery(
        through.objects.filter(lesson_id=OuterRef("pk"), moduleversion__kind=ChangeKind.SUBSTANTIVE)
        .order_by("-moduleversion__published_at")
        .values("moduleversion__published_at")[:1],
        output_field=DateTimeField(),
    )


def redo_since(*, enrolment: ModuleEnrolment | None, lessons) -> dict[int, datetime]:
    """The lessons a learner has to do (again) before their completion is current, each with
    the time after which a completion of it counts.

    `enrolment` carries `outdated_since`, `lessons` (the module's live lessons) carry
    `changed_at` (the annotations above). Outdated: the lessons changed since the completion,
    each since the newest substantive version that changed it (all lessons when the versions
    changed none of them). Renewing an expiring certificate: every lesson, since the renewal
    started. Otherwise nothing."""
    if enrolment is None or enrolment.completed_at is None:
        return {}
    since = getattr(enrolment, "outdated_since", None)
    if since is not None:
        changed = {
            lesson.pk: lesson.changed_at
            for lesson in lessons
            if getattr(lesson, "changed_at", None) and lesson.changed_at > enrolment.completed_at
        }
        return changed or {lesson.pk: since for lesson in lessons}
    if enrolment.renewal_started_at is not None:
        return {lesson.pk: enrolment.renewal_started_at for lesson in lessons}
    return {}


def enrolment_with_versions(*, user, module: TrainingModule) -> ModuleEnrolment | None:
    return (
        ModuleEnrolment.objects.filter(user=user, module=module)
        .annotate(outdated_since=outdated_since())
        .first()
    )


def lessons_with_changes(module: TrainingModule) -> list[Lesson]:
    return list(module.lessons().annotate(changed_at=lesson_changed_at()))


def lessons_to_redo(*, user, module: TrainingModule) -> dict[int, datetime]:
    """`redo_since` for one learner and module, read from the database (for the writes)."""
    enrolment = enrolment_with_versions(user=user, module=module)
    if enrolment is None or enrolment.completed_at is None:
        return {}
    return redo_since(enrolment=enrolment, lessons=lessons_with_changes(module))


# Recording versions on publish ----------------------------------------------------------------


def record_published_version(*, module: TrainingModule, revision=None) -> ModuleVersion:
    """Record the module's current version as published, with the editor's kind of change and
    the live lessons published since the previous version appeared (added or changed). A
    version published again keeps when it first appeared; its kind, revision and lessons are
    refreshed (lessons published after the module are then included)."""
    module = TrainingModule.objects.get(pk=module.pk)
    kind = module.change_kind or ChangeKind.MINOR
    previous = (
        ModuleVersion.objects.filter(module=module)
        .exclude(version=module.version)
        .order_by("-published_at", "-pk")
        .first()
    )
    try:
        with transaction.atomic():
            record, created = ModuleVersion.objects.get_or_create(
                module=module,
                version=module.version,
                defaults={"kind": kind, "revision": revision},
            )
    except IntegrityError:  # published twice at the same moment: the other one recorded it
        record, created = ModuleVersion.objects.get(module=module, version=module.version), False
    if not created:
        record.kind = kind
        record.revision = revision or record.revision
        record.save(update_fields=["kind", "revision"])
    if previous is None:
        changed = []
    else:
        changed = list(
            Lesson.objects.child_of(module)
            .live()
            .filter(last_published_at__gt=previous.published_at)
            .values_list("pk", flat=True)
        )
    record.changed_lessons.set(changed)
    return record


def on_page_published(sender, instance, revision=None, **kwargs) -> None:
    """page_published: a module records the version it published."""
    from wagtail.models import Page

    page = instance.specific if type(instance) is Page else instance
    if isinstance(page, TrainingModule):
        record_published_version(module=page, revision=revision)
