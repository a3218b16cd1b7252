"""Compound splitting from a real Dutch lexicon: the parts list is OpenTaal's word list
(Debian's wdutch) filtered by search/compound_lexicon.py, the same list for the engine's
decompounder and the embedded search; a compound query ranks pages with the whole compound
or all of its parts above pages with one part, on both engines and the embedded search."""

import pytest

from search.compound_lexicon import LEXICON, lexicon_version, main
from search.results import SearchRequest
from search.selectors import search_pages
from search.text import DATA_DIR, compound_parts, query_parts, stop_words


def parts_in(text: str) -> set[str]:
    return {line for line in text.splitlines() if line and not line.startswith("#")}


def test_the_committed_parts_are_what_the_lexicon_gives(tmp_path):
    assert LEXICON.exists(), "apt-get install wdutch (scripts/system_packages.sh installs it)"
    generated = tmp_path / "compound_parts.txt"
    assert main(["--output", str(generated)]) == 0
    committed = (DATA_DIR / "compound_parts.txt").read_text(encoding="utf-8")
    if f"wdutch {lexicon_version()}," in committed:
        assert generated.read_text(encoding="utf-8") == committed
    else:
        # A newer word list than the one the file was made from (a Debian update): the
        # filter must still give nearly the same parts; regenerate the file to take it over.
        ours, theirs = parts_in(committed), parts_in(generated.read_text(encoding="utf-8"))
        assert len(ours & theirs) >= 0.95 * max(len(ours), len(theirs))


def test_the_parts_are_common_words_that_make_compounds():
    parts = set(compound_parts())
    assert len(parts) > 10_000
    # Everyday words the hand-made list lacked, and the domain's own parts.
    assert {"buurt", "bemiddeling", "zorg", "schuld", "jeugd", "treiter", "aanpak"} <= parts
    # No function words, no words that mostly hide inside others, no linking s + part.
    assert not parts & stop_words()
    assert not parts & {"leid", "even", "last", "smacht"}
    assert all(part.isalpha() and part == part.lower() and len(part) >= 4 for part in parts)


def test_a_query_word_is_a_compound_only_when_its_parts_cover_it():
    assert query_parts("buurtbemiddeling") == ("buurt", "bemiddeling")
    assert query_parts("radicaliseringsaanpak") == ("radicalisering", "aanpak")
    assert query_parts("huisvestng") == ()  # a typo, not "huis"
    assert query_parts("hechtenis") == ()  # a suffix after "hechten", not a compound
    assert query_parts("huurwoningen") == ("huur", "woningen")


def ranked(query, user):
    results = search_pages(request=SearchRequest(query=query), user=user)
    return [hit.title for hit in results.hits]


@pytest.mark.django_db
def test_a_compound_ranks_all_its_parts_above_one_part(backend, make_page, programme, reader):
    make_page("Buurtbemiddeling bij overlast", programme=programme, summary="Hoe het werkt.")
    make_page("Bemiddeling in de buurt", programme=programme, summary="Een gesprek.")
    make_page("Bemiddeling tussen ouders", programme=programme, summary="Een scheiding.")
    make_page("Een buurt in verandering", programme=programme, summary="Nieuwe bewoners.")
    titles = ranked("buurtbemiddeling", reader)
    assert set(titles[:2]) == {"Buurtbemiddeling bij overlast", "Bemiddeling in de buurt"}
    assert titles[0] == "Buurtbemiddeling bij overlast"
    assert titles == titles[:2]  # one part is not the compound


@pytest.mark.django_db
def test_the_parts_find_the_compound(dutch_backend, make_page, programme, reader):
    make_page("Buurtbemiddeling bij overlast", programme=programme, summary="Hoe het werkt.")
    make_page("Een gesprek op school", programme=programme, summary="Met de leraar.")
    assert ranked("bemiddeling buurt", reader) == ["Buurtbemiddeling bij overlast"]


def test_compound_parts_do_not_lengthen_a_document():
    """As the engine's BM25 discounts terms sharing a position, the embedded search's document
    length counts a compound once, not once per part."""
    from search.documents import document_length

    fields = {"summary": "", "tags": [], "body": "Schuldhulpverlening en de aanpak"}
    assert document_length(fields) == 2  # "en" and "de" are stop words
    assert (
        document_length({**fields, "summary": "Schulden", "tags": ["re-integratie"]}) == 2 + 2 + 4
    )
