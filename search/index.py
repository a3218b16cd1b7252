"""The engine's index: Dutch analysis, a versioned index behind an alias, and keeping it in step
with the SearchDocument rows (single updates, a catch-up sync, a full rebuild that swaps the
alias so that searching never sees a half-built index)."""

import json
import logging
from collections.abc import Callable, Iterable

from django.conf import settings
from django.utils import timezone

from .documents import engine_source
from .engine import EngineError, get_engine
from .models import SearchDocument
from .text import (
    HYPHENATED_JAVA,
    JOINED_AND_PARTS_JAVA,
    JOINED_JAVA,
    MAX_PART_LENGTH,
    MIN_COMPOUND_LENGTH,
    MIN_PART_LENGTH,
    compound_parts,
    stop_words,
)

logger = logging.getLogger(__name__)

# Bump when the mappings or analysis change: a rebuild then creates an index of the new version.
SCHEMA_VERSION = 4
BULK_SIZE = 500


def alias_name() -> str:
    return getattr(settings, "SEARCH_INDEX", "kennisportaal")


def analysis_profile() -> str:
    """The SEARCH_ANALYSIS setting: "dutch" (the default) or "basic"."""
    return getattr(settings, "SEARCH_ANALYSIS", "dutch")


def analysis_settings() -> dict:
    """The index's text analysis. "dutch" lower-cases, folds accents, splits compounds (the
    parts of a Dutch lexicon, search/data/compound_parts.txt), drops stop words and stems,
    with filters of the engine's analysis-common module. "basic" uses only what the engine's
    core has built in (an Elasticsearch without analysis-common can hold it): lower case and
    Dutch stop words, no folding, compounds or stemming. Synonyms and abbreviations expand
    the query in Python (search/synonyms.py) on both."""
    nl_stop = {"type": "stop", "stopwords": sorted(stop_words())}
    dutch_filters = [
        "lowercase",
        "asciifolding",
        # Before the decompounder: a stop word is not split ("altijd" has no "tijd").
        "nl_stop",
        "nl_compounds",
        "nl_stemmer",
        "nl_unique",
    ]
    if analysis_profile() == "basic":
        return {
            "analysis": {
                "filter": {"nl_stop": nl_stop},
                "analyzer": {
                    "dutch_text": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "nl_stop"],
                    },
                },
            },
        }
    return {
        "max_ngram_diff": 18,
        "analysis": {
            "filter": {
                "nl_compounds": {
                    "type": "dictionary_decompounder",
                    "word_list": list(compound_parts()),
                    "min_word_size": MIN_COMPOUND_LENGTH,
                    "min_subword_size": MIN_PART_LENGTH,
                    "max_subword_size": MAX_PART_LENGTH,
                },
                "nl_stop": nl_stop,
                "nl_stemmer": {"type": "stemmer", "language": "dutch"},
                # A term once per position: the decompounder emits a word that is itself a
                # listed part once more, and parts may stem alike ("jongere", "jongeren").
                "nl_unique": {"type": "unique", "only_on_same_position": True},
                "prefixes": {"type": "edge_ngram", "min_gram": 2, "max_gram": 20},
            },
            "char_filter": {
                # Hyphenated words as search/text.py reads them (index_words and words).
                "hyphens_indexed": {
                    "type": "pattern_replace",
                    "pattern": HYPHENATED_JAVA,
                    "replacement": JOINED_AND_PARTS_JAVA,
                },
                "hyphens_joined": {
                    "type": "pattern_replace",
                    "pattern": HYPHENATED_JAVA,
                    "replacement": JOINED_JAVA,
                },
            },
            "analyzer": {
                "dutch_text": {
                    "type": "custom",
                    "char_filter": ["hyphens_indexed"],
                    "tokenizer": "standard",
                    "filter": dutch_filters,
                },
                # The query's words: compound parts are clauses of their own (queries.py).
                "dutch_query": {
                    "type": "custom",
                    "char_filter": ["hyphens_joined"],
                    "tokenizer": "standard",
                    "filter": [f for f in dutch_filters if f != "nl_compounds"],
                },
                "prefix_index": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "prefixes"],
                },
                "prefix_query": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
            },
        },
    }


def suggest_mapping() -> dict:
    """Titles found by what the reader has typed so far: every word's beginnings indexed as
    edge n-grams ("dutch"), or, without the n-gram filter ("basic"), the built-in
    index_prefixes that serve the prefix of a match_bool_prefix query (search/queries.py)."""
    if analysis_profile() == "basic":
        return {"type": "text", "analyzer": "standard", "index_prefixes": {"max_chars": 19}}
    return {"type": "text", "analyzer": "prefix_index", "search_analyzer": "prefix_query"}


def index_settings() -> dict:
    dutch_text = {"type": "text", "analyzer": "dutch_text"}
    return {
        "settings": {"number_of_shards": 1, "number_of_replicas": 0, **analysis_settings()},
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "key": {"type": "keyword"},
                "page_id": {"type": "integer"},
                "content_type": {"type": "keyword"},
                "title": {**dutch_text, "term_vector": "with_positions_offsets"},
                "suggest": suggest_mapping(),
                "summary": {**dutch_text, "term_vector": "with_positions_offsets"},
                "body": {**dutch_text, "term_vector": "with_positions_offsets"},
                "tag_text": dutch_text,
                "tags": {"type": "keyword"},
                "programme": {"type": "keyword"},
                "programmes": {"type": "keyword"},
                "facets": {"type": "object", "dynamic": True},
                "year": {"type": "integer"},
                "published_at": {"type": "date"},
                "path": {"type": "keyword"},
            },
            "dynamic_templates": [
                {"facets": {"path_match": "facets.*", "mapping": {"type": "keyword"}}}
            ],
        },
    }


def _new_index_name() -> str:
    return f"{alias_name()}-v{SCHEMA_VERSION}-{timezone.now():%Y%m%d%H%M%S%f}"


def indices_behind_alias() -> list[str]:
    try:
        answer = get_engine().request("GET", f"/_alias/{alias_name()}", admin=True)
    except EngineError as error:
        if error.status == 404:
            return []
        raise
    return sorted(answer)


def create_index() -> str:
    name = _new_index_name()
    get_engine().request("PUT", f"/{name}", body=index_settings(), admin=True)
    return name


def ensure_index() -> None:
    """Create the versioned index and its alias when there is none yet."""
    if indices_behind_alias():
        return
    name = create_index()
    get_engine().request(
        "POST",
        "/_aliases",
        body={"actions": [{"add": {"index": name, "alias": alias_name()}}]},
        admin=True,
    )


def _bulk(index: str, documents: Iterable[SearchDocument], *, delete_keys=()) -> None:
    lines = []
    for document in documents:
        lines.append(json.dumps({"index": {"_index": index, "_id": document.key}}))
        lines.append(json.dumps(engine_source(document)))
    for key in delete_keys:
        lines.append(json.dumps({"delete": {"_index": index, "_id": key}}))
    if not lines:
        return
    answer = get_engine().request("POST", "/_bulk", body="\n".join(lines) + "\n", admin=True)
    failures = [
        item
        for item in answer.get("items", [])
        for action, result in item.items()
        if result.get("status", 200) >= 300 and not (action == "delete" and result["status"] == 404)
    ]
    if failures:
        raise EngineError(500, failures[:3])


def refresh(index: str | None = None) -> None:
    get_engine().request("POST", f"/{index or alias_name()}/_refresh", admin=True)


def sync_pending(*, refresh_after: bool = False) -> int:
    """Send the engine what changed since it last heard (e.g. while it was unreachable)."""
    pending = list(SearchDocument.objects.filter(engine_pending=True).order_by("pk"))
    if not pending:
        return 0
    ensure_index()
    for start in range(0, len(pending), BULK_SIZE):
        batch = pending[start : start + BULK_SIZE]
        _bulk(
            alias_name(),
            [doc for doc in batch if not doc.is_removed],
            delete_keys=[doc.key for doc in batch if doc.is_removed],
        )
        SearchDocument.objects.filter(
            pk__in=[doc.pk for doc in batch if doc.is_removed], is_removed=True
        ).delete()
        # Only rows unchanged since they were read: a save in between stays pending.
        for doc in batch:
            if not doc.is_removed:
                SearchDocument.objects.filter(pk=doc.pk, updated_at=doc.updated_at).update(
                    engine_pending=False
                )
    if refresh_after:
        refresh()
    return len(pending)


def rebuild(*, progress: Callable[[int, int], None] | None = None) -> str:
    """Index everything into a new versioned index, then swap the alias to it in one atomic
    step and drop the old ones. Searches keep using the old index until the swap."""
    old_indices = indices_behind_alias()
    name = create_index()
    documents = SearchDocument.objects.filter(is_removed=False).order_by("pk")
    total = documents.count()
    done = 0
    batch: list[SearchDocument] = []
    for document in documents.iterator(chunk_size=BULK_SIZE):
        batch.append(document)
        if len(batch) == BULK_SIZE:
            _bulk(name, batch)
            done += len(batch)
            batch = []
            if progress:
                progress(done, total)
    _bulk(name, batch)
    done += len(batch)
    if progress:
        progress(done, total)
    refresh(name)
    actions = [{"remove": {"index": old, "alias": alias_name()}} for old in old_indices]
    actions.append({"add": {"index": name, "alias": alias_name()}})
    get_engine().request("POST", "/_aliases", body={"actions": actions}, admin=True)
    for old in old_indices:
        get_engine().request("DELETE", f"/{old}", admin=True)
    SearchDocument.objects.filter(is_removed=True).delete()
    SearchDocument.objects.filter(engine_pending=True).update(engine_pending=False)
    return name


def engine_document_keys() -> set[str]:
    keys: set[str] = set()
    search_after = None
    while True:
        body = {"size": 5000, "_source": False, "sort": [{"key": "asc"}]}
        if search_after is not None:
            body["search_after"] = search_after
        answer = get_engine().request("POST", f"/{alias_name()}/_search", body=body, admin=True)
        hits = answer["hits"]["hits"]
        if not hits:
            return keys
        keys.update(hit["_id"] for hit in hits)
        search_after = hits[-1]["sort"]


def drop_all() -> None:
    """Remove the alias and its indices (tests, or a reset)."""
    for name in indices_behind_alias():
        get_engine().request("DELETE", f"/{name}", admin=True)
