"""What a query asks, the same for both backends: its concepts (the meaningful words, each with
its compound parts), the optional words of a question ("hoe", "waar", "we" ...), and the
programmes and content types it names, which steer the ranking instead of being words to
match. The coordination rule (how many concepts a result must have) lives here too."""

from dataclasses import dataclass, field
from functools import cache

from django.utils import translation

from .text import _read_list, fold, query_parts, stem, stop_words, words

# A concept's compound parts only count together, and score at this fraction.
PART_FACTOR = 0.3
# A synonym's or written-out abbreviation's alternative scores at this fraction.
ALTERNATIVE_FACTOR = 0.8
# Question words and fillers add a little when present, never required.
OPTIONAL_FACTOR = 0.2
# A result of a programme or content type the query names scores this much more.
NAMED_BOOST = 1.5


def alternative_minimum(concepts_of_alternative: int, concepts_of_query: int) -> int:
    """How many concepts of a synonym's alternative a result needs: as many as of the query,
    plus every word the expansion added ("RvdK rechter" as "raad kinderbescherming rechter"
    needs all three: the written-out name is one concept of the query)."""
    added = max(0, concepts_of_alternative - concepts_of_query)
    return min(concepts_of_alternative, minimum_should_match(concepts_of_query) + added)


def minimum_should_match(concepts: int) -> int:
    """All of one or two concepts; of more, three quarters rounded down (3 -> 2, 4 -> 3,
    5 -> 3, 6 -> 4; the engine's "2<75%"): a result lacking one word of a long question still
    shows, below those with all of them."""
    return concepts if concepts <= 2 else (concepts * 3) // 4


@cache
def question_words() -> frozenset[str]:
    return frozenset(word for line in _read_list("question_words.txt") for word in line.split())


@dataclass(frozen=True)
class Concept:
    word: str
    exact: str  # the word's own stem
    parts: frozenset[str] = frozenset()  # stems of its compound parts


def concepts(text: str) -> list[Concept]:
    found = []
    for word in words(text):
        if word in stop_words() or word in question_words():
            continue
        own = stem(word)
        parts = frozenset(stem(part) for part in query_parts(word)) - {own}
        found.append(Concept(word, own, parts))
    return found


@dataclass
class NamedFilters:
    """Programmes and content types the query names, to boost (not to filter on)."""

    programmes: set[str] = field(default_factory=set)
    content_types: set[str] = field(default_factory=set)


def programme_names() -> list[tuple[str, str, str]]:
    """(slug, name, short name) of every programme: read once per search."""
    from portal.models import Programme

    return list(Programme.objects.values_list("slug", "name", "short_name"))


def _names(programmes) -> list[tuple[list[str], str, str]]:
    """(words of a name, "programma" or "type", value), longest names first."""
    from .registry import content_type_labels, indexed_models, searchable_contents

    names = []
    for slug, name, short_name in programmes:
        for label in {name, short_name, slug.replace("-", " ")}:
            if label and words(label):
                names.append((words(label), "programma", slug))
    with translation.override("nl"):
        labels = {key: [label] for key, label in content_type_labels().items()}
        for model in indexed_models():
            labels[model._meta.label_lower].append(str(model._meta.verbose_name))
        for content in searchable_contents():
            labels[content.content_type].append(str(content.model._meta.verbose_name))
    for key, values in labels.items():
        for label in values:
            if words(label):
                names.append((words(label), "type", key))
    return sorted(names, key=lambda item: -len(item[0]))


def named_filters(query: str, *, programmes=None) -> tuple[str, NamedFilters]:
    """The query without the programmes and content types it names, and those names; the
    query itself when nothing else would be left to search for."""
    query_words = words(query)
    named = NamedFilters()
    kept = list(query_words)
    programmes = programme_names() if programmes is None else programmes
    for name_words, param, value in _names(programmes):
        size = len(name_words)
        for start in range(len(kept) - size + 1):
            if kept[start : start + size] == name_words:
                remaining = kept[:start] + kept[start + size :]
                if not concepts(" ".join(remaining)):
                    continue
                kept = remaining
                (named.programmes if param == "programma" else named.content_types).add(value)
                break
    if not named.programmes and not named.content_types:
        return query, named
    return " ".join(kept), named


def fold_query(query: str) -> str:
    return " ".join(words(fold(query)))


@dataclass
class Intent:
    """A query as search acts on it."""

    text: str  # what is matched: corrected, without the programmes and types it names
    corrected: str = ""  # the corrected query shown to the reader ("" when none)
    optional: dict[str, float] = field(default_factory=dict)  # term -> score factor
    named: NamedFilters = field(default_factory=NamedFilters)
    optional_words: dict[str, float] = field(default_factory=dict)  # as typed, for the engine


def understand(
    query: str, *, restricted_paths: list[str], literal: bool = False, programmes=None
) -> Intent:
    from .spelling import corrected_query

    corrected = "" if literal else corrected_query(query, restricted_paths=restricted_paths)
    text, named = named_filters(corrected or query, programmes=programmes)
    optional_words = {word: OPTIONAL_FACTOR for word in words(text) if word in question_words()}
    # The name of a programme or type still scores where it is written, as a word.
    for word in set(words(corrected or query)) - set(words(text)):
        if word not in stop_words():
            optional_words[word] = 1.0
    optional = {stem(word): factor for word, factor in optional_words.items()}
    return Intent(
        text=text,
        corrected=corrected,
        optional=optional,
        named=named,
        optional_words=optional_words,
    )
