import pytest

from themes.factories import MeetingIndexPageFactory, ThemeMeetingFactory
from themes.models import ThemeMeeting


@pytest.fixture
def meeting_index(home_page):
    index = MeetingIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


@pytest.fixture
def publish_meeting(meeting_index, programme):
    def publish(**kwargs):
        kwargs.setdefault("owner_programme", programme)
        page = ThemeMeetingFactory(parent=meeting_index, live=False, **kwargs)
        page.save_revision().publish()
        return ThemeMeeting.objects.get(pk=page.pk)

    return publish
