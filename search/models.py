from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """What search knows about one live page, or one object of other registered searchable
    content (e.g. a glossary entry, see search/registry.py): its text (also in normalised Dutch
    terms for the embedded search) and its facets. Kept in the database whatever the engine, so
    that the search page can answer from here when the engine is unreachable, and so that a
    later sync knows what the engine still has to receive (`engine_pending`). A deleted or
    unpublished page (or object) stays as a tombstone (`is_removed`) until the engine has
    forgotten it too."""

    # "page:12" for a page, "<app_label.model>:<pk>" for other content ("portal.glossaryentry:5");
    # also the document's id in the engine.
    key = models.CharField(_("key"), max_length=150, unique=True)
    # The page this document is; empty for other content (related content is pages only).
    page_id = models.PositiveIntegerField(_("page"), unique=True, null=True, blank=True)
    content_type = models.CharField(_("content type"), max_length=100, db_index=True)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    title_terms = models.TextField(blank=True)
    terms = models.TextField(blank=True)
    programme = models.CharField(_("owner programme"), max_length=100, blank=True)
    programmes = models.JSONField(default=list)
    tags = models.JSONField(default=list)
    facets = models.JSONField(default=dict)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # The tree path that governs visibility: the page's own, or for other content that of the
    # page governing it (empty: visible to every reader).
    path = models.CharField(max_length=255, db_index=True, blank=True)
    # The sum of its postings' weights outside the title: BM25's document length.
    length = models.PositiveIntegerField(default=0)
    is_removed = models.BooleanField(default=False)
    engine_pending = models.BooleanField(default=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """One posting of the embedded search's inverted index: a normalised Dutch term (see
    search/text.py) occurring in a document: its occurrences in the title, and elsewhere
    weighted by field (tags and summary 2, body 1, as the engine's field boosts). Lets
    the database find, score and rank documents by their terms without reading their text."""

    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, related_name="search_terms", db_index=False
    )
    term = models.CharField(max_length=100)
    # Occurrences in the title, and field-weighted occurrences elsewhere (BM25 scores each on
    # its own, as the engine scores its fields).
    title = models.PositiveSmallIntegerField(default=0)
    weight = models.PositiveIntegerField()

    class Meta:
        constraints = [
            # Also the index for replacing a document's postings.
            models.UniqueConstraint(fields=["document", "term"], name="search_term_per_document")
        ]
        # Covering: matching and scoring read only this index.
        indexes = [
            models.Index(fields=["term", "document", "title", "weight"], name="search_postings")
        ]

    def __str__(self):
        return self.term


class SearchFacetValue(models.Model):
    """One facet value of a document (`param` is the URL parameter: programma, type, tag, jaar
    or a registered extra facet), so that facet filters and counts are plain SQL on both
    SQLite and PostgreSQL rather than lookups inside JSON lists."""

    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, related_name="facet_values", db_index=False
    )
    param = models.CharField(max_length=50)
    value = models.CharField(max_length=255)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["document", "param", "value"], name="search_facet_value_per_document"
            )
        ]
        indexes = [
            models.Index(fields=["param", "value", "document"], name="search_facet_postings")
        ]

    def __str__(self):
        return f"{self.param}={self.value}"
