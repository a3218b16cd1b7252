import pytest

from portal.constants import Role
from portal.factories import StandardPageFactory
from tests.conftest import user_with_role


@pytest.fixture
def content_owner(db):
    return user_with_role(Role.PROGRAMMAMEDEWERKER, username="eigenaar", first_name="Olga")


@pytest.fixture
def editor(programme):
    """An editor of the page's programme (Top600)."""
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="eva", first_name="Eva")
    user.groups.add(programme.staff_group, programme.editor_group)
    return user


@pytest.fixture
def other_editor(other_programme):
    """An editor of another programme: no say over the page."""
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="otto")
    user.groups.add(other_programme.staff_group, other_programme.editor_group)
    return user


@pytest.fixture
def asker(programme):
    user = user_with_role(Role.REGISSEUR, username="ada", first_name="Ada", last_name="Vrager")
    user.groups.add(programme.team_group)
    return user


@pytest.fixture
def page(home_page, programme, content_owner):
    return StandardPageFactory(
        parent=home_page,
        owner_programme=programme,
        content_owner=content_owner,
        title="Werkwijze Top600",
    )
