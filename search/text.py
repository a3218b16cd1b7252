"""Dutch text normalisation for the embedded (database) search, the same steps the engine's
analyser takes: lower case, accents folded, compounds split into the domain's parts, stop words
dropped, Snowball's Dutch stemmer. Applied both to what is indexed and to the query, so that
"jongeren" finds "jongere" and "aanpak" finds "radicaliseringsaanpak" without an engine.
The word lists live in search/data/ and are shared with the engine's index settings."""

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer

DATA_DIR = Path(__file__).resolve().parent / "data"
# The same limits as the engine's dictionary_decompounder (see search/index.py).
MIN_COMPOUND_LENGTH = 6
MIN_PART_LENGTH = 4
MAX_PART_LENGTH = 25
# Longer terms are cut to this length, when indexed and when queried alike.
MAX_TERM_LENGTH = 100

WORD = re.compile(r"\w+", re.UNICODE)
# A hyphen between letters joins a word: a query for "re-integratie" is one for "reintegratie",
# and an indexed "re-integratie" is found as "reintegratie", "re" and "integratie" alike, on
# both backends (the engine's char filters in search/index.py use the same patterns).
HYPHENATED = re.compile(r"([^\W\d_]+)[-\u2010\u2011]([^\W\d_]+)")
HYPHENATED_JAVA = "(\\p{L}+)[-\u2010\u2011](\\p{L}+)"
JOINED, JOINED_JAVA = r"\1\2", "$1$2"
JOINED_AND_PARTS, JOINED_AND_PARTS_JAVA = r"\1\2 \1 \2", "$1$2 $1 $2"


def _read_list(name: str) -> list[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def compound_parts() -> tuple[str, ...]:
    return tuple(fold(word) for word in _read_list("compound_parts.txt"))


@cache
def stop_words() -> frozenset[str]:
    return frozenset(word for line in _read_list("stopwords.txt") for word in line.split())


def stemmer_algorithm() -> str:
    """The engine's `stemmer: dutch` is Snowball's classic Dutch (Kraaij-Pohlmann era Porter
    variant). snowballstemmer 3 renamed it `dutch_porter` and gave `dutch` a new algorithm that
    also strips "ge-" (begeleiding -> beleid instead of begeleid); 2.x calls the classic one
    `dutch`. Pinned so both backends stem alike (tests/search/test_dutch_analysis.py)."""
    return "dutch_porter" if "dutch_porter" in snowballstemmer.algorithms() else "dutch"


@cache
def _stemmer():
    return snowballstemmer.stemmer(stemmer_algorithm())


def fold(text: str) -> str:
    """Lower case without accents: "Één café" -> "een cafe"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """The words of a query (or any text read as one): hyphenated words joined."""
    return WORD.findall(HYPHENATED.sub(JOINED, fold(text)).replace("_", " "))


def index_words(text: str) -> list[str]:
    """The words of an indexed text: a hyphenated word joined and also as its parts."""
    return WORD.findall(HYPHENATED.sub(JOINED_AND_PARTS, fold(text)).replace("_", " "))


@lru_cache(maxsize=200_000)
def decompound(word: str) -> tuple[str, ...]:
    """The domain parts found inside a compound, like Lucene's dictionary decompounder.
    Cached, as `stem`: indexing asks it of every word."""
    if len(word) < MIN_COMPOUND_LENGTH:
        return ()
    return tuple(
        part
        for part in compound_parts()
        if part != word and MIN_PART_LENGTH <= len(part) <= MAX_PART_LENGTH and part in word
    )


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Cached: indexing stems every word of every document (most of a rebuild's time), and a
    portal's texts share most of their words."""
    return _stemmer().stemWord(word)[:MAX_TERM_LENGTH]


@lru_cache(maxsize=100_000)
def term_variants(word: str) -> frozenset[str]:
    """The stems one query word may match: its own stem and those of its compound parts.
    Cached: highlighting asks this of every word of every hit's text."""
    return frozenset({stem(word), *(stem(part) for part in decompound(word))})


def normalise(text: str) -> list[str]:
    """Indexed terms for a text: stems of its words and of the parts of its compounds."""
    terms = []
    for word in index_words(text):
        if word in stop_words():
            continue
        terms.append(stem(word))
        terms.extend(stem(part) for part in decompound(word))
    return terms


def query_terms(text: str) -> list[frozenset[str]]:
    """One set of acceptable stems per meaningful query word (stop words dropped)."""
    return [term_variants(word) for word in words(text) if word not in stop_words()]


def allowed_edits(term: str) -> int:
    """Elasticsearch's AUTO fuzziness: exact up to 2 letters, 1 edit up to 5, then 2."""
    if len(term) <= 2:
        return 0
    return 1 if len(term) <= 5 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, or limit + 1 beyond limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous, current = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        before, previous, current = previous, current, [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
    return current[-1]
