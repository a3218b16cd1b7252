"""The admin's choosers show a user only what they may see: no titles of another programme's
restricted pages, documents or images, and no draft titles the user may not edit (a draft the
privacy guard refused carries the personal data in its title)."""

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portal.constants import Role
from portal.factories import StandardPageFactory
from tests.conftest import user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_of_other_programme(other_programme):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="medewerker-radicalisering")
    user.groups.add(other_programme.staff_group, other_programme.team_group)
    return user


@pytest.fixture
def staff_of_top600(programme):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="medewerker-top600")
    user.groups.add(programme.staff_group, programme.team_group)
    return user


@pytest.fixture
def restricted_page(programme):
    page = StandardPageFactory(
        parent=programme.landing_page,
        owner_programme=programme,
        title="Vertrouwelijk casusoverleg Top600",
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(programme.team_group)
    return page


@pytest.fixture
def blocked_draft(programme, staff_of_top600):
    """A page saved as a draft only (its publication refused), owned by its author."""
    page = StandardPageFactory.build(
        title="Werkwijze 123456782", slug="werkwijze-concept", owner_programme=programme
    )
    page.live = False
    page.owner = staff_of_top600
    programme.landing_page.add_child(instance=page)
    page.save_revision(user=staff_of_top600)
    return page


@pytest.fixture
def live_page_with_blocked_draft_title(programme):
    page = StandardPageFactory(
        parent=programme.landing_page, owner_programme=programme, title="Werkwijze school"
    )
    page.title = "Werkwijze school 111222333"
    page.save_revision()
    return page


def chooser_search(client, user, query):
    client.force_login(user)
    response = client.get("/admin/choose-page/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def chooser_browse(client, user, parent):
    client.force_login(user)
    response = client.get(f"/admin/choose-page/{parent.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_restricted_page_titles_stay_out_of_another_programmes_chooser(
    client, restricted_page, staff_of_other_programme, staff_of_top600, programme
):
    assert "Vertrouwelijk casusoverleg" not in chooser_search(
        client, staff_of_other_programme, "Vertrouwelijk"
    )
    assert "Vertrouwelijk casusoverleg" not in chooser_browse(
        client, staff_of_other_programme, programme.landing_page
    )
    assert "Vertrouwelijk casusoverleg" in chooser_search(client, staff_of_top600, "Vertrouwelijk")


def test_draft_titles_show_only_to_who_may_edit_them(
    client,
    blocked_draft,
    live_page_with_blocked_draft_title,
    staff_of_other_programme,
    staff_of_top600,
    redactie,
    programme,
):
    for html in (
        chooser_search(client, staff_of_other_programme, "Werkwijze"),
        chooser_browse(client, staff_of_other_programme, programme.landing_page),
    ):
        assert "123456782" not in html
        assert "111222333" not in html
    # The author and the editorial team, who may edit them, still find them.
    assert "Werkwijze 123456782" in chooser_search(client, staff_of_top600, "Werkwijze")
    html = chooser_search(client, redactie, "Werkwijze")
    assert "Werkwijze 123456782" in html
    assert "Werkwijze school 111222333" in html


@pytest.fixture
def restricted_collection(programme):
    collection = Collection.get_first_root_node().add_child(name="Top600 vertrouwelijk")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(programme.team_group)
    return collection


def test_restricted_documents_and_images_stay_out_of_other_programmes_choosers(
    client, restricted_collection, staff_of_other_programme, staff_of_top600, redactie
):
    document = get_document_model()(title="Casusverslag Top600", collection=restricted_collection)
    document.file.save("verslag.txt", ContentFile(b"verslag"), save=False)
    document.save()
    wagtail_factories.ImageFactory(title="Netwerkkaart Top600", collection=restricted_collection)

    def chooser_titles(user):
        client.force_login(user)
        documents = client.get("/admin/documents/chooser/results/", {"q": "Top600"})
        images = client.get("/admin/images/chooser/results/", {"q": "Top600"})
        assert documents.status_code == images.status_code == 200
        return documents.content.decode() + images.content.decode()

    html = chooser_titles(staff_of_other_programme)
    assert "Casusverslag Top600" not in html
    assert "Netwerkkaart Top600" not in html
    for user in (staff_of_top600, redactie):
        html = chooser_titles(user)
        assert "Casusverslag Top600" in html
        assert "Netwerkkaart Top600" in html
