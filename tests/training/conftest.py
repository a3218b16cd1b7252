import pytest

from portal.factories import ProgrammeFactory
from portal.models import HomePage
from training.factories import LessonFactory, TrainingIndexPageFactory, TrainingModuleFactory


@pytest.fixture
def catalogue(db):
    return TrainingIndexPageFactory(parent=HomePage.objects.get())


@pytest.fixture
def top600(db):
    return ProgrammeFactory(name="Top600", short_name="Top600", slug="top600")


@pytest.fixture
def module(catalogue, top600):
    """A module with three lessons; the second has a knowledge check (first answer correct)."""
    module = TrainingModuleFactory(
        parent=catalogue, owner_programme=top600, title="Regie voeren", slug="regie-voeren"
    )
    LessonFactory(parent=module, title="Wat is regie?", slug="wat-is-regie")
    LessonFactory(parent=module, title="Het netwerk", slug="het-netwerk", with_check=True)
    LessonFactory(parent=module, title="Het casusoverleg", slug="het-casusoverleg")
    return module


def lessons_of(module):
    return [lesson.specific for lesson in module.get_children().order_by("path")]


def check_id_of(lesson):
    return lesson.knowledge_checks()[0].id


def ensure_page_tree():
    """Transactional tests empty the database afterwards, migration data included: give the
    next one the page tree root, the home page and the role groups back."""
    from django.contrib.auth.models import Group
    from wagtail.models import Locale, Page

    from portal.constants import Role
    from portal.seeding import ensure_home_page

    Locale.objects.get_or_create(language_code="nl")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    for role in Role:
        Group.objects.get_or_create(name=role.value)
    return ensure_home_page()


@pytest.fixture
def live_module(transactional_db):
    """The `module` fixture for tests that run outside a transaction (threads, browser)."""
    home = ensure_page_tree()
    catalogue = TrainingIndexPageFactory(parent=home)
    programme = ProgrammeFactory(name="Top600", short_name="Top600", slug="top600")
    module = TrainingModuleFactory(
        parent=catalogue, owner_programme=programme, title="Regie voeren", slug="regie-voeren"
    )
    LessonFactory(parent=module, title="Wat is regie?", slug="wat-is-regie")
    LessonFactory(parent=module, title="Het netwerk", slug="het-netwerk", with_check=True)
    LessonFactory(parent=module, title="Het casusoverleg", slug="het-casusoverleg")
    return module
