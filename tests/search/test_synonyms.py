"""Synonyms as maintained data: Redactie keeps synonym groups in the admin, and a change counts
from the next search on, without re-indexing, on every backend. The glossary's abbreviations
and the chain partners' short names expand both ways; a one-way group only one way."""

import pytest
from django.urls import reverse

from portal.models import ChainPartner
from search.models import SynonymGroup
from search.results import SearchRequest
from search.selectors import search_pages
from search.synonyms import query_alternatives

pytestmark = pytest.mark.django_db


def titles(query, user):
    results = search_pages(request=SearchRequest(query=query), user=user)
    return {hit.title for hit in results.hits}


def admin_add_url():
    return reverse("wagtailsnippets_search_synonymgroup:add")


def test_seeded_groups_are_valid_and_cover_the_domain():
    groups = list(SynonymGroup.objects.all())
    assert len(groups) >= 80
    for group in groups:
        group.full_clean()  # each has two or more distinct terms
    one_way = [group for group in groups if group.kind == SynonymGroup.Kind.ONE_WAY]
    assert one_way, "the seed shows how a one-way expansion is written"


def test_a_group_added_in_the_admin_counts_at_the_next_search(
    backend, client, redactie, reader, make_page, programme
):
    make_page("Warme overdracht bij de poort", programme=programme, summary="Bij de poort.")
    assert "Warme overdracht bij de poort" not in titles("poortoverdracht", reader)

    client.force_login(redactie)
    response = client.post(
        admin_add_url(),
        {"terms": "poortoverdracht, warme overdracht", "kind": "equivalent", "note": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    # No re-index in between: the query is expanded, not the documents.
    assert "Warme overdracht bij de poort" in titles("poortoverdracht", reader)

    group = SynonymGroup.objects.get(terms__startswith="poortoverdracht")
    group.terms = "poortoverdracht, overdracht bij vrijlating"
    group.save()
    assert "Warme overdracht bij de poort" not in titles("poortoverdracht", reader)


def test_one_way_group_expands_only_from_its_first_term(no_engine, reader, make_page, programme):
    make_page("Contact met de politie", programme=programme, summary="Afspraken met de politie.")
    make_page("De wijkagent op bezoek", programme=programme, summary="Een kennismaking.")
    assert "Contact met de politie" in titles("wijkagent", reader)
    assert "De wijkagent op bezoek" not in titles("politie", reader)


def test_chain_partner_short_name_and_name_find_each_other(no_engine, reader, make_page, programme):
    ChainPartner.objects.create(name="Stichting Perspectief Werk", short_name="SPW", slug="spw")
    make_page("Werkplekken via de SPW", programme=programme, summary="Stages.")
    make_page(
        "Afspraken met Stichting Perspectief Werk", programme=programme, summary="Werkafspraken."
    )
    assert "Afspraken met Stichting Perspectief Werk" in titles("SPW", reader)
    assert "Werkplekken via de SPW" in titles("stichting perspectief werk", reader)


def test_hyphenated_and_joined_forms_meet(no_engine, reader, make_page, programme):
    make_page("Reintegratie na detentie", programme=programme, summary="Terug naar de wijk.")
    make_page("Re-integratie via werk", programme=programme, summary="Werkervaring opdoen.")
    assert {"Reintegratie na detentie", "Re-integratie via werk"} <= titles("re-integratie", reader)
    assert {"Reintegratie na detentie", "Re-integratie via werk"} <= titles("reintegratie", reader)


def test_alternatives_are_bounded_and_start_with_the_query():
    alternatives = query_alternatives("nazorg huisvesting schulden detentie")
    assert alternatives[0] == "nazorg huisvesting schulden detentie"
    assert 1 < len(alternatives) <= 8


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("nazorg", "Give at least two terms"),
        ("nazorg, Nazorg", "listed twice"),
        ("nazorg, ---", "at least one letter or digit"),
    ],
)
def test_admin_refuses_a_group_that_cannot_work_in_dutch(client, redactie, terms, message):
    client.force_login(redactie)
    before = SynonymGroup.objects.count()
    response = client.post(
        admin_add_url(),
        {"terms": terms, "kind": "equivalent", "note": ""},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert SynonymGroup.objects.count() == before
    assert terms in response.content.decode()  # what the editor typed is kept


def test_dutch_message_for_a_single_term(client, redactie):
    client.force_login(redactie)
    response = client.post(admin_add_url(), {"terms": "nazorg", "kind": "equivalent", "note": ""})
    assert "Geef ten minste twee termen" in response.content.decode()
