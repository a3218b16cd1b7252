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


def failed_checks(*, user, lessons: list[Lesson]) -> list[tuple[Lesson, str]]:
    """The knowledge checks in `lessons` the user has not passed yet, as (lesson, check id)."""
    passed = set(
        KnowledgeCheckResult.objects.filter(user=user, lesson__in=lessons, passed=True).values_list(
            "lesson_id", "check_id"
        )
    )
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
    if failed_checks(user=user, lessons=[lesson]):
        raise KnowledgeChecksNotPassed(
            _("Answer the knowledge checks in this lesson correctly first.")
        )
    module_start(user=user, module=module)
    completion, _created = _get_or_create(LessonCompletion, user=user, lesson=lesson)
    module_complete_if_done(user=user, module=module)
    return completion


def module_complete_if_done(*, user, module: TrainingModule) -> Certificate | None:
    """Complete the module and issue its certificate when every current lesson is done and
    every current knowledge check passed. Lessons added after completion do not undo it."""
    lessons = list(module.lessons())
    if not lessons:
        return None
    done = set(
        LessonCompletion.objects.filter(user=user, lesson__in=lessons).values_list(
            "lesson_id", flat=True
        )
    )
    if any(lesson.pk not in done for lesson in lessons):
        return None
    if failed_checks(user=user, lessons=lessons):
        return None
    if unmet_prerequisites(user=user, module=module):
        return None
    enrolment = module_start(user=user, module=module)
    now = timezone.now()
    ModuleEnrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        completed_at=now, completed_version=module.version
    )
    return certificate_issue(user=user, module=module)


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


def certificate_issue(*, user, module: TrainingModule) -> Certificate:
    existing = Certificate.objects.filter(user=user, module=module).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Certificate.objects.create(
                user=user,
                module=module,
                code=new_certificate_code(),
                module_title=module.title,
                module_version=module.version,
                expires_on=certificate_expiry(module=module, issued_on=timezone.localdate()),
            )
    except IntegrityError:
        return Certificate.objects.get(user=user, module=module)
