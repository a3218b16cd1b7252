"""Blame-free for real in the admin: walking the explorer and the admin page search as another
programme's editor, filtering by owner or by who edited a page never reveals who wrote a
blame-free lesson; the owning programme's editors and the editorial team still find it."""

import pytest

from portal.constants import Role
from tests.conftest import user_with_role
from themes.factories import LessonLearnedFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(programme):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="pim", first_name="Pim")
    user.groups.add(programme.staff_group)
    return user


@pytest.fixture
def lessons(lesson_index, programme, author):
    made = {}
    for title, blame_free in [("Anonieme les over zorg", True), ("Les op naam over zorg", False)]:
        lesson = LessonLearnedFactory(
            parent=lesson_index,
            title=title,
            owner_programme=programme,
            owner=author,
            blame_free=blame_free,
            live=False,
        )
        lesson.save_revision(user=author, log_action=True).publish()
        made[blame_free] = lesson
    return made


def editor_of(programme, username):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username=username)
    user.groups.add(programme.staff_group, programme.editor_group)
    return user


def person_filtered_urls(lesson_index, author):
    # The explorer's filters and its search; the admin's separate page search
    # (/admin/pages/search/) has no filter by person.
    return [
        f"/admin/pages/{lesson_index.pk}/?owner={author.pk}",
        f"/admin/pages/{lesson_index.pk}/?edited_by={author.pk}",
        f"/admin/pages/{lesson_index.pk}/?owner={author.pk}&q=zorg",
        f"/admin/pages/{lesson_index.pk}/?q=zorg&search_all=1&owner={author.pk}",
        f"/admin/pages/{lesson_index.pk}/results/?owner={author.pk}",
    ]


def test_another_programmes_editor_cannot_find_the_author_by_filtering(
    client, lessons, lesson_index, author, other_programme
):
    client.force_login(editor_of(other_programme, "noor"))
    for url in person_filtered_urls(lesson_index, author):
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert "Les op naam over zorg" in page, url
        assert "Anonieme les over zorg" not in page, url
    # Unfiltered, the lesson itself is listed as before: only the link to its author is gone.
    assert (
        "Anonieme les over zorg" in client.get(f"/admin/pages/{lesson_index.pk}/").content.decode()
    )


@pytest.mark.parametrize("who", ["own editor", "redactie"])
def test_the_owning_programmes_editors_and_redactie_still_filter_by_author(
    client, lessons, lesson_index, author, programme, who
):
    user = editor_of(programme, "eva") if who == "own editor" else user_with_role(Role.REDACTIE)
    client.force_login(user)
    for url in person_filtered_urls(lesson_index, author):
        page = client.get(url).content.decode()
        assert "Anonieme les over zorg" in page, url
        assert "Les op naam over zorg" in page, url
