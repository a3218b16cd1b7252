import pytest
from django.contrib.auth.models import Group

from portal.constants import Role
from portal.factories import ProgrammeFactory, ProgrammeIndexPageFactory, UserFactory
from portal.models import HomePage
from themes.factories import LessonIndexPageFactory, MeetingIndexPageFactory

from .mail_support import run_worker, start_mailbox


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Every cache, the rate limits' included: one test's searches never count against the
    next test's."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
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


@pytest.fixture
def lesson_index(home_page):
    index = LessonIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


@pytest.fixture
def meeting_index(home_page):
    index = MeetingIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


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


# The data migrations, in order: what a flushed database needs back.
DATA_MIGRATIONS = [
    ("portal.migrations.0002_initial_site", "create_home_page"),
    ("portal.migrations.0003_roles", "create_roles"),
    (
        "training.migrations.0003_group_memberships_and_manager_admin_access",
        "grant_manager_admin_access",
    ),
    ("training.migrations.0004_redactie_manages_learning_paths", "grant"),
    ("portal.migrations.0006_chain_partner_shared", "add_chain_partners"),
    ("people.migrations.0002_redactie_manages_directory", "grant"),
]


def restore_migration_data():
    """A transactional test empties the database when it ends, including what the data
    migrations created (page tree root, home page, root collection, roles, chain partners).
    Run the same migration functions again, against the live models."""
    from importlib import import_module

    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    if Page.objects.exists():
        return
    # The flush re-created the content types under new ids: forget the cached ones.
    ContentType.objects.clear_cache()
    locale, _created = Locale.objects.get_or_create(language_code="nl")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    roles = import_module("portal.migrations.0003_roles")
    # Permissions exist already (the flush re-creates them through post_migrate).
    original, roles.ensure_permissions_exist = roles.ensure_permissions_exist, lambda apps: None
    try:
        for module, function in DATA_MIGRATIONS:
            getattr(import_module(module), function)(apps, None)
    finally:
        roles.ensure_permissions_exist = original


@pytest.fixture(autouse=True)
def _migration_data_for_transactional_tests(request):
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        request.getfixturevalue("transactional_db")
        restore_migration_data()


@pytest.fixture
def mailbox(settings):
    """What arrives at a real SMTP server on loopback (tests/mail_support.py)."""
    mailbox, server = start_mailbox(settings)
    yield mailbox
    server.stop()


@pytest.fixture
def worker():
    """Runs the real task worker once over the database queue: every task that is due."""
    return run_worker
