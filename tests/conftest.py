import pytest
from django.contrib.auth.models import Group

from portal.constants import Role
from portal.factories import ProgrammeFactory, ProgrammeIndexPageFactory, UserFactory
from portal.models import HomePage


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db) -> HomePage:
    return HomePage.objects.get()


@pytest.fixture
def programme_index(home_page):
    return ProgrammeIndexPageFactory(parent=home_page)


@pytest.fixture
def programme(programme_index):
    return ProgrammeFactory(name="Top600", short_name="Top600", slug="top600")


@pytest.fixture
def other_programme(programme_index):
    return ProgrammeFactory(
        name="Radicalisering", short_name="Radicalisering", slug="radicalisering"
    )


def user_with_role(role: Role, **kwargs):
    return UserFactory(groups=[Group.objects.get(name=role.value)], **kwargs)


@pytest.fixture
def regisseur(db):
    return user_with_role(Role.REGISSEUR, username="test-regisseur")


@pytest.fixture
def redactie(db):
    return user_with_role(Role.REDACTIE, username="test-redactie")


@pytest.fixture
def staff_of_programme(programme):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="test-medewerker")
    user.groups.add(programme.staff_group)
    return user
