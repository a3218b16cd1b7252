"""The admin dashboard's "Wijzigingen in overgenomen modules" for the editors and staff of an
adopting programme (and Redactie): each adaptation whose original published a newer version
that is not decided yet, with the version it follows and the original's current one, how many
lessons changed and how many of those still wait for a decision, and a link to its entry in
the adoption ledger. Nothing is shown to whoever has nothing pending.

The lesson changes are read for every adaptation at once, in a fixed number of queries
however many adaptations there are, and classified like the ledger entry itself does
(training.ledger_decisions.classify_lesson_changes)."""

from collections import defaultdict
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Revision

from .adoption_ledger import behind_adaptations
from .ledger_decisions import LessonChange, classify_lesson_changes
from .models import AdoptionDecision, Lesson, TrainingModule


@dataclass(frozen=True)
class PendingAdoptionUpdate:
    adaptation: TrainingModule
    changes: list[LessonChange]

    @property
    def original(self) -> TrainingModule:
        return self.adaptation.adopted_from_module

    @property
    def adopted_version(self) -> str:
        return self.adaptation.adopted_version

    @property
    def current_version(self) -> str:
        return self.original.version

    @property
    def changed_lessons(self) -> int:
        return len(self.changes)

    @property
    def undecided_lessons(self) -> int:
        return sum(1 for change in self.changes if change.decision is None)

    @property
    def ledger_url(self) -> str:
        return reverse("training_adaptation_changes", args=[self.adaptation.pk])


def _children_of(parents) -> list[Lesson]:
    """The lessons directly under any of `parents`, in tree order, in one query."""
    if not parents:
        return []
    under = reduce(or_, (Q(path__startswith=page.path, depth=page.depth + 1) for page in parents))
    return list(Lesson.objects.filter(under).order_by("path"))


def _by_parent(lessons) -> dict[str, list[Lesson]]:
    grouped = defaultdict(list)
    for lesson in lessons:
        grouped[lesson.path[: -Lesson.steplen]].append(lesson)
    return grouped


def pending_adoption_updates(*, user) -> list[PendingAdoptionUpdate]:
    adaptations = list(behind_adaptations(user=user).select_related("adopted_revision"))
    if not adaptations:
        return []
    originals = {a.adopted_from_module_id: a.adopted_from_module for a in adaptations}
    original_lessons = _by_parent(_children_of(list(originals.values())))
    own_lessons = _by_parent(_children_of(adaptations))
    every_original_lesson = [lesson for lessons in original_lessons.values() for lesson in lessons]

    adopted_times = [a.adopted_revision.created_at for a in adaptations if a.adopted_revision]
    revisions_by_lesson = defaultdict(list)
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
            revisions_by_lesson[int(revision.object_id)].append(revision)
    live_at = dict(
        Revision.objects.page_revisions()
        .filter(
            pk__in=[
                lesson.live_revision_id
                for lesson in every_original_lesson
                if lesson.live_revision_id
            ]
        )
        .values_list("pk", "created_at")
    )
    decisions = defaultdict(dict)
    for decision in reversed(
        AdoptionDecision.objects.filter(
            adaptation_id__in=[a.pk for a in adaptations],
            original_version__in={original.version for original in originals.values()},
        ).select_related("decided_by")
    ):
        decisions[(decision.adaptation_id, decision.original_version)][decision.lesson_slug] = (
            decision
        )

    updates = []
    for adaptation in adaptations:
        original = adaptation.adopted_from_module
        adopted_at = adaptation.adopted_revision.created_at if adaptation.adopted_revision else None
        lessons = original_lessons.get(original.path, [])
        earlier = {}
        if adopted_at is not None:
            for lesson in lessons:
                before = [r for r in revisions_by_lesson[lesson.pk] if r.created_at <= adopted_at]
                if before:
                    earlier[lesson.pk] = before[-1]
        changes = classify_lesson_changes(
            adopted_at=adopted_at,
            originals=lessons,
            own={lesson.slug: lesson for lesson in own_lessons.get(adaptation.path, [])},
            earlier=earlier,
            live_at=live_at,
            decisions=decisions[(adaptation.pk, original.version)],
        )
        updates.append(PendingAdoptionUpdate(adaptation=adaptation, changes=changes))
    return updates


class PendingAdoptionUpdatesPanel(Component):
    """The dashboard panel; only built when there is something pending."""

    name = "adoption_ledger"
    template_name = "training/admin/adoption_ledger_panel.html"
    order = 150

    def __init__(self, updates: list[PendingAdoptionUpdate]):
        self.updates = updates

    def get_context_data(self, parent_context):
        return {"updates": self.updates, "report_url": reverse("training_adoption_ledger")}
