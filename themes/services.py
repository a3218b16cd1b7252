"""Writes with domain rules of the themes app."""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from .models import FollowUpStatusChange, LessonLearned


@transaction.atomic
def lesson_record_follow_up(*, lesson: LessonLearned, user=None) -> FollowUpStatusChange | None:
    """Add a step to the follow-up history when the published status differs from the last
    recorded one. Idempotent: publishing the same status again records nothing."""
    if not lesson.has_follow_up or not lesson.follow_up_status:
        return None
    last = lesson.status_changes.order_by("-changed_at", "-id").first()
    if last is not None and last.to_status == lesson.follow_up_status:
        if lesson.follow_up_actions and last.note != lesson.follow_up_actions:
            last.note = lesson.follow_up_actions
            last.save(update_fields=["note"])
        return None
    return FollowUpStatusChange.objects.create(
        lesson=lesson,
        from_status=last.to_status if last else "",
        to_status=lesson.follow_up_status,
        changed_at=lesson.last_published_at or timezone.now(),
        changed_by=user,
        note=lesson.follow_up_actions,
    )


# Programme staff create lessons and meetings ("add" lets them edit what they created) and
# submit them; they never publish themselves.
STAFF_PAGE_PERMISSIONS = ("add_page",)
MODERATION_WORKFLOW_NAME = "Programmaredactie"


@transaction.atomic
def moderation_ensure_workflow(*, sections) -> None:
    """The workflow of lessons and meetings: approval by the owning programme's editors or the
    editorial team, on the given section pages (/lessen/, /themabijeenkomsten/). Programme
    staff groups may add pages there; editors groups may reach the admin. Idempotent."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

    from portal.constants import Role
    from portal.models import Programme

    from .models import ProgrammeApprovalTask

    task = ProgrammeApprovalTask.objects.filter(name="Goedkeuring programmaredactie").first()
    if task is None:
        task = ProgrammeApprovalTask.objects.create(name="Goedkeuring programmaredactie")
    task.editorial_groups.add(*Group.objects.filter(name=Role.REDACTIE))
    workflow, _created = Workflow.objects.get_or_create(name=MODERATION_WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    add_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for section in sections:
        if section is None:
            continue
        WorkflowPage.objects.update_or_create(page=section, defaults={"workflow": workflow})
        for programme in Programme.objects.exclude(staff_group=None):
            GroupPagePermission.objects.get_or_create(
                group=programme.staff_group, page=section, permission=add_page
            )
    for programme in Programme.objects.exclude(editor_group=None):
        programme.editor_group.permissions.add(access_admin)


# What a revision records about the page's place, state and history rather than its content:
# approving from the editor saves a revision even when the approver changed nothing.
REVISION_BOOKKEEPING = {
    "pk",
    "id",
    "page_ptr",
    "path",
    "depth",
    "numchild",
    "url_path",
    "live",
    "has_unpublished_changes",
    "draft_title",
    "owner",
    "locked",
    "locked_at",
    "locked_by",
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "first_published_at",
    "last_published_at",
    "expired",
    "content_type",
    "translation_key",
    "locale",
    "alias_of",
    "wagtail_admin_comments",
}


BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def _comparable(value):
    """Content without what a save regenerates: rows' and blocks' ids, rich text block keys."""
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items() if k not in ("pk", "id")}
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    if isinstance(value, str):
        return BLOCK_KEY.sub("", value)
    return value


def revision_changes_content(*, before, after) -> bool:
    if before is None:
        return True

    def content(revision):
        # A revision just created holds Python values (dates, ...), a stored one their JSON.
        stored = json.loads(json.dumps(revision.content, cls=DjangoJSONEncoder))
        return _comparable({k: v for k, v in stored.items() if k not in REVISION_BOOKKEEPING})

    return content(before) != content(after)


@transaction.atomic
def moderation_restart_review(*, revision) -> bool:
    """Content saved while it is under review restarts the review on that content, so that
    approval always concerns what will be published: an edit by the submitter after
    submitting is reviewed too, and an edit by an approver needs someone else's approval
    (`ProgrammeApprovalTask.is_own_submission`). Returns whether a review was restarted."""
    from wagtail.models import TaskState, WorkflowState

    from .models import ProgrammeApprovalTask

    state = (
        WorkflowState.objects.filter(
            base_content_type_id=revision.base_content_type_id,
            object_id=revision.object_id,
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        .select_related("current_task_state__task")
        .first()
    )
    task_state = state.current_task_state if state else None
    if (
        task_state is None
        or task_state.status != TaskState.STATUS_IN_PROGRESS
        or task_state.revision_id == revision.pk
        or not isinstance(task_state.task.specific, ProgrammeApprovalTask)
        or not revision_changes_content(before=task_state.revision, after=revision)
    ):
        return False
    from django.utils.translation import gettext

    # This runs as the revision row is written, just before Wagtail points the object's
    # `latest_revision` at it; the restarted task takes the latest revision, so point it now.
    revision.base_content_type.model_class()._default_manager.filter(pk=revision.object_id).update(
        latest_revision=revision
    )
    task_state.specific.cancel(
        user=revision.user,
        resume=True,
        comment=gettext("Changed during the review: the review starts again."),
    )
    return True


def moderation_sections():
    from .models import LessonIndexPage, MeetingIndexPage

    return [LessonIndexPage.objects.first(), MeetingIndexPage.objects.first()]


class RegistrationClosed(Exception):
    """The meeting has started: registering or unregistering is no longer possible."""


@transaction.atomic
def meeting_register(*, meeting, user):
    """Register a colleague ("Ik kom"). With a maximum, the seats go first come, first served
    and the rest join the waiting list. The meeting row is locked so that two colleagues
    registering for the last seat at the same moment cannot both get it. Idempotent."""
    from .constants import RegistrationStatus
    from .models import MeetingRegistration, ThemeMeeting

    meeting = ThemeMeeting.objects.select_for_update(of=("self",)).get(pk=meeting.pk)
    if not meeting.registration_open:
        raise RegistrationClosed
    existing = MeetingRegistration.objects.filter(meeting=meeting, user=user).first()
    if existing is not None:
        return existing
    status = RegistrationStatus.REGISTERED
    if meeting.max_attendees is not None:
        taken = MeetingRegistration.objects.filter(
            meeting=meeting, status=RegistrationStatus.REGISTERED
        ).count()
        if taken >= meeting.max_attendees:
            status = RegistrationStatus.WAITING
    return MeetingRegistration.objects.create(meeting=meeting, user=user, status=status)


@transaction.atomic
def meeting_unregister(*, meeting, user) -> None:
    """Unregister before the start; the first on the waiting list gets the seat."""
    from .constants import RegistrationStatus
    from .models import MeetingRegistration, ThemeMeeting

    meeting = ThemeMeeting.objects.select_for_update(of=("self",)).get(pk=meeting.pk)
    if not meeting.registration_open:
        raise RegistrationClosed
    registration = MeetingRegistration.objects.filter(meeting=meeting, user=user).first()
    if registration is None:
        return
    had_seat = registration.status == RegistrationStatus.REGISTERED
    registration.delete()
    if had_seat:
        first_waiting = MeetingRegistration.objects.filter(
            meeting=meeting, status=RegistrationStatus.WAITING
        ).first()
        if first_waiting is not None:
            first_waiting.status = RegistrationStatus.REGISTERED
            first_waiting.save(update_fields=["status"])
            from .signals import seat_given_from_waiting_list

            seat_given_from_waiting_list.send(
                sender=MeetingRegistration, registration=first_waiting
            )
