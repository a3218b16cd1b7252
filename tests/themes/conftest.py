import pytest

from themes.factories import LessonIndexPageFactory


@pytest.fixture
def lesson_index(home_page):
    index = LessonIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index
