import pytest

from portal.settings.base import TASKS
from themes.factories import ThemeMeetingFactory
from themes.models import ThemeMeeting


@pytest.fixture
def publish_meeting(meeting_index, programme):
    def publish(**kwargs):
        kwargs.setdefault("owner_programme", programme)
        page = ThemeMeetingFactory(parent=meeting_index, live=False, **kwargs)
        page.save_revision().publish()
        return ThemeMeeting.objects.get(pk=page.pk)

    return publish


@pytest.fixture(autouse=True)
def invitations_at_once(settings):
    """The invitation tests read Django's outbox right after the registration: the background
    queue runs its jobs at once here. `test_invitations.py` also sends one through the real
    worker and SMTP server."""
    settings.TASKS = {
        **TASKS,
        "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    }
