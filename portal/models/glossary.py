from django.db import models
from django.db.models.functions import Upper
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.privacy import PrivacyGuardedMixin


class GlossaryEntry(PrivacyGuardedMixin, index.Indexed, models.Model):
    """An abbreviation or term of the trade ("begrip"), e.g. iPGA or RvdK. The AcVZ works with many
    partners and each brings its own abbreviations; a new employee looks them up here, and the
    portal explains them wherever they appear in content."""

    abbreviation = models.CharField(
        _("abbreviation"),
        max_length=30,
        unique=True,
        help_text=_("Exactly as it is written in texts, e.g. 'RvdK'. Case-sensitive."),
    )
    full_term = models.CharField(_("full term"), max_length=200)
    explanation = models.TextField(_("explanation"), blank=True)
    programme = models.ForeignKey(
        "portal.Programme",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="glossary_entries",
        help_text=_("Leave empty for terms used across the AcVZ."),
    )

    privacy_guarded_fields = ("abbreviation", "full_term", "explanation")

    panels = [
        FieldPanel("abbreviation"),
        FieldPanel("full_term"),
        FieldPanel("explanation"),
        FieldPanel("programme"),
    ]

    search_fields = [
        index.SearchField("abbreviation", boost=3),
        index.AutocompleteField("abbreviation"),
        index.SearchField("full_term", boost=2),
        index.AutocompleteField("full_term"),
        index.SearchField("explanation"),
    ]

    class Meta:
        ordering = [Upper("abbreviation")]
        verbose_name = _("glossary entry")
        verbose_name_plural = _("glossary")

    def __str__(self):
        return f"{self.abbreviation}: {self.full_term}"

    @property
    def has_abbreviation(self) -> bool:
        """False for a term of the trade without a short form (its abbreviation field then
        repeats the term, e.g. "Veiligheidshuis")."""
        return self.abbreviation.strip().casefold() != self.full_term.strip().casefold()

    @property
    def display_title(self) -> str:
        """ "Raad voor de Kinderbescherming (RvdK)", or just the term when it has no short form
        (never "Veiligheidshuis (Veiligheidshuis)")."""
        if self.has_abbreviation:
            return f"{self.full_term} ({self.abbreviation})"
        return self.full_term

    @property
    def anchor(self) -> str:
        """The id of the entry on the glossary page (by primary key: abbreviations may differ
        only in case or punctuation, an id must not)."""
        return f"begrip-{self.pk}"

    @property
    def initial(self) -> str:
        first = self.abbreviation[:1].upper()
        return first if first.isalpha() else "#"
