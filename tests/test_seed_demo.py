from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from taggit.models import Tag
from wagtail.models import Page, Revision

from portal.constants import Role
from portal.demo_content.glossary import GLOSSARY_ENTRIES
from portal.factories import DEMO_PASSWORD
from portal.models import GlossaryEntry, KnowledgePage, Programme, StandardPage

pytestmark = pytest.mark.django_db

PROGRAMME_NAMES = {
    "Top600",
    "Top400",
    "Radicalisering",
    "Detentie & Terugkeer",
    "Criminele Families",
    "Treiter",
    "AcVZ-breed",
}


def counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "programmes": Programme.objects.count(),
        "glossary": GlossaryEntry.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "tags": Tag.objects.count(),
        "memberships": get_user_model().groups.through.objects.count(),
    }


def test_seed_demo_twice_changes_nothing():
    call_command("seed_demo", stdout=StringIO())
    first = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == first


def test_seed_demo_creates_the_portal_content():
    call_command("seed_demo", stdout=StringIO())
    assert set(Programme.objects.values_list("name", flat=True)) == PROGRAMME_NAMES
    assert GlossaryEntry.objects.count() >= 30
    assert GlossaryEntry.objects.count() == len(GLOSSARY_ENTRIES)
    for programme in Programme.objects.all():
        assert programme.landing_page.live
        assert StandardPage.objects.child_of(programme.landing_page).live().exists(), programme
    assert Page.objects.get(url_path="/home/welkom/").get_children().live().count() >= 3
    assert KnowledgePage.objects.filter(tagged_items__isnull=False).distinct().count() >= 10


def test_seed_demo_creates_a_user_for_every_role_with_the_documented_password(client):
    call_command("seed_demo", stdout=StringIO())
    for role in Role:
        users = get_user_model().objects.filter(groups__name=role.value)
        assert users.exists(), role
        user = users.first()
        response = client.post(
            "/accounts/login/", {"username": user.username, "password": DEMO_PASSWORD}
        )
        assert response.status_code == 302, user.username
        client.post("/accounts/logout/")
