""" "Wij zien dit ook": a colleague of another programme records that their programme meets a
knelpunt too, with a privacy-guarded note; the knelpunt's programme editors (or Redactie)
approve it; the register counts and sorts by the programmes that meet it, and
/kruisbestuiving/ lists the knelpunten shared by the most programmes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.constants import Role
from portal.factories import ProgrammeFactory
from tests.conftest import user_with_role
from themes.constants import LessonKind
from themes.factories import LessonLearnedFactory
from themes.models import ProgrammeSighting
from themes.participation.seeding import seed_sightings

pytestmark = pytest.mark.django_db


def published(lesson_index, **kwargs):
    kwargs.setdefault("bottleneck", True)
    page = LessonLearnedFactory(parent=lesson_index, live=False, **kwargs)
    page.save_revision().publish()
    return page


@pytest.fixture
def knelpunt(lesson_index, other_programme):
    return published(
        lesson_index, title="Verlof wordt te laat gemeld", owner_programme=other_programme
    )


@pytest.fixture
def colleague(programme):
    """A regisseur of Top600 (the knelpunt is Radicalisering's)."""
    user = user_with_role(Role.REGISSEUR, username="rik")
    user.groups.add(programme.team_group)
    return user


@pytest.fixture
def editor_of_owner(other_programme):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="eva")
    user.groups.add(other_programme.staff_group, other_programme.editor_group)
    return user


def record(client, user, lesson, programme, note="Bij ons gebeurt dit ook bij verlof."):
    client.force_login(user)
    return client.post(
        f"/lessen/{lesson.pk}/wij-zien-dit-ook/", {"programme": programme.pk, "note": note}
    )


def test_a_colleague_of_another_programme_records_a_sighting(
    client, colleague, knelpunt, programme
):
    client.force_login(colleague)
    page = client.get(knelpunt.url).content.decode()
    assert f'href="/lessen/{knelpunt.pk}/wij-zien-dit-ook/"' in page
    assert "Gezien door 1 programma" in page

    response = record(client, colleague, knelpunt, programme)
    assert response.status_code == 302
    assert response["Location"] == knelpunt.url + "#sightings"
    sighting = ProgrammeSighting.objects.get()
    assert (sighting.lesson, sighting.programme, sighting.recorded_by) == (
        knelpunt,
        programme,
        colleague,
    )
    assert not sighting.approved
    # Not shown before approval.
    assert "Bij ons gebeurt dit ook" not in client.get(knelpunt.url).content.decode()

    # A second time for the same programme: nothing left to choose.
    again = client.get(f"/lessen/{knelpunt.pk}/wij-zien-dit-ook/").content.decode()
    assert "Je kunt dit niet vastleggen" in again


def test_the_own_programme_is_refused_in_dutch(client, knelpunt, other_programme, programme):
    owner_colleague = user_with_role(Role.REGISSEUR, username="ria")
    owner_colleague.groups.add(other_programme.team_group)
    client.force_login(owner_colleague)
    page = client.get(f"/lessen/{knelpunt.pk}/wij-zien-dit-ook/").content.decode()
    assert "Alleen een collega van een ander programma" in page
    response = record(client, owner_colleague, knelpunt, other_programme)
    assert response.status_code == 400
    assert not ProgrammeSighting.objects.exists()

    from themes.participation.sightings import SightingRefused, sighting_record

    with pytest.raises(SightingRefused) as refusal:
        sighting_record(
            lesson=knelpunt, programme=other_programme, user=owner_colleague, note="Ook bij ons."
        )
    assert "eigen programma" in refusal.value.message
    # A programme the colleague does not work in.
    with pytest.raises(SightingRefused):
        sighting_record(lesson=knelpunt, programme=programme, user=owner_colleague, note="Ja.")


def test_personal_data_in_the_note_is_shown_on_the_field_and_nothing_is_lost(
    client, colleague, knelpunt, programme
):
    note = "Bij ons ook, bel Jan op 06-12345678 voor de casus."
    response = record(client, colleague, knelpunt, programme, note=note)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="id_note-error"' in page
    assert "persoonsgegevens" in page
    assert "bel Jan op" in page  # what was typed is kept
    assert not ProgrammeSighting.objects.exists()


def test_only_a_good_practice_cannot_be_sighted(client, colleague, lesson_index, other_programme):
    practice = published(
        lesson_index,
        bottleneck=False,
        kind=LessonKind.GOOD_PRACTICE,
        owner_programme=other_programme,
    )
    client.force_login(colleague)
    assert client.get(f"/lessen/{practice.pk}/wij-zien-dit-ook/").status_code == 404


def test_the_owners_editors_approve_and_then_it_is_shown(
    client, colleague, editor_of_owner, knelpunt, programme, redactie
):
    record(client, colleague, knelpunt, programme)
    sighting = ProgrammeSighting.objects.get()

    # The colleague cannot approve their own sighting.
    client.force_login(colleague)
    assert "Bij ons gebeurt dit ook" not in client.get("/lessen/wij-zien-dit-ook/").content.decode()
    response = client.post(f"/lessen/wij-zien-dit-ook/{sighting.pk}/beoordelen/")
    assert response.status_code == 404

    client.force_login(editor_of_owner)
    review = client.get("/lessen/wij-zien-dit-ook/").content.decode()
    assert "Bij ons gebeurt dit ook" in review
    response = client.post(
        f"/lessen/wij-zien-dit-ook/{sighting.pk}/beoordelen/", {"decision": "approve"}
    )
    assert response.status_code == 302
    sighting.refresh_from_db()
    assert sighting.approved and sighting.approved_by == editor_of_owner

    page = client.get(knelpunt.url).content.decode()
    assert "Gezien door 2 programma" in page
    assert "Bij ons gebeurt dit ook" in page
    assert "Niets te beoordelen" in client.get("/lessen/wij-zien-dit-ook/").content.decode()


def test_redactie_rejects_a_sighting(client, colleague, knelpunt, programme, redactie):
    record(client, colleague, knelpunt, programme)
    sighting = ProgrammeSighting.objects.get()
    client.force_login(redactie)
    assert "Bij ons gebeurt dit ook" in client.get("/lessen/wij-zien-dit-ook/").content.decode()
    client.post(f"/lessen/wij-zien-dit-ook/{sighting.pk}/beoordelen/", {"decision": "reject"})
    assert not ProgrammeSighting.objects.exists()


def sight(lesson, *programmes, approved=True):
    for programme in programmes:
        ProgrammeSighting.objects.create(
            lesson=lesson, programme=programme, note="Ook bij ons.", approved=approved
        )


def test_the_register_counts_programmes_and_sorts_by_them(
    client, regisseur, lesson_index, programme, other_programme
):
    published(lesson_index, title="Oudste knelpunt", owner_programme=programme)
    shared = published(lesson_index, title="Gedeeld knelpunt", owner_programme=programme)
    third, fourth = ProgrammeFactory(name="Derde"), ProgrammeFactory(name="Vierde")
    sight(shared, other_programme, third)
    sight(shared, fourth, approved=False)  # not counted before approval
    client.force_login(regisseur)

    response = client.get("/lessen/register/")
    rows = {lesson.title: lesson.programme_count for lesson in response.context["lessons"]}
    assert rows == {"Oudste knelpunt": 1, "Gedeeld knelpunt": 3}
    assert [lesson.title for lesson in response.context["lessons"]][0] == "Oudste knelpunt"
    assert "sorteer=programmas" in response.content.decode()

    by_programmes = client.get("/lessen/register/", {"sorteer": "programmas"})
    assert [lesson.title for lesson in by_programmes.context["lessons"]] == [
        "Gedeeld knelpunt",
        "Oudste knelpunt",
    ]
    csv = client.get("/lessen/register.csv").content.decode("utf-8-sig")
    assert "Programma's die dit zien" in csv.splitlines()[0]


def test_the_register_counts_in_a_bounded_number_of_queries(
    client, regisseur, lesson_index, programme, other_programme
):
    client.force_login(regisseur)

    def query_count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/lessen/register/?sorteer=programmas").status_code == 200
            assert client.get("/kruisbestuiving/").status_code == 200
        return len(queries)

    third = ProgrammeFactory(name="Derde")
    sight(published(lesson_index, owner_programme=programme), other_programme)
    query_count()
    few = query_count()
    for _number in range(6):
        lesson = published(lesson_index, owner_programme=programme)
        sight(lesson, other_programme, third)
    assert query_count() == few


def test_cross_pollination_lists_the_most_shared_knelpunten(
    client, regisseur, lesson_index, programme, other_programme
):
    alone = published(lesson_index, title="Alleen bij ons", owner_programme=programme)
    twice = published(lesson_index, title="Bij twee programma's", owner_programme=programme)
    thrice = published(lesson_index, title="Bij drie programma's", owner_programme=programme)
    sight(twice, other_programme)
    sight(thrice, other_programme, ProgrammeFactory(name="Treiter"))
    client.force_login(regisseur)
    response = client.get("/kruisbestuiving/")
    assert [lesson.title for lesson in response.context["shared_bottlenecks"]] == [
        thrice.title,
        twice.title,
    ]
    page = response.content.decode()
    assert "Knelpunten die de meeste programma&#x27;s delen" in page or (
        "Knelpunten die de meeste programma's delen" in page
    )
    assert "3 programma's" in page and "Treiter" in page
    assert alone.title not in page.split('id="shared-bottlenecks"')[1].split("</section>")[0]


def test_the_similar_knelpunten_link_to_recording_a_sighting(
    client, colleague, knelpunt, programme
):
    client.force_login(colleague)
    answer = client.get("/lessen/delen/vergelijkbaar/", {"tekst": "verlof te laat gemeld"}).json()
    assert answer["lessons"][0]["sighting_url"] == f"/lessen/{knelpunt.pk}/wij-zien-dit-ook/"


def test_demo_sightings_are_seeded_once(lesson_index, programme, other_programme):
    third = ProgrammeFactory(name="Derde")
    for _number in range(5):
        published(lesson_index, owner_programme=programme)
    seed_sightings()
    counts = list(ProgrammeSighting.objects.filter(approved=True).values_list("lesson", flat=True))
    assert len(counts) == 2 + 2 + 2 + 1  # three other programmes at most
    assert ProgrammeSighting.objects.filter(approved=False).count() == 1
    seed_sightings()
    assert ProgrammeSighting.objects.count() == 8
    assert third.sightings.exists()
