"""Adaptations that fell behind their original: the original published a newer version than
the one the adaptation follows (`adopted_version`). The adopting programme's editors see them
in the admin (a dashboard panel, training.admin_dashboard, and the report "Wijzigingen in
overgenomen modules"), each with a link to Wagtail's comparison of the original between the
adopted revision and the live one, so that an adaptation no longer drifts silently."""

from dataclasses import dataclass

from django.contrib import messages
from django.db.models import F, Q, QuerySet
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from portal.constants import Role

from .models import TrainingModule


def may_see_all_adaptations(user) -> bool:
    return user.is_superuser or user.groups.filter(name=Role.REDACTIE).exists()


def behind_adaptations(*, user) -> QuerySet[TrainingModule]:
    """Adaptations whose original has a different (newer) version than the one they follow,
    for the programmes whose staff or editors the user is among (Redactie: all), in one query."""
    adaptations = (
        TrainingModule.objects.filter(adopted_from_module__isnull=False)
        .exclude(adopted_version=F("adopted_from_module__version"))
        .select_related("owner_programme", "adopted_from_module__owner_programme")
        .order_by("owner_programme__sort_order", "title")
    )
    if may_see_all_adaptations(user):
        return adaptations
    return adaptations.filter(
        Q(owner_programme__editor_group__user=user) | Q(owner_programme__staff_group__user=user)
    ).distinct()


class AdaptationBehind:
    """What the ledger's report and the dashboard show of an adaptation behind its original
    (`adaptation` and `original`): both versions and the link to its ledger entry."""

    adaptation: TrainingModule
    original: TrainingModule

    @property
    def changes_url(self) -> str:
        return reverse("training_adaptation_changes", args=[self.adaptation.pk])

    @property
    def adopted_version(self) -> str:
        return self.adaptation.adopted_version

    @property
    def current_version(self) -> str:
        return self.original.version


@dataclass
class LedgerLine(AdaptationBehind):
    adaptation: TrainingModule
    original: TrainingModule
    compare_url: str | None


def ledger_lines(*, user) -> list[LedgerLine]:
    lines = []
    for adaptation in behind_adaptations(user=user):
        original = adaptation.adopted_from_module
        compare_url = None
        if adaptation.adopted_revision_id and original.live_revision_id:
            compare_url = reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[original.pk, adaptation.adopted_revision_id, "live"],
            )
        lines.append(LedgerLine(adaptation=adaptation, original=original, compare_url=compare_url))
    return lines


class AdoptionLedgerView(TemplateView):
    template_name = "training/admin/adoption_ledger.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "page_title": _("Changes in adopted modules"),
                "header_title": _("Changes in adopted modules"),
                "lines": ledger_lines(user=self.request.user),
            }
        )
        return context


class AdaptationChangesView(TemplateView):
    """One adaptation behind its original: the original's changes lesson by lesson, with the
    decisions taken, and the forms to take a change over, keep the own lesson or decline the
    whole version. Only the adopting programme's editors and staff, and Redactie."""

    template_name = "training/admin/adaptation_changes.html"

    def dispatch(self, request, *args, **kwargs):
        from .ledger_decisions import may_decide

        self.adaptation = get_object_or_404(
            TrainingModule.objects.select_related(
                "owner_programme", "adopted_from_module__owner_programme", "adopted_revision"
            ),
            pk=kwargs["adaptation_id"],
            adopted_from_module__isnull=False,
        )
        if not may_decide(request.user, self.adaptation):
            return render(request, "training/admin/adaptation_changes_refused.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        from .ledger_decisions import lesson_changes, version_decision

        context = super().get_context_data(**kwargs)
        adaptation = self.adaptation
        original = adaptation.adopted_from_module
        title = gettext("Changes in %(title)s") % {"title": adaptation.title}
        behind = adaptation.adopted_version != original.version
        changes = lesson_changes(adaptation) if behind else []
        context.update(
            {
                "page_title": title,
                "header_title": title,
                "adaptation": adaptation,
                "original": original,
                "behind": behind,
                "changes": changes,
                "pending": [change for change in changes if change.decision is None],
                "version_decision": version_decision(adaptation) if behind else None,
                "decisions": adaptation.adoption_decisions.select_related("decided_by")[:20],
                "report_url": reverse("training_adoption_ledger"),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        from .ledger_decisions import decide
        from .services import TrainingError

        try:
            decide(
                user=request.user,
                adaptation=self.adaptation,
                choice=request.POST.get("choice", ""),
                slug=request.POST.get("lesson", ""),
                reason=request.POST.get("reason", ""),
            )
        except TrainingError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, gettext("Your decision has been recorded."))
        return redirect(request.path)
