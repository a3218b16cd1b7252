from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import ChainPartner, Programme
from portal.privacy import check_label, personal_data_message, scan_texts

from ..constants import LessonKind, LessonSource

# The texts a reader sees, in the order of the form: what the privacy guard scans.
GUARDED_FIELDS = (
    "title",
    "summary",
    "context",
    "what_happened",
    "what_worked",
    "recommendation",
    "source_detail",
)


class LessonSubmissionForm(forms.Form):
    """The structured fields of a lesson learned, as plain text (paragraphs separated by an
    empty line). The privacy guard's findings go on the field they were found in, and
    everything typed stays in the form."""

    kind = forms.ChoiceField(label=_("What do you want to share?"), choices=LessonKind.choices)
    title = forms.CharField(label=_("Title"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences shown in lists and search results."),
    )
    context = forms.CharField(
        label=_("Context"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The situation, in general terms. Never names, dates of birth or addresses."),
    )
    what_happened = forms.CharField(
        label=_("What happened"), widget=forms.Textarea(attrs={"rows": 4})
    )
    what_worked = forms.CharField(
        label=_("What worked or did not"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    recommendation = forms.CharField(
        label=_("Recommendation"), widget=forms.Textarea(attrs={"rows": 3})
    )
    chain_partners = forms.ModelMultipleChoiceField(
        label=_("Chain partners involved"),
        queryset=ChainPartner.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    source = forms.ChoiceField(label=_("Source"), choices=LessonSource.choices)
    source_detail = forms.CharField(
        label=_("Source details"),
        max_length=200,
        required=False,
        help_text=_("E.g. the theme meeting or the monitor, without names of persons."),
    )
    owner_programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.none(),
        empty_label=None,
        help_text=_("The programme's editors review your contribution before it is published."),
    )
    blame_free = forms.BooleanField(
        label=_("Publish without my name"),
        required=False,
        help_text=_(
            "Readers then see 'a colleague of <programme>'; editors still see who wrote it."
        ),
    )

    def __init__(self, *args, programmes, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["owner_programme"]
        field.queryset = Programme.objects.filter(pk__in=[p.pk for p in programmes]).order_by(
            "name"
        )

    def clean(self):
        cleaned_data = super().clean()
        texts = []
        for name in GUARDED_FIELDS:
            value = cleaned_data.get(name) or ""
            texts.append((str(self.fields[name].label), value))
            message = personal_data_message(value)
            if message:
                self.add_error(name, message)
        title = cleaned_data.get("title")
        if title:
            for problem in check_label(title):
                self.add_error("title", problem)
        if not self.errors:
            # What only shows when two neighbouring fields are read together.
            across = [finding for finding in scan_texts(texts) if " + " in finding.field]
            if across:
                raise forms.ValidationError(
                    _(
                        "Read together, these fields seem to contain personal data, which may "
                        "never appear on the portal: %(details)s. Remove or generalise it."
                    ),
                    params={"details": "; ".join(str(finding) for finding in across[:5])},
                    code="personal_data",
                )
        return cleaned_data
