"""Reads of front-end contributions: "Mijn bijdragen" and who may revise what."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState, WorkflowState

from portal.selectors import exclude_restricted, user_programmes
from portal.similar_content import similar_page_ids

from ..constants import KINDS_WITH_FOLLOW_UP
from ..models import LessonLearned


class SubmissionState:
    DRAFT = "concept"
    IN_REVIEW = "ter-beoordeling"
    PUBLISHED = "gepubliceerd"
    RETURNED = "teruggestuurd"

    LABELS = {
        DRAFT: _("Draft"),
        IN_REVIEW: _("In review"),
        PUBLISHED: _("Published"),
        RETURNED: _("Returned for changes"),
    }


@dataclass
class Submission:
    lesson: LessonLearned
    title: str
    state: str
    comment: str = ""

    @property
    def state_label(self):
        return SubmissionState.LABELS[self.state]

    @property
    def may_revise(self) -> bool:
        return self.state in (SubmissionState.DRAFT, SubmissionState.RETURNED)


def contribution_programmes(user) -> list:
    """The programmes a colleague can share a lesson for: the ones they work in."""
    return user_programmes(user=user)


def _states_by_page(page_ids) -> dict[int, WorkflowState]:
    content_type = ContentType.objects.get_for_model(Page)
    states = (
        WorkflowState.objects.active()
        .filter(base_content_type=content_type, object_id__in=[str(pk) for pk in page_ids])
        .select_related("current_task_state")
        .order_by("created_at")
    )
    return {int(state.object_id): state for state in states}


def submissions_of(user) -> list[Submission]:
    """The lessons a colleague wrote, newest first, with their state. Three queries."""
    lessons = list(
        LessonLearned.objects.filter(owner=user)
        .select_related("owner_programme")
        .order_by("-latest_revision_created_at", "-pk")
    )
    states = _states_by_page([lesson.pk for lesson in lessons])
    submissions = []
    for lesson in lessons:
        state = states.get(lesson.pk)
        title = lesson.draft_title or lesson.title
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            task_state = state.current_task_state
            comment = task_state.comment if task_state is not None else ""
            if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
                comment = ""
            submissions.append(Submission(lesson, title, SubmissionState.RETURNED, comment))
        elif state is not None:
            submissions.append(Submission(lesson, title, SubmissionState.IN_REVIEW))
        elif lesson.live:
            submissions.append(Submission(lesson, title, SubmissionState.PUBLISHED))
        else:
            submissions.append(Submission(lesson, title, SubmissionState.DRAFT))
    return submissions


def revisable_submission(*, user, page_id: int) -> Submission | None:
    for submission in submissions_of(user):
        if submission.lesson.pk == page_id:
            return submission if submission.may_revise else None
    return None


def similar_bottlenecks(*, text: str, user, limit: int = 5) -> list[LessonLearned]:
    """Live knelpunten and systeemfouten like the text being written ("Bedoel je een van
    deze?"), most similar first; similarity comes from the search layer."""
    ids = similar_page_ids(text=text, model=LessonLearned, user=user, limit=limit * 2)
    if not ids:
        return []
    found = {
        lesson.pk: lesson
        for lesson in exclude_restricted(
            LessonLearned.objects.live().filter(pk__in=ids, kind__in=KINDS_WITH_FOLLOW_UP), user
        ).select_related("owner_programme")
    }
    return [found[pk] for pk in ids if pk in found][:limit]
