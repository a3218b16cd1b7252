"""More events, each about the person it reaches: their submission approved or returned (with
the reviewer's comment), an answer to their question, a freed seat given to them from a
meeting's waiting list, a new version of an original their programme adapted (for that
programme's editors), and sightings waiting for approval (for the owning programme's editors
and Redactie). Heard through Wagtail's and the domain apps' signals; the domain apps do not know
this app."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState
from wagtail.signals import (
    page_published,
    task_approved,
    task_rejected,
    workflow_approved,
    workflow_rejected,
)

from portal.constants import Role
from questions.signals import question_answered
from themes.models import ProgrammeApprovalTask, ProgrammeSighting
from themes.signals import seat_given_from_waiting_list
from training.models import TrainingModule

from .constants import Topic
from .services import notify, user_may_see_page


def _mailed_by_notifications(sender, **kwargs):
    """Wagtail's own approval and rejection mails to the submitter are replaced by the
    notifications below (with the reviewer's comment and an unsubscribe, through the queue)."""


# Claiming the dispatch_uid of Wagtail's mailers first keeps them from connecting: this app's
# ready() runs before wagtail.admin's (INSTALLED_APPS order; tests/notifications/test_events.py
# fails if that changes).
for _signal, _uid in (
    (workflow_approved, "workflow_state_approved_email_notification"),
    (workflow_rejected, "workflow_state_rejected_email_notification"),
):
    _signal.connect(_mailed_by_notifications, sender=WorkflowState, dispatch_uid=_uid)


def _submission(task_state):
    """(page, submitter) of a finished approval task of the portal's workflow, or None."""
    task = task_state.task.specific
    if not isinstance(task, ProgrammeApprovalTask):
        return None
    workflow_state = task_state.workflow_state
    submitter = workflow_state.requested_by
    page = workflow_state.content_object
    if submitter is None or page is None or not submitter.is_active:
        return None
    return page, submitter


@receiver(task_approved, dispatch_uid="notifications.submission_approved")
def submission_approved(sender, instance, user=None, **kwargs):
    found = _submission(instance)
    if found is None:
        return
    page, submitter = found
    if user is not None and user.pk == submitter.pk:
        return
    notify(
        users=[submitter],
        event_key=f"approved:{instance.pk}",
        title=_("Approved: %(title)s") % {"title": page.title},
        detail=instance.comment or "",
        url=page.url if page.live and page.url else reverse("my_contributions"),
        topic=Topic.MY_SUBMISSIONS,
    )


@receiver(task_rejected, dispatch_uid="notifications.submission_returned")
def submission_returned(sender, instance, user=None, **kwargs):
    found = _submission(instance)
    if found is None:
        return
    page, submitter = found
    notify(
        users=[submitter],
        event_key=f"returned:{instance.pk}",
        title=_("Returned with a request for changes: %(title)s") % {"title": page.title},
        detail=instance.comment or "",
        url=reverse("revise_lesson", args=[page.pk])
        if page.specific_class.__name__ == "LessonLearned"
        else reverse("my_contributions"),
        topic=Topic.MY_SUBMISSIONS,
    )


@receiver(question_answered, dispatch_uid="notifications.question_answered")
def answer_to_my_question(sender, question, answer, **kwargs):
    """The asker hears of each answer to their question or addition (not of their own)."""
    if question.author_id is None or question.author_id == answer.author_id:
        return
    page = question.page
    notify(
        users=[question.author],
        event_key=f"answer:{answer.pk}",
        title=_("Your question was answered: %(title)s") % {"title": page.title},
        page=page,
        topic=Topic.MY_QUESTIONS,
    )


@receiver(seat_given_from_waiting_list, dispatch_uid="notifications.seat_given")
def seat_given(sender, registration, **kwargs):
    meeting = registration.meeting
    notify(
        users=[registration.user],
        event_key=f"seat:{registration.pk}",
        title=_("A seat became free, it is yours: %(title)s") % {"title": meeting.title},
        page=meeting,
        topic=Topic.MEETINGS,
    )


@receiver(page_published, sender=TrainingModule, dispatch_uid="notifications.new_version")
def original_has_a_new_version(sender, instance, revision=None, **kwargs):
    """A new version of an original: the editors of each programme that adapted it (not
    integrally: those follow by themselves) hear of it, once per version."""
    original = instance
    if original.adopted_from_module_id is not None:
        return
    adaptations = (
        TrainingModule.objects.filter(adopted_from_module=original, adopted_integrally=False)
        .exclude(adopted_version=original.version)
        .select_related("owner_programme")
    )
    for adaptation in adaptations:
        programme = adaptation.owner_programme
        if programme is None or not programme.editor_group_id:
            continue
        editors = get_user_model().objects.filter(groups=programme.editor_group_id, is_active=True)
        notify(
            users=editors,
            event_key=f"new-version:{adaptation.pk}:{original.version}",
            title=_("New version %(version)s of %(original)s, which %(programme)s adapted")
            % {
                "version": original.version,
                "original": original.title,
                "programme": programme,
            },
            url=adaptation.url or original.url or "",
            topic=Topic.ADAPTED_ORIGINALS,
        )


@receiver(post_save, sender=ProgrammeSighting, dispatch_uid="notifications.sighting_waiting")
def sighting_waiting(sender, instance, created, raw=False, **kwargs):
    """Another programme says it meets a knelpunt too: the owning programme's editors and
    Redactie may approve it (on /lessen/wij-zien-dit-ook/)."""
    if raw or not created or instance.approved:
        return
    lesson = instance.lesson
    moderators = Q(groups__name=Role.REDACTIE)
    programme = lesson.owner_programme
    if programme is not None and programme.editor_group_id:
        moderators |= Q(groups=programme.editor_group_id)
    users = get_user_model().objects.filter(moderators, is_active=True).distinct()
    if instance.recorded_by_id:
        users = users.exclude(pk=instance.recorded_by_id)
    notify(
        users=[user for user in users if user_may_see_page(user=user, page=lesson)],
        event_key=f"sighting:{instance.pk}",
        title=_("%(programme)s sees this too, waiting for approval: %(title)s")
        % {"programme": instance.programme, "title": lesson.title},
        url=reverse("sightings_review"),
        topic=Topic.APPROVALS,
    )
