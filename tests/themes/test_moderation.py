"""Moderation of lessons: programme staff submit for their own programme only; an editor of
that programme or the editorial team approves; nobody approves their own submission, and no
editor approves another programme's."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.constants import Role
from tests.conftest import user_with_role
from themes.constants import LessonKind, LessonSource
from themes.models import LessonLearned, ProgrammeApprovalTask

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(programme, other_programme):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="pim", first_name="Pim")
    user.groups.add(programme.staff_group)
    return user


@pytest.fixture
def other_editor(other_programme):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="noor")
    user.groups.add(other_programme.staff_group, other_programme.editor_group)
    return user


def lesson_form_data(programme, **overrides):
    data = {
        "title": "Vaste contactpersoon bij de school",
        "slug": "vaste-contactpersoon",
        "summary": "Een vaste contactpersoon maakte het verschil.",
        "owner_programme": programme.pk,
        "tags": "onderwijs",
        "kind": LessonKind.GOOD_PRACTICE,
        "context": rich_text("<p>Een casusoverleg.</p>"),
        "what_happened": rich_text("<p>School deelde op tijd.</p>"),
        "what_worked": rich_text("<p>Korte lijnen.</p>"),
        "recommendation": rich_text("<p>Spreek het vooraf af.</p>"),
        "source": LessonSource.CASE_MEETING,
        "source_detail": "",
        "attachments": streamfield([]),
        "follow_up_status": "",
        "follow_up_owner": "",
        "follow_up_target_date": "",
        "follow_up_actions": "",
        "evidence_of_effect": "",
        "escalation_steps": inline_formset([]),
        "changed_pages": inline_formset([]),
        "review_by": (timezone.localdate() + datetime.timedelta(days=100)).isoformat(),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def submit_lesson(client, user, lesson_index, programme, **overrides):
    client.force_login(user)
    return client.post(
        f"/admin/pages/add/themes/lessonlearned/{lesson_index.pk}/",
        {**lesson_form_data(programme, **overrides), "action-submit": "1"},
    )


def approve(client, user, lesson):
    state = WorkflowState.objects.get(object_id=str(lesson.pk))
    client.force_login(user)
    return client.post(
        f"/admin/pages/workflow/action/{lesson.pk}/approve/{state.current_task_state.pk}/",
        {"comment": ""},
    )


def test_staff_submit_a_lesson_for_their_programme(client, staff, lesson_index, programme):
    response = submit_lesson(client, staff, lesson_index, programme)
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonLearned.objects.get(slug="vaste-contactpersoon")
    assert not lesson.live
    assert lesson.owner == staff
    state = WorkflowState.objects.get(object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.task.specific, ProgrammeApprovalTask)


def test_staff_cannot_submit_for_another_programme(
    client, staff, lesson_index, programme, other_programme
):
    response = submit_lesson(client, staff, lesson_index, other_programme)
    assert response.status_code == 200
    assert not LessonLearned.objects.exists()
    assert "owner_programme" in response.context["form"].errors


def test_staff_cannot_publish_themselves(client, staff, lesson_index, programme):
    client.force_login(staff)
    client.post(
        f"/admin/pages/add/themes/lessonlearned/{lesson_index.pk}/",
        {**lesson_form_data(programme), "action-publish": "1"},
    )
    assert not LessonLearned.objects.get(slug="vaste-contactpersoon").live


def test_editor_of_the_programme_approves(client, staff, programme_editor, lesson_index, programme):
    submit_lesson(client, staff, lesson_index, programme)
    lesson = LessonLearned.objects.get()
    task = ProgrammeApprovalTask.objects.get()
    assert [name for name, _label, _modal in task.get_actions(lesson, programme_editor)] == [
        "reject",
        "approve",
        "approve",
    ]
    assert list(task.get_task_states_user_can_moderate(programme_editor)) == list(
        TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS)
    )
    approve(client, programme_editor, lesson)
    lesson.refresh_from_db()
    assert lesson.live


def test_editorial_team_approves_any_programme(client, staff, redactie, lesson_index, programme):
    submit_lesson(client, staff, lesson_index, programme)
    lesson = LessonLearned.objects.get()
    approve(client, redactie, lesson)
    lesson.refresh_from_db()
    assert lesson.live


def test_no_cross_programme_approval(client, staff, other_editor, lesson_index, programme):
    submit_lesson(client, staff, lesson_index, programme)
    lesson = LessonLearned.objects.get()
    task = ProgrammeApprovalTask.objects.get()
    assert task.get_actions(lesson, other_editor) == []
    assert not task.get_task_states_user_can_moderate(other_editor).exists()
    approve(client, other_editor, lesson)
    lesson.refresh_from_db()
    assert not lesson.live


def test_no_self_approval(client, programme_editor, lesson_index, programme):
    submit_lesson(client, programme_editor, lesson_index, programme)
    lesson = LessonLearned.objects.get()
    task = ProgrammeApprovalTask.objects.get()
    assert task.get_actions(lesson, programme_editor) == []
    approve(client, programme_editor, lesson)
    lesson.refresh_from_db()
    assert not lesson.live


def test_only_moderators_of_the_programme_open_the_submission_in_the_editor(
    client, staff, programme_editor, other_editor, lesson_index, programme
):
    submit_lesson(client, staff, lesson_index, programme)
    lesson = LessonLearned.objects.get()
    client.force_login(programme_editor)
    assert client.get(f"/admin/pages/{lesson.pk}/edit/").status_code == 200
    client.force_login(other_editor)
    assert client.get(f"/admin/pages/{lesson.pk}/edit/").status_code == 302


def test_seeded_demo_editor_of_radicalisering_moderates_only_radicalisering(client):
    from io import StringIO

    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("seed_demo", stdout=StringIO())
    noor = get_user_model().objects.get(username="medewerker-radicalisering")
    task = ProgrammeApprovalTask.objects.get()
    top600 = LessonLearned.objects.filter(owner_programme__slug="top600").first()
    radicalisering = LessonLearned.objects.filter(owner_programme__slug="radicalisering").first()
    assert task.user_may_moderate(radicalisering, noor)
    assert not task.user_may_moderate(top600, noor)


# Approval concerns exactly what is published --------------------------------------------------


def edit_and_approve(client, user, lesson, programme, **changes):
    """An approver's "approve" from the editor: Wagtail saves their edits first, then approves."""
    client.force_login(user)
    return client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        {
            **lesson_form_data(programme, **changes),
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
        },
    )


def test_an_approver_who_edits_does_not_publish_their_own_text_as_approved(
    client, staff, programme_editor, redactie, lesson_index, programme
):
    submit_lesson(client, staff, lesson_index, programme)
    lesson = LessonLearned.objects.get()
    edit_and_approve(
        client,
        programme_editor,
        lesson,
        programme,
        what_worked=rich_text("<p>De tekst van de redacteur zelf.</p>"),
    )
    lesson.refresh_from_db()
    assert not lesson.live
    # Their edit is kept as a draft, under review again, and not theirs to approve.
    latest = lesson.get_latest_revision()
    assert latest.user == programme_editor
    state = WorkflowState.objects.get(object_id=str(lesson.pk), status="in_progress")
    assert state.current_task_state.revision == latest
    task = ProgrammeApprovalTask.objects.get()
    assert task.get_actions(lesson, programme_editor) == []
    approve(client, programme_editor, lesson)
    lesson.refresh_from_db()
    assert not lesson.live
    # Someone else reviews the edited text and publishes exactly that.
    approve(client, redactie, lesson)
    lesson.refresh_from_db()
    assert lesson.live
    assert lesson.live_revision == latest
    assert "De tekst van de redacteur zelf." in str(lesson.what_worked)


def test_an_approver_who_saves_a_draft_first_cannot_approve_after(
    client, staff, programme_editor, lesson_index, programme
):
    submit_lesson(client, staff, lesson_index, programme)
    lesson = LessonLearned.objects.get()
    lesson.what_worked = "<p>Stilletjes aangepast.</p>"
    lesson.save_revision(user=programme_editor)
    approve(client, programme_editor, lesson)
    lesson.refresh_from_db()
    assert not lesson.live


def test_an_edit_by_the_submitter_after_submitting_is_not_published_unreviewed(
    client, staff, programme_editor, lesson_index, programme
):
    submit_lesson(client, staff, lesson_index, programme)
    lesson = LessonLearned.objects.get()
    reviewed = WorkflowState.objects.get(object_id=str(lesson.pk)).current_task_state
    assert reviewed.revision == lesson.get_latest_revision()
    # The editor looks at the submission; meanwhile the submitter changes it.
    lesson.what_worked = "<p>Achteraf toegevoegd, nooit beoordeeld.</p>"
    unreviewed = lesson.save_revision(user=staff)
    client.force_login(programme_editor)
    client.post(f"/admin/pages/workflow/action/{lesson.pk}/approve/{reviewed.pk}/", {"comment": ""})
    lesson.refresh_from_db()
    assert not lesson.live, "the approval was of the text before the change"
    reviewed.refresh_from_db()
    assert reviewed.status == TaskState.STATUS_CANCELLED
    state = WorkflowState.objects.get(object_id=str(lesson.pk), status="in_progress")
    assert state.current_task_state.revision == unreviewed
    assert state.requested_by == staff
    # Reviewing the changed text publishes it.
    approve(client, programme_editor, lesson)
    lesson.refresh_from_db()
    assert lesson.live
    assert lesson.live_revision == unreviewed


def test_the_approved_revision_is_published_not_a_later_one(
    client, staff, programme_editor, lesson_index, programme
):
    """Even without a restarted review (e.g. a revision written past the signal), publication
    takes the revision that was approved."""
    from django.db.models.signals import post_save
    from wagtail.models import Revision

    from themes.signals import revision_saved

    submit_lesson(client, staff, lesson_index, programme)
    lesson = LessonLearned.objects.get()
    submitted = lesson.get_latest_revision()
    post_save.disconnect(
        revision_saved, sender=Revision, dispatch_uid="themes.restart_review_on_change"
    )
    try:
        lesson.what_worked = "<p>Nooit beoordeeld.</p>"
        lesson.save_revision(user=staff)
    finally:
        post_save.connect(
            revision_saved, sender=Revision, dispatch_uid="themes.restart_review_on_change"
        )
    approve(client, programme_editor, lesson)
    lesson.refresh_from_db()
    assert lesson.live
    assert lesson.live_revision == submitted
    assert "Nooit beoordeeld." not in str(lesson.what_worked)


def test_approving_from_the_editor_without_changes_publishes(
    client, staff, programme_editor, lesson_index, programme
):
    """Approving from the editor saves the form as a revision first; unchanged content is no
    edit of the approver's and needs no other review."""
    submit_lesson(client, staff, lesson_index, programme)
    lesson = LessonLearned.objects.get()
    submitted = lesson.get_latest_revision()
    response = edit_and_approve(client, programme_editor, lesson, programme)
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.live
    assert lesson.live_revision == submitted
