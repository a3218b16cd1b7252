"""The engine's query, facets, highlighting and more-like-this, built with elasticsearch-dsl
and executed through the engine adapter."""

from elasticsearch.dsl import A, Q, Search

from .engine import get_engine
from .index import alias_name, analysis_profile
from .registry import (
    content_type_key,
    extra_facets,
    knowledge_models,
    page_document_key,
    score_weights,
)
from .text import query_parts, stem
from .understanding import (
    ALTERNATIVE_FACTOR,
    NAMED_BOOST,
    PART_FACTOR,
    Concept,
    alternative_minimum,
    concepts,
)

TEXT_FIELDS = ["title^3", "tag_text^2", "summary^2", "body"]
# A phrase of the query's words within this many positions adds this fraction of a match.
PHRASE_SLOP = 3
PHRASE_FACTOR = 0.5
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


def query_analyzer() -> str:
    """The query's words are analysed without splitting compounds: a compound's parts are
    clauses of their own (search/understanding.py), which only count together."""
    return "dutch_text" if analysis_profile() == "basic" else "dutch_query"


def _match(text: str, *, boost: float = 1.0) -> Q:
    return Q(
        "multi_match",
        query=text,
        fields=TEXT_FIELDS,
        type="cross_fields",
        operator="and",
        analyzer=query_analyzer(),
        boost=boost,
    )


def concept_query(concept: Concept) -> Q:
    """The word itself, or (scoring less) all of its compound parts."""
    if not concept.parts:
        return _match(concept.word)
    parts = Q(
        "bool",
        must=[_match(part) for part in sorted(_part_words(concept))],
        boost=PART_FACTOR,
    )
    return Q("bool", should=[_match(concept.word), parts], minimum_should_match=1)


def _part_words(concept: Concept) -> set[str]:
    return {part for part in query_parts(concept.word) if stem(part) in concept.parts}


def text_query(alternatives: list[str], *, intent=None) -> Q:
    """Enough of the query's concepts (minimum_should_match, as on the embedded search) in
    the query or one of its synonym expansions, the best alternative counting; a fuzzy variant
    and the optional words (question words, a named programme) only add to the score of what
    matched already, they never make a document match."""
    clauses = []
    of_query = len(concepts(alternatives[0]))
    for number, alternative in enumerate(alternatives):
        found = concepts(alternative)
        if not found:
            continue
        clauses.append(
            Q(
                "bool",
                should=[concept_query(concept) for concept in found],
                minimum_should_match=alternative_minimum(len(found), of_query or len(found)),
                boost=1.0 if number == 0 else ALTERNATIVE_FACTOR,
            )
        )
    if not clauses:
        return Q("match_none")
    extra = [
        Q(
            "multi_match",
            query=alternatives[0],
            fields=TEXT_FIELDS,
            fuzziness="AUTO",
            prefix_length=1,
            boost=0.2,
        ),
    ]
    if of_query >= 2:
        # Proximity: a question's words close together (in any order within PHRASE_SLOP
        # positions) rank above the same words scattered over the page. Not for one word,
        # where it would favour the word as typed over its synonyms.
        extra.append(
            Q(
                "multi_match",
                query=alternatives[0],
                fields=TEXT_FIELDS,
                type="phrase",
                slop=PHRASE_SLOP,
                analyzer=query_analyzer(),
                boost=PHRASE_FACTOR,
            )
        )
    for factor in sorted(set(intent.optional_words.values()) if intent else ()):
        optional_words = [w for w, f in intent.optional_words.items() if f == factor]
        if optional_words:
            extra.append(
                Q(
                    "multi_match",
                    query=" ".join(optional_words),
                    fields=TEXT_FIELDS,
                    boost=factor,
                )
            )
    return Q("bool", must=[Q("dis_max", queries=clauses)], should=extra)


def weighted(query: Q, *, intent=None) -> Q:
    """Registered content with its own weight (e.g. glossary entries) scores that much of what
    a page with the same words would; a programme or content type the query names, that much
    more."""
    functions = [
        {"filter": Q("term", content_type=content_type).to_dict(), "weight": weight}
        for content_type, weight in score_weights().items()
    ]
    if intent is not None and intent.named.content_types:
        functions.append(
            {
                "filter": Q("terms", content_type=sorted(intent.named.content_types)).to_dict(),
                "weight": NAMED_BOOST,
            }
        )
    if intent is not None and intent.named.programmes:
        functions.append(
            {
                "filter": Q("terms", programmes=sorted(intent.named.programmes)).to_dict(),
                "weight": NAMED_BOOST,
            }
        )
    if not functions:
        return query
    return Q(
        "function_score",
        query=query,
        functions=functions,
        score_mode="multiply",
        boost_mode="multiply",
    )


def build_search(
    request, *, alternatives: list[str], restricted_paths: list[str], intent=None
) -> Search:
    search = Search(index=alias_name()).filter(visible_to(restricted_paths))
    if request.query:
        search = search.query(weighted(text_query(alternatives, intent=intent), intent=intent))
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
    """Related content and suggestions are knowledge pages: not a registered object (a glossary
    entry), nor a page that is part of one (a lesson)."""
    return Q("terms", content_type=[content_type_key(model) for model in knowledge_models()])


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
