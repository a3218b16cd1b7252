"""The admin dashboard for programme staff: where to start a new lesson learned or theme
meeting, their own submissions, what waits for their review, and the "wij zien dit ook"
sightings waiting for their approval."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState

from .models import LessonIndexPage, LessonLearned, MeetingIndexPage, ThemeMeeting
from .participation.sightings import sightings_to_review


@dataclass(frozen=True)
class DashboardLink:
    label: str
    url: str
    count: int | None = None


def _add_url(index, model, user) -> str | None:
    if index is None or not index.permissions_for_user(user).can_add_subpage():
        return None
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, index.pk],
    )


def dashboard_links(user) -> list[DashboardLink]:
    """The links this user has a use for: only what they may do."""
    links = []
    lesson_url = _add_url(LessonIndexPage.objects.first(), LessonLearned, user)
    if lesson_url:
        links.append(DashboardLink(_("New lesson learned"), lesson_url))
    meeting_url = _add_url(MeetingIndexPage.objects.first(), ThemeMeeting, user)
    if meeting_url:
        links.append(DashboardLink(_("New theme meeting"), meeting_url))
    if not links:
        return []  # no programme staff: nothing to submit, nothing to review
    workflow_report = reverse("wagtailadmin_reports:workflow")
    links.append(DashboardLink(_("My submissions"), f"{workflow_report}?requested_by={user.pk}"))
    to_review = TaskState.objects.reviewable_by(user).count()
    links.append(
        DashboardLink(_("To review"), f"{workflow_report}?reviewable=true", count=to_review)
    )
    sightings = sightings_to_review(user).count()
    if sightings:
        links.append(
            DashboardLink(
                _("“We see this too” to approve"), reverse("sightings_review"), count=sightings
            )
        )
    return links


class ProgrammeStaffPanel(Component):
    """ "Aan de slag": the dashboard's first panel for programme staff and editors."""

    name = "programme_staff"
    template_name = "themes/admin/programme_staff_panel.html"
    order = 50

    def __init__(self, links):
        self.links = links

    def get_context_data(self, parent_context):
        return {"links": self.links}
