from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.constants import Role
from portal.models import Programme
from portal.models.knowledge import KnowledgePageForm


def programmes_user_may_publish_for(user):
    """Programme staff write for their own programmes only; the editorial team for all. Lessons
    and meetings live in flat sections (/lessen/, /themabijeenkomsten/) where page permissions
    cannot tell programmes apart, so the form does."""
    if user is None or user.is_superuser or user.groups.filter(name=Role.REDACTIE).exists():
        return Programme.objects.all()
    return Programme.objects.filter(
        Q(staff_group__user=user) | Q(editor_group__user=user)
    ).distinct()


class ProgrammeOwnedPageForm(KnowledgePageForm):
    """The admin form of lessons and meetings: the owner programme is limited to the
    programmes the editor works for."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "owner_programme" in self.fields:
            self.allowed_programmes = programmes_user_may_publish_for(self.for_user)
            field = self.fields["owner_programme"]
            # A plain select of the allowed programmes instead of the snippet chooser, which
            # would offer every programme.
            field.widget = forms.Select()
            field.queryset = self.allowed_programmes
            if self.instance.owner_programme_id is None and len(self.allowed_programmes) == 1:
                self.initial["owner_programme"] = self.allowed_programmes[0].pk

    def clean_owner_programme(self):
        programme = self.cleaned_data.get("owner_programme")
        if programme is not None and not self.allowed_programmes.filter(pk=programme.pk).exists():
            self.add_error(
                "owner_programme",
                _("You can only share lessons and meetings for a programme you work for."),
            )
        return programme
