"""Colleague profiles (/mensen/) and "Wie weet hier meer van?"."""

import pytest
from django.urls import reverse
from taggit.models import Tag

from people.models import ColleagueProfile
from people.selectors import experts_on
from themes.factories import LessonLearnedFactory, MeetingIndexPageFactory, ThemeMeetingFactory
from themes.models import MeetingSpeaker
from training.factories import TrainingIndexPageFactory, TrainingModuleFactory

from .conftest import colleague, page_queries

pytestmark = pytest.mark.django_db


def published_lesson(index, *, author, tags=(), **kwargs):
    page = LessonLearnedFactory(parent=index, live=False, owner=author, **kwargs)
    page.tags.add(*tags)
    page.save_revision(user=author).publish()
    return page


@pytest.fixture
def noor(db):
    return colleague("noor", role="Regie-specialist Top600")


def test_profile_shows_role_expertise_and_visible_contributions(
    client, regisseur, noor, lesson_index, programme, home_page
):
    noor.programme = programme
    noor.save()
    noor.expertise.add(Tag.objects.create(name="re-integratie", slug="re-integratie"))
    own = published_lesson(lesson_index, author=noor.user, title="Onder eigen naam")
    anonymous = published_lesson(
        lesson_index, author=noor.user, title="Zonder naam gedeeld", blame_free=True
    )
    meetings = MeetingIndexPageFactory(parent=home_page)
    meeting = ThemeMeetingFactory(parent=meetings, title="Bijeenkomst nazorg", live=False)
    meeting.save_revision().publish()
    MeetingSpeaker.objects.create(meeting=meeting, name="Noor", colleague=noor.user)
    module = TrainingModuleFactory(
        parent=TrainingIndexPageFactory(parent=home_page),
        title="Module netwerk",
        content_owner=noor.user,
        live=False,
    )
    module.save_revision().publish()

    client.force_login(regisseur)
    content = client.get(noor.get_absolute_url()).content.decode()
    assert "Regie-specialist Top600" in content and "Top600" in content
    assert "re-integratie" in content
    assert own.title in content
    assert "Bijeenkomst nazorg" in content
    assert "Module netwerk" in content
    assert anonymous.title not in content


def test_hidden_profile_is_not_listed_and_404_to_others(client, regisseur, noor):
    noor.hidden = True
    noor.save()
    client.force_login(regisseur)
    assert "Noor Collega" not in client.get(reverse("colleague_list")).content.decode()
    assert client.get(noor.get_absolute_url()).status_code == 404
    client.force_login(noor.user)
    assert client.get(noor.get_absolute_url()).status_code == 200


def test_listed_profile_shows_in_the_list(client, regisseur, noor):
    client.force_login(regisseur)
    content = client.get(reverse("colleague_list")).content.decode()
    assert "Noor Collega" in content and noor.get_absolute_url() in content


def test_a_colleague_edits_and_hides_their_own_profile(client, regisseur, programme):
    Tag.objects.create(name="detentie", slug="detentie")
    client.force_login(regisseur)
    assert client.get(reverse("own_profile_edit")).status_code == 200
    response = client.post(
        reverse("own_profile_edit"),
        {
            "role": "Regisseur Top600",
            "programme": programme.pk,
            "ask_me_about": "Nazorg na detentie.",
            "work_channels": "Teams",
            "expertise": [Tag.objects.get(slug="detentie").pk],
            "hidden": "on",
        },
    )
    assert response.status_code == 302
    profile = ColleagueProfile.objects.get(user=regisseur)
    assert profile.role == "Regisseur Top600" and profile.hidden
    assert [tag.slug for tag in profile.expertise.all()] == ["detentie"]


def test_personal_data_in_the_profile_is_refused_on_its_field_and_kept(client, regisseur):
    client.force_login(regisseur)
    response = client.post(
        reverse("own_profile_edit"),
        {"role": "Regisseur", "work_channels": "Bel me op 06-12345678", "ask_me_about": "Nazorg"},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "persoonsgegevens" in content
    assert "Bel me op 06-12345678" in content and "Nazorg" in content
    assert not ColleagueProfile.objects.filter(user=regisseur).exists()


def test_editing_someone_elses_profile_is_refused(client, regisseur, noor):
    client.force_login(regisseur)
    url = reverse("colleague_edit", kwargs={"username": noor.user.username})
    assert client.get(url).status_code == 403
    assert client.post(url, {"role": "Gewijzigd"}).status_code == 403
    noor.refresh_from_db()
    assert noor.role == "Regie-specialist Top600"
    own = reverse("colleague_edit", kwargs={"username": regisseur.username})
    assert client.get(own).status_code == 200


def test_experts_rank_by_visible_work_and_never_count_blame_free_work(
    regisseur, noor, lesson_index, programme
):
    tag = Tag.objects.create(name="nazorg", slug="nazorg")
    sam = colleague("sam")
    kim = colleague("kim")
    hidden = colleague("verborgen", hidden=True)
    for n in range(3):
        published_lesson(
            lesson_index, author=sam.user, tags=[tag], blame_free=True, title=f"Anoniem {n}"
        )
    published_lesson(lesson_index, author=noor.user, tags=[tag], title="Les van Noor")
    published_lesson(lesson_index, author=noor.user, tags=[tag], title="Nog een les")
    published_lesson(lesson_index, author=noor.user, tags=[tag], title="Een derde les")
    published_lesson(lesson_index, author=hidden.user, tags=[tag], title="Verborgen les")
    kim.expertise.add(tag)

    experts = experts_on(tag_ids=[tag.pk], reader=regisseur)
    assert [expert.profile for expert in experts] == [noor, kim]
    assert experts[0].contributions == 3 and not experts[0].stated
    assert experts[1].contributions == 0 and experts[1].stated


def test_the_ranking_is_kept_but_follows_new_work_expertise_and_hiding(
    regisseur, noor, lesson_index, programme, django_assert_num_queries
):
    tag = Tag.objects.create(name="nazorg", slug="nazorg")
    kim = colleague("kim")
    published_lesson(lesson_index, author=noor.user, tags=[tag], title="Les van Noor")
    assert [expert.profile for expert in experts_on(tag_ids=[tag.pk], reader=regisseur)] == [noor]
    with django_assert_num_queries(1):  # the ranking is kept; only the profiles are read
        assert len(experts_on(tag_ids=[tag.pk], reader=regisseur)) == 1

    kim.expertise.add(tag)  # stated expertise counts at once
    assert {e.profile for e in experts_on(tag_ids=[tag.pk], reader=regisseur)} == {noor, kim}

    published_lesson(lesson_index, author=kim.user, tags=[tag], title="Les van Kim")
    published_lesson(lesson_index, author=kim.user, tags=[tag], title="Nog een les van Kim")
    assert [e.profile for e in experts_on(tag_ids=[tag.pk], reader=regisseur)] == [kim, noor]

    kim.hidden = True
    kim.save()
    assert [e.profile for e in experts_on(tag_ids=[tag.pk], reader=regisseur)] == [noor]


def test_who_knows_more_shows_on_theme_and_knowledge_pages(
    client, regisseur, noor, lesson_index, programme
):
    tag = Tag.objects.create(name="nazorg", slug="nazorg")
    lesson = published_lesson(lesson_index, author=noor.user, tags=[tag], title="Les van Noor")
    client.force_login(regisseur)
    for url in (reverse("tag_detail", kwargs={"slug": "nazorg"}), lesson.url):
        content = client.get(url).content.decode()
        assert "Wie weet hier meer van?" in content
        assert noor.get_absolute_url() in content


def test_colleague_pages_take_a_bounded_number_of_queries(
    client, regisseur, noor, lesson_index, programme
):
    tag = Tag.objects.create(name="nazorg", slug="nazorg")
    client.force_login(regisseur)
    counts = {}
    for size, (count, start) in {"small": (2, 0), "large": (12, 2)}.items():
        for n in range(start, start + count):
            other = colleague(f"collega-{n}", role="Regisseur")
            other.expertise.add(tag)
            published_lesson(lesson_index, author=other.user, tags=[tag], title=f"Les {n}")
            published_lesson(lesson_index, author=noor.user, tags=[tag], title=f"Noor {n}")
        counts[size] = []
        for url in (
            reverse("colleague_list"),
            noor.get_absolute_url(),
            reverse("tag_detail", kwargs={"slug": "nazorg"}),
        ):
            counts[size].append(page_queries(client, url))
    assert max(counts["large"]) <= 12, counts
    assert counts["small"] == counts["large"], counts
