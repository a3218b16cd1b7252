from django.contrib.auth.models import Group
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from portal.privacy import PrivacyGuardedMixin


def programme_group(verbose_name, related_name: str, help_text) -> models.OneToOneField:
    return models.OneToOneField(
        Group,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name=related_name,
        help_text=help_text,
    )


class Programme(PrivacyGuardedMixin, index.Indexed, models.Model):
    """A person-centred programme hosted by the AcVZ (Top600, Top400, Radicalisering, ...), or
    "AcVZ-breed" for material that belongs to all of them. Every piece of knowledge has an owner
    programme and may be marked relevant for others: that is how cross-pollination is found."""

    # contact_email is a functional mailbox by design, so it is not scanned.
    privacy_guarded_fields = ("name", "short_name", "slug", "description", "contact_name")

    name = models.CharField(_("name"), max_length=100, unique=True)
    short_name = models.CharField(
        _("short name"),
        max_length=30,
        unique=True,
        help_text=_("Used in labels and filters, e.g. 'D&T' for Detentie & Terugkeer."),
    )
    slug = models.SlugField(
        _("slug"),
        unique=True,
        help_text=_("The programme's address: /programmas/<slug>/."),
    )
    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#004699",
        validators=[
            RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as #RRGGBB, e.g. #004699."))
        ],
        help_text=_("Accent colour for labels of this programme, as #RRGGBB."),
    )
    description = models.TextField(_("description"), blank=True)
    contact_name = models.CharField(
        _("contact"),
        max_length=150,
        blank=True,
        help_text=_("A role or team, e.g. 'Programmabureau Top600'."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("A functional mailbox, not a person's.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    # Each programme has four groups, created with it (portal.services), so that membership is
    # managed where Wagtail manages people: in the admin's users and groups.
    team_group = programme_group(
        _("team group"),
        "team_of_programme",
        _("Everyone who works in this programme, whatever their role."),
    )
    staff_group = programme_group(
        _("programme staff group"),
        "staff_of_programme",
        _("Members may edit this programme's section of the portal."),
    )
    editor_group = programme_group(
        _("programme editors group"),
        "editors_of_programme",
        _("Members approve what programme staff submit for this programme."),
    )
    manager_group = programme_group(
        _("programme managers group"),
        "managers_of_programme",
        _("Members see the individual training progress of this programme's team."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("slug")],
            heading=_("Name"),
        ),
        FieldPanel("colour"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.SearchField("description"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"/programmas/{self.slug}/"


def programmes_of_groups(group_ids) -> models.QuerySet:
    """The programmes that any of these groups belongs to (as team, staff, editors or
    managers), each once."""
    group_ids = list(group_ids)
    return Programme.objects.filter(
        models.Q(team_group__in=group_ids)
        | models.Q(staff_group__in=group_ids)
        | models.Q(editor_group__in=group_ids)
        | models.Q(manager_group__in=group_ids)
    ).distinct()
