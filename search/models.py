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


class SynonymGroup(models.Model):
    """Words that regisseurs and programme staff use for the same thing ("nazorg" and "begeleiding
    na detentie", "knelpunt" and "struikelblok"). Search expands a query with the other terms
    of its group when it is asked, so that a change here takes effect on the next search,
    without re-indexing. Abbreviations of the glossary and the chain partners' short names
    expand the same way without being listed here."""

    class Kind(models.TextChoices):
        EQUIVALENT = "equivalent", _("Equivalent: each term also finds the others")
        ONE_WAY = "one_way", _("One-way: the first term also finds the others, not back")

    terms = models.TextField(
        _("terms"),
        help_text=_(
            "Two or more words or phrases, separated by commas or one per line, e.g. "
            "'nazorg, begeleiding na detentie'."
        ),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.EQUIVALENT)
    note = models.CharField(
        _("note"), max_length=255, blank=True, help_text=_("Why these belong together.")
    )

    class Meta:
        ordering = ["terms"]
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return ", ".join(self.term_list())

    def term_list(self) -> list[str]:
        return split_terms(self.terms)

    def clean(self):
        from django.core.exceptions import ValidationError

        from .text import words

        terms = self.term_list()
        if len(terms) < 2:
            raise ValidationError({"terms": _("Give at least two terms, separated by commas.")})
        too_long = [term for term in terms if len(term) > 100]
        if too_long:
            raise ValidationError(
                {"terms": _("A term may be at most 100 characters: %s") % too_long[0][:40]}
            )
        without_words = [term for term in terms if not words(term)]
        if without_words:
            raise ValidationError(
                {"terms": _("Every term needs at least one letter or digit: %s") % without_words[0]}
            )
        folded = [" ".join(words(term)) for term in terms]
        if len(set(folded)) < len(folded):
            raise ValidationError({"terms": _("A term is listed twice in this group.")})
        self.terms = ", ".join(terms)


def split_terms(text: str) -> list[str]:
    """The terms of a group as an editor typed them: commas or new lines between them."""
    return [term.strip() for line in text.splitlines() for term in line.split(",") if term.strip()]
