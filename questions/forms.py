from django import forms
from django.utils.translation import gettext_lazy as _

from portal.privacy import personal_data_message

from .constants import READER_KINDS, TEXT_MAX_LENGTH, PostKind

PRIVACY_HELP = _("In general terms: never names, dates of birth, addresses or case numbers.")


class GuardedTextMixin:
    """The privacy guard's finding goes on the text field; what was typed stays in it."""

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        message = personal_data_message(text)
        if message:
            raise forms.ValidationError(message, code="personal_data")
        return text


class PostForm(GuardedTextMixin, forms.Form):
    """A reader's question about, or addition to, a knowledge page."""

    kind = forms.ChoiceField(
        label=_("What do you want to post?"),
        choices=[(kind.value, kind.label) for kind in READER_KINDS],
        initial=PostKind.QUESTION,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Your question or addition"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=PRIVACY_HELP,
    )


class AnswerForm(GuardedTextMixin, forms.Form):
    text = forms.CharField(
        label=_("Your answer"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=PRIVACY_HELP,
    )
