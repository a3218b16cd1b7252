"""Query-time expansion: the synonym groups that Redactie keeps in the admin (`SynonymGroup`),
the glossary's abbreviations and the chain partners' short names. Expanding the query (rather
than the index) lets a change work at the next search, on the engine and on the embedded search
alike, without re-indexing.

The expansions are read once and cached; saving or deleting a synonym group, glossary entry or
chain partner clears the cache (search/signals.py). With a cache per process (no CACHE_URL),
another process sees the change when its copy expires (EXPANSIONS_TTL)."""

from django.core.cache import cache

from portal.models import ChainPartner, GlossaryEntry

from .models import SynonymGroup
from .text import fold, stop_words, words

CACHE_KEY = "search:query-expansions:v1"
EXPANSIONS_TTL = 60  # seconds

# (term as a sequence of folded words, the terms it also finds)
Expansion = tuple[tuple[str, ...], tuple[str, ...]]


def _pairs() -> list[tuple[list[str], bool]]:
    """Every group as (terms, one_way)."""
    groups = [
        (group.term_list(), group.kind == SynonymGroup.Kind.ONE_WAY)
        for group in SynonymGroup.objects.only("terms", "kind")
    ]
    groups.extend(
        ([abbreviation, full_term], False)
        for abbreviation, full_term in GlossaryEntry.objects.values_list(
            "abbreviation", "full_term"
        )
    )
    groups.extend(
        ([short_name, name], False)
        for name, short_name in ChainPartner.objects.exclude(short_name="").values_list(
            "name", "short_name"
        )
    )
    return groups


def _build() -> list[Expansion]:
    expansions: dict[tuple[str, ...], list[str]] = {}
    for terms, one_way in _pairs():
        sources = terms[:1] if one_way else terms
        for source in sources:
            key = tuple(words(source))
            if not key:
                continue
            targets = expansions.setdefault(key, [])
            for other in terms:
                folded = fold(other)
                if tuple(words(other)) != key and folded not in targets:
                    targets.append(folded)
    # Longer phrases first, so that "raad voor de kinderbescherming" wins over "raad".
    return sorted(
        ((key, tuple(targets)) for key, targets in expansions.items() if targets),
        key=lambda item: -len(item[0]),
    )


def expansions() -> list[Expansion]:
    cached = cache.get(CACHE_KEY)
    if cached is None:
        cached = _build()
        cache.set(CACHE_KEY, cached, EXPANSIONS_TTL)
    return cached


def forget_expansions() -> None:
    cache.delete(CACHE_KEY)


def _contains(haystack: list[str], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return size > 0 and any(tuple(haystack[i : i + size]) == needle for i in range(len(haystack)))


def query_alternatives(query: str) -> list[str]:
    """The query itself, then what it means with a synonym or abbreviation written out:
    "RvdK advies" -> ["RvdK advies", "raad voor de kinderbescherming advies"]."""
    alternatives = [query]
    query_words = words(query)
    folded = f" {' '.join(query_words)} "
    for source, targets in expansions():
        if not _contains(query_words, source):
            continue
        for target in targets:
            expanded = folded.replace(f" {' '.join(source)} ", f" {target} ").strip()
            if expanded not in alternatives:
                alternatives.append(expanded)
    # "re integratie" also as "reintegratie": a short prefix written apart from its word.
    for position in range(len(query_words) - 1):
        prefix = query_words[position]
        if len(prefix) <= 3 and prefix.isalpha() and prefix not in stop_words():
            joined = [*query_words[:position], prefix + query_words[position + 1]]
            joined += query_words[position + 2 :]
            alternatives.extend(query_alternatives(" ".join(joined))[:4])
    return list(dict.fromkeys(alternatives))[:8]
