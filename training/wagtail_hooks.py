from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.home import HomeSection
from portal.navigation import NavigationItem

from .models import LearningPath
from .selectors import continue_learning


class LearningPathViewSet(SnippetViewSet):
    model = LearningPath
    icon = "list-ol"
    menu_label = _("Learning paths")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "slug", "audience"]
    search_fields = ["title"]


register_snippet(LearningPathViewSet)


@hooks.register("register_main_navigation")
def training_navigation():
    return NavigationItem(title=_("Learning"), url="/leren/", order=20)


@hooks.register("register_main_navigation")
def my_learning_navigation():
    return NavigationItem(title=_("My learning"), url="/mijn-leeromgeving/", order=25)


@hooks.register("register_home_section")
def continue_learning_section(request):
    items = continue_learning(user=request.user)
    if not items:
        return None
    return HomeSection(
        title=_("Continue where you left off"),
        template="training/home/continue_learning.html",
        order=20,
        context={"items": items},
    )


@hooks.register("register_demo_content")
def training_demo_content(log):
    from .seeding import seed_training

    seed_training(log)


training_demo_content.order = 20


@hooks.register("register_admin_urls")
def register_training_report_urls():
    from django.urls import path

    from .adoption_ledger import AdaptationChangesView, AdoptionLedgerView
    from .reports import TrainingProgressPeopleReportView, TrainingProgressReportView

    return [
        path(
            "reports/training/",
            TrainingProgressReportView.as_view(),
            name="training_progress_report",
        ),
        path(
            "reports/training/results/",
            TrainingProgressReportView.as_view(results_only=True),
            name="training_progress_report_results",
        ),
        path(
            "reports/training/people/",
            TrainingProgressPeopleReportView.as_view(),
            name="training_people_report",
        ),
        path(
            "reports/adopted-modules/",
            AdoptionLedgerView.as_view(),
            name="training_adoption_ledger",
        ),
        path(
            "reports/adopted-modules/<int:adaptation_id>/",
            AdaptationChangesView.as_view(),
            name="training_adaptation_changes",
        ),
        path(
            "reports/training/people/results/",
            TrainingProgressPeopleReportView.as_view(results_only=True),
            name="training_people_report_results",
        ),
    ]


class TrainingReportMenuItem(MenuItem):
    def is_shown(self, request):
        from .selectors import may_see_training_report

        return may_see_training_report(request.user)


@hooks.register("register_reports_menu_item")
def register_training_report_menu_item():
    return TrainingReportMenuItem(
        _("Training progress"),
        reverse("training_progress_report"),
        name="training-progress",
        icon_name="list-ol",
        order=1100,
    )


@hooks.register("register_home_section")
def mandatory_learning_section(request):
    from .selectors import learning_paths_for

    open_paths = [
        item
        for item in learning_paths_for(user=request.user)
        # Not completed, due again because a certificate expired, or to be renewed soon.
        if item.mandatory and (not item.completed or item.renewal_due_soon)
    ]
    if not open_paths:
        return None
    open_paths.sort(key=lambda item: (item.completed, not item.overdue, item.due_date))
    return HomeSection(
        title=_("Mandatory learning"),
        template="training/home/mandatory_learning.html",
        order=15,
        context={"paths": open_paths},
    )


@hooks.register("register_reports_menu_item")
def register_adoption_ledger_menu_item():
    return MenuItem(
        _("Changes in adopted modules"),
        reverse("training_adoption_ledger"),
        name="adopted-modules",
        icon_name="doc-full",
        order=1110,
    )


@hooks.register("construct_homepage_panels")
def adoption_ledger_panel(request, panels):
    """Editors of an adopting programme see on the dashboard which adaptations fell behind."""
    from .admin_dashboard import PendingAdoptionUpdatesPanel, pending_adoption_updates

    updates = pending_adoption_updates(user=request.user)
    if updates:
        panels.append(PendingAdoptionUpdatesPanel(updates))


@hooks.register("register_colleague_contributions")
def module_contributions():
    from .contributions import contribution_source

    return contribution_source()
