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
def radicalisering(catalogue, programme_index):
    return ProgrammeFactory(
        name="Radicalisering", short_name="Radicalisering", slug="radicalisering"
    )


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


def complete_module(user, module):
    """The learner does every lesson of the module, passing its checks; their current
    certificate."""
    from training import services
    from training.models import Certificate

    for lesson in lessons_of(module):
        for block in lesson.knowledge_checks():
            services.knowledge_check_submit(
                user=user, lesson=lesson, check_id=block.id, selected=["0"]
            )
        services.lesson_mark_completed(user=user, lesson=lesson)
    return Certificate.objects.get(user=user, module=module, superseded_at__isnull=True)


def lessons_of(module):
    return [lesson.specific for lesson in module.get_children().order_by("path")]


def check_id_of(lesson):
    return lesson.knowledge_checks()[0].id


@pytest.fixture
def live_module(transactional_db):
    """The `module` fixture for tests that run outside a transaction (threads, browser)."""
    home = HomePage.objects.get()
    catalogue = TrainingIndexPageFactory(parent=home)
    programme = ProgrammeFactory(name="Top600", short_name="Top600", slug="top600")
    module = TrainingModuleFactory(
        parent=catalogue, owner_programme=programme, title="Regie voeren", slug="regie-voeren"
    )
    LessonFactory(parent=module, title="Wat is regie?", slug="wat-is-regie")
    LessonFactory(parent=module, title="Het netwerk", slug="het-netwerk", with_check=True)
    LessonFactory(parent=module, title="Het casusoverleg", slug="het-casusoverleg")
    return module
