"""Meeting harvest: the organiser of a past theme meeting turns its takeaways into draft
lessons learned in one step, prefilled with the meeting, its programmes and its tags; each goes
through the programme's moderation, and the meeting and the lessons link to each other."""

import pytest
from wagtail.models import WorkflowState

from portal.constants import Role
from tests.conftest import user_with_role
from themes.constants import FollowUpStatus, LessonKind, LessonSource
from themes.factories import MeetingIndexPageFactory, ThemeMeetingFactory
from themes.models import LessonLearned

pytestmark = pytest.mark.django_db

TAKEAWAYS = (
    "School en zorg delen meer als het doel vooraf helder is.\n"
    "Eén uitleg van het convenant voor nieuwe partners.\n"
    "Verlof wordt vaak te laat gemeld."
)


@pytest.fixture
def meeting(home_page, lesson_index, programme, other_programme):
    index = MeetingIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    meeting = ThemeMeetingFactory(
        parent=index,
        title="Informatiedeling in de keten",
        slug="informatiedeling",
        owner_programme=programme,
        past=True,
        takeaways=TAKEAWAYS,
        live=False,
    )
    meeting.tags.add("informatiedeling", "privacy")
    meeting.invited_programmes.set([other_programme])
    meeting.save_revision().publish()
    return meeting


@pytest.fixture
def organiser(programme):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="olga")
    user.groups.add(programme.staff_group, programme.editor_group)
    return user


@pytest.fixture
def second_editor(programme):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="eva")
    user.groups.add(programme.staff_group, programme.editor_group)
    return user


def harvest_data(meeting, picks):
    """The form: every takeaway, the picked ones ({index: (title, kind)}) ticked."""
    takeaways = meeting.takeaway_list
    data = {"form-TOTAL_FORMS": len(takeaways), "form-INITIAL_FORMS": len(takeaways)}
    for number, takeaway in enumerate(takeaways):
        title, kind = picks.get(number, (takeaway, LessonKind.GOOD_PRACTICE))
        data.update(
            {f"form-{number}-takeaway": takeaway, f"form-{number}-title": title}
            | {f"form-{number}-kind": kind}
        )
        if number in picks:
            data[f"form-{number}-pick"] = "on"
    return data


def harvest_url(meeting):
    return f"/themabijeenkomsten/{meeting.slug}/oogsten/"


def test_the_organiser_harvests_takeaways_through_moderation_with_back_links(
    client, meeting, organiser, second_editor, programme, other_programme
):
    client.force_login(organiser)
    page = client.get(meeting.url).content.decode()
    assert f'href="{harvest_url(meeting)}"' in page

    form = client.get(harvest_url(meeting)).content.decode()
    assert "Verlof wordt vaak te laat gemeld." in form

    response = client.post(
        harvest_url(meeting),
        harvest_data(
            meeting,
            {
                0: ("Doel van het overleg vooraf delen", LessonKind.GOOD_PRACTICE),
                2: ("Verlof te laat gemeld", LessonKind.BOTTLENECK),
            },
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == meeting.url + "#harvested-lessons"
    lessons = list(LessonLearned.objects.order_by("pk"))
    assert [lesson.title for lesson in lessons] == [
        "Doel van het overleg vooraf delen",
        "Verlof te laat gemeld",
    ]
    good, bottleneck = lessons
    for lesson in lessons:
        assert not lesson.live
        assert lesson.owner == organiser
        assert lesson.source_meeting_id == meeting.pk
        assert lesson.source == LessonSource.THEME_MEETING
        assert lesson.owner_programme == programme
        assert list(lesson.also_relevant_for.all()) == [other_programme]
        assert sorted(tag.name for tag in lesson.tags.all()) == ["informatiedeling", "privacy"]
        state = WorkflowState.objects.get(object_id=str(lesson.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert good.summary == "School en zorg delen meer als het doel vooraf helder is."
    assert bottleneck.kind == LessonKind.BOTTLENECK
    assert bottleneck.follow_up_status == FollowUpStatus.OPEN

    # Not on the meeting before approval; the harvest page lists them as in review.
    assert "Verlof te laat gemeld" not in client.get(meeting.url).content.decode()
    assert "Verlof te laat gemeld" in client.get(harvest_url(meeting)).content.decode()

    # Sending the form again makes no duplicates.
    client.post(harvest_url(meeting), harvest_data(meeting, {2: ("Nog eens", "knelpunt")}))
    assert LessonLearned.objects.count() == 2

    # Another editor of the programme approves (the organiser may not approve their own).
    client.force_login(second_editor)
    state = WorkflowState.objects.get(object_id=str(good.pk))
    client.post(
        f"/admin/pages/workflow/action/{good.pk}/approve/{state.current_task_state.pk}/",
        {"comment": ""},
    )
    good.refresh_from_db()
    assert good.live

    meeting_page = client.get(meeting.url).content.decode()
    assert "Geleerde lessen uit deze bijeenkomst" in meeting_page
    assert f'href="{good.url}"' in meeting_page
    assert "Verlof te laat gemeld" not in meeting_page  # still in review
    lesson_page = client.get(good.url).content.decode()
    assert "Uit de themabijeenkomst" in lesson_page
    assert f'href="{meeting.url}"' in lesson_page


def test_a_regisseur_cannot_harvest(client, meeting, regisseur):
    client.force_login(regisseur)
    assert harvest_url(meeting) not in client.get(meeting.url).content.decode()
    response = client.get(harvest_url(meeting))
    assert response.status_code == 403
    assert "Je hebt hier geen toegang toe" in response.content.decode()
    response = client.post(
        harvest_url(meeting), harvest_data(meeting, {0: ("Les", "goede-praktijk")})
    )
    assert response.status_code == 403
    assert not LessonLearned.objects.exists()


def test_redactie_harvests_any_programmes_meeting(client, meeting, redactie):
    client.force_login(redactie)
    response = client.post(
        harvest_url(meeting), harvest_data(meeting, {1: ("Convenant uitleggen", "goede-praktijk")})
    )
    assert response.status_code == 302
    assert LessonLearned.objects.get().title == "Convenant uitleggen"


def test_bad_input_gets_a_dutch_message_and_nothing_is_made(client, meeting, organiser):
    client.force_login(organiser)
    nothing = client.post(harvest_url(meeting), harvest_data(meeting, {}))
    assert nothing.status_code == 400
    assert "Kies ten minste één conclusie" in nothing.content.decode()

    no_title = client.post(harvest_url(meeting), harvest_data(meeting, {0: ("", "goede-praktijk")}))
    assert no_title.status_code == 400
    assert "Geef de les een titel" in no_title.content.decode()

    changed = harvest_data(meeting, {0: ("Les", "goede-praktijk")})
    changed["form-0-takeaway"] = "Iets wat niet besproken is."
    response = client.post(harvest_url(meeting), changed)
    assert response.status_code == 400
    assert not LessonLearned.objects.exists()


def test_an_upcoming_meeting_cannot_be_harvested_yet(client, meeting, organiser):
    meeting.start = meeting.start.replace(year=meeting.start.year + 1)
    meeting.end = meeting.start.replace(hour=meeting.start.hour + 1)
    meeting.save_revision().publish()
    client.force_login(organiser)
    assert harvest_url(meeting) not in client.get(meeting.url).content.decode()
    response = client.post(
        harvest_url(meeting), harvest_data(meeting, {0: ("Les", "goede-praktijk")})
    )
    assert response.status_code == 400
    assert not LessonLearned.objects.exists()
