"""Search reads: results with facets for the search page, suggestions while typing, related
content from other programmes. Whatever answers (engine or database), only what the reader may
see is found: restricted tree paths are excluded inside the query, so they never reach results,
counts, fragments or suggestions, and the pages shown go through portal's knowledge_pages_for."""

import difflib
import logging
from collections import Counter
from dataclasses import dataclass, replace

from django.db.models import Count, Q
from django.utils.translation import gettext as _
from taggit.models import Tag

from portal.cached_reads import derived_from_content, paths_key
from portal.models import KnowledgePage, Programme
from portal.selectors import attach_card_dates, knowledge_pages_for, restricted_paths_for

from . import database, queries
from .documents import page_texts
from .engine import EngineError, EngineUnavailable, engine_configured
from .registry import (
    SearchableContent,
    content_type_key,
    content_type_labels,
    extra_facets,
    knowledge_models,
    page_document_key,
    searchable_content_by_type,
    searchable_contents,
)
from .results import Facet, FacetValue, Hit, SearchRequest, SearchResults
from .synonyms import query_alternatives
from .text import fold, query_terms, words
from .understanding import programme_names, understand

logger = logging.getLogger(__name__)


def _engine_search(request, *, alternatives, restricted_paths, intent=None):
    search = queries.build_search(
        request, alternatives=alternatives, restricted_paths=restricted_paths, intent=intent
    )
    answer = queries.execute(search)
    hits = []
    for hit in answer["hits"]["hits"]:
        highlight = hit.get("highlight", {})
        fragments = [*highlight.get("summary", []), *highlight.get("body", [])]
        hits.append((hit["_id"], hit.get("_score") or 0.0, fragments))
    counts = {
        param: Counter(
            {str(bucket["key"]): bucket["doc_count"] for bucket in agg["values"]["buckets"]}
        )
        for param, agg in answer.get("aggregations", {}).items()
    }
    total = answer["hits"]["total"]
    return hits, total["value"] if isinstance(total, dict) else total, counts


def _facets(request: SearchRequest, counts: dict[str, Counter], *, programmes) -> list[Facet]:
    programmes = {slug: name for slug, name, _short_name in programmes}
    tag_slugs = set(counts.get("tag", {})) | set(request.filters.get("tag", []))
    tags = dict(Tag.objects.filter(slug__in=tag_slugs).values_list("slug", "name"))
    types = content_type_labels()
    labels = {
        "programma": (_("Programme"), programmes.get),
        "type": (_("Content type"), types.get),
        "tag": (_("Theme"), tags.get),
        "jaar": (_("Year"), lambda value: value),
    }
    for facet in extra_facets():
        labels[facet.param] = (facet.label, facet.value_label)
    facets = []
    for param, (label, value_label) in labels.items():
        selected = set(request.filters.get(param, []))
        counter = counts.get(param, Counter())
        values = [
            FacetValue(value, str(value_label(value) or value), count, value in selected)
            for value, count in counter.items()
            if count
        ]
        # Selected values stay visible (with 0) so they can be switched off.
        values += [
            FacetValue(value, str(value_label(value) or value), 0, True)
            for value in selected - set(counter)
        ]
        if param == "jaar":
            values.sort(key=lambda item: item.value, reverse=True)
        else:
            values.sort(key=lambda item: (-item.count, item.label.lower()))
        if values:
            facets.append(Facet(param, str(label), values[:25]))
    return facets


def _attach_items(hits, *, user, restricted_paths: list[str]) -> list[Hit]:
    """The pages and registered objects behind the hits, each checked again for the reader: a
    page through knowledge_pages_for, an object through the live page governing it."""
    page_ids, object_ids = [], {}
    for key, _score, _fragments in hits:
        kind, _, pk = key.rpartition(":")
        if kind == "page":
            page_ids.append(int(pk))
        else:
            object_ids.setdefault(kind, []).append(pk)
    found: dict[str, Hit] = {}
    pages = list(
        knowledge_pages_for(user, restricted_paths=restricted_paths)
        .filter(pk__in=page_ids)
        .select_related("owner_programme")
        .prefetch_related("tagged_items__tag")
    )
    # The dates the cards show (a meeting's start) in one query per such type, not per hit.
    attach_card_dates(pages)
    for page in pages:
        key = page_document_key(page.pk)
        found[key] = Hit(
            key, page=page, title=page.title, summary=page.summary, programme=page.owner_programme
        )
    other_ids = [pk for pk in page_ids if page_document_key(pk) not in found]
    if other_ids:
        found.update(_other_page_hits(other_ids, user=user, restricted_paths=restricted_paths))
    contents = searchable_content_by_type()
    for content_type, pks in object_ids.items():
        content = contents.get(content_type)
        if content is None or not _content_visible(content, restricted_paths):
            continue
        for obj in content.objects().filter(pk__in=pks):
            key = content.document_key(obj.pk)
            found[key] = Hit(
                key,
                object=obj,
                title=str(content.title(obj)),
                url=str(content.url(obj)),
                summary=str(content.summary(obj) or ""),
                type_label=content.label,
            )
    return [
        replace(found[key], score=score, fragments=fragments)
        for key, score, fragments in hits
        if key in found
    ]


def _other_page_hits(page_ids, *, user, restricted_paths) -> dict[str, Hit]:
    """Hits of pages that are not knowledge pages (lessons), with the programme of the
    knowledge page they belong to (as their search document carries it): a fixed number of
    queries, however many there are."""
    from wagtail.models import Page

    from portal.selectors import exclude_restricted

    from .models import SearchDocument

    pages = exclude_restricted(
        Page.objects.live().filter(pk__in=page_ids), user, restricted_paths=restricted_paths
    ).specific()
    keys = [page_document_key(pk) for pk in page_ids]
    slugs = dict(SearchDocument.objects.filter(key__in=keys).values_list("key", "programme"))
    programmes = Programme.objects.in_bulk(
        [slug for slug in slugs.values() if slug], field_name="slug"
    )
    hits = {}
    for page in pages:
        key = page_document_key(page.pk)
        texts = page_texts(page)
        hits[key] = Hit(
            key,
            page=page,
            title=page.title,
            summary=texts[0] if texts else "",
            programme=programmes.get(slugs.get(key, "")),
        )
    return hits


def _content_visible(content: SearchableContent, restricted_paths: list[str]) -> bool:
    governed, page = content.governing_page()
    if not governed:
        return True
    return page is not None and not any(page.path.startswith(path) for path in restricted_paths)


def did_you_mean(*, query: str, restricted_paths: list[str]) -> str:
    """The query with unknown words replaced by the closest words of visible titles and tags."""
    vocabulary = set()
    documents = database.visible_documents(restricted_paths)
    for title, tag_list in documents.values_list("title", "tags")[:5000]:
        vocabulary.update(words(title))
        vocabulary.update(word for tag in tag_list for word in words(tag.replace("-", " ")))
    corrected, changed = [], False
    for word in words(query):
        if word in vocabulary or len(word) < 4:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        corrected.append(close[0] if close else word)
        changed = changed or bool(close)
    return " ".join(corrected) if changed else ""


def related_tags(*, query: str, user, limit: int = 8) -> list[Tag]:
    """Themes to try when nothing was found: those resembling the query, else the most used."""
    visible = knowledge_pages_for(user)
    tags = Tag.objects.filter(portal_knowledgepagetag_items__content_object__in=visible)
    stems = set().union(*query_terms(query)) if query_terms(query) else set()
    similar = [
        tag
        for tag in tags.distinct()[:500]
        if stems & set().union(*query_terms(tag.name.replace("-", " ")) or [set()])
    ]
    if similar:
        return similar[:limit]
    return list(
        tags.annotate(uses=Count("portal_knowledgepagetag_items")).order_by("-uses", "name")[:limit]
    )


def search_pages(*, request: SearchRequest, user) -> SearchResults:
    restricted_paths = restricted_paths_for(user)
    programmes = programme_names()
    intent = (
        understand(
            request.query,
            restricted_paths=restricted_paths,
            literal=request.literal,
            programmes=programmes,
        )
        if request.query
        else None
    )
    results = _search(
        request=request,
        user=user,
        intent=intent,
        restricted_paths=restricted_paths,
        programmes=programmes,
    )
    if intent is not None:
        results.corrected_query = intent.corrected
    if request.query and not results.total:
        results.suggestion = did_you_mean(query=request.query, restricted_paths=restricted_paths)
        results.related_tags = related_tags(query=request.query, user=user)
    return results


def _search(*, request: SearchRequest, user, intent, restricted_paths, programmes) -> SearchResults:
    alternatives = query_alternatives(intent.text) if intent else [""]
    results = SearchResults(request=request)
    hits = None
    if engine_configured():
        try:
            hits, total, counts = _engine_search(
                request, alternatives=alternatives, restricted_paths=restricted_paths, intent=intent
            )
            results.backend = "engine"
        except (EngineUnavailable, EngineError) as error:
            logger.warning("Search engine unavailable, answering from the database: %s", error)
            results.engine_unavailable = True
    if hits is None:
        hits, total, counts = database.search(
            request, alternatives=alternatives, restricted_paths=restricted_paths, intent=intent
        )
        results.backend = "database"
    results.hits = _attach_items(hits, user=user, restricted_paths=restricted_paths)
    results.total = total
    results.facets = _facets(request, counts, programmes=programmes)
    return results


def title_suggestions(*, prefix: str, user, limit: int = 8) -> dict:
    """Tags and page titles for what the reader is typing (titles by prefix on the engine)."""
    prefix = prefix.strip()[:100]
    if len(prefix) < 2:
        return {"tags": [], "pages": []}
    restricted_paths = restricted_paths_for(user)
    visible = knowledge_pages_for(user, restricted_paths=restricted_paths)
    tags = (
        Tag.objects.filter(portal_knowledgepagetag_items__content_object__in=visible)
        .filter(Q(name__istartswith=prefix) | Q(name__icontains=f" {prefix}"))
        .distinct()
        .order_by("name")[:limit]
    )
    pages = None
    if engine_configured():
        try:
            ids = queries.suggest(prefix=prefix, restricted_paths=restricted_paths, size=limit)
            found = {page.pk: page for page in visible.filter(pk__in=ids)}
            pages = [found[page_id] for page_id in ids if page_id in found]
        except (EngineUnavailable, EngineError) as error:
            logger.warning("Suggestions from the database: %s", error)
            pages = None
    if pages is None:
        pages = visible.filter(title__icontains=prefix).order_by("title")[:limit]
    return {
        "tags": [{"name": tag.name, "slug": tag.slug} for tag in tags],
        "pages": [{"title": page.title, "url": page.url} for page in pages],
    }


def related_pages(
    *, page: KnowledgePage, user, limit: int = 4, cached: bool = True
) -> list[KnowledgePage]:
    """Similar material from other programmes: more-like-this on the engine; on the embedded
    search, pages sharing tags and then the most stemmed title and summary terms. The ids are
    kept until the content changes (a preview, of a draft, asks again: `cached=False`); the
    engine's index is searchable a second after a change, so they are kept 5 minutes at most."""
    restricted_paths = restricted_paths_for(user)

    def find():
        return _related_ids(page=page, restricted_paths=restricted_paths, limit=limit)

    if cached:
        ids = derived_from_content(
            f"related:{page.pk}:{paths_key(restricted_paths)}:{limit}", find, timeout=5 * 60
        )
    else:
        ids = find()
    if not ids:
        return []
    pages = {
        other.pk: other
        for other in knowledge_pages_for(user, restricted_paths=restricted_paths)
        .filter(pk__in=ids)
        .exclude(owner_programme=page.owner_programme)
        .select_related("owner_programme")
    }
    return [pages[page_id] for page_id in ids if page_id in pages]


def _related_ids(*, page, restricted_paths, limit) -> list[int]:
    ids = None
    if engine_configured():
        try:
            ids = queries.more_like_this(
                page_id=page.pk,
                programme=page.owner_programme.slug,
                restricted_paths=restricted_paths,
                size=limit,
            )
        except (EngineUnavailable, EngineError) as error:
            logger.warning("Related content from the database: %s", error)
    if ids is None:
        ids = _database_related(page=page, restricted_paths=restricted_paths, limit=limit)
    return list(ids)


def _database_related(*, page, restricted_paths, limit) -> list[int]:
    """On the embedded search's inverted index: a candidate scores 3 per shared tag plus 1 per
    shared stemmed term of the page's title and summary, and needs a shared tag or three shared
    terms. Two grouped queries, however many pages there are."""
    from .models import SearchFacetValue, SearchTerm

    stems: set[str] = set()
    for variants in query_terms(f"{page.title} {page.summary}"):
        stems |= variants
    tag_slugs = {tag.slug for tag in page.tags.all()}  # prefetched by the page
    candidates = (
        database.visible_documents(restricted_paths)
        # Knowledge pages only: related content is never a glossary entry or a lesson.
        .filter(content_type__in=[content_type_key(model) for model in knowledge_models()])
        .exclude(programme=page.owner_programme.slug)
        .exclude(page_id=page.pk)
    )
    sharing = [
        SearchFacetValue.objects.filter(param="tag", value__in=tag_slugs) if tag_slugs else None,
        SearchTerm.objects.filter(term__in=stems) if stems else None,
    ]
    shared: dict[int, list[int]] = {}  # page id -> [shared tags, shared terms]
    for position, postings in enumerate(sharing):
        if postings is None:
            continue
        counts = (
            postings.filter(document__in=candidates)
            .values_list("document__page_id")
            .annotate(count=Count("id"))
        )
        for page_id, count in counts:
            shared.setdefault(page_id, [0, 0])[position] = count
    scored = sorted(
        (
            (3 * shared_tags + shared_terms, page_id)
            for page_id, (shared_tags, shared_terms) in shared.items()
            if shared_tags or shared_terms >= 3
        ),
        reverse=True,
    )
    return [page_id for _score, page_id in scored[:limit]]


def query_is_meaningful(query: str) -> bool:
    return bool(words(fold(query)))


@dataclass
class SearchDrift:
    """Document keys ("page:12", "portal.glossaryentry:5") that should be findable, that the
    database has and that the engine has."""

    expected_keys: set[str]
    document_keys: set[str]
    engine_keys: set[str] | None  # None: no engine configured
    engine_error: str = ""

    @property
    def in_step(self) -> bool:
        if self.engine_error:
            return False
        engine_ok = self.engine_keys is None or self.engine_keys == self.expected_keys
        return self.document_keys == self.expected_keys and engine_ok

    def report(self) -> list[str]:
        lines = [
            f"Live pages and other content: {len(self.expected_keys)}",
            f"Documents: {len(self.document_keys)}",
        ]
        lines += _differences("documents", self.expected_keys, self.document_keys)
        if self.engine_error:
            lines.append(f"Engine: unreachable ({self.engine_error})")
        elif self.engine_keys is not None:
            lines.append(f"Engine: {len(self.engine_keys)}")
            lines += _differences("engine", self.expected_keys, self.engine_keys)
        return lines


def _differences(where: str, expected: set[str], actual: set[str]) -> list[str]:
    lines = []
    if expected - actual:
        lines.append(f"  missing from {where}: {sorted(expected - actual)[:50]}")
    if actual - expected:
        lines.append(f"  in {where} but not live: {sorted(actual - expected)[:50]}")
    return lines


def _expected_keys() -> set[str]:
    """What should be findable: the live knowledge pages, and the objects of registered content
    whose governing page (if any) is live."""
    from .services import indexable_page_ids

    keys = {page_document_key(pk) for pk in indexable_page_ids()}
    for content in searchable_contents():
        governed, page = content.governing_page()
        if not governed or page is not None:
            keys.update(
                content.document_key(pk) for pk in content.objects().values_list("pk", flat=True)
            )
    return keys


def search_drift() -> SearchDrift:
    from .index import engine_document_keys
    from .models import SearchDocument

    document_keys = set(
        SearchDocument.objects.filter(is_removed=False).values_list("key", flat=True)
    )
    drift = SearchDrift(_expected_keys(), document_keys, None)
    if engine_configured():
        try:
            drift.engine_keys = engine_document_keys()
        except (EngineUnavailable, EngineError) as error:
            drift.engine_error = str(error)
    return drift


def glossary_matches(*, query: str, limit: int = 3) -> list:
    """Glossary entries the query names (an abbreviation, or part of the written-out term),
    shown above the results: a new employee searching "RvdK" learns what it stands for."""
    from portal.models import GlossaryEntry

    query = query.strip()
    if len(query) < 2:
        return []
    condition = Q(abbreviation__iexact=query) | Q(full_term__iexact=query)
    for word in query.split()[:10]:
        if len(word) >= 2:
            condition |= Q(abbreviation__iexact=word)
    return list(GlossaryEntry.objects.filter(condition).order_by("abbreviation")[:limit])


# Shared stemmed terms a page needs with a text being written to count as similar to it.
MIN_SHARED_TERMS = 2


def pages_similar_to_text(*, text: str, model, user, limit: int = 5) -> list[int]:
    """Live pages of one model sharing the most stemmed terms with a text (the title or
    summary of a knelpunt being written), on the database's inverted index, which is kept
    whatever the engine: one grouped query. Only what the user may see."""
    from .models import SearchTerm

    stems: set[str] = set()
    for variants in query_terms(text):
        stems |= variants
    if not stems:
        return []
    restricted_paths = restricted_paths_for(user)
    documents = database.visible_documents(restricted_paths).filter(
        content_type=content_type_key(model), page_id__isnull=False
    )
    shared = (
        SearchTerm.objects.filter(term__in=stems, document__in=documents)
        .values_list("document__page_id")
        .annotate(count=Count("id"))
        .filter(count__gte=MIN_SHARED_TERMS)
        .order_by("-count", "document__page_id")[:limit]
    )
    return [page_id for page_id, _count in shared]
