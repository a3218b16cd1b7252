"""Forms of the training app's front end."""

from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from portal.models import Audience, Programme

from .models import TrainingModule


class CatalogueFilterForm(forms.Form):
    programma = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All programmes"),
    )
    doelgroep = forms.ModelChoiceField(
        label=_("Audience"),
        queryset=Audience.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All audiences"),
    )
    thema = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Tag.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"].queryset = (
            Tag.objects.filter(
                portal_knowledgepagetag_items__content_object__in=TrainingModule.objects.live()
            )
            .distinct()
            .order_by("name")
        )
