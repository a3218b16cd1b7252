"""Demo content of the training app: the catalogue, modules with their lessons (see
demo_content/modules.py) and progress for the demo users, so that every screen has something to
show. Deterministic and idempotent: what exists (by slug) is left alone, and progress is saved
through the same idempotent services the views use."""

import calendar
import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from portal.models import Audience, HomePage, Programme

from . import services
from .demo_content.modules import (
    ADOPTED_MODULES,
    CATALOGUE_INTRO,
    EXPIRING_CERTIFICATES,
    INTEGRAL_ADOPTIONS,
    LEDGER_DECISIONS,
    MODULES,
    NEW_VERSIONS,
)
from .demo_content.paths import LEARNING_PATHS
from .factories import LessonFactory, TrainingIndexPageFactory, TrainingModuleFactory
from .models import (
    Certificate,
    LearningPath,
    LearningPathModule,
    LearningPathRequirement,
    Lesson,
    ModuleEnrolment,
    TrainingIndexPage,
    TrainingModule,
)


def publish(page):
    page.save_revision().publish()
    return page


def seed_catalogue() -> TrainingIndexPage:
    index = TrainingIndexPage.objects.first()
    if index is None:
        index = publish(
            TrainingIndexPageFactory(parent=HomePage.objects.get(), intro=CATALOGUE_INTRO)
        )
    return index


def seed_module(index: TrainingIndexPage, spec: dict, editor) -> TrainingModule:
    module = TrainingModule.objects.filter(slug=spec["slug"]).first()
    if module is not None:
        return module
    adopted_from = (
        TrainingModule.objects.get(slug=spec["adopted_from"]) if spec.get("adopted_from") else None
    )
    goals = "".join(f"<li>{goal}</li>" for goal in spec["goals"])
    module = TrainingModuleFactory(
        parent=index,
        slug=spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        learning_goals=f"<ul>{goals}</ul>",
        owner_programme=Programme.objects.get(slug=spec["programme"]),
        estimated_duration=spec["duration"],
        version=(spec.get("earlier_versions") or [spec["version"]])[0],
        content_owner=editor,
        adopted_from_module=adopted_from,
        adopted_from_programme=adopted_from.owner_programme if adopted_from else None,
        adopted_version=spec.get("adopted_version", ""),
        adaptation_notes=spec.get("adaptation_notes", ""),
        validity_months=spec.get("validity_months"),
    )
    module.tags.add(*spec.get("tags", []))
    module.audiences.set(Audience.objects.filter(code__in=spec.get("audiences", [])))
    module.also_relevant_for.set(
        Programme.objects.filter(slug__in=spec.get("also_relevant_for", []))
    )
    module.prerequisites.set(TrainingModule.objects.filter(slug__in=spec.get("prerequisites", [])))
    module.save()
    lessons = spec["lessons"]
    if spec.get("note"):
        from .demo_content.modules import adapted

        lessons = adapted(lessons, intro_note=spec["note"])
    # The lessons first, then the module's first version: the revision an adaptation adopts
    # comes after the lessons it had, so the adoption ledger compares lesson by lesson.
    created = {}
    for lesson in lessons:
        created[lesson["slug"]] = publish(
            LessonFactory(
                parent=module,
                slug=lesson["slug"],
                title=lesson["title"],
                intro=lesson["intro"],
                body=lesson["body"],
            )
        )
    publish(module)
    for version in [*spec.get("earlier_versions", [])[1:], spec["version"]]:
        if version != module.version:
            for slug, fields in spec.get("lesson_changes", {}).get(version, {}).items():
                lesson = created[slug]
                for field, value in fields.items():
                    setattr(lesson, field, value)
                publish(lesson)
            module.version = version
            publish(module)
    return module


def seed_integral_adoptions(editor) -> None:
    """Integral adoptions made the way programme staff make them, then approved."""
    from .adoption import adopt_module

    for original_slug, programme_slug in INTEGRAL_ADOPTIONS:
        original = TrainingModule.objects.get(slug=original_slug)
        programme = Programme.objects.get(slug=programme_slug)
        if TrainingModule.objects.filter(
            adopted_from_module=original, owner_programme=programme
        ).exists():
            continue
        adoption = adopt_module(
            user=editor, original=original, programme=programme, integrally=True
        )
        state = adoption.current_workflow_state
        if state is not None:
            state.cancel(user=editor)
        adoption.get_latest_revision().publish(user=editor)


def seed_ledger_decisions(editor) -> None:
    from .ledger_decisions import decide
    from .models import AdoptionDecision

    for spec in LEDGER_DECISIONS:
        adaptation = TrainingModule.objects.get(slug=spec["adaptation"])
        if AdoptionDecision.objects.filter(adaptation=adaptation).exists():
            continue
        decide(
            user=editor,
            adaptation=adaptation,
            choice=spec["choice"],
            slug=spec["lesson"],
            reason=spec["reason"],
        )


def seed_learning_path(spec: dict) -> None:
    if LearningPath.objects.filter(slug=spec["slug"]).exists():
        return
    path = LearningPath.objects.create(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec["intro"],
        audience=Audience.objects.filter(code=spec["audience"]).first(),
    )
    for order, slug in enumerate(spec["modules"]):
        LearningPathModule.objects.create(
            path=path, module=TrainingModule.objects.get(slug=slug), sort_order=order
        )
    for order, requirement in enumerate(spec.get("mandatory_for", [])):
        LearningPathRequirement.objects.create(
            path=path,
            group=Group.objects.get(name=requirement["group"]),
            due_after_days=requirement.get("due_after_days"),
            due_date=requirement.get("due_date"),
            sort_order=order,
        )


def pass_checks(user, lesson: Lesson) -> None:
    for block in lesson.knowledge_checks():
        correct = [
            str(index)
            for index, answer in enumerate(block.value["answers"])
            if answer["is_correct"]
        ]
        result = lesson.knowledge_check_results.filter(user=user, check_id=block.id).first()
        if result is None or not result.passed:
            services.knowledge_check_submit(
                user=user, lesson=lesson, check_id=block.id, selected=correct
            )


def complete_lessons(user, module: TrainingModule, count: int | None = None) -> None:
    done = set(user.lesson_completions.values_list("lesson_id", flat=True))
    for lesson in list(module.lessons())[:count]:
        if lesson.pk in done:  # a second run changes nothing, not even the activity time
            continue
        lesson = lesson.specific
        pass_checks(user, lesson)
        services.lesson_mark_completed(user=user, lesson=lesson)


def seed_progress() -> None:
    """The regisseur (Radicalisering) completed the Radicalisering regie and monitor modules
    (certificates; the monitor adaptation counts for the Top600 original in the path
    "Regisseursopleiding") and started the Top600 conversation module; a colleague in the team
    has progress too, so the manager's report shows a team."""
    users = {user.username: user for user in get_user_model().objects.all()}
    modules = {module.slug: module for module in TrainingModule.objects.all()}
    regisseur = users.get("regisseur")
    if regisseur is not None:
        complete_lessons(regisseur, modules["regie-voeren-radicalisering"])
        complete_lessons(regisseur, modules["monitoren-radicalisering"])
        complete_lessons(regisseur, modules["gespreksvoering-met-ouders-en-broers-en-zussen"], 1)
    newcomer = users.get("nieuwe-medewerker")
    if newcomer is not None:
        complete_lessons(newcomer, modules["regie-voeren-radicalisering"], count=2)
    colleague = users.get("medewerker-radicalisering")
    if colleague is not None:
        complete_lessons(colleague, modules["regie-voeren-radicalisering"])
        complete_lessons(colleague, modules["de-pijlers-straf-zorg-en-brusjes"])


def seed_new_versions() -> None:
    """Versions published after the demo learners completed the module: the changed lessons
    first, then the module with its new version and kind of change (training.versions)."""
    for spec in NEW_VERSIONS:
        module = TrainingModule.objects.get(slug=spec["module"])
        if module.version == spec["version"]:
            continue
        for slug, fields in spec["lesson_changes"].items():
            lesson = Lesson.objects.child_of(module).get(slug=slug).specific
            for name, value in fields.items():
                setattr(lesson, name, value)
            publish(lesson)
        module.version = spec["version"]
        module.change_kind = spec["kind"]
        publish(module)


def _months_before(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def seed_expiring_certificates() -> None:
    """Move a demo completion back in time, so that its certificate expires within a month.
    Only a certificate issued recently (by this seeding) is moved, so a second run keeps it."""
    now = timezone.now()
    for username, slug, days in EXPIRING_CERTIFICATES:
        certificate = (
            Certificate.objects.filter(
                user__username=username, module__slug=slug, superseded_at__isnull=True
            )
            .select_related("module")
            .first()
        )
        months = certificate.module.validity_months if certificate else None
        if not months or certificate.issued_at < now - datetime.timedelta(days=30):
            continue
        expires_on = timezone.localdate() + datetime.timedelta(days=days)
        issued_on = _months_before(expires_on, months)
        issued_at = now - datetime.timedelta(days=(timezone.localdate() - issued_on).days)
        Certificate.objects.filter(pk=certificate.pk).update(
            issued_at=issued_at,
            expires_on=services.certificate_expiry(module=certificate.module, issued_on=issued_on),
        )
        ModuleEnrolment.objects.filter(
            user=certificate.user_id, module=certificate.module_id
        ).update(completed_at=issued_at, last_activity_at=issued_at)


@transaction.atomic
def seed_training(log=lambda message: None) -> None:
    index = seed_catalogue()
    editor = get_user_model().objects.filter(username="redactie").first()
    for spec in MODULES:
        seed_module(index, spec, editor)
    log(f"{len(MODULES)} modules ({len(ADOPTED_MODULES)} overgenomen van Top600)")
    if editor is not None:
        seed_integral_adoptions(editor)
        seed_ledger_decisions(editor)
        log(f"{len(INTEGRAL_ADOPTIONS)} integraal overgenomen, beslissingen over overname")
    for spec in LEARNING_PATHS:
        seed_learning_path(spec)
    log(f"{len(LEARNING_PATHS)} leerpaden")
    seed_progress()
    seed_new_versions()
    seed_expiring_certificates()
    log("voortgang van de demogebruikers, een nieuwe versie en een certificaat dat verloopt")


seed_training.order = 20
