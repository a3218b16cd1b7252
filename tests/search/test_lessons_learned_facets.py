"""Lessons learned add their kind and follow-up status as search facets through the themes
app's hook; search code does not know about them."""

import pytest

from search.results import SearchRequest
from search.selectors import search_pages
from tests.search.test_facets_and_permissions import counts
from themes.constants import FollowUpStatus, LessonKind
from themes.factories import LessonIndexPageFactory, LessonLearnedFactory


@pytest.fixture
def lessons(backend, home_page, programme, publish):
    index_page = LessonIndexPageFactory(parent=home_page)
    pages = [
        LessonLearnedFactory(
            parent=index_page, owner_programme=programme, title="Informatiedeling met de school"
        ),
        LessonLearnedFactory(
            parent=index_page,
            owner_programme=programme,
            title="Informatiedeling stokt bij de woningcorporatie",
            bottleneck=True,
        ),
        LessonLearnedFactory(
            parent=index_page,
            owner_programme=programme,
            title="Informatiedeling na detentie",
            system_error=True,
            follow_up_status=FollowUpStatus.SOLVED,
        ),
    ]
    return [publish(page) for page in pages]


def test_kind_and_status_are_facets_of_lessons_learned(lessons, reader):
    results = search_pages(request=SearchRequest(query="informatiedeling"), user=reader)
    assert counts(results, "soort") == {
        LessonKind.GOOD_PRACTICE.value: 1,
        LessonKind.BOTTLENECK.value: 1,
        LessonKind.SYSTEM_ERROR.value: 1,
    }
    assert counts(results, "status") == {
        FollowUpStatus.OPEN.value: 1,
        FollowUpStatus.SOLVED.value: 1,
    }
    open_bottlenecks = search_pages(
        request=SearchRequest(
            query="informatiedeling",
            filters={"soort": [LessonKind.BOTTLENECK.value], "status": ["open"]},
        ),
        user=reader,
    )
    assert [hit.page.title for hit in open_bottlenecks.hits] == [
        "Informatiedeling stokt bij de woningcorporatie"
    ]
