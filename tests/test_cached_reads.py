"""The per-site caches of portal.cached_reads answer without queries, and a change in the admin
shows on the next request (the cache forgets on save)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from portal.cached_reads import user_group_ids
from portal.factories import GroupFactory, StandardPageFactory
from portal.models import HomePage
from portal.selectors import knowledge_pages_for, restricted_paths_for

pytestmark = pytest.mark.django_db


def test_a_new_group_restriction_hides_the_page_at_once(home_page, programme, regisseur):
    page = StandardPageFactory(parent=home_page, title="Dossieroverleg", owner_programme=programme)
    assert restricted_paths_for(regisseur) == []
    assert page.pk in knowledge_pages_for(regisseur).values_list("pk", flat=True)

    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    insiders = GroupFactory(name="Dossierteam")
    restriction.groups.add(insiders)

    assert page.pk not in knowledge_pages_for(regisseur).values_list("pk", flat=True)
    regisseur.groups.add(insiders)
    regisseur = type(regisseur).objects.get(pk=regisseur.pk)
    assert insiders.pk in user_group_ids(regisseur)
    assert page.pk in knowledge_pages_for(regisseur).values_list("pk", flat=True)

    restriction.delete()
    assert restricted_paths_for(type(regisseur).objects.get(pk=regisseur.pk)) == []


def test_restrictions_and_groups_come_from_the_cache(
    home_page, programme, regisseur, django_assert_num_queries
):
    page = StandardPageFactory(parent=home_page, owner_programme=programme)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    ).groups.add(GroupFactory())
    restricted_paths_for(regisseur)

    fresh = type(regisseur).objects.get(pk=regisseur.pk)
    with django_assert_num_queries(0):
        assert restricted_paths_for(fresh) == [page.path]
        # A page no restriction covers: Wagtail's check costs nothing.
        assert list(home_page.get_view_restrictions()) == []
    assert len(page.get_view_restrictions()) == 1


def test_a_granted_permission_counts_on_the_next_request(regisseur, django_assert_num_queries):
    permission = Permission.objects.get(codename="add_page", content_type__app_label="wagtailcore")
    assert not regisseur.has_perm("wagtailcore.add_page")

    fresh = type(regisseur).objects.get(pk=regisseur.pk)
    with django_assert_num_queries(0):
        assert not fresh.has_perm("wagtailcore.add_page")

    Group.objects.get(name="Regisseur").permissions.add(permission)
    assert type(regisseur).objects.get(pk=regisseur.pk).has_perm("wagtailcore.add_page")


def test_the_site_comes_from_the_cache_and_follows_a_rename(client, regisseur):
    client.force_login(regisseur)
    client.get("/")
    site = Site.objects.get()
    site.site_name = "Kennisportaal test"
    site.save()

    response = client.get("/")

    assert response.status_code == 200
    assert response.wsgi_request._wagtail_site.site_name == "Kennisportaal test"


def test_a_logged_in_page_may_not_be_kept_by_a_shared_cache(client, regisseur):
    client.force_login(regisseur)

    response = client.get("/")

    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def child(slug, like):
    return StandardPageFactory.build(slug=slug, owner_programme=like.owner_programme)


def test_the_start_page_routes_from_the_cache_and_follows_a_change(client, regisseur, home_page):
    client.force_login(regisseur)
    page = StandardPageFactory(parent=home_page, slug="werkwijze", title="Werkwijze")
    client.get("/werkwijze/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/werkwijze/").status_code == 200
    home_table = HomePage._meta.db_table
    assert not [query for query in queries if f'FROM "{home_table}"' in query["sql"]]

    home_page.intro = "<p>Vernieuwde introductie</p>"
    home_page.save_revision().publish()
    response = client.get("/")
    assert "Vernieuwde introductie" in response.content.decode()

    # A new child of the start page changes the start page's child count: the cached start
    # page is forgotten, so adding the next child through the request's site still works.
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    site_root = Site.find_for_request(request).root_page
    site_root.add_child(instance=child("tweede", page))
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    Site.find_for_request(request).root_page.add_child(instance=child("derde", page))
    assert [child.slug for child in home_page.get_children().order_by("path")] == [
        page.slug,
        "tweede",
        "derde",
    ]
