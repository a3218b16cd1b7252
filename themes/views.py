from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from portal.access import AccessDenied, access_denied_response, editorial_team_contact
from portal.exports import csv_writer
from portal.models import Programme
from portal.privacy import PersonalDataFound

from .constants import FollowUpStatus, RegistrationStatus
from .harvest import (
    HarvestRefused,
    TakeawayFormSet,
    harvested_lessons,
    may_harvest,
    meeting_harvest,
    takeaway_initial,
)
from .ical import meetings_calendar
from .models import EscalationStep, FollowUpStatusChange
from .participation.sightings import most_shared_bottlenecks
from .selectors import (
    REGISTER_SORT_BY_PROGRAMMES,
    cross_pollination_matrix,
    filter_meetings,
    live_lessons_for,
    live_meetings_for,
    register_sort,
    unresolved_lessons,
    user_organises,
)
from .services import RegistrationClosed, meeting_register, meeting_unregister


@require_GET
def lesson_register(request):
    """Open bottlenecks and system errors across programmes, the longest waiting first: what is
    stuck, and where."""
    lessons, filters = unresolved_lessons(user=request.user, params=request.GET)
    return render(
        request,
        "themes/lesson_register.html",
        {
            "lessons": lessons,
            "filters": filters,
            "today": timezone.localdate(),
            "query": request.GET.urlencode(),
            "sort": register_sort(request.GET),
            "sort_by_programmes": REGISTER_SORT_BY_PROGRAMMES,
            "unsorted_query": _without(request.GET, "sorteer"),
        },
    )


def _without(params, name) -> str:
    params = params.copy()
    params.pop(name, None)
    return params.urlencode()


@require_GET
def lesson_register_csv(request):
    """The register as a spreadsheet, with the closed loop of each bottleneck: opened,
    escalated (last step and its date), solved and the evidence of effect. `?opgelost=1` adds
    the solved and unsolvable ones."""
    lessons, _filters = unresolved_lessons(
        user=request.user,
        params=request.GET,
        include_closed=request.GET.get("opgelost") == "1",
    )
    lessons = lessons.prefetch_related(
        Prefetch(
            "escalation_steps",
            queryset=EscalationStep.objects.select_related("chain_partner").order_by(
                "escalated_on", "sort_order", "pk"
            ),
        ),
        Prefetch(
            "status_changes",
            queryset=FollowUpStatusChange.objects.filter(to_status=FollowUpStatus.SOLVED),
            to_attr="solved_changes",
        ),
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="knelpunten-{timezone.localdate().isoformat()}.csv"'
    )
    # A BOM so that Excel, which most managers open this with, reads UTF-8.
    response.write("\ufeff")
    writer = csv_writer(response, delimiter=";")
    writer.writerow(
        [
            _("Reported on"),
            _("Kind"),
            _("Title"),
            _("Programme"),
            _("Chain partners"),
            _("Status"),
            _("Follow-up owner"),
            _("Target date"),
            _("What was done"),
            _("URL"),
            _("Programmes that meet it"),
            _("Escalated to"),
            _("Escalated on"),
            _("Solved on"),
            _("What changed and how we know it works"),
        ]
    )
    for lesson in lessons:
        steps = list(lesson.escalation_steps.all())
        last_step = steps[-1] if steps else None
        solved_on = (
            timezone.localtime(lesson.solved_changes[-1].changed_at).date().isoformat()
            if lesson.solved_changes and lesson.follow_up_status == FollowUpStatus.SOLVED
            else ""
        )
        writer.writerow(
            [
                timezone.localtime(lesson.first_published_at).date().isoformat()
                if lesson.first_published_at
                else "",
                lesson.get_kind_display(),
                lesson.title,
                lesson.owner_programme.name,
                ", ".join(partner.name for partner in lesson.chain_partners.all()),
                lesson.get_follow_up_status_display(),
                lesson.follow_up_owner,
                lesson.follow_up_target_date.isoformat() if lesson.follow_up_target_date else "",
                lesson.follow_up_actions,
                request.build_absolute_uri(lesson.url),
                lesson.programme_count,
                last_step.label if last_step else "",
                last_step.escalated_on.isoformat() if last_step else "",
                solved_on,
                lesson.evidence_of_effect,
            ]
        )
    return response


# Theme meetings --------------------------------------------------------------------------------


def _live_meeting(request, slug):
    meeting = live_meetings_for(request.user).filter(slug=slug).first()
    if meeting is None:
        raise Http404
    return meeting


@require_POST
def meeting_register_view(request, slug):
    meeting = _live_meeting(request, slug)
    try:
        registration = meeting_register(meeting=meeting, user=request.user)
    except RegistrationClosed:
        messages.error(request, _("This meeting has started: registration is closed."))
    else:
        if registration.status == RegistrationStatus.WAITING:
            messages.warning(
                request,
                _(
                    "The meeting is full: you are on the waiting list. You get a seat when "
                    "someone unregisters."
                ),
            )
        else:
            messages.success(request, _("You are registered. See you there!"))
    # Back at the registration, so the keyboard continues there and not at the top.
    return redirect(meeting.get_url(request=request) + "#registration")


@require_POST
def meeting_unregister_view(request, slug):
    meeting = _live_meeting(request, slug)
    try:
        meeting_unregister(meeting=meeting, user=request.user)
    except RegistrationClosed:
        messages.error(request, _("This meeting has started: you can no longer unregister."))
    else:
        messages.success(request, _("You are no longer registered."))
    return redirect(meeting.get_url(request=request) + "#registration")


@require_http_methods(["GET", "POST"])
def meeting_harvest_view(request, slug):
    """/themabijeenkomsten/<slug>/oogsten/: the organiser turns takeaways into draft lessons."""
    meeting = _live_meeting(request, slug)
    if not may_harvest(meeting=meeting, user=request.user):
        return access_denied_response(
            request,
            AccessDenied(
                what=_("the harvest of this meeting"),
                missing=[_("being an organiser of the meeting (an editor of its programme)")],
                contacts=[editorial_team_contact()],
            ),
        )
    formset = TakeawayFormSet(
        request.POST if request.method == "POST" else None, initial=takeaway_initial(meeting)
    )
    if request.method == "POST" and formset.is_valid():
        picks = [form.cleaned_data for form in formset if form.cleaned_data.get("pick")]
        if not picks:
            formset._non_form_errors = formset.error_class(
                [_("Choose at least one takeaway to make a lesson of.")]
            )
        else:
            try:
                lessons = meeting_harvest(meeting=meeting, user=request.user, picks=picks)
            except (HarvestRefused, PersonalDataFound) as refusal:
                formset._non_form_errors = formset.error_class([refusal.message])
            else:
                messages.success(
                    request,
                    ngettext(
                        "%(count)s draft lesson is with the programme's editors for review.",
                        "%(count)s draft lessons are with the programme's editors for review.",
                        len(lessons),
                    )
                    % {"count": len(lessons)},
                )
                return redirect(meeting.get_url(request=request) + "#harvested-lessons")
    status = 400 if formset.is_bound else 200
    return render(
        request,
        "themes/meeting_harvest.html",
        {
            "meeting": meeting,
            "formset": formset,
            "harvested": list(harvested_lessons(meeting).select_related("owner_programme")),
        },
        status=status,
    )


@require_GET
def meeting_attendees_csv(request, slug):
    meeting = _live_meeting(request, slug)
    if not user_organises(meeting=meeting, user=request.user):
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="deelnemers-{meeting.slug}.csv"'
    response.write("\ufeff")
    writer = csv_writer(response, delimiter=";")
    writer.writerow([_("Name"), _("Username"), _("Status"), _("Registered at")])
    for registration in meeting.registrations.select_related("user"):
        writer.writerow(
            [
                registration.user.get_full_name(),
                registration.user.get_username(),
                registration.get_status_display(),
                timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
            ]
        )
    return response


def _calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def meetings_ics(request, programme_slug=None):
    programme = None
    if programme_slug is not None:
        programme = get_object_or_404(Programme, slug=programme_slug)
    meetings = (
        filter_meetings(live_meetings_for(request.user), programme=programme)
        .filter(end__gte=timezone.now())
        .order_by("start")
    )
    name = _("Theme meetings AcVZ")
    if programme is not None:
        name = f"{name} - {programme.name}"
    filename = f"themabijeenkomsten-{programme.slug}.ics" if programme else "themabijeenkomsten.ics"
    return _calendar_response(meetings_calendar(meetings, request=request, name=name), filename)


@require_GET
def meeting_ics(request, slug):
    meeting = _live_meeting(request, slug)
    return _calendar_response(
        meetings_calendar([meeting], request=request, name=meeting.title), f"{meeting.slug}.ics"
    )


@require_GET
def cross_pollination(request):
    """/kruisbestuiving/: programmes by themes, as a heatmap table readable without JavaScript."""
    context = cross_pollination_matrix(user=request.user)
    context["shared_bottlenecks"] = most_shared_bottlenecks(live_lessons_for(request.user))
    return render(request, "themes/cross_pollination.html", context)
