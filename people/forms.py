from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from .models import ColleagueProfile


class OwnProfileForm(forms.ModelForm):
    """A colleague keeps their own profile: work information only. The model's clean() runs the
    privacy guard, so personal data gets a Dutch message on its field and nothing typed is lost.
    Expertise comes from the shared vocabulary: an unknown theme is refused, not created."""

    expertise = forms.ModelMultipleChoiceField(
        label=_("Expertise"),
        queryset=Tag.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Themes from the shared vocabulary you can be asked about."),
    )

    class Meta:
        model = ColleagueProfile
        fields = ["role", "programme", "ask_me_about", "work_channels", "expertise", "hidden"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["expertise"] = list(self.instance.expertise.all())

    def save(self, commit=True):
        profile = super().save(commit=False)
        profile.save()
        profile.expertise.set(list(self.cleaned_data["expertise"]))
        return profile
