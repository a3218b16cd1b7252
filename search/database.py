"""The embedded search: the SearchDocument rows in the database, matched on Dutch-normalised
terms (search/text.py) through an inverted index (SearchTerm: term -> document, weight) and
faceted through SearchFacetValue. Matching, scoring, sorting, paging and facet counts are SQL
with a fixed number of queries whatever the number of documents; only the page of hits is
highlighted in Python. Needs no service, works the same on SQLite and PostgreSQL, and is what
the search page falls back to when the engine is unreachable."""

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import (
    Avg,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Greatest, Least
from django.db.models.lookups import In
from django.utils.html import escape

from .models import SearchDocument, SearchFacetValue, SearchTerm
from .registry import extra_facets, score_weights
from .text import fold, term_variants
from .understanding import (
    ALTERNATIVE_FACTOR,
    NAMED_BOOST,
    PART_FACTOR,
    Concept,
    NamedFilters,
    alternative_minimum,
    concepts,
)

FACET_KEYS = {"programma": "programmes", "type": "content_type", "tag": "tags", "jaar": "year"}
WORD = re.compile(r"\w+", re.UNICODE)


def visible_documents(restricted_paths: list[str]):
    documents = SearchDocument.objects.filter(is_removed=False)
    if restricted_paths:
        hidden = Q()
        for path in restricted_paths:
            hidden |= Q(path__startswith=path)
        documents = documents.exclude(hidden)
    return documents


# BM25's term-frequency saturation and length normalisation (Lucene's defaults).
K1 = 1.2
B = 0.75
# Twice the engine's title^3: the engine's title score also carries the title field's own
# (higher) IDF, which one IDF per term here lacks. Tuned on the tuning set (bench/judgments.py:
# nDCG@10 0.782 at 3, 0.787 at 6).
TITLE_BOOST = 6.0


@dataclass
class Alternative:
    """The query, or one of its synonym expansions, as concepts, with its score factor."""

    concepts: list[Concept]
    factor: float = 1.0
    minimum: int = 1  # concepts a result needs


@dataclass
class Query:
    alternatives: list[Alternative]
    optional: dict[str, float] = field(default_factory=dict)  # term -> score factor
    named: NamedFilters = field(default_factory=NamedFilters)

    @property
    def required_terms(self) -> set[str]:
        """The terms that decide whether a document matches (exact words and their parts)."""
        return {
            term
            for alternative in self.alternatives
            for concept in alternative.concepts
            for term in (concept.exact, *concept.parts)
        }

    @property
    def terms(self) -> set[str]:
        return self.required_terms | set(self.optional)

    def factors(self) -> dict[str, float]:
        """Each term's share of its BM25 score: a word itself counts fully (a synonym's
        alternative a little less), a compound part and an optional word much less."""
        factors: dict[str, float] = dict(self.optional)
        for alternative in self.alternatives:
            for concept in alternative.concepts:
                for term, factor in [
                    (concept.exact, alternative.factor),
                    *((part, alternative.factor * PART_FACTOR) for part in concept.parts),
                ]:
                    factors[term] = max(factors.get(term, 0.0), factor)
        return factors


def parse(alternatives: list[str], *, optional: dict[str, float], named=None) -> Query:
    of_query = len(concepts(alternatives[0])) if alternatives else 0
    parsed = [
        Alternative(
            found,
            1.0 if number == 0 else ALTERNATIVE_FACTOR,
            alternative_minimum(len(found), of_query or len(found)),
        )
        for number, text in enumerate(alternatives)
        if (found := concepts(text))
    ]
    return Query(parsed, optional, named or NamedFilters())


def _coordination(query: Query, term):
    """Aggregates over a document's postings: per alternative, how many of its concepts the
    document has (its word, or all of the word's compound parts: one part is not the word);
    and the condition that some alternative reaches its minimum. None when any required
    posting already says so (one concept without parts)."""
    if all(len(a.concepts) == 1 and not a.concepts[0].parts for a in query.alternatives):
        return None

    def has(terms):
        return Max(Case(When(In(term, list(terms)), then=Value(1)), default=Value(0)))

    counts, condition = {}, Q()
    for number, alternative in enumerate(query.alternatives):
        present = []
        for concept in alternative.concepts:
            if concept.parts:
                parts = [has([part]) for part in sorted(concept.parts)]
                all_parts = Least(*parts) if len(parts) > 1 else parts[0]
                present.append(Greatest(has([concept.exact]), all_parts))
            else:
                present.append(has([concept.exact]))
        name = f"concepts_{number}"
        total = present[0]
        for expression in present[1:]:
            total = total + expression
        counts[name] = total
        condition |= Q(**{f"{name}__gte": alternative.minimum})
    return counts, condition


def _matching_ids(documents, query: Query):
    """The documents having enough concepts of an alternative, decided on the postings alone."""
    postings = SearchTerm.objects.filter(term__in=query.required_terms).values("document_id")
    coordination = _coordination(query, F("term"))
    if coordination:
        counts, condition = coordination
        postings = postings.alias(**counts).filter(condition)
    return documents.filter(pk__in=postings)


def _idf(query: Query) -> tuple[dict[str, float], float]:
    """BM25's inverse document frequency of each query term, from the inverted index: how
    many documents have it, of how many, and their average length (one grouped query)."""
    live = SearchDocument.objects.filter(is_removed=False)
    rows = list(
        SearchTerm.objects.filter(term__in=query.terms)
        .values_list("term")
        .annotate(
            frequency=Count("id"),
            documents=Subquery(live.values("is_removed").annotate(n=Count("id")).values("n")),
            length=Subquery(live.values("is_removed").annotate(a=Avg("length")).values("a")),
        )
    )
    frequencies = {term: frequency for term, frequency, _n, _length in rows}
    documents = rows[0][2] if rows else 0
    average_length = float(rows[0][3] or 1.0) if rows else 1.0
    idf = {
        term: math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))
        for term, frequency in frequencies.items()
    }
    return idf, average_length


def _ranked(documents, query: Query):
    """The documents with their BM25 score: per query term its IDF times its saturated,
    length-normalised field-weighted frequency, times the term's factor (a compound part or
    optional word counts less); times the weight of the document's kind (registered content
    may count less than pages) and the boost for a programme or content type the query
    names."""
    # F() rather than Q() conditions: a Q inside an aggregate would turn the join of the filter
    # below into a LEFT OUTER JOIN, which makes the database scan every document.
    term = F("search_terms__term")
    in_title, weight = F("search_terms__title"), F("search_terms__weight")
    idf, average_length = _idf(query)
    factors = query.factors()
    by_value: dict[float, list[str]] = {}
    for name, factor in factors.items():
        if name in idf:
            by_value.setdefault(round(idf[name] * factor * (K1 + 1), 6), []).append(name)
    term_value = Case(
        *(When(In(term, names), then=Value(value)) for value, names in sorted(by_value.items())),
        default=Value(0.0),
        output_field=FloatField(),
    )
    # The title saturates on its own, unnormalised (titles are short), at the engine's ^3.
    title = in_title * Value(TITLE_BOOST) / (in_title + Value(K1))
    elsewhere = (
        weight
        * Value(1.0)
        / (weight + Value(K1 * (1 - B)) + F("length") * Value(K1 * B / average_length))
    )
    saturation = ExpressionWrapper(title + elsewhere, output_field=FloatField())
    score = Sum(term_value * saturation * _document_factor(query), output_field=FloatField())
    return (
        documents.filter(search_terms__term__in=[t for t in factors if t in idf])
        .values("id", "key", "published_at")
        .annotate(score=score)
    )


def _document_factor(query: Query):
    """The weight of a document's kind, times the boost of a named programme or type."""
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
    factor = kind
    if query.named.content_types:
        factor = factor * Case(
            When(In(F("content_type"), sorted(query.named.content_types)), then=Value(NAMED_BOOST)),
            default=Value(1.0),
            output_field=FloatField(),
        )
    if query.named.programmes:
        named = SearchFacetValue.objects.filter(
            document=OuterRef("pk"), param="programma", value__in=sorted(query.named.programmes)
        )
        factor = factor * Case(
            When(Exists(named), then=Value(NAMED_BOOST)),
            default=Value(1.0),
            output_field=FloatField(),
        )
    return factor


def _having_facets(rows, selected: dict[str, set[str]], *, without: str | None = None, of="pk"):
    """Rows (documents, or facet values by their `document_id`) whose document has a selected
    value of every facet but `without`: a correlated EXISTS per facet (a semi-join) rather
    than an IN over a subquery, which nested in the next one planned badly on PostgreSQL."""
    for param, values in selected.items():
        if param != without:
            rows = rows.filter(
                Exists(
                    SearchFacetValue.objects.filter(
                        document_id=OuterRef(of), param=param, value__in=sorted(values)
                    )
                )
            )
    return rows


def _filtered(documents, selected: dict[str, set[str]], *, without: str | None = None):
    return _having_facets(documents, selected, without=without)


# Up to this many matches are read as a list of ids that the other queries of a search use
# (well below SQLite's 32,766 and PostgreSQL's 65,535 parameters per statement); a query with
# more matches uses them as a correlated EXISTS instead.
MAX_LISTED_MATCHES = 10_000


@dataclass
class Matches:
    """The documents a search's words match, before the facet filters: a list of their ids
    when there are not too many (one query, bounded by the result set; the planner then knows
    exactly what it joins), otherwise the query that finds them."""

    documents: object  # QuerySet of SearchDocument
    ids: list[int] | None = None

    @classmethod
    def of(cls, documents, *, listed: bool) -> "Matches":
        if not listed:
            return cls(documents)
        ids = list(documents.values_list("pk", flat=True)[: MAX_LISTED_MATCHES + 1])
        if len(ids) > MAX_LISTED_MATCHES:
            return cls(documents)
        return cls(SearchDocument.objects.filter(pk__in=ids), ids)

    def facet_values(self):
        """The facet values of these documents."""
        if self.ids is not None:
            return SearchFacetValue.objects.filter(document_id__in=self.ids)
        return SearchFacetValue.objects.filter(
            Exists(self.documents.filter(pk=OuterRef("document_id")))
        )


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


def _facet_counts(matches: Matches, selected: dict[str, set[str]]) -> dict[str, Counter]:
    """Each facet counted over the matches with the other facets' filters applied: one query
    for the facets without a selection, one per facet with one; each a scan of the matches'
    facet values, without nested subqueries."""
    params = [*FACET_KEYS, *(facet.param for facet in extra_facets())]
    counts: dict[str, Counter] = {param: Counter() for param in params}
    groups = [(None, [param for param in params if param not in selected])]
    groups += [(param, [param]) for param in params if param in selected]
    for without, group in groups:
        if not group:
            continue
        rows = (
            _having_facets(
                matches.facet_values().filter(param__in=group),
                selected,
                without=without,
                of="document_id",
            )
            .values_list("param", "value")
            .annotate(count=Count("id"))
        )
        for param, value, count in rows:
            counts[param][value] = count
    return counts


def search(request, *, alternatives: list[str], restricted_paths: list[str], intent=None):
    """(hits as (document key, score, fragments), total, facet counts {param: Counter})."""
    documents = visible_documents(restricted_paths)
    selected = {param: set(values) for param, values in request.filters.items() if values}
    query = None
    if request.query:
        query = parse(
            alternatives,
            optional=intent.optional if intent else {},
            named=intent.named if intent else None,
        )
        if not query.alternatives:
            return [], 0, {}
        matches = Matches.of(_matching_ids(documents, query), listed=True)
        # Without a facet filter the list of matches is their number.
        if matches.ids is not None and not selected:
            total = len(matches.ids)
        else:
            total = _filtered(matches.documents, selected).count()
        ranked = _ranked(_filtered(matches.documents, selected), query)
    else:
        # Every visible document: no list of ids (it could be the whole portal).
        matches = Matches.of(documents, listed=False)
        total = _filtered(documents, selected).count()
        ranked = (
            _filtered(documents, selected)
            .values("id", "key", "published_at")
            .annotate(score=Value(0.0))
        )
    order = [F("published_at").desc(nulls_last=True), "-id"]
    if request.query and request.sort != "datum":
        order.insert(0, "-score")
    page_rows = list(ranked.order_by(*order)[request.offset : request.offset + request.page_size])
    counts = _facet_counts(matches, selected)
    stems = query.required_terms if query else set()
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
