""" "More on this from other programmes" under every knowledge page, on the engine
(more-like-this) and on the embedded database search (shared tags and stemmed terms): similar
material of other programmes only, never unpublished or restricted for the reader, and no
section at all when there is nothing to show."""

import importlib
import re
from html import unescape

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from factory.django import DjangoModelFactory
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from portal.constants import Role
from portal.factories import ProgrammeFactory, UserFactory
from portal.models import KnowledgePage

pytestmark = pytest.mark.django_db

HEADING = "Meer hierover uit andere programma&#x27;s"
CARD_TITLE = re.compile(r'<a class="ams-card__link" href="[^"]*">([^<]*)</a>')


def knowledge_page_types() -> list[type[KnowledgePage]]:
    """Every concrete knowledge page type of every app: a type added later is covered here
    without touching this test."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, KnowledgePage) and model is not KnowledgePage
    ]


def factory_for(page_type: type[KnowledgePage]) -> type[DjangoModelFactory]:
    module = importlib.import_module(f"{page_type._meta.app_config.name}.factories")
    for candidate in vars(module).values():
        if (
            isinstance(candidate, type)
            and issubclass(candidate, DjangoModelFactory)
            and candidate._meta.model is page_type
        ):
            return candidate
    pytest.fail(f"{page_type.__name__} needs a factory in {module.__name__} for these tests")


@pytest.fixture
def logged_in(client, reader):
    client.force_login(reader)
    return client


@pytest.fixture
def make_typed_page(home_page, publish):
    def _make(page_type, title, *, programme, summary, tags):
        page = factory_for(page_type)(
            parent=home_page, title=title, summary=summary, owner_programme=programme, live=False
        )
        page.tags.add(*tags)
        page.save()
        return publish(page)

    return _make


def section_titles(html: str) -> list[str]:
    """The titles of the cards in the section, in order."""
    assert HEADING in html
    section = html[html.index(HEADING) :]
    return [unescape(title) for title in CARD_TITLE.findall(section)]


@pytest.mark.parametrize("page_type", knowledge_page_types(), ids=lambda model: model.__name__)
def test_every_knowledge_page_type_shows_similar_material_of_other_programmes(
    backend, logged_in, make_typed_page, programme, other_programme, page_type
):
    page = make_typed_page(
        page_type,
        "Re-integratie na detentie",
        programme=programme,
        summary="Werk, huisvesting en schulden regelen na detentie.",
        tags=["re-integratie", "huisvesting"],
    )
    make_typed_page(
        page_type,
        "Re-integratie van jongeren na detentie",
        programme=other_programme,
        summary="Werk en huisvesting regelen na detentie voor jongeren.",
        tags=["re-integratie", "huisvesting"],
    )
    response = logged_in.get(page.url)
    assert response.status_code == 200
    assert section_titles(response.content.decode()) == ["Re-integratie van jongeren na detentie"]


def test_never_own_programme_unpublished_or_restricted(
    backend, client, reader, make_page, programme, other_programme, publish
):
    similar = {
        "summary": "Werk, huisvesting en schulden regelen na detentie.",
        "tags": ["re-integratie"],
    }
    page = make_page("Re-integratie na detentie", programme=programme, **similar)
    make_page("Re-integratie: zelfde programma", programme=programme, **similar)
    make_page("Re-integratie: nog een concept", programme=other_programme, live=False, **similar)
    withdrawn = make_page("Re-integratie: ingetrokken", programme=other_programme, **similar)
    withdrawn.unpublish()
    editors_only = make_page("Re-integratie: alleen redactie", programme=other_programme, **similar)
    restriction = PageViewRestriction.objects.create(
        page=editors_only, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=Role.REDACTIE)])
    with_password = make_page("Re-integratie: wachtwoord", programme=other_programme, **similar)
    PageViewRestriction.objects.create(
        page=with_password, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    make_page("Re-integratie van jongeren", programme=other_programme, **similar)

    client.force_login(reader)
    assert section_titles(client.get(page.url).content.decode()) == ["Re-integratie van jongeren"]

    client.force_login(UserFactory(groups=[Group.objects.get(name=Role.REDACTIE)]))
    assert sorted(section_titles(client.get(page.url).content.decode())) == [
        "Re-integratie van jongeren",
        "Re-integratie: alleen redactie",
    ]


def test_no_section_when_nothing_is_similar(
    backend, logged_in, make_page, programme, other_programme
):
    page = make_page(
        "Re-integratie na detentie",
        programme=programme,
        summary="Werk en huisvesting regelen na detentie.",
        tags=["re-integratie"],
    )
    make_page(
        "Schoolverzuim",
        programme=other_programme,
        summary="Leerplicht en spijbelen op de basisschool.",
        tags=["onderwijs"],
    )
    make_page(
        "Re-integratie: zelfde programma",
        programme=programme,
        summary="Werk en huisvesting regelen na detentie.",
        tags=["re-integratie"],
    )
    html = logged_in.get(page.url).content.decode()
    assert "Meer hierover" not in html
    # The page's other sections stay (following it); no empty related section is left behind.
    headings = re.findall(r'id="page-section-\d+">([^<]*)</h2>', html)
    assert "Volgen" in headings
    assert not [heading for heading in headings if "Meer hierover" in heading]


def test_pages_sharing_more_themes_come_first(
    backend, logged_in, make_page, programme, other_programme
):
    third = ProgrammeFactory(name="Treiter", short_name="Treiter", slug="treiter")
    page = make_page(
        "Licht verstandelijke beperking in het netwerk",
        programme=programme,
        summary="Signalen herkennen en het netwerk betrekken.",
        tags=["lvb", "netwerk", "online"],
    )
    make_page(
        "Eén gedeeld thema",
        programme=third,
        summary="Een verslag van een bijeenkomst.",
        tags=["lvb"],
    )
    make_page(
        "Drie gedeelde thema's",
        programme=other_programme,
        summary="Een verslag van een bijeenkomst.",
        tags=["lvb", "netwerk", "online"],
    )
    titles = section_titles(logged_in.get(page.url).content.decode())
    assert titles == ["Drie gedeelde thema's", "Eén gedeeld thema"]


def test_the_section_costs_a_fixed_number_of_queries(
    backend, logged_in, make_page, programme, other_programme
):
    similar = {"summary": "Werk en huisvesting regelen na detentie.", "tags": ["re-integratie"]}
    page = make_page("Re-integratie na detentie", programme=programme, **similar)
    make_page("Re-integratie van jongeren", programme=other_programme, **similar)

    def query_count() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = logged_in.get(page.url)
        assert response.status_code == 200
        return len(queries)

    query_count()  # warms the caches (site root paths, glossary terms)
    one_similar = query_count()
    for number in range(8):
        make_page(f"Re-integratie deel {number}", programme=ProgrammeFactory(), **similar)
    assert len(section_titles(logged_in.get(page.url).content.decode())) == 4
    assert query_count() == one_similar


def test_the_section_is_kept_but_shows_new_and_withdrawn_material_at_once(
    backend, logged_in, make_page, programme, other_programme
):
    similar = {"summary": "Werk en huisvesting regelen na detentie.", "tags": ["re-integratie"]}
    page = make_page("Re-integratie na detentie", programme=programme, **similar)
    first = make_page("Re-integratie van jongeren", programme=other_programme, **similar)
    assert section_titles(logged_in.get(page.url).content.decode()) == [first.title]

    second = make_page("Re-integratie in de wijk", programme=ProgrammeFactory(), **similar)
    titles = section_titles(logged_in.get(page.url).content.decode())
    assert sorted(titles) == sorted([first.title, second.title])

    first.unpublish()
    assert section_titles(logged_in.get(page.url).content.decode()) == [second.title]


def test_engine_down_the_section_comes_from_the_database(
    engine, settings, logged_in, make_page, programme, other_programme
):
    similar = {"summary": "Werk en huisvesting regelen na detentie.", "tags": ["re-integratie"]}
    page = make_page("Re-integratie na detentie", programme=programme, **similar)
    make_page("Re-integratie van jongeren", programme=other_programme, **similar)
    live_url, settings.SEARCH_URL = settings.SEARCH_URL, "http://127.0.0.1:9"  # nothing here
    response = logged_in.get(page.url)
    settings.SEARCH_URL = live_url  # for the index clean-up
    assert response.status_code == 200
    assert section_titles(response.content.decode()) == ["Re-integratie van jongeren"]


def test_editors_preview_shows_the_section_once_the_page_exists(
    backend, client, make_page, programme, other_programme, home_page
):
    similar = {"summary": "Werk en huisvesting regelen na detentie.", "tags": ["re-integratie"]}
    page = make_page("Re-integratie na detentie", programme=programme, **similar)
    make_page("Re-integratie van jongeren", programme=other_programme, **similar)
    client.force_login(UserFactory(groups=[Group.objects.get(name=Role.REDACTIE)]))
    form = {
        "summary": similar["summary"],
        "owner_programme": programme.pk,
        "review_by": "2030-01-01",
        "tags": "re-integratie",
        "body": streamfield([("paragraph", rich_text("<p>Inhoud</p>"))]),
    }
    on_edit = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    client.post(on_edit, nested_form_data({**form, "title": page.title, "slug": page.slug}))
    assert section_titles(client.get(on_edit).content.decode()) == ["Re-integratie van jongeren"]

    # A page not saved yet has nothing indexed to compare: it previews without the section.
    on_add = reverse(
        "wagtailadmin_pages:preview_on_add", args=("portal", "standardpage", home_page.pk)
    )
    client.post(on_add, nested_form_data({**form, "title": "Nieuw", "slug": "nieuw"}))
    html = client.get(on_add).content.decode()
    assert 'id="page-title">Nieuw</h1>' in html
    assert "Meer hierover" not in html
