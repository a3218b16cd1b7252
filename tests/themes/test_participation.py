"""Everyone contributes outside the admin: a regisseur shares a lesson through the front-end
form, into the owning programme's moderation, with the privacy guard's findings on the field
and nothing typed lost; "Mijn bijdragen" shows each state and a returned submission is revised."""

import pytest
from wagtail.models import WorkflowState

from portal.constants import Role
from tests.conftest import user_with_role
from themes.constants import FollowUpStatus, LessonKind, LessonSource
from themes.models import LessonLearned

pytestmark = pytest.mark.django_db


@pytest.fixture
def regisseur_of_programme(programme):
    user = user_with_role(Role.REGISSEUR, username="rik", first_name="Rik")
    user.groups.add(programme.team_group)
    return user


def form_data(programme, **overrides):
    data = {
        "kind": LessonKind.BOTTLENECK,
        "title": "Verlof wordt laat gemeld aan de gemeente",
        "summary": "De gemeente hoort pas na vertrek dat iemand met verlof gaat.",
        "context": "Bij verlof uit detentie.",
        "what_happened": "De melding kwam een dag te laat.\n\nHet plan lag stil.",
        "what_worked": "",
        "recommendation": "Meld verlof een week vooraf.",
        "source": LessonSource.CASE_MEETING,
        "source_detail": "",
        "owner_programme": programme.pk,
    }
    data.update(overrides)
    return data


def share(client, user, data, action="submit"):
    client.force_login(user)
    return client.post("/lessen/delen/", {**data, action: "1"})


def test_the_form_is_linked_from_lessons_register_and_start_page(
    client, regisseur_of_programme, lesson_index
):
    client.force_login(regisseur_of_programme)
    for url in ("/lessen/", "/lessen/register/", "/"):
        assert 'href="/lessen/delen/"' in client.get(url).content.decode(), url


def test_the_programme_is_chosen_from_the_users_own(
    client, regisseur_of_programme, programme, other_programme, lesson_index
):
    client.force_login(regisseur_of_programme)
    page = client.get("/lessen/delen/").content.decode()
    assert "Top600" in page
    assert f'<option value="{other_programme.pk}"' not in page
    response = share(client, regisseur_of_programme, form_data(other_programme))
    assert response.status_code == 400
    assert not LessonLearned.objects.exists()


def test_a_regisseur_shares_a_knelpunt_through_moderation_to_publication(
    client, regisseur_of_programme, programme_editor, programme, lesson_index
):
    response = share(client, regisseur_of_programme, form_data(programme, blame_free="on"))
    assert response.status_code == 302
    assert response["Location"] == "/mijn-bijdragen/#contributions"
    lesson = LessonLearned.objects.get()
    assert not lesson.live
    assert lesson.owner == regisseur_of_programme
    assert lesson.blame_free
    assert lesson.follow_up_status == FollowUpStatus.OPEN
    assert lesson.what_happened == (
        "<p>De melding kwam een dag te laat.</p><p>Het plan lag stil.</p>"
    )
    state = WorkflowState.objects.get(object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    page = client.get("/mijn-bijdragen/").content.decode()
    assert "Ter beoordeling" in page

    client.force_login(programme_editor)
    client.post(
        f"/admin/pages/workflow/action/{lesson.pk}/approve/{state.current_task_state.pk}/",
        {"comment": ""},
    )
    lesson.refresh_from_db()
    assert lesson.live
    client.force_login(regisseur_of_programme)
    assert "Gepubliceerd" in client.get("/mijn-bijdragen/").content.decode()


def test_personal_data_is_shown_on_the_field_and_nothing_typed_is_lost(
    client, regisseur_of_programme, programme, lesson_index
):
    data = form_data(programme, context="Bel 06-12345678 voor de casus.")
    response = share(client, regisseur_of_programme, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="id_context-error"' in page
    assert "persoonsgegevens" in page
    assert "06-12345678" in page  # still in the field, for the author to edit
    assert "Verlof wordt laat gemeld aan de gemeente" in page
    assert not LessonLearned.objects.exists()


def test_a_draft_is_not_submitted(client, regisseur_of_programme, programme, lesson_index):
    share(client, regisseur_of_programme, form_data(programme), action="save")
    lesson = LessonLearned.objects.get()
    assert not WorkflowState.objects.filter(object_id=str(lesson.pk)).exists()
    page = client.get("/mijn-bijdragen/").content.decode()
    assert "Concept" in page
    assert f"/lessen/delen/{lesson.pk}/" in page


def test_a_returned_submission_shows_the_comment_and_is_revised(
    client, regisseur_of_programme, programme_editor, programme, lesson_index
):
    share(client, regisseur_of_programme, form_data(programme))
    lesson = LessonLearned.objects.get()
    state = WorkflowState.objects.get(object_id=str(lesson.pk))
    client.force_login(programme_editor)
    client.post(
        f"/admin/pages/workflow/action/{lesson.pk}/reject/{state.current_task_state.pk}/",
        {"comment": "Maak de aanbeveling concreter."},
    )
    client.force_login(regisseur_of_programme)
    page = client.get("/mijn-bijdragen/").content.decode()
    assert "Teruggestuurd" in page
    assert "Maak de aanbeveling concreter." in page

    form = client.get(f"/lessen/delen/{lesson.pk}/").content.decode()
    assert "Maak de aanbeveling concreter." in form
    assert "Het plan lag stil." in form  # the submission as written, to revise
    response = client.post(
        f"/lessen/delen/{lesson.pk}/",
        {**form_data(programme, recommendation="Meld verlof zeven dagen vooraf."), "submit": "1"},
    )
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    lesson.refresh_from_db()
    revised = lesson.get_latest_revision_as_object()
    assert revised.recommendation == "<p>Meld verlof zeven dagen vooraf.</p>"
    assert "Ter beoordeling" in client.get("/mijn-bijdragen/").content.decode()
    # In review, it is no longer the author's to change.
    assert client.get(f"/lessen/delen/{lesson.pk}/").status_code == 404


def test_someone_elses_submission_cannot_be_revised(
    client, regisseur_of_programme, programme, lesson_index
):
    share(client, regisseur_of_programme, form_data(programme), action="save")
    lesson = LessonLearned.objects.get()
    other = user_with_role(Role.REGISSEUR, username="other")
    other.groups.add(programme.team_group)
    client.force_login(other)
    assert client.get(f"/lessen/delen/{lesson.pk}/").status_code == 404
    assert "Verlof wordt laat" not in client.get("/mijn-bijdragen/").content.decode()


def test_without_a_programme_the_form_explains(client, regisseur, lesson_index):
    client.force_login(regisseur)
    response = client.get("/lessen/delen/")
    assert response.status_code == 200
    assert "programma" in response.content.decode()


def test_the_demo_regisseur_has_a_contribution_in_every_state(
    client, other_programme, lesson_index
):
    from themes.participation.seeding import seed_contributions

    author = user_with_role(Role.REGISSEUR, username="regisseur")
    author.groups.add(other_programme.team_group)
    reviewer = user_with_role(Role.PROGRAMMAMEDEWERKER, username="medewerker-radicalisering")
    reviewer.groups.add(other_programme.staff_group, other_programme.editor_group)
    seed_contributions()
    seed_contributions()  # idempotent
    assert LessonLearned.objects.filter(owner=author).count() == 4
    client.force_login(author)
    page = client.get("/mijn-bijdragen/").content.decode()
    for state in ("Concept", "Ter beoordeling", "Teruggestuurd", "Gepubliceerd"):
        assert state in page
    assert "Beschrijf welke systemen het zijn" in page


def test_similar_knelpunten_are_shown_while_typing(
    client, regisseur_of_programme, programme, other_programme, lesson_index
):
    from themes.factories import LessonLearnedFactory

    def published(**kwargs):
        page = LessonLearnedFactory(parent=lesson_index, live=False, **kwargs)
        page.save_revision().publish()
        return page

    known = published(
        title="Verlof uit detentie wordt te laat gemeld",
        summary="De gemeente hoort te laat van verlof.",
        kind=LessonKind.BOTTLENECK,
        follow_up_status=FollowUpStatus.OPEN,
        owner_programme=other_programme,
    )
    published(
        title="Verlof uit detentie goed voorbereid",
        summary="Verlof werd op tijd gemeld.",
        kind=LessonKind.GOOD_PRACTICE,
        follow_up_status="",
        owner_programme=other_programme,
    )
    client.force_login(regisseur_of_programme)
    answer = client.get("/lessen/delen/vergelijkbaar/", {"tekst": "verlof te laat gemeld"}).json()
    assert [lesson["title"] for lesson in answer["lessons"]] == [known.title]
    assert answer["lessons"][0]["programme"] == "Radicalisering"
    assert client.get("/lessen/delen/vergelijkbaar/", {"tekst": "   "}).json() == {"lessons": []}

    # Without JavaScript: shown when the form comes back.
    response = share(
        client,
        regisseur_of_programme,
        form_data(programme, title="Verlof te laat gemeld", context="Bel 06-12345678."),
    )
    page = response.content.decode()
    assert "Bedoel je een van deze?" in page
    assert known.url in page
