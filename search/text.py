"""Dutch text normalisation for the embedded (database) search, the same steps the engine's
analyser takes: lower case, accents folded, compounds split into the parts of a Dutch lexicon,
stop words dropped, Snowball's Dutch stemmer. Applied both to what is indexed and to the query,
so that "jongeren" finds "jongere" and "aanpak" finds "radicaliseringsaanpak" without an engine.
The word lists live in search/data/ and are shared with the engine's index settings; the
compound parts are generated from OpenTaal's word list by search/compound_lexicon.py."""

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
def _part_set() -> frozenset[str]:
    return frozenset(compound_parts())


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


@lru_cache(maxsize=100_000)
def decompound(word: str) -> tuple[str, ...]:
    """The listed parts found inside a compound, as Lucene's dictionary decompounder finds
    them: every substring of MIN_PART_LENGTH to MAX_PART_LENGTH letters that is a listed part,
    from left to right (the word itself left out: it is a term of its own)."""
    if len(word) < MIN_COMPOUND_LENGTH:
        return ()
    parts = _part_set()
    found = []
    for start in range(len(word) - MIN_PART_LENGTH + 1):
        for end in range(start + MIN_PART_LENGTH, min(len(word), start + MAX_PART_LENGTH) + 1):
            part = word[start:end]
            if part in parts and part != word and part not in found:
                found.append(part)
    return tuple(found)


# At most this many letters of a query word may lie outside its parts (a linking "s" or "en",
# a prefix such as the "re" of "reintegratie") for the word to be read as their compound.
MAX_UNCOVERED = 2
# What may follow the last part: an inflection ("huurwoningen"), not a suffix ("hechtenis").
ENDINGS = frozenset({"", "e", "n", "s", "en"})


@lru_cache(maxsize=10_000)
def query_parts(word: str) -> tuple[str, ...]:
    """The parts a query word stands for: its outermost listed parts when together they cover
    the word, else none. "radicaliseringsaanpak" is radicalisering + aanpak; "huisvestng" (a
    typo) is not "huis", nor a compound with an unlisted part its listed one alone."""
    parts = decompound(word)
    covered = [False] * len(word)
    for part in parts:
        start = word.find(part)
        while start >= 0:
            covered[start : start + len(part)] = [True] * len(part)
            start = word.find(part, start + 1)
    last_covered = max((i for i, is_covered in enumerate(covered) if is_covered), default=-1)
    if covered.count(False) > MAX_UNCOVERED or word[last_covered + 1 :] not in ENDINGS:
        return ()
    # A part inside another ("middel" in "bemiddeling") comes with it wherever it is indexed.
    return tuple(
        part for part in parts if not any(part != other and part in other for other in parts)
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
    """Indexed terms for a text: stems of its words and of the parts of its compounds, each
    term once per word (the engine's `unique` filter on the same position)."""
    terms = []
    for word in index_words(text):
        if word in stop_words():
            continue
        terms.extend(dict.fromkeys([stem(word), *(stem(part) for part in decompound(word))]))
    return terms


def positions(text: str) -> int:
    """How many positions the indexed text takes: its words without the stop words. A word's
    compound parts share its position, so that they do not lengthen a document (Lucene's BM25
    discounts such overlapping terms from a field's length alike)."""
    return sum(word not in stop_words() for word in index_words(text))


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
