"""The embedded search: the SearchDocument rows in the database, matched on Dutch-normalised
terms (search/text.py) through an inverted index (SearchTerm: term -> document, weight) and
faceted through SearchFacetValue. Matching, scoring, sorting, paging and facet counts are SQL
with a fixed number of queries whatever the number of documents; only the page of hits is
highlighted in Python. Needs no service, works the same on SQLite and PostgreSQL, and is what
the search page falls back to when the engine is unreachable."""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Case, Count, F, FloatField, Max, Q, Sum, Value, When
from django.db.models.functions import Length
from django.db.models.lookups import In
from django.utils.html import escape

from .models import SearchDocument, SearchFacetValue, SearchTerm
from .registry import extra_facets, score_weights
from .text import allowed_edits, edit_distance, fold, query_terms, term_variants

FACET_KEYS = {"programma": "programmes", "type": "content_type", "tag": "tags", "jaar": "year"}
WORD = re.compile(r"\w+", re.UNICODE)
# A fuzzily matched term counts for this fraction of its weight per edit: what was typed
# exactly always ranks above what was guessed.
FUZZY_FACTOR = 0.25
MAX_FUZZY_TERMS = 10


def visible_documents(restricted_paths: list[str]):
    documents = SearchDocument.objects.filter(is_removed=False)
    if restricted_paths:
        hidden = Q()
        for path in restricted_paths:
            hidden |= Q(path__startswith=path)
        documents = documents.exclude(hidden)
    return documents


@dataclass
class Query:
    """The words of each alternative, as sets of acceptable terms, plus the guessed terms
    (typo tolerance) with their edit distance."""

    words: list[list[frozenset[str]]]
    fuzzy: dict[str, int] = field(default_factory=dict)

    @property
    def terms(self) -> set[str]:
        return {term for words in self.words for variants in words for term in variants}


def _parse(alternatives: list[str]) -> Query:
    return Query([terms for terms in map(query_terms, alternatives) if terms])


def _present(terms: set[str], documents) -> set[str]:
    return set(
        SearchTerm.objects.filter(term__in=terms, document__in=documents)
        .values_list("term", flat=True)
        .distinct()
    )


def _with_typos_forgiven(query: Query, documents) -> Query:
    """A word none of whose terms is in the visible documents gets the closest visible terms
    (same first letter, within AUTO fuzziness) as extra variants."""
    all_variants = {frozenset(v) for words in query.words for v in words}
    present = _present(set().union(*all_variants), documents)
    unknown = {
        term
        for variants in all_variants
        if not variants & present
        for term in variants
        if allowed_edits(term)
    }
    if not unknown:
        return query
    # Candidates from the index alone (cheap: a range of it), then only the close ones are
    # checked against what the reader may see.
    near = Q()
    for term in unknown:
        edits = allowed_edits(term)
        near |= Q(
            term__gte=term[0],
            term__lt=chr(ord(term[0]) + 1),
            length__gte=len(term) - edits,
            length__lte=len(term) + edits,
        )
    candidates = (
        SearchTerm.objects.annotate(length=Length("term"))
        .filter(near)
        .values_list("term", flat=True)
        .distinct()
    )
    guesses: dict[str, dict[str, int]] = {term: {} for term in unknown}
    for candidate in candidates:
        for term in unknown:
            edits = allowed_edits(term)
            if candidate[0] == term[0]:
                distance = edit_distance(term, candidate, edits)
                if distance <= edits:
                    guesses[term][candidate] = distance
    visible = _present({c for close in guesses.values() for c in close}, documents)
    fuzzy: dict[str, int] = {}
    extra: dict[str, set[str]] = {}
    for term, close in guesses.items():
        close = {candidate: d for candidate, d in close.items() if candidate in visible}
        if not close:
            continue
        nearest = min(close.values())
        chosen = sorted(c for c, d in close.items() if d == nearest)[:MAX_FUZZY_TERMS]
        extra[term] = set(chosen)
        fuzzy.update(dict.fromkeys(chosen, nearest))
    if not fuzzy:
        return query
    words = [
        [variants | set().union(*(extra.get(term, set()) for term in variants)) for variants in w]
        for w in query.words
    ]
    return Query(words, {term: d for term, d in fuzzy.items() if term not in query.terms})


def _word_condition(query: Query, term, *, match_all: bool):
    """Aggregates flagging, per document, the words present, and the condition on them that
    one alternative has all its words; None when having any query term already says so."""
    if not match_all or all(len(words) == 1 for words in query.words):
        return None
    flags, condition = {}, Q()
    for words in query.words:
        alternative = Q()
        for variants in words:
            name = f"word_{len(flags)}"
            flags[name] = Max(Case(When(In(term, list(variants)), then=Value(1)), default=Value(0)))
            alternative &= Q(**{name: 1})
        condition |= alternative
    return flags, condition


def _matching_ids(documents, query: Query, *, match_all: bool):
    """The documents having all (or some) words of any alternative, decided on the postings
    alone."""
    postings = SearchTerm.objects.filter(term__in=query.terms).values("document_id")
    words = _word_condition(query, F("term"), match_all=match_all)
    if words:
        flags, condition = words
        postings = postings.alias(**flags).filter(condition)
    return documents.filter(pk__in=postings)


def _ranked(documents, query: Query):
    """The documents with their score: the summed weights of the query's terms in them,
    guessed terms counting less, times the weight of the document's kind (registered content
    may count less than pages)."""
    # F() rather than Q() conditions: a Q inside an aggregate would turn the join of the filter
    # below into a LEFT OUTER JOIN, which makes the database scan every document.
    term, weight = F("search_terms__term"), F("search_terms__weight")
    by_distance: dict[int, list[str]] = {}
    for guess, distance in query.fuzzy.items():
        by_distance.setdefault(distance, []).append(guess)
    by_kind_weight: dict[float, list[str]] = {}
    for content_type, kind_weight in score_weights().items():
        by_kind_weight.setdefault(kind_weight, []).append(content_type)
    kind = Case(
        *(
            When(In(F("content_type"), content_types), then=Value(kind_weight))
            for kind_weight, content_types in sorted(by_kind_weight.items())
        ),
        default=Value(1.0),
        output_field=FloatField(),
    )
    score = Sum(
        Case(
            *(
                When(In(term, guesses), then=weight * Value(FUZZY_FACTOR**distance))
                for distance, guesses in sorted(by_distance.items())
            ),
            default=weight * Value(1.0),
            output_field=FloatField(),
        )
        * kind
    )
    return (
        documents.filter(search_terms__term__in=query.terms)
        .values("id", "key", "published_at")
        .annotate(score=score)
    )


def _filtered(documents, selected: dict[str, set[str]], *, without: str | None = None):
    for param, values in selected.items():
        if param != without:
            documents = documents.filter(
                pk__in=SearchFacetValue.objects.filter(param=param, value__in=values).values(
                    "document_id"
                )
            )
    return documents


def highlight(text: str, stems: set[str], *, width: int = 160) -> str:
    """A fragment of `text` around the first matching word, the matches in <mark>."""
    matches = [m for m in WORD.finditer(text) if stems & term_variants(fold(m.group()))]
    if not matches:
        return ""
    start = max(0, matches[0].start() - width // 3)
    end = min(len(text), start + width)
    parts, cursor = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        parts.append(escape(text[cursor : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        cursor = match.end()
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(parts).strip() + suffix


def _facet_counts(candidates, selected: dict[str, set[str]]) -> dict[str, Counter]:
    """Each facet counted over the matches with the other facets' filters applied: one query
    for the facets without a selection, one per facet with one."""
    params = [*FACET_KEYS, *(facet.param for facet in extra_facets())]
    counts: dict[str, Counter] = {param: Counter() for param in params}
    groups = [(None, [param for param in params if param not in selected])]
    groups += [(param, [param]) for param in params if param in selected]
    for without, group in groups:
        if not group:
            continue
        matches = _filtered(candidates, selected, without=without)
        rows = (
            SearchFacetValue.objects.filter(param__in=group, document_id__in=matches.values("id"))
            .values_list("param", "value")
            .annotate(count=Count("id"))
        )
        for param, value, count in rows:
            counts[param][value] = count
    return counts


def search(request, *, alternatives: list[str], restricted_paths: list[str]):
    """(hits as (document key, score, fragments), total, facet counts {param: Counter})."""
    documents = visible_documents(restricted_paths)
    selected = {param: set(values) for param, values in request.filters.items() if values}
    query = None
    if request.query:
        query = _parse(alternatives)
        if not query.words:
            return [], 0, {}
        candidates = _matching_ids(documents, query, match_all=request.match_all)
        total = _filtered(candidates, selected).count()
        if not total or not request.match_all:
            forgiving = _with_typos_forgiven(query, documents)
            if forgiving is not query:
                query = forgiving
                candidates = _matching_ids(documents, query, match_all=request.match_all)
                total = _filtered(candidates, selected).count()
        ranked = _ranked(_filtered(candidates, selected), query)
    else:
        candidates = documents
        total = _filtered(candidates, selected).count()
        ranked = (
            _filtered(candidates, selected)
            .values("id", "key", "published_at")
            .annotate(score=Value(0.0))
        )
    order = [F("published_at").desc(nulls_last=True), "-id"]
    if request.query and request.sort != "datum":
        order.insert(0, "-score")
    page_rows = list(ranked.order_by(*order)[request.offset : request.offset + request.page_size])
    counts = _facet_counts(candidates, selected)
    stems = query.terms if query else set()
    texts = {
        pk: (summary, body)
        for pk, summary, body in SearchDocument.objects.filter(
            pk__in=[row["id"] for row in page_rows]
        ).values_list("pk", "summary", "body")
    }
    hits = []
    for row in page_rows:
        fragments = []
        for text in texts.get(row["id"], ()) if stems else ():
            fragment = highlight(text, stems)
            if fragment:
                fragments.append(fragment)
        hits.append((row["key"], float(row["score"] or 0.0), fragments))
    return hits, total, counts
