""" "Overnemen voor mijn programma": programme staff adopt a module as a draft that goes through
moderation; an integral adoption follows its original's updates; copying pages that hold
(integral) adoptions works."""

import pytest
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowState

from portal.constants import Role
from tests.conftest import user_with_role
from training.adoption import adopt_module, adoption_choices
from training.models import Lesson, TrainingModule

from .conftest import lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def radicalisering_staff(radicalisering):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="rad-medewerker")
    user.groups.add(radicalisering.staff_group)
    return user


@pytest.fixture
def moderation(catalogue):
    workflow = Workflow.objects.filter(active=True).first()
    if workflow is None:
        pytest.fail("Wagtail's default moderation workflow is missing")
    return workflow


def publish(page, user=None):
    page.save_revision(user=user).publish(user=user)


def test_programme_staff_adopt_a_module_as_a_draft_in_moderation(
    client, module, radicalisering, radicalisering_staff, moderation
):
    publish(module)
    client.force_login(radicalisering_staff)
    page = client.get(module.url)
    assert "Overnemen voor mijn programma" in page.content.decode()

    response = client.post(
        reverse("training_module_adopt", args=[module.pk]),
        {"programme": radicalisering.pk, "integrally": "0"},
    )

    assert response.status_code == 302
    module.refresh_from_db()
    adoption = TrainingModule.objects.get(owner_programme=radicalisering)
    assert not adoption.live
    assert adoption.adopted_from_module == module
    assert adoption.adopted_from_programme == module.owner_programme
    assert adoption.adopted_version == module.version
    assert adoption.adopted_revision_id == module.live_revision_id
    assert not adoption.adopted_integrally
    assert [lesson.title for lesson in lessons_of(adoption)] == [
        lesson.title for lesson in lessons_of(module)
    ]
    state = WorkflowState.objects.get(object_id=str(adoption.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == radicalisering_staff

    # Approved: the module and its copied lessons go live.
    publish(adoption)
    assert all(lesson.live for lesson in lessons_of(adoption))
    page = client.get(adoption.url)
    assert page.status_code == 200
    assert "Top600" in page.content.decode()


def test_a_reader_without_a_programme_role_cannot_adopt(client, module, radicalisering, regisseur):
    publish(module)
    client.force_login(regisseur)
    assert "Overnemen voor mijn programma" not in client.get(module.url).content.decode()
    response = client.post(
        reverse("training_module_adopt", args=[module.pk]), {"programme": radicalisering.pk}
    )
    assert response.status_code == 302
    assert not TrainingModule.objects.filter(owner_programme=radicalisering).exists()
    messages = [str(m) for m in client.get(module.url).context["messages"]]
    assert messages == ["Kies een programma waarvoor je deze module mag overnemen."]


def test_a_programme_adopts_a_module_once_and_never_an_adaptation(
    module, radicalisering, radicalisering_staff
):
    publish(module)
    adoption = adopt_module(
        user=radicalisering_staff, original=module, programme=radicalisering, integrally=False
    )
    assert adoption_choices(user=radicalisering_staff, module=module) == []
    assert adoption_choices(user=radicalisering_staff, module=adoption) == []


def integral_adoption(module, programme, user):
    adoption = adopt_module(user=user, original=module, programme=programme, integrally=True)
    publish(adoption)
    return TrainingModule.objects.get(pk=adoption.pk)


def test_an_integral_adoption_follows_the_originals_updates(
    module, radicalisering, radicalisering_staff
):
    publish(module)
    adoption = integral_adoption(module, radicalisering, radicalisering_staff)
    first, second, third = lessons_of(module)

    module.version = "2.0"
    module.learning_goals = "<ul><li>Een nieuw doel</li></ul>"
    publish(module)
    second.title = "Het netwerk, herzien"
    publish(second)
    third.unpublish()
    new = Lesson(title="Nazorg", slug="nazorg", body=[])
    module.add_child(instance=new)
    publish(new)
    publish(module)

    adoption.refresh_from_db()
    module.refresh_from_db()
    assert adoption.adopted_version == "2.0"
    assert adoption.adopted_revision_id == module.live_revision_id
    assert adoption.learning_goals == "<ul><li>Een nieuw doel</li></ul>"
    assert [lesson.title for lesson in adoption.lessons()] == [
        "Wat is regie?",
        "Het netwerk, herzien",
        "Nazorg",
    ]
    assert not adoption.is_behind_original


def test_an_adaptation_does_not_follow_the_original(module, radicalisering, radicalisering_staff):
    publish(module)
    adoption = adopt_module(
        user=radicalisering_staff, original=module, programme=radicalisering, integrally=False
    )
    publish(adoption)
    module.version = "2.0"
    publish(module)
    adoption = TrainingModule.objects.select_related("adopted_from_module").get(pk=adoption.pk)
    assert adoption.adopted_version == "1.0"
    assert adoption.is_behind_original


def test_copying_an_integral_adoption_and_a_tree_holding_one_works(
    module, catalogue, radicalisering, radicalisering_staff
):
    publish(module)
    adoption = integral_adoption(module, radicalisering, radicalisering_staff)

    copy = adoption.copy(
        recursive=True, update_attrs={"slug": "kopie", "title": "Kopie"}, keep_live=True
    )
    assert copy.get_children().count() == 3

    home = Page.objects.get(pk=catalogue.get_parent().pk)
    catalogue_copy = catalogue.copy(
        recursive=True,
        to=home,
        update_attrs={"slug": "leren-kopie", "title": "Leren (kopie)"},
        keep_live=True,
    )
    modules = catalogue_copy.get_children()
    assert modules.count() == 3
    assert all(child.get_children().count() == 3 for child in modules)
