"""Typo correction before searching, the same for both backends: a query word none of whose
terms occurs in a document the reader may see is replaced by the closest word that does (same
first letter, within the engine's AUTO fuzziness), and the results page says so ("Results for
huisvesting; search instead for huisvestng"). Decided on the database's inverted index, which
both backends keep, so the engine and the embedded search correct alike; never looks at
restricted or removed pages."""

from django.db.models import Q
from django.db.models.functions import Length

from .database import visible_documents
from .models import SearchDocument, SearchTerm
from .text import WORD, allowed_edits, edit_distance, fold, stem, words
from .understanding import concepts


def _present(terms: set[str], documents) -> set[str]:
    return set(
        SearchTerm.objects.filter(term__in=terms, document__in=documents)
        .values_list("term", flat=True)
        .distinct()
    )


def _closest_terms(unknown: set[str], documents) -> dict[str, str]:
    """Unknown term -> the closest term of a visible document."""
    near = Q()
    for term in unknown:
        edits = allowed_edits(term)
        near |= Q(
            term__gte=term[0],
            term__lt=chr(ord(term[0]) + 1),
            length__gte=len(term) - edits,
            length__lte=len(term) + edits,
        )
    # Candidates from the index alone (a range of it), then only the close ones are checked
    # against what the reader may see.
    candidates = (
        SearchTerm.objects.annotate(length=Length("term"))
        .filter(near)
        .values_list("term", flat=True)
        .distinct()
    )
    distances: dict[str, dict[str, int]] = {term: {} for term in unknown}
    for candidate in candidates:
        for term in unknown:
            edits = allowed_edits(term)
            if candidate[0] == term[0] and (d := edit_distance(term, candidate, edits)) <= edits:
                distances[term][candidate] = d
    visible = _present({c for close in distances.values() for c in close}, documents)
    closest = {}
    for term, close in distances.items():
        close = {candidate: d for candidate, d in close.items() if candidate in visible}
        if close:
            closest[term] = min(close, key=lambda candidate: (close[candidate], candidate))
    return closest


def _surface_word(term: str, typed: str, documents) -> str:
    """A word as written in a visible document with the stem `term`, the closest to what
    was typed (stems are not words: "huisvest" is shown as "huisvesting")."""
    texts = (
        SearchDocument.objects.filter(pk__in=documents.values("pk"), search_terms__term=term)
        .values_list("title", "summary", "body")
        .first()
    )
    options = {
        fold(match.group())
        for text in texts or ()
        for match in WORD.finditer(text)
        if stem(fold(match.group())) == term
    }
    if not options:
        return term
    return min(options, key=lambda word: (edit_distance(typed, word, 99), word))


def corrected_query(query: str, *, restricted_paths: list[str]) -> str:
    """The query with its unknown words corrected, or "" when nothing needed correcting."""
    documents = visible_documents(restricted_paths)
    found = concepts(query)
    if not found:
        return ""
    present = _present({t for c in found for t in (c.exact, *c.parts)}, documents)
    unknown = {
        concept.word: concept.exact
        for concept in found
        if concept.exact not in present
        and not (concept.parts and concept.parts <= present)
        and allowed_edits(concept.exact)
    }
    if not unknown:
        return ""
    closest = _closest_terms(set(unknown.values()), documents)
    if not closest:
        return ""
    replaced = []
    for word in words(query):
        term = unknown.get(word)
        replaced.append(_surface_word(closest[term], word, documents) if term in closest else word)
    return " ".join(replaced)
