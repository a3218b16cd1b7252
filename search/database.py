"""The embedded search: the SearchDocument rows in the database, matched on Dutch-normalised
terms (search/text.py), ranked, faceted and highlighted in Python. Needs no service, works the
same on SQLite and PostgreSQL, and is what the search page falls back to when the engine is
unreachable."""

import re
from collections import Counter

from django.db.models import Q
from django.utils.html import escape

from .models import SearchDocument
from .registry import extra_facets, score_weights
from .text import fold, query_terms, term_variants

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


def _row_values(row: dict, param: str) -> set[str]:
    if param in FACET_KEYS:
        value = row[FACET_KEYS[param]]
        if isinstance(value, list):
            return {str(item) for item in value}
        return set() if value is None else {str(value)}
    return {str(item) for item in (row["facets"] or {}).get(param, [])}


def match_condition(alternatives: list[str], *, match_all: bool = True) -> Q | None:
    condition = None
    for alternative in alternatives:
        terms = query_terms(alternative)
        if not terms:
            continue
        all_words = Q()
        for variants in terms:
            any_variant = Q()
            for variant in variants:
                any_variant |= Q(terms__contains=f" {variant} ")
            all_words = (all_words & any_variant) if match_all else (all_words | any_variant)
        condition = all_words if condition is None else condition | all_words
    return condition


def _score(row: dict, stems: set[str]) -> float:
    score = 0.0
    for term in stems:
        needle = f" {term} "
        score += 3 * row["title_terms"].count(needle) + row["terms"].count(needle)
    return score


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


def search(request, *, alternatives: list[str], restricted_paths: list[str]):
    """(hits as (document key, score, fragments), total, facet counts {param: Counter})."""
    documents = visible_documents(restricted_paths)
    stems: set[str] = set()
    if request.query:
        condition = match_condition(alternatives, match_all=request.match_all)
        if condition is None:
            return [], 0, {}
        documents = documents.filter(condition)
        for alternative in alternatives:
            for variants in query_terms(alternative):
                stems |= variants
    params = [*FACET_KEYS, *(facet.param for facet in extra_facets())]
    selected = {param: set(values) for param, values in request.filters.items() if values}
    rows = list(
        documents.values(
            "key",
            "title_terms",
            "terms",
            "programmes",
            "content_type",
            "tags",
            "year",
            "facets",
            "published_at",
        )
    )
    counts: dict[str, Counter] = {param: Counter() for param in params}
    matching = []
    for row in rows:
        passes = {
            param: bool(_row_values(row, param) & values) for param, values in selected.items()
        }
        for param in params:
            if all(ok for other, ok in passes.items() if other != param):
                counts[param].update(_row_values(row, param))
        if all(passes.values()):
            matching.append(row)
    by_date = request.sort == "datum" or not request.query
    weights = score_weights()
    for row in matching:
        row["score"] = _score(row, stems) * weights.get(row["content_type"], 1.0) if stems else 0.0
    matching.sort(key=lambda row: row["published_at"].timestamp() if row["published_at"] else 0)
    matching.reverse()
    if not by_date:
        matching.sort(key=lambda row: row["score"], reverse=True)
    page_rows = matching[request.offset : request.offset + request.page_size]
    texts = {
        key: (summary, body)
        for key, summary, body in SearchDocument.objects.filter(
            key__in=[row["key"] for row in page_rows]
        ).values_list("key", "summary", "body")
    }
    hits = []
    for row in page_rows:
        fragments = []
        if stems:
            for text in texts.get(row["key"], ("", "")):
                fragment = highlight(text, stems)
                if fragment:
                    fragments.append(fragment)
        hits.append((row["key"], row["score"], fragments))
    return hits, len(matching), counts
