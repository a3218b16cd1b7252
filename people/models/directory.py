import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from portal.privacy import PrivacyGuardedMixin

# "j.jansen@", "jan.jansen@", "jjansen@" look like a person's mailbox; the directory lists
# functional mailboxes and desks only ("zorgdesk@", "ketenpartners-top600@").
PERSONAL_MAILBOX = re.compile(r"^([a-z]{1,3}\.)+[a-z-]{2,}$|^[a-z]+\.[a-z]+(-[a-z]+)?$")


def validate_functional_mailbox(value: str) -> None:
    local = value.split("@", 1)[0].lower()
    if PERSONAL_MAILBOX.match(local):
        raise ValidationError(
            _(
                "This looks like a personal mailbox. Enter the functional mailbox of a desk or "
                "team, e.g. 'zorgdesk@…'."
            ),
            code="personal_mailbox",
        )


class PartnerDirectoryEntry(PrivacyGuardedMixin, ClusterableModel):
    """What the partner directory (/partners/) says about a chain partner: what it does for
    the programmes, how to reach it (functional mailbox and desk only, never a person) and its
    accounthouder, the fixed AcVZ contact for quality, problems in the cooperation and system
    errors. The regie-specialisten per programme are its `regie_specialists`."""

    partner = models.OneToOneField(
        "portal.ChainPartner",
        verbose_name=_("chain partner"),
        on_delete=models.CASCADE,
        related_name="directory_entry",
    )
    role_for_programmes = models.TextField(
        _("what it does for the programmes"), max_length=1000, blank=True
    )
    functional_mailbox = models.EmailField(
        _("functional mailbox"),
        blank=True,
        validators=[validate_functional_mailbox],
        help_text=_("The mailbox of a desk or team, never a person's."),
    )
    desk = models.CharField(
        _("desk or team"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 'Zorg- en veiligheidsdesk, werkdagen 9-17 uur'."),
    )
    accounthouder = models.ForeignKey(
        "people.ColleagueProfile",
        verbose_name=_("accounthouder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="accounts",
        help_text=_("The fixed AcVZ contact for this partner."),
    )

    # The mailbox is checked by its own validator: an address is what it is meant to hold.
    privacy_guarded_fields = ("role_for_programmes", "desk")

    panels = [
        FieldPanel("partner"),
        FieldPanel("role_for_programmes"),
        MultiFieldPanel(
            [FieldPanel("functional_mailbox"), FieldPanel("desk")],
            heading=_("Functional contact"),
        ),
        FieldPanel("accounthouder"),
        InlinePanel("regie_specialists", heading=_("Regie-specialisten"), label=_("specialist")),
    ]

    class Meta:
        ordering = ["partner__sort_order", "partner__name"]
        verbose_name = _("partner directory entry")
        verbose_name_plural = _("partner directory")

    def __str__(self):
        return str(self.partner)


class RegieSpecialist(Orderable):
    """A regie-specialist who supports the regisseurs of one programme in their work with this
    partner."""

    entry = ParentalKey(
        PartnerDirectoryEntry, on_delete=models.CASCADE, related_name="regie_specialists"
    )
    programme = models.ForeignKey(
        "portal.Programme", verbose_name=_("programme"), on_delete=models.CASCADE, related_name="+"
    )
    colleague = models.ForeignKey(
        "people.ColleagueProfile",
        verbose_name=_("colleague"),
        on_delete=models.CASCADE,
        related_name="specialisms",
    )

    panels = [FieldPanel("programme"), FieldPanel("colleague")]

    class Meta(Orderable.Meta):
        verbose_name = _("regie-specialist")
        verbose_name_plural = _("regie-specialisten")
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "programme", "colleague"], name="unique_regie_specialist"
            )
        ]
