"""Blame-free for real in every admin listing: walking the admin's listings, reports, exports and
histories as another programme's staff or editor, the author of a blame-free lesson never
appears; the owning programme's editors and the editorial team still see who wrote it."""

import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from portal.constants import Role
from tests.conftest import user_with_role
from themes.factories import LessonLearnedFactory
from themes.services import moderation_ensure_workflow

pytestmark = pytest.mark.django_db

AUTHOR_NAMES = ("Pimpernel", "Verborgen", "pim.verborgen")


@pytest.fixture
def author(programme):
    user = user_with_role(
        Role.PROGRAMMAMEDEWERKER,
        username="pim.verborgen",
        first_name="Pimpernel",
        last_name="Verborgen",
    )
    user.groups.add(programme.staff_group)
    return user


@pytest.fixture
def blame_free_lesson(lesson_index, programme, other_programme, author):
    """A blame-free lesson its author published long ago (so it ages), revised, submitted for
    moderation and left locked: every admin report has something to say about it."""
    moderation_ensure_workflow(sections=[lesson_index])
    lesson = LessonLearnedFactory(
        parent=lesson_index,
        title="Anonieme les over zorg",
        owner_programme=programme,
        owner=author,
        content_owner=author,
        review_by=datetime.date(2020, 1, 1),
        blame_free=True,
        live=False,
    )
    lesson.save_revision(user=author, log_action=True).publish(
        user=author, skip_permission_checks=True
    )
    long_ago = timezone.now() - datetime.timedelta(days=400)
    type(lesson).objects.filter(pk=lesson.pk).update(
        last_published_at=long_ago, first_published_at=long_ago
    )
    lesson.refresh_from_db()
    lesson.summary = "Herzien over zorg"
    lesson.save_revision(user=author, log_action=True)
    lesson.get_workflow().start(lesson, author)
    lesson.locked, lesson.locked_by, lesson.locked_at = True, author, timezone.now()
    lesson.save(update_fields=["locked", "locked_by", "locked_at"])
    return lesson


def editor_of(programme, username):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username=username)
    user.groups.add(programme.staff_group, programme.editor_group)
    return user


def staff_of(programme, username):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username=username)
    user.groups.add(programme.staff_group)
    return user


def admin_listings(lesson, author):
    index_pk = lesson.get_parent().pk
    listings = [
        "/admin/",
        f"/admin/pages/{index_pk}/",
        f"/admin/pages/{index_pk}/?export=csv",
        f"/admin/pages/{index_pk}/?export=xlsx",
        f"/admin/pages/{index_pk}/?owner={author.pk}",
        f"/admin/pages/{index_pk}/?q=zorg",
        "/admin/pages/search/?q=zorg",
        "/admin/pages/search/results/?q=zorg",
        f"/admin/pages/{lesson.pk}/history/",
        f"/admin/pages/{lesson.pk}/workflow_history/",
        f"/admin/pages/{lesson.pk}/edit/",
        f"/admin/api/main/pages/?child_of={index_pk}&fields=*",
        f"/admin/api/main/pages/{lesson.pk}/",
        "/admin/reports/stale-content/",
        "/admin/reports/stale-content/?export=csv",
    ]
    for report in ("site-history", "locked", "aging-pages", "workflow", "workflow_tasks"):
        listings += [
            f"/admin/reports/{report}/",
            f"/admin/reports/{report}/results/",
            f"/admin/reports/{report}/?export=csv",
            f"/admin/reports/{report}/?export=xlsx",
        ]
    listings += [
        f"/admin/reports/site-history/?user={author.pk}",
        "/admin/reports/site-history/?object_type=&label=zorg",
        f"/admin/reports/locked/?locked_by={author.pk}",
        f"/admin/reports/aging-pages/?last_published_by={author.pk}",
        f"/admin/reports/workflow/?requested_by={author.pk}",
    ]
    return listings


def text_of(response) -> str:
    if response.get("Content-Type", "").startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    ):
        workbook = load_workbook(io.BytesIO(b"".join(response)))
        return "\n".join(
            str(cell.value)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        )
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def walk(client, urls):
    """Each listing's text, by address; listings this user may not open are left out."""
    seen = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 302, 403), (url, response.status_code)
        if response.status_code == 200:
            seen[url] = text_of(response)
    return seen


@pytest.mark.parametrize("who", ["other programme's editor", "other programme's staff"])
def test_no_listing_shows_the_author_to_another_programme(
    client, blame_free_lesson, author, other_programme, who
):
    make = editor_of if who == "other programme's editor" else staff_of
    client.force_login(make(other_programme, "noor"))
    seen = walk(client, admin_listings(blame_free_lesson, author))
    # The walk reached the listings that matter: the explorer, its exports, the site history
    # (filtered by the author too) and its exports, the workflow report.
    index_pk = blame_free_lesson.get_parent().pk
    for url in (
        f"/admin/pages/{index_pk}/",
        f"/admin/pages/{index_pk}/?export=csv",
        "/admin/reports/site-history/",
        f"/admin/reports/site-history/?user={author.pk}",
        "/admin/reports/site-history/?export=xlsx",
        "/admin/reports/workflow/",
    ):
        assert url in seen, url
    # The lesson itself stays listed in the explorer: only who wrote it is gone.
    assert "Anonieme les over zorg" in seen[f"/admin/pages/{index_pk}/"]
    leaks = {url for url, text in seen.items() for name in AUTHOR_NAMES if name in text}
    assert not leaks


def test_the_site_history_still_shows_other_lessons_to_another_programme(
    client, blame_free_lesson, lesson_index, author, other_programme
):
    named = LessonLearnedFactory(
        parent=lesson_index, title="Les op naam", owner_programme=other_programme, live=False
    )
    named.save_revision(user=author, log_action=True)
    client.force_login(editor_of(other_programme, "noor"))
    page = client.get("/admin/reports/site-history/").content.decode()
    assert "Les op naam" in page
    assert "Pimpernel Verborgen" in page
    assert "Anonieme les over zorg" not in page


@pytest.mark.parametrize("who", ["own editor", "redactie"])
def test_the_owning_programmes_editors_and_redactie_see_the_author(
    client, blame_free_lesson, author, programme, who
):
    user = editor_of(programme, "eva") if who == "own editor" else user_with_role(Role.REDACTIE)
    client.force_login(user)
    index_pk = blame_free_lesson.get_parent().pk
    seen = walk(client, admin_listings(blame_free_lesson, author))
    for url in (
        f"/admin/pages/{index_pk}/",
        f"/admin/pages/{index_pk}/?owner={author.pk}",
        "/admin/reports/site-history/",
        "/admin/reports/site-history/results/",
        f"/admin/reports/site-history/?user={author.pk}",
        "/admin/reports/site-history/?export=csv",
        "/admin/reports/site-history/?export=xlsx",
        "/admin/reports/workflow/",
    ):
        assert "Pimpernel Verborgen" in seen[url] or "pim.verborgen" in seen[url], url
    history = seen["/admin/reports/site-history/?export=csv"]
    assert "Anonieme les over zorg,Geleerde les" in history
    if who == "redactie":
        # The editorial team reviews it: the workflow report lists it with its requester.
        assert "Anonieme les over zorg" in seen["/admin/reports/workflow/"]
        assert "Anonieme les over zorg" in seen[f"/admin/pages/{blame_free_lesson.pk}/history/"]


def test_the_author_still_finds_their_own_lessons_by_their_name(client, blame_free_lesson, author):
    client.force_login(author)
    index_pk = blame_free_lesson.get_parent().pk
    page = client.get(f"/admin/pages/{index_pk}/?owner={author.pk}").content.decode()
    assert "Anonieme les over zorg" in page
    assert "Pimpernel Verborgen" in page
    history = client.get(f"/admin/reports/site-history/?user={author.pk}").content.decode()
    assert "Anonieme les over zorg" in history
