"""Writes of the training app. Every function takes the learner explicitly (views pass
request.user, never a user from the URL), is idempotent and leans on the unique constraints of
the progress models: two requests saving the same progress at once make one record."""

import calendar
import secrets

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.privacy import personal_data_message

from .constants import CERTIFICATE_CODE_ALPHABET, CERTIFICATE_CODE_LENGTH, rounded_percent
from .equivalence import enrolments_counting_for
from .models import (
    Certificate,
    KnowledgeCheckResult,
    Lesson,
    LessonCompletion,
    ModuleEnrolment,
    ReflectionAnswer,
    TrainingModule,
)
from .versions import enrolment_with_versions, lessons_to_redo, lessons_with_changes, redo_since


class TrainingError(Exception):
    """A write that the domain rules refuse; `message` is shown to the learner."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class PrerequisitesNotMet(TrainingError):
    pass


class KnowledgeChecksNotPassed(TrainingError):
    pass


class InvalidAnswer(TrainingError):
    pass


class PersonalDataInAnswer(InvalidAnswer):
    """A reflection answer that seems to hold client data: private or not, it must not be
    stored. The learner is shown `message` on the field with their text kept, to rewrite."""


def _get_or_create(model, **lookup):
    """get_or_create that survives a concurrent insert of the same row: the loser of the race
    hits the unique constraint and reads the winner's row."""
    try:
        with transaction.atomic():
            return model.objects.get_or_create(**lookup)
    except IntegrityError:
        return model.objects.get(**lookup), False


def module_of(lesson: Lesson) -> TrainingModule:
    return TrainingModule.objects.get(pk=lesson.get_parent().pk)


def unmet_prerequisites(*, user, module: TrainingModule) -> list[TrainingModule]:
    """Required modules the user has not completed, nor an equivalent of (the original or an
    adaptation of it, training.equivalence)."""
    required = list(module.prerequisites.live().order_by("title"))
    if not required:
        return []
    _own, completed = enrolments_counting_for(user=user, modules=required)
    return [prerequisite for prerequisite in required if prerequisite.pk not in completed]


def module_start(*, user, module: TrainingModule) -> ModuleEnrolment:
    enrolment, created = _get_or_create(ModuleEnrolment, user=user, module=module)
    if not created:
        ModuleEnrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=timezone.now())
    return enrolment


def score_answers(*, check: dict, selected: set[int]) -> int:
    """A knowledge check's score in percent: correct answers chosen minus wrong answers chosen,
    as a share of the correct answers. Choosing everything therefore does not pass."""
    correct = {index for index, answer in enumerate(check["answers"]) if answer["is_correct"]}
    if not correct:
        return 100
    hits = len(correct & selected)
    misses = len(selected - correct)
    return rounded_percent(max(hits - misses, 0), len(correct))


def _check_in(lesson: Lesson, check_id: str):
    for block in lesson.knowledge_checks():
        if block.id == check_id:
            return block.value
    return None


@transaction.atomic
def knowledge_check_submit(
    *, user, lesson: Lesson, check_id: str, selected: list[str]
) -> KnowledgeCheckResult:
    """Score an attempt on the server and keep the attempt count, best score and last answers."""
    check = _check_in(lesson, check_id)
    if check is None:
        raise InvalidAnswer(_("This question no longer exists. Reload the lesson."))
    try:
        chosen = {int(value) for value in selected}
    except (TypeError, ValueError):
        raise InvalidAnswer(_("Choose one or more of the answers given.")) from None
    if not chosen:
        raise InvalidAnswer(_("Choose at least one answer."))
    if not chosen <= set(range(len(check["answers"]))):
        raise InvalidAnswer(_("Choose one or more of the answers given."))

    module = module_of(lesson)
    module_start(user=user, module=module)
    score = score_answers(check=check, selected=chosen)
    result, _created = _get_or_create(
        KnowledgeCheckResult, user=user, lesson=lesson, check_id=check_id
    )
    result = KnowledgeCheckResult.objects.select_for_update().get(pk=result.pk)
    result.attempts = F("attempts") + 1
    result.last_score = score
    result.best_score = max(result.best_score, score)
    result.passed = result.passed or score >= module.pass_mark
    if score >= module.pass_mark:
        # When and at which version: a lesson to redo (training.versions) needs a new pass.
        result.passed_at = timezone.now()
        result.passed_version = module.version
    result.last_answers = sorted(chosen)
    result.last_attempt_at = timezone.now()
    result.save()
    result.refresh_from_db()
    return result


def reflection_save(*, user, lesson: Lesson, block_id: str, text: str) -> ReflectionAnswer:
    if not any(block.block_type == "reflection" and block.id == block_id for block in lesson.body):
        raise InvalidAnswer(_("This question no longer exists. Reload the lesson."))
    text = text.strip()
    if not text:
        raise InvalidAnswer(_("Write an answer before saving."))
    if len(text) > 5000:
        raise InvalidAnswer(_("Keep your answer under 5,000 characters."))
    refusal = personal_data_message(text)
    if refusal:
        raise PersonalDataInAnswer(refusal)
    answer, _created = ReflectionAnswer.objects.update_or_create(
        user=user, lesson=lesson, block_id=block_id, defaults={"text": text}
    )
    return answer


def failed_checks(
    *, user, lessons: list[Lesson], redo_since: dict | None = None
) -> list[tuple[Lesson, str]]:
    """The knowledge checks in `lessons` the user has not passed yet, as (lesson, check id). A
    lesson to redo (`redo_since`, training.versions) needs a pass after the time given for it."""
    redo_since = redo_since or {}
    passed = {
        (lesson_id, check_id)
        for lesson_id, check_id, passed_at in KnowledgeCheckResult.objects.filter(
            user=user, lesson__in=lessons, passed=True
        ).values_list("lesson_id", "check_id", "passed_at")
        if lesson_id not in redo_since or (passed_at and passed_at >= redo_since[lesson_id])
    }
    return [
        (lesson, block.id)
        for lesson in lessons
        for block in lesson.knowledge_checks()
        if (lesson.pk, block.id) not in passed
    ]


@transaction.atomic
def lesson_mark_completed(*, user, lesson: Lesson) -> LessonCompletion:
    """Mark a lesson as done: allowed once its knowledge checks are passed and the module's
    prerequisites are completed. Completes the module when this was its last open lesson."""
    module = module_of(lesson)
    unmet = unmet_prerequisites(user=user, module=module)
    if unmet:
        titles = ", ".join(prerequisite.title for prerequisite in unmet)
        raise PrerequisitesNotMet(
            _("First complete the required modules: %(titles)s.") % {"titles": titles}
        )
    redo = lessons_to_redo(user=user, module=module)
    if failed_checks(user=user, lessons=[lesson], redo_since=redo):
        raise KnowledgeChecksNotPassed(
            _("Answer the knowledge checks in this lesson correctly first.")
        )
    module_start(user=user, module=module)
    completion, created = _get_or_create(LessonCompletion, user=user, lesson=lesson)
    since = redo.get(lesson.pk)
    if not created and since is not None and completion.completed_at < since:
        # Done again after it changed (or for a renewal): this completion counts now.
        completion.completed_at = timezone.now()
        LessonCompletion.objects.filter(pk=completion.pk).update(
            completed_at=completion.completed_at
        )
    module_complete_if_done(user=user, module=module)
    return completion


def module_complete_if_done(*, user, module: TrainingModule) -> Certificate | None:
    """Complete the module and issue its certificate when every current lesson is done and
    every current knowledge check passed. Lessons added after completion do not undo it.

    A completion that is outdated by a substantive version, or being renewed, is renewed once
    the lessons to redo (training.versions) are done again and their checks passed again: a
    new completion date and version, and a new certificate with a new expiry."""
    lessons = lessons_with_changes(module)
    if not lessons:
        return None
    enrolment = enrolment_with_versions(user=user, module=module)
    redo = redo_since(enrolment=enrolment, lessons=lessons)
    done = dict(
        LessonCompletion.objects.filter(user=user, lesson__in=lessons).values_list(
            "lesson_id", "completed_at"
        )
    )
    if any(
        lesson.pk not in done or (lesson.pk in redo and done[lesson.pk] < redo[lesson.pk])
        for lesson in lessons
    ):
        return None
    if failed_checks(user=user, lessons=lessons, redo_since=redo):
        return None
    if unmet_prerequisites(user=user, module=module):
        return None
    if enrolment is None:
        enrolment = module_start(user=user, module=module)
    now = timezone.now()
    if enrolment.completed_at is not None and redo:
        # Only the request that moves this very completion on renews it (two at once: one).
        renewed = ModuleEnrolment.objects.filter(
            pk=enrolment.pk, completed_at=enrolment.completed_at
        ).update(
            completed_at=now,
            completed_version=module.version,
            renewal_started_at=None,
            last_activity_at=now,
        )
        if renewed:
            return certificate_issue(user=user, module=module, renewal=True)
        return certificate_issue(user=user, module=module)
    ModuleEnrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        completed_at=now, completed_version=module.version
    )
    return certificate_issue(user=user, module=module)


def module_renewal_start(*, user, module: TrainingModule) -> None:
    """Renew ("Vernieuwen") a certificate that expires or expired: the learner redoes the
    lessons changed since they completed the module, or, when none changed, every lesson and
    its knowledge checks; the renewed completion issues a new certificate. Starting twice is
    harmless."""
    enrolment = enrolment_with_versions(user=user, module=module)
    certificate = current_certificate(user=user, module=module)
    if (
        enrolment is None
        or enrolment.completed_at is None
        or certificate is None
        or not certificate.renewal_open
    ):
        raise TrainingError(_("This certificate cannot be renewed yet."))
    if enrolment.outdated_since is not None:
        return  # the changed lessons are what renews it
    now = timezone.now()
    ModuleEnrolment.objects.filter(pk=enrolment.pk, renewal_started_at__isnull=True).update(
        renewal_started_at=now, last_activity_at=now
    )


def new_certificate_code() -> str:
    return "".join(
        secrets.choice(CERTIFICATE_CODE_ALPHABET) for _position in range(CERTIFICATE_CODE_LENGTH)
    )


def certificate_expiry(*, module: TrainingModule, issued_on):
    """The module's validity period after the day of issue (the month's last day when the
    day does not exist, 31 January + 1 month = 28/29 February); None: it does not expire."""
    if not module.validity_months:
        return None
    month_index = issued_on.month - 1 + module.validity_months
    year, month = issued_on.year + month_index // 12, month_index % 12 + 1
    return issued_on.replace(
        year=year, month=month, day=min(issued_on.day, calendar.monthrange(year, month)[1])
    )


def current_certificate(*, user, module: TrainingModule) -> Certificate | None:
    return Certificate.objects.filter(user=user, module=module, superseded_at__isnull=True).first()


def certificate_issue(*, user, module: TrainingModule, renewal: bool = False) -> Certificate:
    """The learner's current certificate of the module, issued now if there is none. A renewal
    issues a new one and keeps the earlier one (its code still verifies) as superseded."""
    existing = current_certificate(user=user, module=module)
    if existing is not None and not renewal:
        return existing
    try:
        with transaction.atomic():
            if existing is not None:
                Certificate.objects.filter(pk=existing.pk).update(superseded_at=timezone.now())
            return Certificate.objects.create(
                user=user,
                module=module,
                code=new_certificate_code(),
                module_title=module.title,
                module_version=module.version,
                expires_on=certificate_expiry(module=module, issued_on=timezone.localdate()),
            )
    except IntegrityError:
        return Certificate.objects.get(user=user, module=module, superseded_at__isnull=True)
