"""Glossary entries are results of their own (registered by portal with the
`register_searchable_content` hook, see search/registry.py), on both backends: found by
abbreviation and written-out term, counted in the type facet, kept true on save and delete,
never related content, and hidden with the page that governs them."""

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail import hooks
from wagtail.models import PageViewRestriction

from portal.factories import GlossaryEntryFactory
from portal.models import GlossaryEntry
from search.models import SearchDocument
from search.results import SearchRequest
from search.selectors import related_pages, search_drift, search_pages

from .conftest import settle

pytestmark = pytest.mark.django_db

GLOSSARY_TYPE = "portal.glossaryentry"


def search(query, user, **filters):
    return search_pages(request=SearchRequest(query=query, filters=filters), user=user)


def titles(query, user, **filters):
    return [hit.title for hit in search(query, user, **filters).hits]


def type_counts(results):
    for facet in results.facets:
        if facet.param == "type":
            return {value.value: value.count for value in facet.values}
    return {}


@pytest.fixture
def create_entry(django_capture_on_commit_callbacks):
    """Save a glossary entry as an editor does in the admin, and let the engine catch up."""

    def _create(**fields):
        with django_capture_on_commit_callbacks(execute=True):
            entry = GlossaryEntryFactory(**fields)
        settle()
        return entry

    return _create


@pytest.fixture
def rvdk(backend, create_entry):
    return create_entry(
        abbreviation="RvdK",
        full_term="Raad voor de Kinderbescherming",
        explanation="Onderzoekt of een kind bescherming nodig heeft en adviseert de rechter.",
    )


@pytest.fixture
def logged_in(client, reader):
    client.force_login(reader)
    return client


@pytest.mark.parametrize("query", ["RvdK", "rvdk", "Kinderbescherming", "raad kinderbescherming"])
def test_abbreviation_and_written_out_term_find_the_entry(rvdk, reader, query):
    hits = search(query, reader).hits
    assert [hit.title for hit in hits] == ["Raad voor de Kinderbescherming (RvdK)"]
    assert hits[0].object == rvdk
    assert hits[0].url == f"/begrippen/#begrip-{rvdk.pk}"


def test_result_shows_type_term_and_highlighted_explanation_linking_to_the_anchor(
    rvdk, logged_in, make_page, programme
):
    make_page("Advies van de Raad voor de Kinderbescherming", programme=programme)
    response = logged_in.get(reverse("search"), {"q": "RvdK rechter"})
    body = response.content.decode()
    assert [hit.title for hit in response.context["results"].hits] == [
        "Raad voor de Kinderbescherming (RvdK)"
    ]
    assert f'href="/begrippen/#begrip-{rvdk.pk}">Raad voor de Kinderbescherming (RvdK)</a>' in body
    assert "adviseert de <mark>rechter</mark>" in body
    assert '<p class="portal-card__meta">Begrippen</p>' in body

    glossary_page = logged_in.get(reverse("glossary")).content.decode()
    assert f'id="begrip-{rvdk.pk}"' in glossary_page


def test_the_type_facet_counts_glossary_entries(rvdk, reader, make_page, programme):
    make_page("Advies van de Raad voor de Kinderbescherming", programme=programme)
    results = search("kinderbescherming", reader)
    assert results.total == 2
    assert type_counts(results) == {"portal.standardpage": 1, GLOSSARY_TYPE: 1}
    facet = next(facet for facet in results.facets if facet.param == "type")
    assert {value.label for value in facet.values} == {"Informatiepagina's", "Begrippen"}

    only_entries = search("kinderbescherming", reader, type=[GLOSSARY_TYPE])
    assert [hit.object for hit in only_entries.hits] == [rvdk]
    assert only_entries.total == 1


def test_a_page_on_the_same_words_ranks_above_the_short_definition(
    rvdk, reader, make_page, programme
):
    make_page(
        "Samenwerken met de Raad voor de Kinderbescherming",
        programme=programme,
        summary="Hoe de regisseur en de RvdK samen optrekken bij minderjarigen in de aanpak.",
    )
    assert titles("RvdK", reader) == [
        "Samenwerken met de Raad voor de Kinderbescherming",
        "Raad voor de Kinderbescherming (RvdK)",
    ]


def test_programme_of_an_entry_is_a_facet_value(backend, create_entry, reader, programme):
    create_entry(abbreviation="PIT", full_term="Preventief Interventie Team", programme=programme)
    create_entry(abbreviation="OM", full_term="Openbaar Ministerie Interventie")
    results = search("interventie", reader, programma=[programme.slug])
    assert titles("interventie", reader, programma=[programme.slug]) == [
        "Preventief Interventie Team (PIT)"
    ]
    assert results.total == 1


def test_editing_an_entry_updates_results_after_commit(
    rvdk, reader, django_capture_on_commit_callbacks
):
    assert titles("jeugdrechter", reader) == []
    rvdk.explanation = "Adviseert de jeugdrechter over maatregelen."
    with django_capture_on_commit_callbacks(execute=True):
        rvdk.save()
    settle()
    assert titles("jeugdrechter", reader) == ["Raad voor de Kinderbescherming (RvdK)"]
    assert titles("nodig", reader) == []  # the old explanation
    assert search_drift().in_step


def test_deleting_an_entry_removes_it(rvdk, reader, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        rvdk.delete()
    settle()
    assert search("kinderbescherming", reader).total == 0
    assert search_drift().in_step


def test_an_entry_already_among_the_results_is_not_repeated_above_them(
    rvdk, logged_in, make_page, programme
):
    make_page("Huisvesting na detentie", programme=programme, summary="Met de RvdK overleggen.")
    # Every word in the entry: the result explains the abbreviation, the box would repeat it.
    body = logged_in.get(reverse("search"), {"q": "rvdk"}).content.decode()
    assert "portal-search-glossary" not in body
    # Not every word in the entry: the box above the results explains the abbreviation.
    body = logged_in.get(reverse("search"), {"q": "rvdk huisvesting"}).content.decode()
    assert "portal-search-glossary" in body
    assert '<abbr title="Raad voor de Kinderbescherming">RvdK</abbr>' in body
    assert f'href="/begrippen/#begrip-{rvdk.pk}"' in body


def test_related_content_never_returns_an_entry(
    backend, create_entry, make_page, programme, other_programme, reader
):
    page = make_page(
        "Raad voor de Kinderbescherming en detentie",
        programme=programme,
        summary="Onderzoek van de Raad voor de Kinderbescherming bij jongeren in detentie.",
        tags=["jeugd"],
    )
    other = make_page(
        "Kinderbescherming bij jongeren in detentie",
        programme=other_programme,
        summary="Onderzoek van de Raad voor de Kinderbescherming bij jongeren in detentie.",
        tags=["jeugd"],
    )
    create_entry(
        abbreviation="RvdK",
        full_term="Raad voor de Kinderbescherming",
        explanation="Onderzoek bij jongeren in detentie door de Raad voor de Kinderbescherming.",
        programme=other_programme,
    )
    assert [related.pk for related in related_pages(page=page, user=reader)] == [other.pk]


def test_rebuild_and_drift_check_include_entries(rvdk, reader):
    key = f"{GLOSSARY_TYPE}:{rvdk.pk}"
    drift = search_drift()
    assert key in drift.expected_keys and drift.in_step
    if drift.engine_keys is not None:
        assert key in drift.engine_keys

    SearchDocument.objects.filter(key=key).delete()  # a row lost behind search's back
    with pytest.raises(CommandError):
        call_command("search_check", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("search_rebuild", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settle()
    call_command("search_check", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert titles("rvdk", reader) == ["Raad voor de Kinderbescherming (RvdK)"]


def test_query_count_does_not_grow_with_entries(
    backend, create_entry, logged_in, django_assert_max_num_queries
):
    for number in range(15):
        create_entry(abbreviation=f"TZ{number}", full_term=f"Toezicht variant {number}")
    with django_assert_max_num_queries(25):
        response = logged_in.get(reverse("search"), {"q": "toezicht"})
    assert response.context["results"].total == 15
    assert len(response.context["results"].hits) == 10


# A page that governs visibility. The portal's glossary is a view every reader may open, so its
# registration names none; an app whose content lives under a page names it, as here.


@pytest.fixture
def governed_glossary(backend, make_page, programme):
    glossary_page = make_page("Begrippenlijst", programme=programme)

    def governed():
        return {
            "model": GlossaryEntry,
            "label": "Begrippen",
            "title": lambda entry: entry.full_term,
            "summary": lambda entry: entry.explanation,
            "url": lambda entry: f"{glossary_page.url}#{entry.anchor}",
            "page": lambda: type(glossary_page).objects.filter(pk=glossary_page.pk).first(),
        }

    with hooks.register_temporarily("register_searchable_content", governed, order=-1):
        yield glossary_page


def test_entries_are_findable_only_while_the_governing_page_is_live(
    governed_glossary, create_entry, reader, publish, django_capture_on_commit_callbacks
):
    create_entry(abbreviation="RvdK", full_term="Raad voor de Kinderbescherming")
    assert titles("kinderbescherming", reader) == ["Raad voor de Kinderbescherming"]

    with django_capture_on_commit_callbacks(execute=True):
        governed_glossary.unpublish()
    settle()
    results = search("kinderbescherming", reader)
    assert results.total == 0
    assert type_counts(search("", reader, type=[GLOSSARY_TYPE]))[GLOSSARY_TYPE] == 0
    # Saved while the page is unpublished: still not findable.
    create_entry(abbreviation="OM", full_term="Openbaar Ministerie")
    assert titles("ministerie", reader) == []
    assert search_drift().in_step

    publish(governed_glossary)
    assert titles("kinderbescherming", reader) == ["Raad voor de Kinderbescherming"]
    assert titles("ministerie", reader) == ["Openbaar Ministerie"]
    assert search_drift().in_step

    with django_capture_on_commit_callbacks(execute=True):
        governed_glossary.delete()
    settle()
    assert titles("kinderbescherming", reader) == []
    assert search_drift().in_step


def test_entries_are_hidden_from_readers_the_governing_page_is_restricted_for(
    governed_glossary, create_entry, reader, programme
):
    create_entry(abbreviation="RvdK", full_term="Raad voor de Kinderbescherming")
    restriction = PageViewRestriction.objects.create(
        page=governed_glossary, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([programme.manager_group])

    results = search("kinderbescherming", reader)
    assert results.hits == [] and results.total == 0
    assert type_counts(search("", reader, type=[GLOSSARY_TYPE]))[GLOSSARY_TYPE] == 0

    reader.groups.add(programme.manager_group)
    results = search("kinderbescherming", reader)
    assert [hit.title for hit in results.hits] == ["Raad voor de Kinderbescherming"]
    assert type_counts(results) == {GLOSSARY_TYPE: 1}


def test_an_entry_without_a_short_form_shows_its_term_once(backend, create_entry, reader, client):
    """A term of the trade has no abbreviation (the field repeats the term): its result is
    "Veiligheidshuis", not "Veiligheidshuis (Veiligheidshuis)", and its title counts once."""
    create_entry(
        abbreviation="Veiligheidshuis",
        full_term="Veiligheidshuis",
        explanation="Een netwerk van zorg- en veiligheidspartners.",
    )
    assert titles("veiligheidshuis", reader) == ["Veiligheidshuis"]
    document = SearchDocument.objects.get(content_type=GLOSSARY_TYPE)
    assert document.title_terms.split().count("veiligheidshuis") == 1
    client.force_login(reader)
    page = client.get(reverse("search"), {"q": "veiligheidshuis"}).content.decode()
    assert "Veiligheidshuis (Veiligheidshuis)" not in page
