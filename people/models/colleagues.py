from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from portal.privacy import PrivacyGuardedMixin


class ColleagueExpertiseTag(TaggedItemBase):
    """A stated expertise of a colleague, from the one shared tag vocabulary, so that "who knows
    about re-integratie" and "everything tagged re-integratie" are the same tag."""

    content_object = models.ForeignKey(
        "people.ColleagueProfile", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ColleagueProfile(PrivacyGuardedMixin, models.Model):
    """A colleague as other colleagues find them on /mensen/: their work role, programme, what
    they can be asked about and how to reach them through work channels. Work information only:
    no private contact details. A colleague may hide their profile; it is then not listed and
    answers 404 to everyone else."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("colleague"),
        on_delete=models.CASCADE,
        related_name="colleague_profile",
    )
    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("E.g. 'Regie-specialist Top600'.")
    )
    programme = models.ForeignKey(
        "portal.Programme",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="colleague_profiles",
    )
    ask_me_about = models.TextField(
        _("ask me about"),
        max_length=600,
        blank=True,
        help_text=_("What colleagues can ask you about, in a few sentences."),
    )
    work_channels = models.CharField(
        _("how to reach me"),
        max_length=200,
        blank=True,
        help_text=_(
            "Work channels only, e.g. 'Teams, or the functional mailbox of the programme'."
        ),
    )
    expertise = TaggableManager(
        verbose_name=_("expertise"),
        through=ColleagueExpertiseTag,
        blank=True,
        help_text=_("Themes from the shared vocabulary you can be asked about."),
    )
    hidden = models.BooleanField(
        _("hide my profile"),
        default=False,
        help_text=_("Hidden profiles are not listed and cannot be opened by others."),
    )

    privacy_guarded_fields = ("role", "ask_me_about", "work_channels")

    class Meta:
        ordering = ["user__first_name", "user__last_name"]
        verbose_name = _("colleague profile")
        verbose_name_plural = _("colleague profiles")

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("colleague_detail", kwargs={"username": self.user.get_username()})

    @property
    def name(self) -> str:
        return self.user.get_full_name() or self.user.get_username()
