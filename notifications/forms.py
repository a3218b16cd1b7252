from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import Channel


class FollowForm(forms.Form):
    """What to follow, from the page itself: exactly one of the three."""

    programme = forms.IntegerField(required=False, min_value=1)
    tag = forms.IntegerField(required=False, min_value=1)
    page = forms.IntegerField(required=False, min_value=1)
    channel = forms.ChoiceField(choices=Channel.choices, initial=Channel.PORTAL, required=False)
    next = forms.CharField(required=False, max_length=500)

    def clean(self):
        data = super().clean()
        chosen = [name for name in ("programme", "tag", "page") if data.get(name)]
        if len(chosen) != 1:
            raise forms.ValidationError(_("Choose one thing to follow."))
        data["target"] = chosen[0]
        return data


class ChannelForm(forms.Form):
    channel = forms.ChoiceField(label=_("How"), choices=Channel.choices)
