"""The admin dashboard's "Wijzigingen in overgenomen modules" for the editors and staff of an
adopting programme (and Redactie): each adaptation whose original published a newer version
that is not decided yet, with the version it follows and the original's current one, how many
lessons changed and how many of those still wait for a decision, and a link to its entry in
the adoption ledger. Nothing is shown to whoever has nothing pending.

The lesson changes are read for every adaptation at once, in a fixed number of queries
however many adaptations there are, and classified like the ledger entry itself does
(training.ledger_decisions.lesson_changes_for)."""

from dataclasses import dataclass

from django.urls import reverse
from wagtail.admin.ui.components import Component

from .adoption_ledger import AdaptationBehind, behind_adaptations
from .ledger_decisions import LessonChange, lesson_changes_for
from .models import TrainingModule


@dataclass(frozen=True)
class PendingAdoptionUpdate(AdaptationBehind):
    adaptation: TrainingModule
    changes: list[LessonChange]

    @property
    def original(self) -> TrainingModule:
        return self.adaptation.adopted_from_module

    @property
    def changed_lessons(self) -> int:
        return len(self.changes)

    @property
    def undecided_lessons(self) -> int:
        return sum(1 for change in self.changes if change.decision is None)


def pending_adoption_updates(*, user) -> list[PendingAdoptionUpdate]:
    adaptations = list(behind_adaptations(user=user).select_related("adopted_revision"))
    changes = lesson_changes_for(adaptations)
    return [
        PendingAdoptionUpdate(adaptation=adaptation, changes=changes[adaptation.pk])
        for adaptation in adaptations
    ]


class PendingAdoptionUpdatesPanel(Component):
    """The dashboard panel; only built when there is something pending."""

    name = "adoption_ledger"
    template_name = "training/admin/adoption_ledger_panel.html"
    order = 150

    def __init__(self, updates: list[PendingAdoptionUpdate]):
        self.updates = updates

    def get_context_data(self, parent_context):
        return {"updates": self.updates, "report_url": reverse("training_adoption_ledger")}
