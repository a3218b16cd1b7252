import pytest

from portal.constants import Role
from tests.conftest import user_with_role
from themes.factories import ThemeMeetingFactory
from themes.models import ThemeMeeting


def publish_meeting(index, **kwargs):
    """A meeting under `index`, published through a revision like an editor would."""
    tags = kwargs.pop("tags", None)
    page = ThemeMeetingFactory(parent=index, live=False, **kwargs)
    if tags:
        page.tags.add(*tags)
    page.save_revision().publish()
    return ThemeMeeting.objects.get(pk=page.pk)


@pytest.fixture
def programme_editor(programme):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="eva")
    user.groups.add(programme.staff_group, programme.editor_group)
    return user
