import csv

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .constants import FollowUpStatus, LessonKind
from .selectors import lesson_filter_options, unresolved_lessons


@require_GET
def lesson_register(request):
    """Open bottlenecks and system errors across programmes, the longest waiting first: what is
    stuck, and where."""
    lessons, filters = unresolved_lessons(user=request.user, params=request.GET)
    options = lesson_filter_options()
    options["kinds"] = [
        (LessonKind.BOTTLENECK.value, LessonKind.BOTTLENECK.label),
        (LessonKind.SYSTEM_ERROR.value, LessonKind.SYSTEM_ERROR.label),
    ]
    options["statuses"] = [
        (FollowUpStatus.OPEN.value, FollowUpStatus.OPEN.label),
        (FollowUpStatus.IN_PROGRESS.value, FollowUpStatus.IN_PROGRESS.label),
    ]
    return render(
        request,
        "themes/lesson_register.html",
        {
            "lessons": lessons,
            "filters": filters,
            "options": options,
            "today": timezone.localdate(),
            "query": request.GET.urlencode(),
        },
    )


@require_GET
def lesson_register_csv(request):
    lessons, _filters = unresolved_lessons(user=request.user, params=request.GET)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="knelpunten-{timezone.localdate().isoformat()}.csv"'
    )
    # A BOM so that Excel, which most managers open this with, reads UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
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
        ]
    )
    for lesson in lessons:
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
            ]
        )
    return response
