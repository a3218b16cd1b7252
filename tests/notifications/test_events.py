"""The events about the person they reach, as the e-mails arrive: a submission approved or
returned with the reviewer's comment, an answer to my question, a freed seat from the waiting
list, a new version of an original one's programme adapted, a sighting waiting for approval."""

import datetime

import pytest
from django.utils import timezone

from portal.constants import Role
from portal.factories import StandardPageFactory
from questions.constants import PostKind
from questions.services import answer_create, post_create, post_moderate
from themes.factories import (
    LessonLearnedFactory,
    MeetingIndexPageFactory,
    ThemeMeetingFactory,
)
from themes.models import ProgrammeSighting
from themes.services import meeting_register, meeting_unregister
from training.factories import TrainingIndexPageFactory, TrainingModuleFactory

from ..conftest import user_with_role
from .conftest import parts

pytestmark = pytest.mark.django_db(transaction=True)


def editor_of(programme, username):
    editor = user_with_role(Role.PROGRAMMAMEDEWERKER, username=username)
    editor.groups.add(programme.editor_group)
    return editor


def notifications_to(mailbox, user):
    return [message for message in mailbox.notifications() if user.email in message.recipients]


def subjects_to(mailbox, user):
    return [message["Subject"] for message in mailbox.to(user.email)]


def test_a_submission_returned_with_the_comment_and_then_approved(
    mailbox, worker, staff_of_programme, lesson_index, programme
):
    editor = editor_of(programme, "test-editor")
    lesson = LessonLearnedFactory(
        parent=lesson_index, owner_programme=programme, live=False, title="Korte lijnen met de GGD"
    )
    lesson.save_revision(user=staff_of_programme)
    lesson.get_workflow().start(lesson, staff_of_programme)
    worker()
    assert subjects_to(mailbox, editor) == ["Wacht op jouw goedkeuring: Korte lijnen met de GGD"]
    assert subjects_to(mailbox, staff_of_programme) == []

    task_state = lesson.current_workflow_task_state
    task_state.task.specific.on_action(
        task_state, editor, "reject", comment="Maak de aanbeveling concreter, graag."
    )
    worker()
    # This mail takes the place of Wagtail's own "afgekeurd" mail.
    [returned] = mailbox.to(staff_of_programme.email)
    assert returned["Subject"] == (
        "Teruggestuurd met een verzoek om aanpassing: Korte lijnen met de GGD"
    )
    text, html = parts(returned)
    assert "Maak de aanbeveling concreter, graag." in text
    assert "Maak de aanbeveling concreter, graag." in html
    assert f"/lessen/delen/{lesson.pk}/" in text

    lesson.save_revision(user=staff_of_programme)
    lesson.current_workflow_state.cancel(user=staff_of_programme)
    lesson.get_workflow().start(lesson, staff_of_programme)
    task_state = lesson.current_workflow_task_state
    task_state.task.specific.on_action(task_state, editor, "approve", comment="Mooi zo.")
    worker()
    [_returned, approved] = mailbox.to(staff_of_programme.email)
    assert approved["Subject"] == "Goedgekeurd: Korte lijnen met de GGD"
    assert "Mooi zo." in parts(approved)[0]


def test_an_answer_to_my_question_reaches_me(mailbox, worker, regisseur, home_page, programme):
    owner = user_with_role(Role.PROGRAMMAMEDEWERKER, username="pagina-eigenaar")
    page = StandardPageFactory(
        parent=home_page, owner_programme=programme, content_owner=owner, title="Werkwijze"
    )
    question = post_create(
        page=page, user=regisseur, kind=PostKind.QUESTION, text="Geldt dit ook voor 18-plus?"
    )
    post_moderate(post=question, user=owner, approve=True)
    answer_create(question=question, user=owner, text="Ja, tot en met 23 jaar.")
    worker()
    [message] = mailbox.to(regisseur.email)
    assert message["Subject"] == "Je vraag is beantwoord: Werkwijze"
    assert page.url in parts(message)[0]
    assert mailbox.to(owner.email) == []  # the answerer hears nothing of their own answer


def test_a_freed_seat_from_the_waiting_list(mailbox, worker, regisseur, redactie, home_page):
    meetings = MeetingIndexPageFactory(parent=home_page)
    meeting = ThemeMeetingFactory(parent=meetings, title="Casusoverleg Detentie", max_attendees=1)
    meeting.save_revision().publish()
    meeting_register(meeting=meeting, user=redactie)
    meeting_register(meeting=meeting, user=regisseur)  # waiting list
    meeting_unregister(meeting=meeting, user=redactie)
    worker()
    # Besides the calendar invitations and cancellations (tests/calendars):
    [message] = notifications_to(mailbox, regisseur)
    assert message["Subject"] == (
        "Er is een plek vrijgekomen, die is voor jou: Casusoverleg Detentie"
    )
    assert meeting.url in parts(message)[0]
    assert notifications_to(mailbox, redactie) == []


def test_a_sighting_waits_for_the_owning_programmes_editors_and_redactie(
    mailbox, worker, redactie, lesson_index, programme, other_programme
):
    editor = editor_of(programme, "test-editor")
    elsewhere = editor_of(other_programme, "other-editor")
    lesson = LessonLearnedFactory(
        parent=lesson_index, owner_programme=programme, title="Wachtlijst GGZ"
    )
    lesson.save_revision().publish()
    ProgrammeSighting.objects.create(
        lesson=lesson, programme=other_programme, recorded_by=elsewhere, note="Ook bij ons."
    )
    worker()
    for moderator in (editor, redactie):
        [message] = mailbox.to(moderator.email)
        assert message["Subject"] == (
            "Radicalisering ziet dit ook, wacht op goedkeuring: Wachtlijst GGZ"
        )
        assert "https://kennisportaal.example/lessen/wij-zien-dit-ook/" in parts(message)[0]
    assert mailbox.to(elsewhere.email) == []


def test_a_new_version_of_an_original_reaches_the_adapting_programmes_editors(
    mailbox, worker, home_page, programme, other_programme
):
    catalogue = TrainingIndexPageFactory(parent=home_page)
    catalogue.save_revision().publish()
    original = TrainingModuleFactory(
        parent=catalogue, owner_programme=programme, title="Gespreksvoering", version="1.0"
    )
    original.save_revision().publish()
    adaptation = TrainingModuleFactory(
        parent=catalogue,
        owner_programme=other_programme,
        title="Gespreksvoering (Radicalisering)",
        adopted_from_module=original,
    )
    adaptation.save_revision().publish()
    editor = editor_of(other_programme, "other-editor")
    own_editor = editor_of(programme, "test-editor")

    original.refresh_from_db()
    original.version = "1.1"
    original.save_revision().publish()
    original.save_revision().publish()  # published again, same version: no news
    worker()
    [message] = mailbox.to(editor.email)
    assert message["Subject"] == (
        "Nieuwe versie 1.1 van Gespreksvoering, die Radicalisering heeft aangepast"
    )
    assert adaptation.url in parts(message)[0]
    assert mailbox.to(own_editor.email) == []


def test_a_meeting_reminder_is_not_sent_for_a_withdrawn_meeting(
    mailbox, worker, redactie, home_page
):
    from django.core.management import call_command

    meetings = MeetingIndexPageFactory(parent=home_page)
    meeting = ThemeMeetingFactory(
        parent=meetings,
        start=timezone.localtime().replace(hour=10, minute=0, second=0, microsecond=0)
        + datetime.timedelta(days=2),
    )
    meeting.save_revision().publish()
    meeting_register(meeting=meeting, user=redactie)
    call_command("notifications_periodic")
    meeting.unpublish()
    worker()
    assert mailbox.to(redactie.email) == []
