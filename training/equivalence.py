"""An original module and its adaptations are one piece of learning: completing any of them
counts for every one of them, wherever a module is required (learning paths, mandatory
training and its due dates, prerequisites, the home page, "my learning", the manager report).

Decided for both directions, and across adopters: the adaptation covers the original's learning
goals for its programme, and the original is the full material the adaptation was made from, so
a Radicalisering regisseur who completed the Radicalisering version satisfies a path built from
the Top600 original, and a Top600 regisseur who completed the original satisfies a path that
lists the Radicalisering version. The class of a module is its original (`equivalence_root_id`):
adaptations are one level deep (TrainingModule.clean refuses an adaptation of an adaptation), so
the class of any set of modules is resolved in one query, however many adaptations exist.

Recertification: when a module has a validity period its certificates expire. A completion
whose certificate expired still is a completion (it unlocks what requires the module), but it
no longer keeps mandatory training current: the path is due again, from the day the
certificate expired. A valid completion of an equivalent module keeps it current, so renewing
through the reader's own programme's version renews the original too."""

import datetime

from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from .models import Certificate, ModuleEnrolment
from .versions import completion_outdated, outdated_since

# Certificates that expire within this many days are "expiring": the manager report and the
# learner's mandatory learning show them before they lapse.
EXPIRING_WITHIN_DAYS = 30


def root_of(module) -> int:
    return module.adopted_from_module_id or module.pk


def certificate_expiry(*, user_field: str = "user_id", module_field: str = "module_id"):
    """An annotation: the expiry date of the current certificate of the row's user and module
    (None: no certificate, or one that does not expire), as a subquery of the same query. A
    renewal keeps the certificate it replaced, marked superseded."""
    return Subquery(
        Certificate.objects.filter(
            user_id=OuterRef(user_field),
            module_id=OuterRef(module_field),
            superseded_at__isnull=True,
        ).values("expires_on")[:1]
    )


def is_expired(expires_on, *, today=None) -> bool:
    """A certificate is valid up to and including its expiry date."""
    return expires_on is not None and expires_on < (today or timezone.localdate())


def is_expiring(expires_on, *, today=None) -> bool:
    today = today or timezone.localdate()
    return expires_on is not None and today <= expires_on <= today + datetime.timedelta(
        days=EXPIRING_WITHIN_DAYS
    )


def later_expiry(first, second):
    """Of two completions of one class, the expiry that keeps it current longest (None: one
    of them does not expire)."""
    if first is None or second is None:
        return None
    return max(first, second)


def counts_as_current(enrolment, *, today=None) -> bool:
    """A completion that keeps mandatory training current: its certificate has not expired and
    no substantive version of the module appeared since (enrolments_counting_for annotates)."""
    return enrolment.outdated_since is None and not is_expired(
        enrolment.certificate_expires_on, today=today
    )


def enrolments_counting_for(*, user, modules) -> tuple[dict, dict]:
    """One query: the user's own enrolments in `modules` (started or completed), and per module
    the completed enrolment that satisfies it: the user's own, else one in an equivalent live
    module (the original or another adaptation of it); a current one (its certificate valid and
    no substantive version since, training.versions) before one that is not. Every enrolment
    carries `certificate_expires_on` and `outdated_since`: whoever needs current completions
    only (mandatory training) checks both.

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
        .annotate(certificate_expires_on=certificate_expiry())
        # When a substantive version outdated the completion (training.versions); same query.
        .annotate(outdated_since=outdated_since())
        .order_by("completed_at", "pk")
    )
    today = timezone.localdate()
    own = {
        enrolment.module_id: enrolment
        for enrolment in enrolments
        if enrolment.module_id in module_ids
    }
    completed_by_root, current_by_root = {}, {}
    for enrolment in enrolments:
        if enrolment.completed_at is not None:
            root = root_of(enrolment.module)
            completed_by_root.setdefault(root, enrolment)
            if counts_as_current(enrolment, today=today):
                current_by_root.setdefault(root, enrolment)
    satisfied = {}
    for module in modules:
        mine = own.get(module.pk)
        root = root_of(module)
        if mine is not None and mine.completed_at is not None:
            if not counts_as_current(mine, today=today) and root in current_by_root:
                satisfied[module.pk] = current_by_root[root]
            else:
                satisfied[module.pk] = mine
        elif (other := current_by_root.get(root) or completed_by_root.get(root)) is not None:
            satisfied[module.pk] = other
    return own, satisfied


def completed_classes(
    *, user_ids, current_versions_only: bool = False
) -> dict[int, dict[int, datetime.date | None]]:
    """One query: per learner, the classes (original ids) they completed, each with the expiry
    date that keeps it current longest (None: it does not expire). `current_versions_only`:
    leave out completions a substantive version outdated (training.versions)."""
    enrolments = ModuleEnrolment.objects.filter(
        user_id__in=user_ids, completed_at__isnull=False, module__live=True
    )
    if current_versions_only:
        enrolments = enrolments.exclude(completion_outdated())
    rows = enrolments.annotate(certificate_expires_on=certificate_expiry()).values_list(
        "user_id", "module_id", "module__adopted_from_module_id", "certificate_expires_on"
    )
    completed = {}
    for user_id, module_id, original_id, expires_on in rows:
        classes = completed.setdefault(user_id, {})
        root = original_id or module_id
        classes[root] = later_expiry(classes[root], expires_on) if root in classes else expires_on
    return completed
