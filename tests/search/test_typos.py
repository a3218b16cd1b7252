"""A typo is forgiven on both backends (Elasticsearch's AUTO fuzziness: 1 edit for words of
3-5 letters, 2 for longer), what was typed exactly ranks above what was guessed, and neither
the guesses nor the did-you-mean suggestion ever reveal a word of a page the reader may not
see or of a page that is no longer published."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from search.models import SearchTerm
from search.results import SearchRequest
from search.selectors import search_pages

from .conftest import settle

pytestmark = pytest.mark.django_db


def search(query, user):
    return search_pages(request=SearchRequest(query=query), user=user)


def titles(query, user):
    return [hit.page.title for hit in search(query, user).hits]


@pytest.fixture
def pages(backend, make_page, programme, other_programme):
    make_page("Een jongere in de wijk", programme=programme, summary="Buurtwerk en school.")
    make_page(
        "Aanpak van radicalisering bij ouders",
        programme=other_programme,
        summary="Ouders betrekken bij het gesprek.",
    )
    make_page("Regisseurs en hun netwerk", programme=programme)
    return backend


@pytest.mark.parametrize(
    ("typo", "title"),
    [
        ("radicalisring", "Aanpak van radicalisering bij ouders"),
        ("jongren", "Een jongere in de wijk"),
        ("regiseurs", "Regisseurs en hun netwerk"),
        ("radicalisring ouders", "Aanpak van radicalisering bij ouders"),
    ],
)
def test_a_typo_still_finds_the_page(pages, reader, typo, title):
    assert titles(typo, reader) == [title]


def test_the_typo_is_highlighted_as_the_word_meant(no_engine, make_page, programme, reader):
    make_page("Huisvesting", programme=programme, summary="Huisvesting na detentie regelen.")
    [hit] = search("huisvestng", reader).hits
    assert "<mark>Huisvesting</mark>" in hit.fragments[0]


def test_what_was_typed_ranks_above_what_was_guessed(backend, make_page, programme, reader):
    make_page("Een plant in de wijk", programme=programme)
    make_page("Een plan voor de wijk", programme=programme)
    assert titles("plan", reader)[0] == "Een plan voor de wijk"


def test_short_words_are_never_guessed(backend, make_page, programme, reader):
    make_page("Werk in de wijk", programme=programme)
    assert titles("wk", reader) == []


def test_too_far_for_a_guess_gets_a_suggestion(backend, make_page, programme, reader):
    make_page("Regisseurs en hun netwerk", programme=programme)
    # A different first letter is never guessed (as on the engine), but suggested.
    results = search("tegisseurs", reader)
    assert results.total == 0
    assert results.suggestion == "regisseurs"


def test_words_of_restricted_pages_are_never_guessed_nor_suggested(
    backend, make_page, programme, reader
):
    secret = make_page("De monteur van de dienst", programme=programme)
    make_page("Een mentor voor de jongere", programme=programme)
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([programme.manager_group])

    # "montur" is one edit from the hidden "monteur", two from the visible "mentor".
    results = search("montur", reader)
    assert [hit.page.title for hit in results.hits] == ["Een mentor voor de jongere"]
    assert "monteur" not in " ".join(fragment for hit in results.hits for fragment in hit.fragments)
    results = search("tmonteur", reader)
    assert (results.total, results.suggestion) == (0, "")

    reader.groups.add(programme.manager_group)
    assert "De monteur van de dienst" in titles("montur", reader)


def test_unpublished_pages_are_never_guessed_nor_suggested(
    backend, make_page, programme, reader, django_capture_on_commit_callbacks
):
    page = make_page("Toevlucht zoeken", programme=programme)
    assert titles("toelucht", reader) == ["Toevlucht zoeken"]
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    settle()
    assert titles("toevlucht", reader) == []
    results = search("toelucht", reader)
    assert (results.total, results.suggestion) == (0, "")
    assert not SearchTerm.objects.filter(document__page_id=page.pk).exists()


def test_rebuild_fills_the_embedded_index(no_engine, make_page, programme, reader):
    make_page("Schuldhulp na detentie", programme=programme, tags=["schulden"])
    SearchTerm.objects.all().delete()
    assert titles("schuldhulp", reader) == []
    call_command("search_rebuild", stdout=io.StringIO())
    assert titles("schuldhulp", reader) == ["Schuldhulp na detentie"]
    results = search_pages(request=SearchRequest(filters={"tag": ["schulden"]}), user=reader)
    assert results.total == 1
