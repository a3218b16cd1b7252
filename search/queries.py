"""The engine's query, facets, highlighting and more-like-this, built with elasticsearch-dsl
and executed through the engine adapter."""

from elasticsearch.dsl import A, Q, Search

from .engine import get_engine
from .index import alias_name, analysis_profile
from .registry import extra_facets, page_document_key, score_weights

TEXT_FIELDS = ["title^3", "tag_text^2", "summary^2", "body"]
HIGHLIGHT_TAGS = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html"}


def facet_fields() -> dict[str, str]:
    """URL parameter -> indexed keyword field."""
    fields = {"programma": "programmes", "type": "content_type", "tag": "tags", "jaar": "year"}
    fields.update({facet.param: f"facets.{facet.param}" for facet in extra_facets()})
    return fields


def visible_to(restricted_paths: list[str]) -> Q:
    if not restricted_paths:
        return Q("match_all")
    return ~Q("bool", should=[Q("prefix", path=path) for path in restricted_paths])


def text_query(alternatives: list[str], *, match_all: bool = True) -> Q:
    """Every word must match (across fields); synonyms and written-out abbreviations are
    alternatives; a fuzzy variant of the query itself forgives a typo, with a lower score."""
    clauses = [
        Q(
            "multi_match",
            query=alternative,
            fields=TEXT_FIELDS,
            type="cross_fields",
            operator="and" if match_all else "or",
            boost=1.0 if number == 0 else 0.8,
        )
        for number, alternative in enumerate(alternatives)
    ]
    clauses.append(
        Q(
            "multi_match",
            query=alternatives[0],
            fields=TEXT_FIELDS,
            fuzziness="AUTO",
            prefix_length=1,
            operator="and" if match_all else "or",
            boost=0.2,
        )
    )
    return Q("bool", should=clauses, minimum_should_match=1)


def weighted(query: Q) -> Q:
    """Registered content with its own weight (e.g. glossary entries) scores that much of what
    a page with the same words would."""
    weights = score_weights()
    if not weights:
        return query
    functions = [
        {"filter": Q("term", content_type=content_type).to_dict(), "weight": weight}
        for content_type, weight in weights.items()
    ]
    return Q("function_score", query=query, functions=functions, boost_mode="multiply")


def build_search(request, *, alternatives: list[str], restricted_paths: list[str]) -> Search:
    search = Search(index=alias_name()).filter(visible_to(restricted_paths))
    if request.query:
        search = search.query(weighted(text_query(alternatives, match_all=request.match_all)))
    fields = facet_fields()
    selected = {
        param: Q("terms", **{fields[param]: values})
        for param, values in request.filters.items()
        if values and param in fields
    }
    if selected:
        search = search.post_filter(Q("bool", filter=list(selected.values())))
    for param, field in fields.items():
        others = [query for other, query in selected.items() if other != param]
        aggregation = A("filter", Q("bool", filter=others) if others else Q("match_all"))
        aggregation.bucket("values", "terms", field=field, size=100)
        search.aggs.bucket(param, aggregation)
    if request.sort == "datum" or not request.query:
        search = search.sort({"published_at": {"order": "desc", "missing": "_last"}}, "key")
    else:
        search = search.sort("_score", {"published_at": {"order": "desc", "missing": "_last"}})
    search = search.highlight_options(**HIGHLIGHT_TAGS).highlight("title", number_of_fragments=0)
    search = search.highlight("summary", "body", fragment_size=160, number_of_fragments=2)
    search = search.source(False).extra(track_total_hits=True)
    return search[request.offset : request.offset + request.page_size]


def execute(search: Search) -> dict:
    return get_engine().request("POST", f"/{alias_name()}/_search", body=search.to_dict())


def pages_only() -> Q:
    """Related content and suggestions are pages; other registered content has no page_id."""
    return Q("exists", field="page_id")


def more_like_this(*, page_id: int, programme: str, restricted_paths: list[str], size: int):
    search = (
        Search(index=alias_name())
        .query(
            Q(
                "more_like_this",
                fields=["title", "summary", "body", "tag_text"],
                like=[{"_index": alias_name(), "_id": page_document_key(page_id)}],
                min_term_freq=1,
                min_doc_freq=1,
                max_query_terms=40,
                minimum_should_match="10%",
            )
        )
        .filter(visible_to(restricted_paths))
        .filter(pages_only())
        .exclude(Q("term", programme=programme))
        .source(["page_id"])
    )[:size]
    answer = execute(search)
    return [hit["_source"]["page_id"] for hit in answer["hits"]["hits"]]


def suggest(*, prefix: str, restricted_paths: list[str], size: int = 8) -> list[int]:
    # "dutch" indexes every word's beginnings; "basic" indexes prefixes for the word being typed.
    kind = "match_bool_prefix" if analysis_profile() == "basic" else "match"
    search = (
        Search(index=alias_name())
        .query(Q(kind, suggest={"query": prefix, "operator": "and"}))
        .filter(visible_to(restricted_paths))
        .filter(pages_only())
        .source(["page_id"])
    )[:size]
    return [hit["_source"]["page_id"] for hit in execute(search)["hits"]["hits"]]
