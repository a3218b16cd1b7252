"""Each role can do what it needs and no more: programme staff edit their own programme's
section only, the editorial team everything, the other roles read only."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from portal.constants import Role
from portal.factories import StandardPageFactory
from tests.conftest import user_with_role

pytestmark = pytest.mark.django_db


def test_the_roles_exist_as_groups():
    names = set(Group.objects.values_list("name", flat=True))
    assert {role.value for role in Role} <= names
    # Wagtail's starter groups are replaced by the portal's roles.
    assert not names & {"Editors", "Moderators"}


def test_a_programme_gets_a_landing_page_and_a_staff_group(programme):
    landing_page = programme.landing_page
    assert landing_page.url == "/programmas/top600/"
    assert landing_page.live
    assert programme.team_group.name == "Team Top600"
    assert programme.staff_group.name == "Programmamedewerker Top600"
    assert programme.editor_group.name == "Redacteur Top600"
    assert programme.manager_group.name == "Manager Top600"


def test_renaming_a_programme_renames_its_section_and_groups(programme):
    programme.name = "Top 600"
    programme.short_name = "T600"
    programme.slug = "t600"
    programme.save()
    programme.refresh_from_db()
    assert programme.landing_page.url == "/programmas/t600/"
    assert programme.staff_group.name == "Programmamedewerker T600"


def test_a_user_works_in_the_programmes_whose_groups_they_are_in(programme, other_programme):
    from portal.selectors import user_programmes

    user = user_with_role(Role.REGISSEUR)
    assert user_programmes(user=user) == []
    user.groups.add(programme.team_group, other_programme.manager_group)
    assert {p.slug for p in user_programmes(user=user)} == {"top600", "radicalisering"}


def test_programme_staff_edit_their_own_section_but_not_another(
    programme, other_programme, staff_of_programme
):
    own = StandardPageFactory(parent=programme.landing_page, owner_programme=programme)
    other = StandardPageFactory(
        parent=other_programme.landing_page, owner_programme=other_programme
    )

    own_permissions = own.permissions_for_user(staff_of_programme)
    assert own_permissions.can_edit()
    assert own_permissions.can_add_subpage()
    assert not own_permissions.can_publish(), "publishing goes through the editorial team"
    assert programme.landing_page.permissions_for_user(staff_of_programme).can_add_subpage()

    other_permissions = other.permissions_for_user(staff_of_programme)
    assert not other_permissions.can_edit()
    assert not other_permissions.can_add_subpage()


def test_programme_staff_edit_page_in_admin_only_for_own_programme(
    client, programme, other_programme, staff_of_programme
):
    own = StandardPageFactory(parent=programme.landing_page, owner_programme=programme)
    other = StandardPageFactory(
        parent=other_programme.landing_page, owner_programme=other_programme
    )
    client.force_login(staff_of_programme)
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    response = client.get(f"/admin/pages/{other.pk}/edit/")
    assert response.status_code in (302, 403)
    assert response.status_code != 200


def test_redactie_may_edit_and_publish_everything(programme, redactie):
    page = StandardPageFactory(parent=programme.landing_page, owner_programme=programme)
    for candidate in [page, programme.landing_page, Page.objects.get(depth=2)]:
        permissions = candidate.permissions_for_user(redactie)
        assert permissions.can_edit()
        assert permissions.can_publish()


# Managers reach the admin for the training report (training migration 0003), but edit
# nothing there: tests/training/test_report.py.
@pytest.mark.parametrize("role", [Role.REGISSEUR, Role.REGIE_ONDERSTEUNER, Role.NIEUWE_MEDEWERKER])
def test_other_roles_read_only(client, programme, role):
    user = user_with_role(role)
    page = StandardPageFactory(parent=programme.landing_page, owner_programme=programme)
    assert not page.permissions_for_user(user).can_edit()
    assert not user.has_perm("wagtailadmin.access_admin")
    client.force_login(user)
    assert client.get(page.url).status_code == 200
    # The whole way, not only the first hop: the login page must not send them back (a loop).
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain == [("/accounts/login/?next=/admin/", 302)]
    assert response.status_code == 403
    html = response.content.decode()
    assert "de beheeromgeving" in html
    assert "Redactie" in html


def test_programme_staff_and_redactie_reach_the_admin(staff_of_programme, redactie):
    assert staff_of_programme.has_perm("wagtailadmin.access_admin")
    assert redactie.has_perm("wagtailadmin.access_admin")
    assert redactie.has_perm("portal.change_programme")
    assert not staff_of_programme.has_perm("portal.change_programme")
