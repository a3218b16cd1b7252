"""An original module and its adaptations are one piece of learning: completing any of them
counts for every one of them, wherever a module is required (learning paths, mandatory
training and its due dates, prerequisites, the home page, "my learning", the manager report).

Decided for both directions, and across adopters: the adaptation covers the original's learning
goals for its programme, and the original is the full material the adaptation was made from, so
a Radicalisering regisseur who completed the Radicalisering version satisfies a path built from
the Top600 original, and a Top600 regisseur who completed the original satisfies a path that
lists the Radicalisering version. The class of a module is its original (`equivalence_root_id`):
adaptations are one level deep (TrainingModule.clean refuses an adaptation of an adaptation), so
the class of any set of modules is resolved in one query, however many adaptations exist."""

from django.db.models import Q

from .models import ModuleEnrolment
from .versions import outdated_since


def root_of(module) -> int:
    return module.adopted_from_module_id or module.pk


def enrolments_counting_for(*, user, modules) -> tuple[dict, dict]:
    """One query: the user's own enrolments in `modules` (started or completed), and per module
    the completed enrolment that satisfies it: the user's own, else one in an equivalent live
    module (the original or another adaptation of it); a current completion before one that a
    substantive version outdated. Each enrolment carries `outdated_since` (training.versions):
    whoever needs current completions only (mandatory training) checks it is None.

    Returns (own enrolments by module id, satisfying enrolment by module id)."""
    modules = list(modules)
    if not modules:
        return {}, {}
    module_ids = {module.pk for module in modules}
    roots = {root_of(module) for module in modules}
    equivalent = Q(completed_at__isnull=False, module__live=True) & (
        Q(module_id__in=roots) | Q(module__adopted_from_module_id__in=roots)
    )
    enrolments = list(
        ModuleEnrolment.objects.filter(user=user)
        .filter(Q(module_id__in=module_ids) | equivalent)
        .select_related("module__owner_programme")
        # When a substantive version outdated the completion (training.versions); same query.
        .annotate(outdated_since=outdated_since())
        .order_by("completed_at", "pk")
    )
    own = {
        enrolment.module_id: enrolment
        for enrolment in enrolments
        if enrolment.module_id in module_ids
    }
    completed_by_root = {}
    # A current completion of an equivalent module before an outdated one.
    for enrolment in sorted(enrolments, key=lambda item: item.outdated_since is not None):
        if enrolment.completed_at is not None:
            completed_by_root.setdefault(root_of(enrolment.module), enrolment)
    satisfied = {}
    for module in modules:
        mine = own.get(module.pk)
        other = completed_by_root.get(root_of(module))
        if (
            mine is not None
            and mine.completed_at is not None
            and (mine.outdated_since is None or other is None or other.outdated_since is not None)
        ):
            satisfied[module.pk] = mine
        elif other is not None:
            satisfied[module.pk] = other
    return own, satisfied


def completed_module_roots(*, completed_pairs) -> dict[int, set[int]]:
    """Per user, the classes (original ids) they completed, from (user id, module id, original
    id or None) rows of completed enrolments."""
    completed = {}
    for user_id, module_id, original_id in completed_pairs:
        completed.setdefault(user_id, set()).add(original_id or module_id)
    return completed
