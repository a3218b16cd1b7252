"""The training report in the Wagtail admin, for managers. Team aggregates come first: per
module, how many of a programme's team (or of a group) started and completed it, with a chart
and the overdue mandatory learning paths. Individual rows are a separate report that shows only
the teams of programmes the user manages (the programme's managers group). Reflection answers
are never part of any report."""

import django_filters
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from portal.exports import DutchSpreadsheetExportMixin
from portal.models import Programme

from . import selectors
from .equivalence import EXPIRING_WITHIN_DAYS, certificate_expiry, is_expired, is_expiring
from .models import ModuleEnrolment, TrainingModule

CHART_BAR_HEIGHT = 22
# Below this many people, an aggregate over learners outside the manager's own programmes would
# let them read individuals' progress off it: it is refused.
SMALLEST_OUTSIDE_AGGREGATE = 5
CHART_LABEL_WIDTH = 360
CHART_BAR_WIDTH = 300


def keep(queryset, name, value):
    """The programme and group choose whose progress is counted, not which modules are listed:
    the view reads them; the filter itself leaves the queryset alone."""
    return queryset


class TeamFilterSet(WagtailFilterSet):
    programme = django_filters.ModelChoiceFilter(
        label=_("Team of programme"), queryset=Programme.objects.all(), method=keep
    )
    group = django_filters.ModelChoiceFilter(
        label=_("Group"), queryset=Group.objects.none(), method=keep
    )

    class Meta:
        model = TrainingModule
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Programmes by name; groups only those that are not a programme's technical groups
        # (its team is the programme choice, its staff, editors and managers no team at all).
        self.filters["programme"].queryset = Programme.objects.order_by("name")
        technical = set()
        for ids in Programme.objects.values_list(*selectors.PROGRAMME_GROUP_FIELDS):
            technical.update(group_id for group_id in ids if group_id)
        self.filters["group"].queryset = Group.objects.exclude(pk__in=technical).order_by("name")


class TrainingAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not selectors.may_see_training_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TrainingProgressReportView(TrainingAccessMixin, DutchSpreadsheetExportMixin, ReportView):
    """Per module: started, completed and the completion rate within the chosen team."""

    page_title = _("Training progress")
    header_icon = "list-ol"
    results_template_name = "training/admin/progress_report_results.html"
    template_name = "training/admin/progress_report.html"
    filterset_class = TeamFilterSet
    index_url_name = "training_progress_report"
    index_results_url_name = "training_progress_report_results"
    paginate_by = None
    model = TrainingModule
    list_export = [
        "title",
        "owner_programme",
        "version",
        "team_size",
        "started_count",
        "completed_count",
        "completion_rate",
        "expiring_count",
        "expired_count",
    ]
    export_headings = {
        "title": _("Module"),
        "owner_programme": _("Programme"),
        "version": _("Version"),
        "team_size": _("Learners"),
        "started_count": _("Started"),
        "completed_count": _("Completed"),
        "completion_rate": _("Completion rate (%)"),
        "expiring_count": _("Certificates expiring within 30 days"),
        "expired_count": _("Certificates expired"),
    }

    def dispatch(self, request, *args, **kwargs):
        self.permission_policy = None
        return super().dispatch(request, *args, **kwargs)

    def chosen(self):
        form = self.filters.form if self.filters else None
        if form is None or not form.is_valid():
            return None, None
        return form.cleaned_data.get("programme"), form.cleaned_data.get("group")

    def get_queryset(self):
        programme, group = self.chosen()
        managed = list(selectors.managed_programmes(user=self.request.user).order_by("name"))
        if programme is None and group is None and managed and not self.request.GET:
            # Opens on the manager's own programme: its learners, not every account.
            programme = managed[0]
        self.opened_on = programme
        self.user_ids = selectors.team_user_ids(programme=programme, group=group)
        self.refused = (
            (programme is not None or group is not None)
            and not self.request.user.is_superuser
            and (programme is None or programme not in managed)
            and len(self.user_ids) < SMALLEST_OUTSIDE_AGGREGATE
        )
        if self.refused:
            self.user_ids = []
            return TrainingModule.objects.none()
        return selectors.module_completion_report(user_ids=self.user_ids)

    def decorate_paginated_queryset(self, object_list):
        team_size = len(self.user_ids)
        rows = list(object_list)
        expiry = self.expiry_counts() if rows else {}
        for row in rows:
            row.team_size = team_size
            row.completion_rate = round(100 * row.completed_count / team_size) if team_size else 0
            counts = expiry.get(row.root, selectors.CertificateExpiryCount())
            row.expiring_count, row.expired_count = counts.expiring, counts.expired
        return rows

    def expiry_counts(self) -> dict:
        """Expiring and expired certificates per class of module, read once per request."""
        if not hasattr(self, "_expiry_counts"):
            self._expiry_counts = selectors.certificate_expiry_counts(user_ids=self.user_ids)
        return self._expiry_counts

    def get_filtered_queryset(self):
        return self.decorate_paginated_queryset(super().get_filtered_queryset())

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = context["object_list"]
        # Per class, not per row: an original and its adaptations are one piece of learning.
        expiry = self.expiry_counts().values() if rows else ()
        _programme, group = self.chosen()
        context.update(
            {
                "refused": self.refused,
                "smallest_aggregate": SMALLEST_OUTSIDE_AGGREGATE,
                "team_size": len(self.user_ids),
                "chosen_programme": self.opened_on,
                "chosen_group": group,
                "overdue_lines": selectors.overdue_report(user_ids=self.user_ids),
                "chart": completion_chart(rows),
                "expiring_within_days": EXPIRING_WITHIN_DAYS,
                "expiring_total": sum(counts.expiring for counts in expiry),
                "expired_total": sum(counts.expired for counts in expiry),
                "may_see_people": selectors.managed_programmes(user=self.request.user).exists(),
            }
        )
        return context


def completion_chart(rows) -> dict:
    """Geometry of a horizontal bar chart of completion rates, drawn as SVG by the template."""
    bars = [
        {
            "label": row.title if len(row.title) <= 48 else row.title[:47] + "…",
            "rate": row.completion_rate,
            "y": index * (CHART_BAR_HEIGHT + 8),
            "width": round(CHART_BAR_WIDTH * row.completion_rate / 100),
        }
        for index, row in enumerate(rows)
    ]
    return {
        "bars": bars,
        "height": max(len(bars) * (CHART_BAR_HEIGHT + 8), 1),
        "bar_height": CHART_BAR_HEIGHT,
        "label_width": CHART_LABEL_WIDTH,
        "bar_x": CHART_LABEL_WIDTH + 10,
        "width": CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 70,
    }


class CertificateState:
    """Where a learner's certificate of a module stands, for the report per person."""

    VALID = "geldig"
    EXPIRING = "verloopt"
    EXPIRED = "verlopen"

    @classmethod
    def choices(cls):
        return [
            (cls.EXPIRING, _("Expires within 30 days")),
            (cls.EXPIRED, _("Expired")),
        ]


def certificate_state_of(expires_on) -> str:
    """The certificate's state in words, for the report and its exports."""
    from django.utils.translation import gettext

    if expires_on is None:
        return ""
    if is_expired(expires_on):
        return gettext("Expired")
    if is_expiring(expires_on):
        return gettext("Expires within 30 days")
    return gettext("Valid")


class PeopleFilterSet(WagtailFilterSet):
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"), queryset=Programme.objects.none(), method="filter_programme"
    )
    certificate = django_filters.ChoiceFilter(
        label=_("Certificate"),
        choices=CertificateState.choices,
        method="filter_certificate",
        empty_label=_("All"),
    )

    class Meta:
        model = ModuleEnrolment
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["programme"].queryset = selectors.managed_programmes(user=request.user)

    def filter_programme(self, queryset, name, value):
        return queryset.filter(user__groups=value.team_group_id)

    def filter_certificate(self, queryset, name, value):
        import datetime

        from django.utils import timezone

        today = timezone.localdate()
        if value == CertificateState.EXPIRED:
            return queryset.filter(certificate_expires_on__lt=today)
        if value == CertificateState.EXPIRING:
            return queryset.filter(
                certificate_expires_on__gte=today,
                certificate_expires_on__lte=today + datetime.timedelta(days=EXPIRING_WITHIN_DAYS),
            )
        return queryset


class TrainingProgressPeopleReportView(
    TrainingAccessMixin, DutchSpreadsheetExportMixin, ReportView
):
    """One row per learner and module, only for the teams of programmes the user manages."""

    page_title = _("Training progress per person")
    header_icon = "user"
    results_template_name = "training/admin/people_report_results.html"
    filterset_class = PeopleFilterSet
    index_url_name = "training_people_report"
    index_results_url_name = "training_people_report_results"
    model = ModuleEnrolment
    paginate_by = 100
    list_export = [
        "user.get_full_name",
        "user.username",
        "module.title",
        "module.owner_programme",
        "started_at",
        "completed_at",
        "certificate_expires_on",
        "certificate_state",
    ]
    export_headings = {
        "user.get_full_name": _("Name"),
        "user.username": _("Username"),
        "module.title": _("Module"),
        "module.owner_programme": _("Programme"),
        "started_at": _("Started"),
        "completed_at": _("Completed"),
        "certificate_expires_on": _("Certificate valid until"),
        "certificate_state": _("Certificate"),
    }

    def dispatch(self, request, *args, **kwargs):
        self.permission_policy = None
        if not selectors.managed_programmes(user=request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["request"] = self.request
        return kwargs

    def get_queryset(self):
        team_groups = selectors.managed_programmes(user=self.request.user).values("team_group_id")
        return (
            ModuleEnrolment.objects.filter(user__groups__in=team_groups, module__live=True)
            .select_related("user", "module__owner_programme")
            .annotate(certificate_expires_on=certificate_expiry())
            .distinct()
            .order_by("user__last_name", "user__first_name", "user__username", "module__title")
        )

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        for row in rows:
            row.certificate_state = certificate_state_of(row.certificate_expires_on)
            row.certificate_expired = is_expired(row.certificate_expires_on)
        return rows

    def get_context_data(self, *args, **kwargs):
        """Above the rows: how many certificates of the managed teams expire soon or
        expired, whatever the filter (one query)."""
        import datetime

        from django.db.models import Count, Q
        from django.utils import timezone

        context = super().get_context_data(*args, **kwargs)
        today = timezone.localdate()
        soon = today + datetime.timedelta(days=EXPIRING_WITHIN_DAYS)
        counts = self.get_queryset().aggregate(
            expiring=Count(
                "pk",
                filter=Q(certificate_expires_on__gte=today, certificate_expires_on__lte=soon),
            ),
            expired=Count("pk", filter=Q(certificate_expires_on__lt=today)),
        )
        context.update(
            {
                "expiring_total": counts["expiring"],
                "expired_total": counts["expired"],
                "expiring_within_days": EXPIRING_WITHIN_DAYS,
            }
        )
        return context
