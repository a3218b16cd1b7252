"""Query-time expansion: the glossary's abbreviations and the synonym list in search/data/.
Expanding the query (rather than the index) lets a new glossary entry work at once, on the
engine and on the embedded search alike."""

from portal.models import GlossaryEntry

from .text import fold, stop_words, synonym_groups, words


def _groups() -> list[tuple[str, ...]]:
    glossary = GlossaryEntry.objects.values_list("abbreviation", "full_term")
    # An entry without a short form repeats its term as its abbreviation: nothing to expand.
    return [
        *synonym_groups(),
        *((abbr, full) for abbr, full in glossary if words(abbr) != words(full)),
    ]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    return size > 0 and any(haystack[i : i + size] == needle for i in range(len(haystack)))


def query_alternatives(query: str) -> list[str]:
    """The query itself, then what it means with a synonym or abbreviation written out:
    "RvdK advies" -> ["RvdK advies", "Raad voor de Kinderbescherming advies"]."""
    alternatives = [query]
    query_words = words(query)
    folded = " ".join(query_words)
    for group in _groups():
        for term in group:
            term_words = words(term)
            if not _contains(query_words, term_words):
                continue
            for other in group:
                if other == term:
                    continue
                expanded = f" {folded} ".replace(f" {' '.join(term_words)} ", f" {fold(other)} ")
                if expanded.strip() not in alternatives:
                    alternatives.append(expanded.strip())
    # "re integratie" also as "reintegratie": a short prefix written apart from its word.
    for position in range(len(query_words) - 1):
        prefix = query_words[position]
        if len(prefix) <= 3 and prefix.isalpha() and prefix not in stop_words():
            joined = [*query_words[:position], prefix + query_words[position + 1]]
            joined += query_words[position + 2 :]
            alternatives.extend(query_alternatives(" ".join(joined))[:4])
    return list(dict.fromkeys(alternatives))[:8]
