"""The two backends analyse Dutch alike: every word of the demo content, the benchmark corpus
and the Dutch interface analysed by the engine (`_analyze`, OpenSearch with the Dutch
analysis) gives the same terms as the embedded search's Python pipeline (search/text.py), for
what is indexed (compound parts included) and for what is queried. Hyphenated and spaced forms
of a compound meet on both."""

import ast
import re
from pathlib import Path

import pytest

from search import index
from search.engine import get_engine
from search.results import SearchRequest
from search.selectors import search_pages
from search.text import normalise, stem, stop_words, words

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    *ROOT.glob("portal/demo_content/*.py"),
    *ROOT.glob("themes/demo_content/*.py"),
    *ROOT.glob("training/demo_content/*.py"),
    *ROOT.glob("*/seeding.py"),
    ROOT / "bench" / "corpus.py",
]
LETTERS = re.compile(r"[^\W\d_]+")


def vocabulary() -> list[str]:
    """Distinct words (as written) of the texts of the demo content and the Dutch UI."""
    texts = []
    for source in SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.append(node.value)
    po = (ROOT / "locale" / "nl" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    texts += re.findall(r'^msgstr "(.*)"$', po, flags=re.MULTILINE)
    seen, found = set(), []
    for text in texts:
        for word in LETTERS.findall(re.sub(r"<[^>]+>|%\(\w+\)s|\{\{.*?\}\}", " ", text)):
            if len(word) >= 2 and word.lower() not in seen:
                seen.add(word.lower())
                found.append(word)
    return found


def engine_terms(analyzer: str, batch: list[str]) -> list[list[str]]:
    """The engine's terms of each word, words sent space-separated (one position each)."""
    answer = get_engine().request(
        "POST",
        f"/{index.alias_name()}/_analyze",
        body={"analyzer": analyzer, "text": " ".join(batch)},
    )
    terms: list[list[str]] = [[] for _ in batch]
    for token in answer["tokens"]:
        terms[token["position"]].append(token["token"])
    return terms


def test_the_engine_and_the_python_pipeline_give_the_same_terms(dutch_engine):
    words_to_check = vocabulary()
    print(f"vocabulary: {len(words_to_check)} words")  # noqa: T201 (reported by the issue)
    assert len(words_to_check) >= 2000
    indexed, queried = [], []
    for start in range(0, len(words_to_check), 400):
        batch = words_to_check[start : start + 400]
        for word, terms in zip(batch, engine_terms("dutch_text", batch), strict=True):
            # Distinct terms: the engine's decompounder also emits a word that is itself a
            # listed part ("regisseur") once more at the same position, a frequency and not a
            # term of its own.
            if set(terms) != set(normalise(word)):
                indexed.append((word, sorted(terms), sorted(normalise(word))))
        for word, terms in zip(batch, engine_terms("dutch_query", batch), strict=True):
            python = [stem(w) for w in words(word) if w not in stop_words()]
            if terms != python:
                queried.append((word, terms, python))
    assert not indexed
    assert not queried


def test_the_stemmer_is_the_classic_dutch_one_on_both(dutch_engine):
    classic = {"begeleiding": "begeleid", "gezinnen": "gezinn", "woningen": "woning"}
    assert {word: stem(word) for word in classic} == classic
    assert engine_terms("dutch_query", list(classic)) == [[value] for value in classic.values()]


@pytest.mark.parametrize("query", ["re-integratie", "reintegratie", "re integratie"])
def test_hyphenated_joined_and_spaced_forms_meet(
    dutch_backend, make_page, programme, reader, query
):
    hyphenated = make_page("Re-integratie na detentie", programme=programme, summary="Werk.")
    joined = make_page("Reintegratie in de wijk", programme=programme, summary="Wonen.")
    spaced = make_page("Re integratie via school", programme=programme, summary="School.")
    results = search_pages(request=SearchRequest(query=query), user=reader)
    assert {hit.page.pk for hit in results.hits} == {hyphenated.pk, joined.pk, spaced.pk}
