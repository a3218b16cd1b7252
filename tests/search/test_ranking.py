"""Ranked retrieval, alike on the embedded default and the engine: BM25 (a rare word outranks
a common one, a short page on the word outranks a long one mentioning it), coordination (a
long question finds pages with most of its concepts, those with all of them first; one or two
concepts are all required), compound parts and typo guesses never counting as the word
itself, question words optional, a programme or type named in the query a boost, and a
corrected typo shown with a link to search for what was typed."""

import pytest
from django.urls import reverse

from search.results import SearchRequest
from search.selectors import search_pages
from training.factories import LessonFactory, TrainingModuleFactory, paragraph

pytestmark = pytest.mark.django_db


def ranked(query, user, **filters):
    results = search_pages(request=SearchRequest(query=query, filters=filters), user=user)
    return [hit.title for hit in results.hits]


def test_a_rare_word_outranks_a_common_one(dutch_backend, make_page, programme, reader):
    for number in range(6):
        make_page(f"Aanpak in de wijk {number}", programme=programme, summary="De aanpak.")
    make_page("Doorzettingsmacht", programme=programme, summary="Wanneer en hoe.")
    make_page("Aanpak met doorzettingsmacht", programme=programme, summary="De aanpak werkt.")
    titles = ranked("aanpak doorzettingsmacht", reader)
    assert titles == ["Aanpak met doorzettingsmacht"]
    titles = ranked("welke aanpak werkt met doorzettingsmacht in de wijk", reader)
    # Three of its four concepts are enough (aanpak, werkt, doorzettingsmacht, wijk).
    assert titles[0] == "Aanpak met doorzettingsmacht"
    assert "Doorzettingsmacht" not in titles  # one concept of four is not enough


def test_a_short_page_on_the_word_outranks_a_long_one(dutch_backend, make_page, programme, reader):
    filler = " ".join(f"alinea{n} over iets anders" for n in range(80))
    make_page("Een lang verslag", programme=programme, summary=f"{filler} huisvesting")
    make_page("Kort", programme=programme, summary="Huisvesting regelen.")
    assert ranked("huisvesting", reader) == ["Kort", "Een lang verslag"]


def test_most_concepts_first_and_none_missing(dutch_backend, make_page, programme, reader):
    make_page("Huisvesting en schulden na detentie", programme=programme, summary="Werk ook.")
    make_page("Huisvesting na detentie", programme=programme, summary="Een woning.")
    make_page("Schulden", programme=programme, summary="Een plan.")
    titles = ranked("huisvesting schulden detentie werk", reader)
    assert titles[0] == "Huisvesting en schulden na detentie"
    assert "Huisvesting na detentie" not in titles  # two of four: below three quarters
    assert ranked("huisvesting schulden detentie", reader) == [
        "Huisvesting en schulden na detentie",
        "Huisvesting na detentie",
    ]
    # Two concepts: both required.
    assert ranked("huisvesting schulden", reader) == ["Huisvesting en schulden na detentie"]


def test_a_compound_part_is_not_the_compound(dutch_backend, make_page, programme, reader):
    make_page("De treiteraanpak", programme=programme, summary="Wat werkt.")
    make_page("Een andere aanpak", programme=programme, summary="Over iets anders.")
    make_page("Treiteraars en hun aanpak", programme=programme, summary="Treiteren stopt.")
    titles = ranked("treiteraanpak", reader)
    assert titles[0] == "De treiteraanpak"
    assert "Een andere aanpak" not in titles
    assert set(titles) == {"De treiteraanpak", "Treiteraars en hun aanpak"}


def test_question_words_are_optional(dutch_backend, make_page, programme, reader):
    make_page("Huisvesting na detentie regelen", programme=programme, summary="Een woning.")
    assert ranked("hoe regel ik huisvesting na detentie", reader) == [
        "Huisvesting na detentie regelen"
    ]
    assert ranked("waar moeten we huisvesting regelen", reader) == [
        "Huisvesting na detentie regelen"
    ]


def test_a_named_programme_or_type_is_a_boost(
    dutch_backend, make_page, home_page, programme, other_programme, reader, publish
):
    make_page("Huisvesting regelen", programme=other_programme, summary="Huisvesting, woning.")
    make_page("Huisvesting voor jongeren", programme=programme, summary="Een plek.")
    name = programme.name
    titles = ranked(f"huisvesting {name}", reader)
    # Not a required word: the other programme's page is still found, below.
    assert titles == ["Huisvesting voor jongeren", "Huisvesting regelen"]
    module = TrainingModuleFactory(parent=home_page, owner_programme=other_programme, live=False)
    publish(module)
    lesson = LessonFactory(
        parent=module,
        title="Huisvesting",
        intro="Kort.",
        body=[paragraph("<p>Een woning vinden.</p>")],
        live=False,
    )
    publish(lesson)

    # Naming the type raises the lesson against the pages, without requiring the word "les".
    def lesson_against_page(query):
        hits = search_pages(request=SearchRequest(query=query), user=reader).hits
        scores = {hit.title: hit.score for hit in hits}
        return scores["Huisvesting"] / scores["Huisvesting voor jongeren"]

    assert lesson_against_page("huisvesting les") > 1.4 * lesson_against_page("huisvesting")


def test_a_corrected_typo_is_shown_with_the_literal_search(
    dutch_backend, make_page, programme, reader, client
):
    make_page("Huisvesting na detentie", programme=programme)
    client.force_login(reader)
    response = client.get(reverse("search"), {"q": "huisvestng"})
    body = response.content.decode()
    assert [hit.title for hit in response.context["results"].hits] == ["Huisvesting na detentie"]
    assert "Resultaten voor <em>huisvesting</em>; zoek in plaats daarvan naar" in body
    assert 'href="/zoeken/?letterlijk=1&amp;q=huisvestng"><em>huisvestng</em></a>' in body
    literal = client.get(reverse("search"), {"q": "huisvestng", "letterlijk": "1"})
    assert literal.context["results"].total == 0
    assert "Resultaten voor" not in literal.content.decode()


def test_words_close_together_rank_first_on_the_engine(engine, make_page, programme, reader):
    """Proximity: of two pages with the same words, the one where a question's words stand
    together ranks first (the engine keeps positions; the embedded default does not)."""
    # The scattered page is the shorter one, so BM25 alone would put it first.
    make_page(
        "Verslag van het jaar",
        programme=programme,
        summary="Een plan. " + "Overleg met de wijk. " * 8 + "Een woning.",
    )
    make_page(
        "Verslag van de maand",
        programme=programme,
        summary="Overleg met de wijk. " * 8 + "Een plan voor een woning werd laat gemaakt.",
    )
    assert ranked("plan woning", reader) == ["Verslag van de maand", "Verslag van het jaar"]
