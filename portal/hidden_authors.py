"""Authorship the admin must not give away: a contribution published without its author's name
(a blame-free lesson) is written by someone only a few people may know. Domain apps name those
pages per user through the `register_pages_with_hidden_author` hook (a function of the user
returning a page queryset). The site history and the workflow report then leave those pages'
entries out (listing, filters and CSV/XLSX export), and neither they nor the explorer's filters
offer a person known only from them. Wagtail's own report views are replaced at their addresses
(portal/urls.py) and its base page viewset by PortalPageViewSet, so everything keeps working as
before for whoever may see the author."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import IntegerField, Q, Value
from django.forms import CheckboxSelectMultiple
from wagtail import hooks
from wagtail.admin.filters import MultipleUserFilter
from wagtail.admin.views.pages.listing import (
    EditedByFilter,
    GenericPageFilterSet,
)
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
)
from wagtail.admin.views.reports.workflows import WorkflowReportFilterSet, WorkflowView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, PageLogEntry, WorkflowState, get_default_page_content_type


def page_ids_with_hidden_author(user) -> frozenset[int]:
    """The pages whose author this user may not know, asked once per request (the request's
    user object carries the answer)."""
    cached = getattr(user, "_page_ids_with_hidden_author", None)
    if cached is None:
        ids = set()
        for pages_for in hooks.get_hooks("register_pages_with_hidden_author"):
            ids.update(pages_for(user).values_list("pk", flat=True))
        cached = frozenset(ids)
        user._page_ids_with_hidden_author = cached
    return cached


def log_entries_for(user, log_model):
    """The log entries of one log model this user may see, without those of pages whose author
    is hidden from them: every entry of such a page names who did it."""
    entries = log_model.objects.viewable_by_user(user)
    hidden = page_ids_with_hidden_author(user)
    if hidden and issubclass(log_model, PageLogEntry):
        entries = entries.exclude(page_id__in=hidden)
    return entries


def workflow_states_for(user, states=None):
    """Workflow states without those of pages whose author is hidden from this user: the
    workflow was started by the author."""
    states = WorkflowState.objects.all() if states is None else states
    hidden = page_ids_with_hidden_author(user)
    if not hidden:
        return states
    return states.exclude(
        Q(base_content_type_id=get_default_page_content_type().pk)
        & Q(object_id__in=[str(pk) for pk in hidden])
    )


class SiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        user_ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            user_ids.update(log_entries_for(self.request.user, log_model).get_user_ids())
        User = get_user_model()
        return User.objects.filter(pk__in=user_ids).order_by(User.USERNAME_FIELD)

    class Meta(SiteHistoryReportFilterSet.Meta):
        pass


class SiteHistoryView(LogEntriesView):
    """Wagtail's site history, without the entries of pages whose author is hidden from the
    reader (in the listing, its filters and its CSV/XLSX export alike)."""

    filterset_class = SiteHistoryFilterSet

    def get_filtered_queryset(self):
        # As LogEntriesView.get_filtered_queryset, with each log model's entries taken from
        # log_entries_for().
        queryset = None
        self.log_models = list(log_action_registry.get_log_entry_models())
        for log_model_index, log_model in enumerate(self.log_models):
            sub_queryset = (
                log_entries_for(self.request.user, log_model)
                .values("pk", "timestamp")
                .annotate(log_model_index=Value(log_model_index, output_field=IntegerField()))
            )
            sub_queryset = self.filter_queryset(sub_queryset).order_by()
            queryset = sub_queryset if queryset is None else queryset.union(sub_queryset, all=True)
        return queryset.order_by("-timestamp")


def requested_by_choices(request):
    User = get_user_model()
    requesters = workflow_states_for(request.user).values_list("requested_by", flat=True)
    return User.objects.filter(pk__in=requesters).order_by(User.USERNAME_FIELD)


class WorkflowFilterSet(WorkflowReportFilterSet):
    requested_by = django_filters.ModelChoiceFilter(
        field_name="requested_by", queryset=requested_by_choices
    )

    class Meta(WorkflowReportFilterSet.Meta):
        pass


class WorkflowReportView(WorkflowView):
    """Wagtail's workflow report, without the workflows of pages whose author is hidden from
    the reader, and without their requesters in the "requested by" filter."""

    filterset_class = WorkflowFilterSet

    def get_queryset(self):
        return workflow_states_for(self.request.user, super().get_queryset())


# The explorer ------------------------------------------------------------------------------------


def owner_choices(request):
    owners = (
        Page.objects.exclude(pk__in=page_ids_with_hidden_author(request.user))
        .order_by()
        .values_list("owner_id", flat=True)
    )
    return get_user_model().objects.filter(pk__in=owners.distinct())


def edited_by_choices(request):
    editors = (
        PageLogEntry.objects.filter(action="wagtail.edit")
        .exclude(page_id__in=page_ids_with_hidden_author(request.user))
        .order_by()
        .values_list("user_id", flat=True)
    )
    return get_user_model().objects.filter(pk__in=editors.distinct())


class ExplorerFilterSet(GenericPageFilterSet):
    """The explorer's filters, offering no person known only as the author of pages whose
    author is hidden from the reader (filtering by such a person would name them)."""

    owner = MultipleUserFilter(
        label=GenericPageFilterSet.base_filters["owner"].label,
        queryset=owner_choices,
        widget=CheckboxSelectMultiple,
    )
    edited_by = EditedByFilter(
        label=GenericPageFilterSet.base_filters["edited_by"].label,
        queryset=edited_by_choices,
        widget=CheckboxSelectMultiple,
    )

    class Meta(GenericPageFilterSet.Meta):
        pass


class PortalPageViewSet(PageViewSet):
    """The admin's views of every page type: Wagtail's, with the explorer above."""

    model = Page
    filterset_class = ExplorerFilterSet
