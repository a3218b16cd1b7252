"""What a search asks and answers, whichever backend answered."""

from dataclasses import dataclass, field

PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200
MAX_FILTER_VALUES = 20


@dataclass
class SearchRequest:
    query: str = ""
    # URL parameter -> selected values, e.g. {"programma": ["top600"], "jaar": ["2025"]}.
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevantie"  # or "datum"
    page: int = 1
    page_size: int = PAGE_SIZE
    # True: search for the words as typed, without correcting a typo (the results page's
    # "search instead for" link).
    literal: bool = False

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


@dataclass
class Hit:
    """One result: a page, or an object of other registered content (e.g. a glossary entry)."""

    key: str  # the search document's key, "page:12" or "portal.glossaryentry:5"
    score: float = 0.0
    fragments: list[str] = field(default_factory=list)  # safe HTML with <mark>
    page: object = None  # the KnowledgePage, attached by the selector
    object: object = None  # or the registered object, attached by the selector
    title: str = ""
    url: str = ""  # of a registered object (a page's URL comes from {% pageurl %})
    summary: str = ""
    type_label: str = ""
    programme: object = None  # of the page, or of the knowledge page a lesson belongs to


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    param: str
    label: str
    values: list[FacetValue] = field(default_factory=list)


@dataclass
class SearchResults:
    request: SearchRequest
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    facets: list[Facet] = field(default_factory=list)
    suggestion: str = ""  # did you mean
    related_tags: list = field(default_factory=list)
    backend: str = ""
    engine_unavailable: bool = False
    corrected_query: str = ""  # what was searched for instead of a word with a typo

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.request.page_size))
