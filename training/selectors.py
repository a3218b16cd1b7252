"""Reads of the training app. Progress is always read for one user (the logged-in one) and
for many modules at once with a fixed number of queries, whatever the number of modules,
lessons or learners."""

import re
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Prefetch, Q, QuerySet

from portal.forms import valid_filters
from portal.models import Programme
from portal.selectors import exclude_restricted

from .constants import rounded_percent
from .equivalence import (
    completed_classes,
    enrolments_counting_for,
    is_expired,
    is_expiring,
)
from .forms import CatalogueFilterForm
from .models import (
    Certificate,
    KnowledgeCheckResult,
    LearningPathModule,
    Lesson,
    LessonCompletion,
    ModuleEnrolment,
    ReflectionAnswer,
    TrainingModule,
)
from .versions import lesson_changed_at, outdated_since, redo_since


@dataclass
class ModuleProgress:
    """One learner's progress in one module, over its current (live) lessons."""

    total: int = 0
    done: int = 0
    started: bool = False
    completed: bool = False
    next_lesson: Lesson | None = None
    done_lesson_ids: set = field(default_factory=set)
    # Completed through an equivalent module (the original or another adaptation of it).
    completed_via: TrainingModule | None = None
    # The expiry date of the certificate of the completion that counts (None: no expiry).
    expires_on: object = None
    # The version the completion that counts was made at, and whether a substantive version
    # appeared since (training.versions): the completion is then no longer current.
    completed_version: str = ""
    outdated: bool = False
    # The learner started renewing the certificate ("Vernieuwen"): every lesson once more.
    renewing: bool = False
    # Of the learner's own completion: the lessons to do (again) and since when a completion
    # counts; and the lessons added or changed since they completed the module, each with
    # whether it was done again.
    redo_since: dict = field(default_factory=dict)
    changed_lessons: list = field(default_factory=list)

    @property
    def expired(self) -> bool:
        """Completed, but the certificate expired: mandatory training is due again."""
        return self.completed and is_expired(self.expires_on)

    @property
    def expiring(self) -> bool:
        return self.completed and is_expiring(self.expires_on)

    @property
    def current(self) -> bool:
        """Completed, with a certificate that is still valid (or does not expire) and no
        substantive version since: it keeps mandatory training current."""
        return self.completed and not self.expired and not self.outdated

    @property
    def percent(self) -> int:
        if self.completed and (self.done >= self.total or self.completed_via is not None):
            return 100
        return rounded_percent(self.done, self.total)

    @property
    def is_current(self) -> bool:
        """Completed, and no substantive version appeared since (the certificate's expiry is
        `current`'s business)."""
        return self.completed and not self.outdated

    @property
    def has_new_lessons(self) -> bool:
        """Completed earlier, but lessons were added since (a minor version)."""
        return self.completed and not self.redo_since and self.done < self.total

    @property
    def redo_count(self) -> int:
        """Lessons still to do again before the completion is current (or renewed)."""
        return sum(1 for lesson_id in self.redo_since if lesson_id not in self.done_lesson_ids)


def visible_modules(user) -> QuerySet[TrainingModule]:
    return exclude_restricted(
        TrainingModule.objects.live().select_related(
            "owner_programme", "adopted_from_programme", "adopted_from_module"
        ),
        user,
    )


def progress_for_modules(*, user, modules: list[TrainingModule]) -> dict[int, ModuleProgress]:
    """Progress per module id, in three queries for any number of modules. A module counts as
    completed when the user completed it or an equivalent module (training.equivalence)."""
    if not modules:
        return {}
    by_path = {module.path: module for module in modules}
    lessons = list(
        Lesson.objects.live()
        .filter(reduce(or_, (Q(path__startswith=path) for path in by_path)))
        .filter(depth=modules[0].depth + 1)
        .only("id", "title", "path", "url_path", "depth")
        # When a substantive version last changed the lesson (training.versions); same query.
        .annotate(changed_at=lesson_changed_at())
        .order_by("path")
    )
    done_at = dict(
        LessonCompletion.objects.filter(user=user, lesson__in=lessons).values_list(
            "lesson_id", "completed_at"
        )
    )
    enrolments, satisfied = enrolments_counting_for(user=user, modules=modules)
    lessons_of = {}
    for lesson in lessons:
        module = by_path.get(lesson.path[: -Lesson.steplen])
        if module is not None:
            lessons_of.setdefault(module.pk, []).append(lesson)
    progress = {}
    for module in modules:
        counting = satisfied.get(module.pk)
        own = enrolments.get(module.pk)
        module_lessons = lessons_of.get(module.pk, [])
        entry = progress[module.pk] = ModuleProgress(
            started=own is not None,
            completed=counting is not None,
            completed_via=counting.module
            if counting is not None and counting.module_id != module.pk
            else None,
            expires_on=counting.certificate_expires_on if counting is not None else None,
            completed_version=counting.completed_version if counting is not None else "",
            outdated=counting is not None and counting.outdated_since is not None,
            renewing=own is not None
            and own.completed_at is not None
            and own.renewal_started_at is not None,
        )
        if own is not None and own is counting:
            entry.redo_since = redo_since(enrolment=own, lessons=module_lessons)
        for lesson in module_lessons:
            entry.total += 1
            completed_at = done_at.get(lesson.pk)
            since = entry.redo_since.get(lesson.pk)
            is_done = completed_at is not None and (since is None or completed_at >= since)
            if is_done:
                entry.done += 1
                entry.done_lesson_ids.add(lesson.pk)
            elif entry.next_lesson is None:
                entry.next_lesson = lesson
            changed_since_completion = (
                entry.outdated
                and own is counting
                and lesson.changed_at is not None
                and lesson.changed_at > own.completed_at
            )
            if changed_since_completion:
                entry.changed_lessons.append((lesson, is_done))
    return progress


def completion_is_current(*, user, module: TrainingModule) -> bool:
    """The user completed `module` (or an equivalent, training.equivalence) and no substantive
    version of the completed module appeared since (training.versions). Expiry of the
    certificate is not considered here. Three queries; lists use progress_for_modules."""
    return progress_for_modules(user=user, modules=[module])[module.pk].is_current


PROGRAMME_GROUP_FIELDS = ("team_group_id", "staff_group_id", "editor_group_id", "manager_group_id")
ALL_VERSIONS_PARAM = "versies"


def in_reader_programme(user, *, programme_field: str = "owner_programme"):
    """An annotation: the row's programme is one the reader works in (team, staff, editors or
    managers group), as a subquery of the same query, so it costs no query of its own."""
    from django.contrib.auth import get_user_model
    from django.db.models import Exists, OuterRef

    if not user.is_authenticated:
        from django.db.models import Value

        return Value(False)
    condition = reduce(
        or_,
        (Q(group_id=OuterRef(f"{programme_field}__{name}")) for name in PROGRAMME_GROUP_FIELDS),
    )
    return Exists(get_user_model().groups.through.objects.filter(condition, user_id=user.pk))


def one_per_original(modules: list[TrainingModule]) -> list[TrainingModule]:
    """One entry per original with its adaptations (training.equivalence), in the order given:
    the version of the reader's programme if there is one, else the original. Each kept module
    gets `other_versions`, how many versions it stands for besides itself."""
    classes: dict[int, list[TrainingModule]] = {}
    for module in modules:
        classes.setdefault(module.equivalence_root_id, []).append(module)
    kept = []
    for members in classes.values():
        chosen = (
            next(
                (module for module in members if getattr(module, "in_my_programme", False)),
                next((module for module in members if module.adopted_from_module_id is None), None),
            )
            or members[0]
        )
        chosen.other_versions = len(members) - 1
        kept.append(chosen)
    return kept


def _versions_query(params, *, all_versions: bool) -> str:
    """The catalogue's query string with "all versions" switched on or off, filters kept."""
    from django.http import QueryDict

    query = params.copy() if isinstance(params, QueryDict) else QueryDict(mutable=True)
    query.pop(ALL_VERSIONS_PARAM, None)
    if all_versions:
        query[ALL_VERSIONS_PARAM] = "alle"
    return query.urlencode()


def catalogue_for(*, user, params) -> dict:
    """The catalogue's modules for a user, filtered by the query string, with progress: one
    entry per original and its adaptations (the reader's programme's version), unless all
    versions are asked for, and the reader's programmes' material first (not a filter)."""
    form = CatalogueFilterForm(params or None)
    chosen = valid_filters(form)  # a choice that no longer exists is reported and ignored
    all_versions = (params or {}).get(ALL_VERSIONS_PARAM) == "alle"
    modules = visible_modules(user).annotate(in_my_programme=in_reader_programme(user))
    if programme := chosen.get("programma"):
        modules = modules.filter(
            Q(owner_programme=programme) | Q(also_relevant_for=programme)
        ).distinct()
    if audience := chosen.get("doelgroep"):
        modules = modules.filter(audiences=audience).distinct()
    if tag := chosen.get("thema"):
        modules = modules.filter(tagged_items__tag=tag).distinct()
    modules = list(modules.prefetch_related("tags", "audiences").order_by("title"))
    if not all_versions:
        modules = one_per_original(modules)
    modules.sort(key=lambda module: not module.in_my_programme)  # stable: by title within
    return {
        "filter_form": form,
        "is_filtered": bool(chosen),
        "all_versions": all_versions,
        "versions_query": _versions_query(params, all_versions=not all_versions),
        "modules": modules,
        "progress": progress_for_modules(user=user, modules=modules),
    }


def module_overview(*, module: TrainingModule, user) -> dict:
    from .ledger_decisions import last_decision_of

    lessons = list(module.lessons().only("id", "title", "path", "url_path", "depth"))
    progress = progress_for_modules(user=user, modules=[module])[module.pk]
    prerequisites = list(module.prerequisites.live().order_by("title"))
    _own, completed_ids = enrolments_counting_for(user=user, modules=prerequisites)
    adopters = list(
        visible_modules(user)
        .filter(adopted_from_module=module)
        .annotate(in_my_programme=in_reader_programme(user))
        .order_by("title")
    )
    return {
        "lessons": [(lesson, lesson.pk in progress.done_lesson_ids) for lesson in lessons],
        "module_progress": progress,
        "prerequisites": [(item, item.pk in completed_ids) for item in prerequisites],
        "prerequisites_met": all(item.pk in completed_ids for item in prerequisites),
        "adopters": adopters,
        "my_programme_version": next(
            (adopter for adopter in adopters if adopter.in_my_programme), None
        ),
        "certificate": Certificate.objects.filter(
            user=user, module=module, superseded_at__isnull=True
        ).first(),
        "last_adoption_decision": last_decision_of(module),
    }


# The verdict the page already shows before an answer's feedback ("Juist." / "Onjuist.");
# editors often start their feedback with it too, which would say it twice.
LEADING_VERDICT = re.compile(
    r"^\s*(juist|onjuist|niet juist|correct|incorrect|not correct|fout|goed)\s*[.:!,;\u2013-]*\s*",
    re.IGNORECASE,
)


def feedback_without_verdict(feedback: str) -> str:
    rest = LEADING_VERDICT.sub("", feedback or "", count=1)
    return rest[:1].upper() + rest[1:]


@dataclass
class BodyItem:
    """A block of a lesson's body with what the learner did with it (checks, reflections)."""

    block: object
    result: KnowledgeCheckResult | None = None
    answers: list = field(default_factory=list)
    reflection: ReflectionAnswer | None = None
    # A check counts as passed unless the lesson is to be redone and it was passed before
    # that (training.versions): then it is to be answered again.
    passed: bool = False
    answer_again: bool = False


def lesson_overview(*, lesson: Lesson, user) -> dict:
    module = TrainingModule.objects.select_related("owner_programme").get(pk=lesson.get_parent().pk)
    progress = progress_for_modules(user=user, modules=[module])[module.pk]
    redo_after = progress.redo_since.get(lesson.pk)
    siblings = list(module.lessons().only("id", "title", "path", "url_path", "depth"))
    position = next((i for i, item in enumerate(siblings) if item.pk == lesson.pk), None)
    results = {
        result.check_id: result
        for result in KnowledgeCheckResult.objects.filter(user=user, lesson=lesson)
    }
    reflections = {
        answer.block_id: answer
        for answer in ReflectionAnswer.objects.filter(user=user, lesson=lesson)
    }
    items = []
    for block in lesson.body:
        item = BodyItem(block=block)
        if block.block_type == "knowledge_check":
            item.result = results.get(block.id)
            chosen = set(item.result.last_answers) if item.result else set()
            item.passed = bool(item.result and item.result.passed)
            if item.passed and redo_after is not None:
                passed_at = item.result.passed_at
                item.passed = passed_at is not None and passed_at >= redo_after
                item.answer_again = not item.passed
            # After a failed attempt the boxes start empty again; the feedback on the
            # answers chosen last time stays.
            keep_checked = item.passed
            item.answers = [
                {
                    "index": index,
                    "value": answer,
                    "chosen": index in chosen,
                    "checked": keep_checked and index in chosen,
                    "feedback": feedback_without_verdict(answer["feedback"]),
                }
                for index, answer in enumerate(block.value["answers"])
            ]
        elif block.block_type == "reflection":
            item.reflection = reflections.get(block.id)
        items.append(item)
    prerequisites = list(module.prerequisites.live().order_by("title"))
    _own, completed_prerequisites = enrolments_counting_for(user=user, modules=prerequisites)
    return {
        "module": module,
        "body_items": items,
        "module_progress": progress,
        "lesson_done": lesson.pk in progress.done_lesson_ids,
        "checks_open": sum(
            1 for item in items if item.block.block_type == "knowledge_check" and not item.passed
        ),
        "lesson_to_redo": redo_after is not None and lesson.pk not in progress.done_lesson_ids,
        "unmet_prerequisites": [
            item for item in prerequisites if item.pk not in completed_prerequisites
        ],
        "previous_lesson": siblings[position - 1] if position else None,
        "next_lesson": siblings[position + 1]
        if position is not None and position + 1 < len(siblings)
        else None,
        "lesson_number": (position or 0) + 1,
        "lesson_count": len(siblings),
    }


@dataclass
class ContinueItem:
    module: TrainingModule
    progress: ModuleProgress


def continue_learning(*, user, limit: int = 3) -> list[ContinueItem]:
    """The modules a learner started and has not finished, or has lessons to redo in (a
    substantive new version, a renewal), the most recent first, each with the exact next
    lesson."""
    enrolments = list(
        ModuleEnrolment.objects.filter(user=user, module__in=visible_modules(user).values("pk"))
        .annotate(outdated_since=outdated_since())
        .filter(
            Q(completed_at__isnull=True)
            | Q(outdated_since__isnull=False)
            | Q(renewal_started_at__isnull=False)
        )
        .select_related("module__owner_programme")
        .order_by("-last_activity_at")[:limit]
    )
    modules = [enrolment.module for enrolment in enrolments]
    progress = progress_for_modules(user=user, modules=modules)
    return [
        ContinueItem(module=module, progress=progress[module.pk])
        for module in modules
        if progress[module.pk].next_lesson is not None
    ]


def normalise_certificate_code(code: str) -> str:
    """Codes are read aloud and typed over: ignore case, spaces and dashes."""
    # ASCII only: codes are made of A-Z and 0-9, and the result goes into a slug route.
    return "".join(c for c in code.upper() if c.isascii() and c.isalnum())


def certificate_by_code(*, code: str) -> Certificate | None:
    return (
        Certificate.objects.select_related("user", "module")
        .filter(code=normalise_certificate_code(code))
        .first()
    )


def certificates_of(*, user) -> list[Certificate]:
    """The user's current certificates (a renewed one replaces the earlier in the list)."""
    return list(
        Certificate.objects.filter(user=user, superseded_at__isnull=True).select_related("module")
    )


# Learning paths and "my learning" --------------------------------------------------------------


@dataclass
class PathProgress:
    """A learner in a learning path. A module counts as completed while its certificate is
    valid: when it expired, the module is due again (from the day it expired) and the path
    is no longer completed (recertification)."""

    path: object
    modules: list = field(default_factory=list)  # (module, ModuleProgress)
    due_date: object = None
    mandatory: bool = False

    @property
    def completed_count(self) -> int:
        """Modules completed and current: an expired certificate or a substantive version
        makes a module due again."""
        return sum(1 for _module, progress in self.modules if progress.current)

    @property
    def expired_modules(self) -> list:
        return [module for module, progress in self.modules if progress.expired]

    @property
    def renew_by(self):
        """The earliest expiry date of the path's valid certificates: renew before then."""
        dates = [progress.expires_on for _module, progress in self.modules if progress.current]
        return min((date for date in dates if date is not None), default=None)

    @property
    def renewal_due_soon(self) -> bool:
        return any(progress.current and progress.expiring for _module, progress in self.modules)

    @property
    def completed(self) -> bool:
        return bool(self.modules) and self.completed_count == len(self.modules)

    @property
    def percent(self) -> int:
        return rounded_percent(self.completed_count, len(self.modules))

    @property
    def duration(self) -> int:
        """Minutes the path's modules take together."""
        return sum(module.estimated_duration for module, _progress in self.modules)

    @property
    def next_module(self):
        """The first module not completed yet (or expired), where "Begin"/"Continue" sends the
        reader."""
        return next((module for module, progress in self.modules if not progress.current), None)

    @property
    def started(self) -> bool:
        return any(progress.started or progress.completed for _module, progress in self.modules)

    @property
    def overdue(self) -> bool:
        from django.utils import timezone

        return (
            self.due_date is not None
            and not self.completed
            and self.due_date < timezone.localdate()
        )


def _paths_queryset(user):
    """Paths with their modules; per module, the live adaptation of it by a programme the reader
    works in (title and slug, as subqueries of the same query), so that the path sends the
    reader to their programme's version."""
    from django.db.models import OuterRef, Subquery

    from .models import LearningPath

    reader_version = (
        TrainingModule.objects.live()
        .filter(adopted_from_module=OuterRef("module_id"))
        .annotate(mine=in_reader_programme(user))
        .filter(mine=True)
        .order_by("title")
    )
    return LearningPath.objects.select_related("audience").prefetch_related(
        Prefetch(
            "path_modules",
            queryset=LearningPathModule.objects.filter(module__live=True)
            .select_related("module__owner_programme")
            .annotate(
                reader_version_id=Subquery(reader_version.values("pk")[:1]),
                reader_version_title=Subquery(reader_version.values("title")[:1]),
                reader_version_slug=Subquery(reader_version.values("slug")[:1]),
            )
            .order_by("sort_order"),
        ),
        "requirements",
    )


def _send_to_reader_version(item) -> TrainingModule:
    """The path's module, carrying where the reader's programme's version of it is."""
    module = item.module
    module.reader_version_id = item.reader_version_id
    if item.reader_version_id is not None:
        module.reader_version_title = item.reader_version_title
        # Modules are siblings under the catalogue: the version's address differs by its slug.
        module.reader_version_url = (
            module.url.rsplit(f"{module.slug}/", 1)[0] + f"{item.reader_version_slug}/"
        )
    return module


def due_dates_for(*, user, paths) -> dict[int, object]:
    """The due date of each path that is mandatory for the user: the earliest over the groups
    that make it mandatory, counted from when the user joined that group. (A module whose
    certificate expired is due again from its expiry date: path_progress_for.)"""
    from .models import GroupMembership

    joined = {
        membership.group_id: membership.joined_at
        for membership in GroupMembership.objects.filter(user=user)
    }
    group_ids = set(user.groups.values_list("id", flat=True))
    due = {}
    for path in paths:
        for requirement in path.requirements.all():
            if requirement.group_id not in group_ids:
                continue
            date = requirement.due_for(joined.get(requirement.group_id, user.date_joined))
            if path.pk not in due or date < due[path.pk]:
                due[path.pk] = date
    return due


def path_progress_for(*, user, paths) -> list[PathProgress]:
    paths = list(paths)
    modules = {item.module.pk: item.module for path in paths for item in path.path_modules.all()}
    progress = progress_for_modules(user=user, modules=list(modules.values()))
    due = due_dates_for(user=user, paths=paths)
    for path in paths:
        for item in path.path_modules.all():
            entry = progress[item.module.pk]
            # Completing one's own programme's version is simply "completed" in the path.
            if entry.completed_via is not None and entry.completed_via.pk == item.reader_version_id:
                entry.completed_via = None
                entry.done = entry.total
    return [
        PathProgress(
            path=path,
            modules=[
                (_send_to_reader_version(item), progress[item.module.pk])
                for item in path.path_modules.all()
            ],
            due_date=path_due_date(
                due.get(path.pk),
                [progress[item.module.pk] for item in path.path_modules.all()],
            ),
            mandatory=path.pk in due,
        )
        for path in paths
    ]


def path_due_date(required_by, progress: list[ModuleProgress]):
    """When a mandatory path is due: by the requirement's date while a module was never
    completed; a module whose certificate expired was due on the day it expired."""
    if required_by is None:
        return None
    dates = [
        item.expires_on if item.expired else required_by for item in progress if not item.current
    ]
    return min(dates, default=required_by)


def learning_paths_for(*, user) -> list[PathProgress]:
    return path_progress_for(user=user, paths=_paths_queryset(user))


def learning_path_for(*, user, slug: str) -> PathProgress | None:
    paths = list(_paths_queryset(user).filter(slug=slug))
    return path_progress_for(user=user, paths=paths)[0] if paths else None


def my_learning(*, user) -> dict:
    """Everything of /mijn-leeromgeving/: mandatory paths (overdue first), modules in
    progress, completed modules and certificates."""
    paths = learning_paths_for(user=user)
    mandatory = sorted(
        (item for item in paths if item.mandatory),
        key=lambda item: (item.completed, not item.overdue, item.due_date),
    )
    enrolments = list(
        ModuleEnrolment.objects.filter(user=user, module__in=visible_modules(user).values("pk"))
        .select_related("module__owner_programme")
        .order_by("-last_activity_at")
    )
    modules = [enrolment.module for enrolment in enrolments]
    progress = progress_for_modules(user=user, modules=modules)
    started_path_ids = {
        item.path.pk
        for item in paths
        if any(module_progress.started for _module, module_progress in item.modules)
    }
    return {
        "mandatory_paths": mandatory,
        "other_paths": [
            item for item in paths if not item.mandatory and item.path.pk in started_path_ids
        ],
        "modules_in_progress": [
            (module, progress[module.pk]) for module in modules if not progress[module.pk].completed
        ],
        # Completed, with lessons to redo: a substantive new version, or a renewal.
        "modules_changed": [
            (module, progress[module.pk]) for module in modules if progress[module.pk].redo_count
        ],
        "modules_completed": [
            (module, progress[module.pk]) for module in modules if progress[module.pk].completed
        ],
        "certificates": certificates_of(user=user),
        "overdue_count": sum(1 for item in mandatory if item.overdue),
    }


# Manager report ---------------------------------------------------------------------------------


def managed_programmes(*, user) -> QuerySet[Programme]:
    """Programmes whose individual progress the user may see: they are in its managers group."""
    if not user.is_authenticated:
        return Programme.objects.none()
    return Programme.objects.filter(manager_group__user=user)


def may_see_training_report(user) -> bool:
    from portal.constants import Role

    return user.is_active and (
        user.is_superuser
        or user.groups.filter(name__in=[Role.MANAGER, Role.REDACTIE]).exists()
        or managed_programmes(user=user).exists()
    )


def team_user_ids(*, programme: Programme | None = None, group=None) -> list[int]:
    """The learners of a report: the programme's team, a group, or both intersected."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(is_active=True)
    if programme is not None:
        users = users.filter(groups=programme.team_group_id)
    if group is not None:
        users = users.filter(groups=group)
    return list(users.values_list("id", flat=True).distinct())


def module_completion_report(*, user_ids: list[int]) -> QuerySet[TrainingModule]:
    """Every live module with how many of the learners started and completed it, in one query
    (subqueries), however many learners and modules there are. A module counts the learners of
    its whole class (training.equivalence): whoever completed the Radicalisering version of a
    Top600 module completed the original too, and the other way round. A completion that a
    substantive version outdated (training.versions) counts as started, not completed, until the
    learner redid the changed lessons."""
    from django.db.models import Count, IntegerField, OuterRef, Subquery
    from django.db.models.functions import Coalesce

    from .versions import completion_outdated

    def learners(*, current_only=False, **conditions):
        enrolments = ModuleEnrolment.objects.filter(
            user_id__in=user_ids, module__live=True, **conditions
        )
        if current_only:
            enrolments = enrolments.exclude(completion_outdated())
        return Coalesce(
            Subquery(
                enrolments.annotate(root=Coalesce("module__adopted_from_module_id", "module_id"))
                .filter(root=OuterRef("root"))
                .order_by()
                .values("root")
                .annotate(learners=Count("user_id", distinct=True))
                .values("learners"),
                output_field=IntegerField(),
            ),
            0,
        )

    return (
        TrainingModule.objects.live()
        .select_related("owner_programme")
        .annotate(root=Coalesce("adopted_from_module_id", "id"))
        .annotate(
            started_count=learners(),
            completed_count=learners(current_only=True, completed_at__isnull=False),
        )
        .order_by("owner_programme__sort_order", "title")
    )


@dataclass
class CertificateExpiryCount:
    expiring: int = 0
    expired: int = 0


def certificate_expiry_counts(*, user_ids: list[int]) -> dict[int, CertificateExpiryCount]:
    """Per class (original id, training.equivalence): how many of the learners hold a
    certificate of it that expires within EXPIRING_WITHIN_DAYS days, and how many hold only
    expired ones. One query, however many learners and modules."""
    from django.utils import timezone

    today = timezone.localdate()
    counts = {}
    for classes in completed_classes(user_ids=user_ids).values():
        for root, expires_on in classes.items():
            if is_expired(expires_on, today=today):
                counts.setdefault(root, CertificateExpiryCount()).expired += 1
            elif is_expiring(expires_on, today=today):
                counts.setdefault(root, CertificateExpiryCount()).expiring += 1
    return counts


@dataclass
class OverdueLine:
    path: object
    group: object
    mandatory_count: int = 0
    overdue_count: int = 0
    completed_count: int = 0
    # Learners for whom the path is due again because a certificate expired, and learners
    # who completed it with a certificate that expires soon (training.equivalence).
    expired_count: int = 0
    expiring_count: int = 0


def overdue_report(*, user_ids: list[int]) -> list[OverdueLine]:
    """Per mandatory learning path and group: how many of the learners it applies to, how many
    completed it (with valid certificates) and how many are past the due date; a module whose
    certificate expired is due again from its expiry date. A fixed number of queries."""
    from django.contrib.auth import get_user_model
    from django.db.models.functions import Coalesce
    from django.utils import timezone

    from .models import GroupMembership, LearningPathRequirement

    requirements = list(
        LearningPathRequirement.objects.select_related("path", "group").prefetch_related(
            Prefetch(
                "path__path_modules",
                queryset=LearningPathModule.objects.filter(module__live=True).annotate(
                    module_root=Coalesce("module__adopted_from_module_id", "module_id")
                ),
            )
        )
    )
    if not requirements or not user_ids:
        return []
    group_ids = {requirement.group_id for requirement in requirements}
    User = get_user_model()
    members = {}
    for user_id, group_id in User.groups.through.objects.filter(
        user_id__in=user_ids, group_id__in=group_ids
    ).values_list("user_id", "group_id"):
        members.setdefault(group_id, set()).add(user_id)
    joined = {
        (user_id, group_id): joined_at
        for user_id, group_id, joined_at in GroupMembership.objects.filter(
            user_id__in=user_ids, group_id__in=group_ids
        ).values_list("user_id", "group_id", "joined_at")
    }
    date_joined = dict(User.objects.filter(id__in=user_ids).values_list("id", "date_joined"))
    # Completed classes (originals) with their expiry, so that an adaptation counts for its
    # original, and an expired certificate or a substantive version makes the module due again.
    completed = completed_classes(user_ids=user_ids, current_versions_only=True)
    today = timezone.localdate()
    lines = []
    for requirement in requirements:
        roots = {item.module_root for item in requirement.path.path_modules.all()}
        line = OverdueLine(path=requirement.path, group=requirement.group)
        for user_id in members.get(requirement.group_id, ()):
            line.mandatory_count += 1
            classes = completed.get(user_id, {})
            expired = {
                root for root in roots if root in classes and is_expired(classes[root], today=today)
            }
            never = {root for root in roots if root not in classes}
            if not expired and not never:
                line.completed_count += 1
                if any(is_expiring(classes[root], today=today) for root in roots):
                    line.expiring_count += 1
                continue
            if expired:
                line.expired_count += 1
            since = joined.get((user_id, requirement.group_id), date_joined[user_id])
            dates = [classes[root] for root in expired]
            if never:
                dates.append(requirement.due_for(since))
            if min(dates) < today:
                line.overdue_count += 1
        if line.mandatory_count:
            lines.append(line)
    return lines
