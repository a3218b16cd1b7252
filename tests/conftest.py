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


@pytest.fixture(scope="session")
def _migration_data(django_db_setup, django_db_blocker):
    """The rows migrations create (root and home page, site, roles), as Django serialized them
    when it set up the test database (tests marked serialized_rollback ask for that)."""
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", None)


@pytest.fixture(autouse=True)
def _keep_migration_data_for_serialized_rollback(request):
    """A live server test leaves the test thread with a new database connection that lacks
    Django's serialized copy of the migration data, so the next serialized_rollback test
    would start from empty tables. Hand the copy (taken by the first database test) back."""
    uses_database = request.node.get_closest_marker("django_db") or {
        "db",
        "transactional_db",
    } & set(request.fixturenames)
    if not uses_database:
        yield
        return
    contents = request.getfixturevalue("_migration_data")
    yield
    from django.db import connection

    if contents and not hasattr(connection, "_test_serialized_contents"):
        connection._test_serialized_contents = contents
