"""Admin reports of the portal."""

import django_filters
from django.db.models import Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

from .models import KnowledgePage, Programme
from .selectors import stale_knowledge_pages


class StaleContentFilterSet(WagtailFilterSet):
    owner_programme = django_filters.ModelChoiceFilter(
        label=_("Programme"), queryset=Programme.objects.all()
    )

    class Meta:
        model = KnowledgePage
        fields = ["owner_programme"]


class StaleContentReportView(PageReportView):
    """Live knowledge pages past their review date, per owner programme, so that editors can
    ask content owners to review or retire them. Programme staff see the pages they may edit."""

    page_title = _("Stale content")
    header_icon = "time"
    results_template_name = "portal/admin/stale_content_results.html"
    filterset_class = StaleContentFilterSet
    index_url_name = "portal_stale_content"
    index_results_url_name = "portal_stale_content_results"
    any_permission_required = ["add", "change", "publish"]
    model = KnowledgePage
    export_headings = {
        "owner_programme": _("Programme"),
        "title": _("Title"),
        "review_by": _("Review by"),
        "content_owner_name": _("Content owner"),
        "content_type.model_class._meta.verbose_name.title": _("Type"),
        "full_url": _("URL"),
    }
    list_export = [
        "owner_programme",
        "title",
        "review_by",
        "content_owner_name",
        "content_type.model_class._meta.verbose_name.title",
        "full_url",
    ]

    @property
    def permission_policy(self):
        from wagtail.permissions import page_permission_policy

        return page_permission_policy

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return (
            stale_knowledge_pages()
            .filter(pk__in=Subquery(Page.objects.filter(pk__in=editable).values("pk")))
            .order_by("owner_programme__sort_order", "owner_programme__name", "review_by", "title")
        )
