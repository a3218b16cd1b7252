from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from ..privacy import PrivacyGuardedMixin


class ChainPartner(PrivacyGuardedMixin, models.Model):
    """An organisation in the chain ("keten") around a person that the AcVZ works with: police,
    public prosecutor, probation, prisons, child protection, district teams, housing
    corporations, schools... A managed list, so that "every bottleneck with the probation
    service" is one filter rather than a spelling contest.

    Shared vocabulary of two domains (lessons learned point at it, the partner directory
    describes it), so it lives in portal. It was born in themes: the table keeps its name."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    short_name = models.CharField(
        _("short name"), max_length=30, blank=True, help_text=_("E.g. 'RvdK', 'OM'.")
    )
    slug = models.SlugField(_("slug"), unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    privacy_guarded_fields = ("name", "short_name", "slug")

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        db_table = "themes_chainpartner"
        ordering = ["sort_order", "name"]
        verbose_name = _("chain partner")
        verbose_name_plural = _("chain partners")

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        # Its page in the partner directory (people app); a URL name, not an import.
        return reverse("partner_detail", kwargs={"slug": self.slug})
