import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.factories import ProgrammeFactory, StandardPageFactory
from portal.models import KnowledgePage
from themes.factories import LessonLearnedFactory, MeetingIndexPageFactory, ThemeMeetingFactory
from themes.selectors import cross_pollination_matrix

pytestmark = pytest.mark.django_db


def publish(page, tags):
    page.tags.add(*tags)
    page.save_revision().publish()
    return page


@pytest.fixture
def content(lesson_index, home_page, programme, other_programme):
    meetings = MeetingIndexPageFactory(parent=home_page)
    meetings.save_revision().publish()
    third = ProgrammeFactory(name="Treiter", short_name="Treiter", slug="treiter")
    pages = {
        "l1": publish(
            LessonLearnedFactory(parent=lesson_index, live=False, owner_programme=programme),
            ["lvb", "netwerk"],
        ),
        "l2": publish(
            LessonLearnedFactory(parent=lesson_index, live=False, owner_programme=programme),
            ["lvb"],
        ),
        "l3": publish(
            LessonLearnedFactory(parent=lesson_index, live=False, owner_programme=other_programme),
            ["lvb", "netwerk", "online"],
        ),
        "m1": publish(
            ThemeMeetingFactory(parent=meetings, live=False, owner_programme=other_programme),
            ["lvb"],
        ),
        "s1": publish(
            StandardPageFactory(parent=programme.landing_page, live=False, owner_programme=third),
            ["netwerk", "lvb"],
        ),
        "draft": LessonLearnedFactory(parent=lesson_index, live=False, owner_programme=third),
    }
    pages["draft"].tags.add("lvb")
    pages["draft"].save_revision()
    return pages


def test_matrix_counts_match_a_direct_query(regisseur, content, programme, other_programme):
    matrix = cross_pollination_matrix(user=regisseur)
    tags = [tag.slug for tag in matrix["tags"]]
    assert tags[:2] == ["lvb", "netwerk"]
    for row in matrix["rows"]:
        for cell in row.cells:
            expected = (
                KnowledgePage.objects.live()
                .filter(owner_programme=row.programme, tagged_items__tag=cell.tag)
                .count()
            )
            assert cell.total == expected, (row.programme, cell.tag)
    top600 = next(row for row in matrix["rows"] if row.programme == programme)
    lvb = top600.cells[0]
    assert lvb.total == 2 and lvb.counts == [("geleerde lessen", 2)]
    radicalisering = next(row for row in matrix["rows"] if row.programme == other_programme)
    assert sorted(radicalisering.cells[0].counts) == [
        ("geleerde les", 1),
        ("themabijeenkomst", 1),
    ]
    online = tags.index("online")
    assert top600.cells[online].gap  # others have material on it, Top600 has none


def test_matrix_page_is_readable_and_links_to_filtered_lists(client, regisseur, content):
    client.force_login(regisseur)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/kruisbestuiving/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/themas/lvb/#programme-top600"' in html
    assert "Top600, lvb: 2 geleerde lessen" in html
    assert "heeft nog niets over online" in html
    with CaptureQueriesContext(connection) as queries:
        client.get("/kruisbestuiving/")  # caches warmed by the first request
    few = len(queries)
    for number in range(8):
        programme = ProgrammeFactory()
        publish(
            StandardPageFactory(
                parent=programme.landing_page, live=False, owner_programme=programme
            ),
            ["lvb", f"thema-{number}"],
        )
    # New programmes bring new groups, which makes every cached access read go stale once.
    client.get("/kruisbestuiving/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/kruisbestuiving/")
    assert len(queries) == few


def test_home_shows_upcoming_meetings_and_lessons_in_my_themes(
    client, content, staff_of_programme, other_programme
):
    client.force_login(staff_of_programme)
    html = client.get("/").content.decode()
    assert "Komende themabijeenkomsten" in html
    assert content["m1"].title in html
    assert "Nieuwe lessen in mijn thema" in html
    assert content["l3"].title in html
