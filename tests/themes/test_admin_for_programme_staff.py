"""Admin for programme staff: a dashboard panel to start a new lesson or meeting, see their
submissions, what waits for their review and the sightings waiting for approval; knowledge
pages without the fields an intranet does not use (SEO title, meta description, show in
menus); content owners chosen and shown by name."""

import pytest
from wagtail.models import get_page_models

from portal.constants import Role
from portal.models import KnowledgePage
from tests.conftest import user_with_role
from themes.admin_dashboard import dashboard_links
from themes.factories import LessonLearnedFactory, MeetingIndexPageFactory
from themes.models import ProgrammeSighting

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(home_page, lesson_index):
    meetings = MeetingIndexPageFactory(parent=home_page)
    meetings.save_revision().publish()
    return lesson_index, meetings


@pytest.fixture
def editor(programme):
    user = user_with_role(
        Role.PROGRAMMAMEDEWERKER, username="olga", first_name="Olga", last_name="Jansen"
    )
    user.groups.add(programme.staff_group, programme.editor_group)
    return user


@pytest.fixture
def knelpunt_with_waiting_sighting(lesson_index, programme, other_programme):
    lesson = LessonLearnedFactory(
        parent=lesson_index, live=False, bottleneck=True, owner_programme=programme
    )
    lesson.save_revision().publish()
    ProgrammeSighting.objects.create(
        lesson=lesson, programme=other_programme, note="Wij zien dit ook bij verlof."
    )
    return lesson


def panel(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_programme_staff_see_where_to_start(client, sections, staff_of_programme):
    lesson_index, meetings = sections
    page = panel(client, staff_of_programme)
    assert "Aan de slag" in page
    assert (
        f'href="/admin/pages/add/themes/lessonlearned/{lesson_index.pk}/">Nieuwe geleerde les'
        in (page)
    )
    assert (
        f'href="/admin/pages/add/themes/thememeeting/{meetings.pk}/">Nieuwe themabijeenkomst'
        in (page)
    )
    assert (
        f'href="/admin/reports/workflow/?requested_by={staff_of_programme.pk}">Mijn inzendingen'
        in (page)
    )
    assert 'href="/admin/reports/workflow/?reviewable=true">Ter beoordeling' in page
    assert "/lessen/wij-zien-dit-ook/" not in page  # nothing to approve


def test_editors_see_the_sightings_waiting_for_them(
    client, sections, editor, knelpunt_with_waiting_sighting
):
    page = panel(client, editor)
    assert 'href="/lessen/wij-zien-dit-ook/">“Wij zien dit ook” goedkeuren' in page
    labels = [link.label for link in dashboard_links(editor)]
    assert labels == [
        "Nieuwe geleerde les",
        "Nieuwe themabijeenkomst",
        "Mijn inzendingen",
        "Ter beoordeling",
        "“Wij zien dit ook” goedkeuren",
    ]
    assert dashboard_links(editor)[-1].count == 1


def test_redactie_sees_every_link(sections, redactie, knelpunt_with_waiting_sighting):
    assert len(dashboard_links(redactie)) == 5


def test_readers_get_no_panel(sections, regisseur):
    assert dashboard_links(regisseur) == []


def test_the_approver_is_pointed_to_the_waiting_sighting_on_the_knelpunt(
    client, editor, regisseur, knelpunt_with_waiting_sighting
):
    client.force_login(editor)
    page = client.get(knelpunt_with_waiting_sighting.url).content.decode()
    assert 'href="/lessen/wij-zien-dit-ook/"' in page
    assert "1 programma dat dit ook ziet wacht op je goedkeuring" in page
    client.force_login(regisseur)
    page = client.get(knelpunt_with_waiting_sighting.url).content.decode()
    assert 'href="/lessen/wij-zien-dit-ook/"' not in page
    assert "Wij zien dit ook bij verlof." not in page


def test_knowledge_pages_hide_the_seo_and_menu_fields():
    knowledge_types = [
        model
        for model in get_page_models()
        if issubclass(model, KnowledgePage) and model.is_creatable
    ]
    assert len(knowledge_types) >= 4
    for model in knowledge_types:
        fields = model.get_edit_handler().get_form_class().base_fields
        assert "slug" in fields, model
        for hidden in ("seo_title", "search_description", "show_in_menus"):
            assert hidden not in fields, (model, hidden)


def test_content_owners_are_chosen_and_shown_by_name(
    client, lesson_index, programme, editor, redactie
):
    lesson = LessonLearnedFactory(
        parent=lesson_index, live=False, owner_programme=programme, content_owner=editor
    )
    lesson.save_revision().publish()
    client.force_login(redactie)
    page = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert f'<option value="{editor.pk}" selected>Olga Jansen</option>' in page
    assert ">olga</option>" not in page
    assert 'name="seo_title"' not in page and 'name="search_description"' not in page
    assert 'name="show_in_menus"' not in page
    assert lesson.content_owner_name == "Olga Jansen"
