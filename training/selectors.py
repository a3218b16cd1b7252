"""Reads of the training app. Progress is always read for one user (the logged-in one) and
for many modules at once with a fixed number of queries, whatever the number of modules,
lessons or learners."""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Prefetch, Q, QuerySet

from portal.forms import valid_filters
from portal.models import Programme
from portal.selectors import exclude_restricted

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


@dataclass
class ModuleProgress:
    """One learner's progress in one module, over its current (live) lessons."""

    total: int = 0
    done: int = 0
    started: bool = False
    completed: bool = False
    next_lesson: Lesson | None = None
    done_lesson_ids: set = field(default_factory=set)

    @property
    def percent(self) -> int:
        if self.completed and self.done >= self.total:
            return 100
        return self.done * 100 // self.total if self.total else 0

    @property
    def has_new_lessons(self) -> bool:
        """Completed earlier, but lessons were added since."""
        return self.completed and self.done < self.total


def visible_modules(user) -> QuerySet[TrainingModule]:
    return exclude_restricted(
        TrainingModule.objects.live().select_related(
            "owner_programme", "adopted_from_programme", "adopted_from_module"
        ),
        user,
    )


def progress_for_modules(*, user, modules: list[TrainingModule]) -> dict[int, ModuleProgress]:
    """Progress per module id, in three queries for any number of modules."""
    if not modules:
        return {}
    by_path = {module.path: module for module in modules}
    lessons = list(
        Lesson.objects.live()
        .filter(reduce(or_, (Q(path__startswith=path) for path in by_path)))
        .filter(depth=modules[0].depth + 1)
        .only("id", "title", "path", "url_path", "depth")
        .order_by("path")
    )
    done = set(
        LessonCompletion.objects.filter(user=user, lesson__in=lessons).values_list(
            "lesson_id", flat=True
        )
    )
    enrolments = {
        enrolment.module_id: enrolment
        for enrolment in ModuleEnrolment.objects.filter(user=user, module__in=modules)
    }
    progress = {
        module.pk: ModuleProgress(
            started=module.pk in enrolments,
            completed=module.pk in enrolments and enrolments[module.pk].completed_at is not None,
        )
        for module in modules
    }
    for lesson in lessons:
        module = by_path.get(lesson.path[: -Lesson.steplen])
        if module is None:
            continue
        entry = progress[module.pk]
        entry.total += 1
        if lesson.pk in done:
            entry.done += 1
            entry.done_lesson_ids.add(lesson.pk)
        elif entry.next_lesson is None:
            entry.next_lesson = lesson
    return progress


def catalogue_for(*, user, params) -> dict:
    """The catalogue's modules for a user, filtered by the query string, with progress."""
    form = CatalogueFilterForm(params or None)
    chosen = valid_filters(form)  # a choice that no longer exists is reported and ignored
    modules = visible_modules(user)
    if programme := chosen.get("programma"):
        modules = modules.filter(
            Q(owner_programme=programme) | Q(also_relevant_for=programme)
        ).distinct()
    if audience := chosen.get("doelgroep"):
        modules = modules.filter(audiences=audience).distinct()
    if tag := chosen.get("thema"):
        modules = modules.filter(tagged_items__tag=tag).distinct()
    modules = list(modules.prefetch_related("tags", "audiences").order_by("title"))
    return {
        "filter_form": form,
        "is_filtered": bool(chosen),
        "modules": modules,
        "progress": progress_for_modules(user=user, modules=modules),
    }


def module_overview(*, module: TrainingModule, user) -> dict:
    lessons = list(module.lessons().only("id", "title", "path", "url_path", "depth"))
    progress = progress_for_modules(user=user, modules=[module])[module.pk]
    prerequisites = list(module.prerequisites.live().order_by("title"))
    completed_ids = set(
        ModuleEnrolment.objects.filter(
            user=user, module__in=prerequisites, completed_at__isnull=False
        ).values_list("module_id", flat=True)
    )
    return {
        "lessons": [(lesson, lesson.pk in progress.done_lesson_ids) for lesson in lessons],
        "module_progress": progress,
        "prerequisites": [(item, item.pk in completed_ids) for item in prerequisites],
        "prerequisites_met": all(item.pk in completed_ids for item in prerequisites),
        "adopters": list(
            visible_modules(user).filter(adopted_from_module=module).order_by("title")
        ),
        "certificate": Certificate.objects.filter(user=user, module=module).first(),
    }


@dataclass
class BodyItem:
    """A block of a lesson's body with what the learner did with it (checks, reflections)."""

    block: object
    result: KnowledgeCheckResult | None = None
    answers: list = field(default_factory=list)
    reflection: ReflectionAnswer | None = None


def lesson_overview(*, lesson: Lesson, user) -> dict:
    module = TrainingModule.objects.select_related("owner_programme").get(pk=lesson.get_parent().pk)
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
            item.answers = [
                {"index": index, "value": answer, "chosen": index in chosen}
                for index, answer in enumerate(block.value["answers"])
            ]
        elif block.block_type == "reflection":
            item.reflection = reflections.get(block.id)
        items.append(item)
    progress = progress_for_modules(user=user, modules=[module])[module.pk]
    prerequisites = list(module.prerequisites.live().order_by("title"))
    completed_prerequisites = set(
        ModuleEnrolment.objects.filter(
            user=user, module__in=prerequisites, completed_at__isnull=False
        ).values_list("module_id", flat=True)
    )
    return {
        "module": module,
        "body_items": items,
        "module_progress": progress,
        "lesson_done": lesson.pk in progress.done_lesson_ids,
        "checks_open": sum(
            1
            for item in items
            if item.block.block_type == "knowledge_check"
            and not (item.result and item.result.passed)
        ),
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
    """The modules a learner started and has not finished, the most recent first, each with
    the exact next lesson."""
    enrolments = list(
        ModuleEnrolment.objects.filter(
            user=user,
            completed_at__isnull=True,
            module__in=visible_modules(user).values("pk"),
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
    return list(Certificate.objects.filter(user=user).select_related("module"))


# Learning paths and "my learning" --------------------------------------------------------------


@dataclass
class PathProgress:
    path: object
    modules: list = field(default_factory=list)  # (module, ModuleProgress)
    due_date: object = None
    mandatory: bool = False

    @property
    def completed_count(self) -> int:
        return sum(1 for _module, progress in self.modules if progress.completed)

    @property
    def completed(self) -> bool:
        return bool(self.modules) and self.completed_count == len(self.modules)

    @property
    def percent(self) -> int:
        return self.completed_count * 100 // len(self.modules) if self.modules else 0

    @property
    def overdue(self) -> bool:
        from django.utils import timezone

        return (
            self.due_date is not None
            and not self.completed
            and self.due_date < timezone.localdate()
        )


def _paths_queryset():
    from .models import LearningPath

    return LearningPath.objects.select_related("audience").prefetch_related(
        Prefetch(
            "path_modules",
            queryset=LearningPathModule.objects.filter(module__live=True)
            .select_related("module__owner_programme")
            .order_by("sort_order"),
        ),
        "requirements",
    )


def due_dates_for(*, user, paths) -> dict[int, object]:
    """The due date of each path that is mandatory for the user: the earliest over the groups
    that make it mandatory, counted from when the user joined that group."""
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
    return [
        PathProgress(
            path=path,
            modules=[(item.module, progress[item.module.pk]) for item in path.path_modules.all()],
            due_date=due.get(path.pk),
            mandatory=path.pk in due,
        )
        for path in paths
    ]


def learning_paths_for(*, user) -> list[PathProgress]:
    return path_progress_for(user=user, paths=_paths_queryset())


def learning_path_for(*, user, slug: str) -> PathProgress | None:
    paths = list(_paths_queryset().filter(slug=slug))
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
    (annotations), however many learners and modules there are."""
    from django.db.models import Count
    from django.db.models import Q as Where

    in_team = Where(enrolments__user_id__in=user_ids)
    return (
        TrainingModule.objects.live()
        .select_related("owner_programme")
        .annotate(
            started_count=Count("enrolments", filter=in_team, distinct=True),
            completed_count=Count(
                "enrolments",
                filter=in_team & Where(enrolments__completed_at__isnull=False),
                distinct=True,
            ),
        )
        .order_by("owner_programme__sort_order", "title")
    )


@dataclass
class OverdueLine:
    path: object
    group: object
    mandatory_count: int = 0
    overdue_count: int = 0
    completed_count: int = 0


def overdue_report(*, user_ids: list[int]) -> list[OverdueLine]:
    """Per mandatory learning path and group: how many of the learners it applies to, how many
    completed it and how many are past the due date. A fixed number of queries."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from .models import GroupMembership, LearningPathRequirement

    requirements = list(
        LearningPathRequirement.objects.select_related("path", "group").prefetch_related(
            Prefetch(
                "path__path_modules",
                queryset=LearningPathModule.objects.filter(module__live=True),
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
    completed = {}
    for user_id, module_id in ModuleEnrolment.objects.filter(
        user_id__in=user_ids, completed_at__isnull=False
    ).values_list("user_id", "module_id"):
        completed.setdefault(user_id, set()).add(module_id)
    today = timezone.localdate()
    lines = []
    for requirement in requirements:
        module_ids = {item.module_id for item in requirement.path.path_modules.all()}
        line = OverdueLine(path=requirement.path, group=requirement.group)
        for user_id in members.get(requirement.group_id, ()):
            line.mandatory_count += 1
            if module_ids <= completed.get(user_id, set()):
                line.completed_count += 1
                continue
            since = joined.get((user_id, requirement.group_id), date_joined[user_id])
            if requirement.due_for(since) < today:
                line.overdue_count += 1
        if line.mandatory_count:
            lines.append(line)
    return lines
