from django.db import models
from django.utils.translation import gettext_lazy as _


class AudienceCode(models.TextChoices):
    """Who a piece of knowledge is written for."""

    REGISSEUR = "regisseur", _("Case director (regisseur)")
    REGIE_ONDERSTEUNER = "regie-ondersteuner", _("Case support (regie-ondersteuner)")
    PROGRAMMAMEDEWERKER = "programmamedewerker", _("Programme staff")
    NIEUWE_MEDEWERKER = "nieuwe-medewerker", _("New employee")
    MANAGER = "manager", _("Manager")


class Role(models.TextChoices):
    """The roles of the portal; each is a Django group of the same name (created by a migration)."""

    REGISSEUR = "Regisseur", _("Case director")
    REGIE_ONDERSTEUNER = "Regie-ondersteuner", _("Case support")
    PROGRAMMAMEDEWERKER = "Programmamedewerker", _("Programme staff")
    MANAGER = "Manager", _("Manager")
    NIEUWE_MEDEWERKER = "Nieuwe medewerker", _("New employee")
    REDACTIE = "Redactie", _("Editorial team")


class CalloutKind(models.TextChoices):
    INFO = "info", _("Information")
    TIP = "tip", _("Tip")
    WARNING = "warning", _("Warning")


# How long a knowledge page stays current before its content owner must review it.
DEFAULT_REVIEW_PERIOD_DAYS = 365
