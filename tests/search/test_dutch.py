"""Dutch on both backends: stemming, compounds, accents, synonyms, abbreviations."""

import pytest

from portal.factories import GlossaryEntryFactory
from search.results import SearchRequest
from search.selectors import search_pages

pytestmark = pytest.mark.django_db


def titles(query, user):
    results = search_pages(request=SearchRequest(query=query), user=user)
    return {hit.title for hit in results.hits}


@pytest.fixture
def pages(dutch_backend, make_page, programme, other_programme):
    make_page(
        "Een jongere in de wijk",
        programme=programme,
        summary="Hoe een jongere in de wijk de weg vindt.",
    )
    make_page(
        "De radicaliseringsaanpak in Nieuw-West",
        programme=other_programme,
        summary="Wat werkt in de aanpak.",
    )
    make_page(
        "Samenwerken met de gemeente",
        programme=programme,
        summary="Afspraken met de gemeente over huisvesting.",
    )
    make_page(
        "Aanpak van radicalisering bij ouders",
        programme=other_programme,
        summary="Ouders betrekken bij het gesprek.",
    )
    make_page(
        "Café-overleg met partners",
        programme=programme,
        summary="Een informeel overleg.",
    )
    make_page(
        "Broertjes en zusjes in beeld",
        programme=programme,
        summary="Aandacht voor broertjes en zusjes van de persoon.",
    )
    make_page(
        "Advies van de Raad voor de Kinderbescherming",
        programme=other_programme,
        summary="Wanneer de Raad voor de Kinderbescherming een onderzoek doet.",
    )
    return dutch_backend


def test_plural_finds_singular(pages, reader):
    assert "Een jongere in de wijk" in titles("jongeren", reader)
    assert "Samenwerken met de gemeente" in titles("gemeenten", reader)


def test_part_finds_compound_and_compound_finds_parts(pages, reader):
    assert "De radicaliseringsaanpak in Nieuw-West" in titles("aanpak", reader)
    assert "Aanpak van radicalisering bij ouders" in titles("radicaliseringsaanpak", reader)


def test_accents_are_folded(pages, reader):
    assert "Café-overleg met partners" in titles("cafe", reader)


def test_synonym_list_expands_the_query(pages, reader):
    assert "Broertjes en zusjes in beeld" in titles("brusjes", reader)


def test_glossary_abbreviation_expands_the_query(pages, reader):
    GlossaryEntryFactory(abbreviation="RvdK", full_term="Raad voor de Kinderbescherming")
    assert "Advies van de Raad voor de Kinderbescherming" in titles("RvdK", reader)


def test_stop_words_alone_find_nothing_and_do_not_fail(pages, reader):
    assert titles("de het een", reader) == set()
