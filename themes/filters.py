"""Filter forms of the lessons-learned list, the register of bottlenecks and the meetings list.
GET forms: a value that no longer exists (a stale bookmark, a renamed theme) is reported on its
field and ignored, while the other filters still apply."""

from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from portal.models import Programme

from .constants import REGISTER_KINDS, UNRESOLVED_STATUSES, FollowUpStatus, LessonKind
from .models import ChainPartner, LessonLearned, ThemeMeeting


def _slug_choice(label, queryset, empty_label):
    return forms.ModelChoiceField(
        label=label,
        queryset=queryset,
        to_field_name="slug",
        required=False,
        empty_label=empty_label,
    )


def _tags_of(model):
    return Tag.objects.filter(pk__in=model.objects.live().values("tagged_items__tag")).order_by(
        "name"
    )


class LessonFilterForm(forms.Form):
    soort = forms.ChoiceField(label=_("Kind"), required=False)
    programma = _slug_choice(_("Programme"), Programme.objects.all(), _("All programmes"))
    partner = _slug_choice(_("Chain partner"), ChainPartner.objects.all(), _("All chain partners"))
    tag = _slug_choice(_("Theme"), Tag.objects.none(), _("All themes"))
    status = forms.ChoiceField(label=_("Follow-up status"), required=False)

    def __init__(self, *args, register: bool = False, **kwargs):
        """`register`: the register of open bottlenecks and system errors, which offers only
        those kinds and the unresolved statuses."""
        super().__init__(*args, **kwargs)
        kinds = LessonKind.choices
        statuses = FollowUpStatus.choices
        if register:
            kinds = [(k, label) for k, label in kinds if k in REGISTER_KINDS]
            statuses = [(s, label) for s, label in statuses if s in UNRESOLVED_STATUSES]
        self.fields["soort"].choices = [("", _("All kinds")), *kinds]
        self.fields["status"].choices = [("", _("Any status")), *statuses]
        self.fields["tag"].queryset = _tags_of(LessonLearned)


class MeetingFilterForm(forms.Form):
    programma = _slug_choice(_("Programme"), Programme.objects.all(), _("All programmes"))
    tag = _slug_choice(_("Theme"), Tag.objects.none(), _("All themes"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tag"].queryset = _tags_of(ThemeMeeting)
