"""The adoption ledger's decisions for one adaptation behind its original.

Lesson by lesson, what changed in the original between the revision the adaptation follows
(`adopted_revision`) and the original's live revision: lessons are matched by slug (a copy of
a module keeps its lessons' slugs). A lesson of the original is

- added: it had no revision yet when the adopted revision was made;
- changed: its live revision is newer than the adopted revision;
- removed: it is not live any more while the adaptation's lesson of that slug still is (or
  is still the never published copy).

Per change the adopting programme's editors (and Redactie) take it over, which copies the
original lesson's content into the adaptation's lesson as a new draft revision (submitted to
the moderation workflow that applies to it), or keep their own; or they decline the whole
version with a reason. When every change of the version is decided, or the version is
declined, the adaptation follows that version and no longer shows as behind."""

from collections import defaultdict
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Revision

from portal.constants import Role

from .adoption import LESSON_CONTENT_FIELDS
from .models import AdoptionDecision, Lesson, TrainingModule
from .services import TrainingError

Choice = AdoptionDecision.Choice
Change = AdoptionDecision.Change


def may_decide(user, adaptation: TrainingModule) -> bool:
    """The adopting programme's editors and staff, and Redactie."""
    if not user.is_authenticated or adaptation.adopted_from_module_id is None:
        return False
    if user.is_superuser or user.groups.filter(name=Role.REDACTIE).exists():
        return True
    programme = adaptation.owner_programme
    if programme is None:
        return False
    group_ids = [gid for gid in (programme.editor_group_id, programme.staff_group_id) if gid]
    return user.groups.filter(pk__in=group_ids).exists()


@dataclass
class LessonChange:
    slug: str
    title: str
    change: str
    original_lesson: Lesson
    own_lesson: Lesson | None
    compare_url: str | None
    decision: AdoptionDecision | None

    @property
    def change_label(self) -> str:
        return Change(self.change).label


def _adopted_at(adaptation: TrainingModule):
    revision = adaptation.adopted_revision
    return revision.created_at if revision is not None else None


def _lessons_under(modules) -> dict[str, list[Lesson]]:
    """The lessons directly under each of `modules`, in tree order, by module path, in one
    query."""
    if not modules:
        return {}
    under = reduce(or_, (Q(path__startswith=m.path, depth=m.depth + 1) for m in modules))
    grouped = defaultdict(list)
    for lesson in Lesson.objects.filter(under).order_by("path"):
        grouped[lesson.path[: -Lesson.steplen]].append(lesson)
    return grouped


def lesson_changes(adaptation: TrainingModule) -> list[LessonChange]:
    """The changes of the original since the adopted revision, with the decision taken on
    each for the original's current version, in a fixed number of queries."""
    return lesson_changes_for([adaptation])[adaptation.pk]


def lesson_changes_for(adaptations: list[TrainingModule]) -> dict[int, list[LessonChange]]:
    """lesson_changes of every adaptation, by its id, in the same five queries however many
    adaptations there are (the admin dashboard reads them all at once)."""
    if not adaptations:
        return {}
    originals = {a.adopted_from_module_id: a.adopted_from_module for a in adaptations}
    original_lessons = _lessons_under(list(originals.values()))
    own_lessons = _lessons_under(adaptations)
    every_original_lesson = [lesson for lessons in original_lessons.values() for lesson in lessons]
    # Per original lesson its revisions up to the latest adopted revision's time, in order.
    adopted_times = [at for at in map(_adopted_at, adaptations) if at is not None]
    revisions_of = defaultdict(list)
    if adopted_times and every_original_lesson:
        for revision in (
            Revision.objects.page_revisions()
            .filter(
                object_id__in=[str(lesson.pk) for lesson in every_original_lesson],
                created_at__lte=max(adopted_times),
            )
            .order_by("created_at", "pk")
            .only("pk", "object_id", "created_at")
        ):
            revisions_of[int(revision.object_id)].append(revision)
    live_at = {
        revision.pk: revision.created_at
        for revision in Revision.objects.page_revisions()
        .filter(
            pk__in=[
                lesson.live_revision_id
                for lesson in every_original_lesson
                if lesson.live_revision_id
            ]
        )
        .only("pk", "created_at")
    }
    decisions = defaultdict(dict)  # the newest decision per lesson slug wins
    for decision in reversed(
        AdoptionDecision.objects.filter(
            adaptation_id__in=[a.pk for a in adaptations],
            original_version__in={original.version for original in originals.values()},
        ).select_related("decided_by")
    ):
        decisions[(decision.adaptation_id, decision.original_version)][decision.lesson_slug] = (
            decision
        )

    changes = {}
    for adaptation in adaptations:
        original = adaptation.adopted_from_module
        adopted_at = _adopted_at(adaptation)
        lessons = original_lessons.get(original.path, [])
        # Per original lesson, its newest revision at the time of the adopted revision.
        earlier = {}
        if adopted_at is not None:
            for lesson in lessons:
                before = [r for r in revisions_of[lesson.pk] if r.created_at <= adopted_at]
                if before:
                    earlier[lesson.pk] = before[-1]
        changes[adaptation.pk] = _classify_lesson_changes(
            adopted_at=adopted_at,
            originals=lessons,
            own={lesson.slug: lesson for lesson in own_lessons.get(adaptation.path, [])},
            earlier=earlier,
            live_at=live_at,
            decisions=decisions[(adaptation.pk, original.version)],
        )
    return changes


def _classify_lesson_changes(
    *,
    adopted_at,
    originals: list[Lesson],
    own: dict[str, Lesson],
    earlier: dict[int, Revision],
    live_at: dict[int, object],
    decisions: dict[str, AdoptionDecision],
) -> list[LessonChange]:
    """The changes, from what was read: the original's lessons in order, the adaptation's
    lessons by slug, per original lesson its newest revision at `adopted_at` (the adopted
    revision's time; None: compare the content), when each live revision was made, and the
    decisions on the original's current version by lesson slug."""
    changes = []
    for lesson in originals:
        before = earlier.get(lesson.pk)
        compare_url = None
        if lesson.live:
            if adopted_at is None:
                mine = own.get(lesson.slug)
                differs = mine is None or any(
                    getattr(mine.specific, field) != getattr(lesson.specific, field)
                    for field in LESSON_CONTENT_FIELDS
                )
                if not differs:
                    continue
                change = Change.CHANGED if mine is not None else Change.ADDED
            elif before is None:
                change = Change.ADDED
            elif live_at.get(lesson.live_revision_id) and live_at[lesson.live_revision_id] > (
                adopted_at
            ):
                change = Change.CHANGED
                compare_url = reverse(
                    "wagtailadmin_pages:revisions_compare", args=[lesson.pk, before.pk, "live"]
                )
            else:
                continue
        elif (mine := own.get(lesson.slug)) is not None and (
            mine.live or mine.first_published_at is None
        ):
            change = Change.REMOVED
        else:
            continue
        changes.append(
            LessonChange(
                slug=lesson.slug,
                title=lesson.title,
                change=change,
                original_lesson=lesson,
                own_lesson=own.get(lesson.slug),
                compare_url=compare_url,
                decision=decisions.get(lesson.slug),
            )
        )
    return changes


def version_decision(adaptation: TrainingModule) -> AdoptionDecision | None:
    """The decision on the original's current version as a whole (declined), if any."""
    return (
        AdoptionDecision.objects.filter(
            adaptation=adaptation,
            original_version=adaptation.adopted_from_module.version,
            lesson_slug="",
        )
        .select_related("decided_by")
        .first()
    )


def _submit(lesson: Lesson, user) -> None:
    """A lesson's new draft goes through its moderation workflow, when one applies."""
    revision = lesson.save_revision(user=user)
    workflow = lesson.get_workflow()
    if workflow is not None and not lesson.workflow_in_progress:
        workflow.start(lesson, user)
    return revision


def _take_over(change: LessonChange, adaptation: TrainingModule, user) -> None:
    source = change.original_lesson.specific
    mine = change.own_lesson.specific if change.own_lesson is not None else None
    if change.change == Change.REMOVED:
        if mine is not None and mine.live:
            mine.unpublish(user=user)
        return
    if mine is None:
        copy = source.copy(to=adaptation, keep_live=False, user=user, copy_revisions=False)
        _submit(copy.specific, user)
        return
    for field in LESSON_CONTENT_FIELDS:
        setattr(mine, field, getattr(source, field))
    _submit(mine, user)


def follow_current_version(adaptation: TrainingModule) -> None:
    """The adaptation now follows the original's current version and live revision. Its
    newest draft revision (if any) is corrected too, so that publishing it later does not
    bring the old version back."""
    original = adaptation.adopted_from_module
    values = {
        "adopted_version": original.version,
        "adopted_revision_id": original.live_revision_id,
    }
    TrainingModule.objects.filter(pk=adaptation.pk).update(**values)
    latest = adaptation.latest_revision
    if latest is not None and latest.content.get("adopted_version") != original.version:
        latest.content["adopted_version"] = original.version
        latest.content["adopted_revision"] = original.live_revision_id
        latest.save(update_fields=["content"])
    for name, value in values.items():
        setattr(adaptation, name, value)
    adaptation.adopted_revision = original.live_revision


@transaction.atomic
def decide(*, user, adaptation: TrainingModule, choice: str, slug: str = "", reason: str = ""):
    """Record one decision and carry it out. Raises TrainingError (Dutch) on bad input."""
    if not may_decide(user, adaptation):
        raise TrainingError(_("Only the adopting programme's editors and Redactie decide this."))
    adaptation = TrainingModule.objects.select_for_update().get(pk=adaptation.pk)
    original = adaptation.adopted_from_module
    if adaptation.adopted_version == original.version:
        raise TrainingError(_("This adaptation already follows the original's current version."))
    reason = reason.strip()
    base = {
        "adaptation": adaptation,
        "original_version": original.version,
        "original_revision_id": original.live_revision_id,
        "decided_by": user,
        "reason": reason,
    }
    changes = lesson_changes(adaptation)
    if choice == Choice.DECLINED:
        if not reason:
            raise TrainingError(_("Give a reason for not taking over this version."))
        decision = AdoptionDecision.objects.create(choice=Choice.DECLINED, **base)
        follow_current_version(adaptation)
        return decision
    if choice not in (Choice.TAKEN_OVER, Choice.KEPT_OWN):
        raise TrainingError(_("Choose to take the change over or to keep your own lesson."))
    if not slug:
        # A new version without lesson changes: taken over as it is.
        if any(change.decision is None for change in changes):
            raise TrainingError(_("Decide on each changed lesson first."))
        decision = AdoptionDecision.objects.create(choice=Choice.TAKEN_OVER, **base)
        follow_current_version(adaptation)
        return decision
    change = next((change for change in changes if change.slug == slug), None)
    if change is None:
        raise TrainingError(_("This lesson has no change to decide on."))
    if change.decision is not None:
        raise TrainingError(_("This change has already been decided."))
    if choice == Choice.TAKEN_OVER:
        _take_over(change, adaptation, user)
    decision = AdoptionDecision.objects.create(
        choice=choice,
        lesson_slug=change.slug,
        lesson_title=change.title,
        change=change.change,
        **base,
    )
    if all(other.decision is not None or other.slug == slug for other in changes):
        follow_current_version(adaptation)
    return decision


def last_decision_of(adaptation: TrainingModule) -> AdoptionDecision | None:
    """The front end's provenance: the newest decision on a version the adaptation now
    follows (brought up to date) or declined."""
    if adaptation.adopted_from_module_id is None:
        return None
    return (
        AdoptionDecision.objects.filter(adaptation=adaptation)
        .filter(
            Q(choice=Choice.DECLINED, lesson_slug="")
            | Q(original_version=adaptation.adopted_version)
        )
        .first()
    )
