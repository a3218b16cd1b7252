from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from portal.privacy import PersonalDataFound

from ..constants import KINDS_WITH_FOLLOW_UP
from .forms import LessonSubmissionForm
from .selectors import (
    contribution_programmes,
    revisable_submission,
    similar_bottlenecks,
    submissions_of,
)
from .services import (
    NoLessonSection,
    contribution_create,
    contribution_revise,
    initial_from_lesson,
)


def _saved_message(request, submitted: bool):
    if submitted:
        messages.success(
            request,
            _("Thank you! Your contribution is with the programme's editors for review."),
        )
    else:
        messages.success(request, _("Your draft has been saved. You can submit it later."))


def _similar_to_form(request, form):
    if not form.is_bound or form.data.get("kind") not in KINDS_WITH_FOLLOW_UP:
        return []
    text = f"{form.data.get('title', '')} {form.data.get('summary', '')}"
    return similar_bottlenecks(text=text, user=request.user)


def _form_page(request, form, *, submission=None, programmes):
    return render(
        request,
        "themes/participation/lesson_form.html",
        {
            "form": form,
            "submission": submission,
            "has_programmes": bool(programmes),
            "similar": _similar_to_form(request, form),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
def share_lesson(request):
    """/lessen/delen/: "Deel een les of knelpunt" for every signed-in colleague."""
    programmes = contribution_programmes(request.user)
    if request.method == "POST" and programmes:
        form = LessonSubmissionForm(request.POST, programmes=programmes)
        if form.is_valid():
            submit = "submit" in request.POST
            try:
                contribution_create(user=request.user, data=form.cleaned_data, submit=submit)
            except NoLessonSection:
                form.add_error(
                    None, _("Lessons cannot be shared yet: there is no lessons section.")
                )
            except PersonalDataFound as refusal:
                form.add_error(None, refusal.message)
            else:
                _saved_message(request, submit)
                return redirect(reverse("my_contributions") + "#contributions")
    else:
        form = LessonSubmissionForm(programmes=programmes, initial=_initial(request, programmes))
    return _form_page(request, form, programmes=programmes)


def _initial(request, programmes):
    initial = {}
    if request.GET.get("soort") in ("goede-praktijk", "knelpunt", "systeemfout"):
        initial["kind"] = request.GET["soort"]
    if len(programmes) == 1:
        initial["owner_programme"] = programmes[0].pk
    return initial


@require_http_methods(["GET", "POST"])
def revise_lesson(request, page_id):
    """A draft or a returned submission, revised by its author."""
    submission = revisable_submission(user=request.user, page_id=page_id)
    if submission is None:
        raise Http404
    lesson = submission.lesson
    programmes = contribution_programmes(request.user)
    if lesson.owner_programme not in programmes:
        programmes = [*programmes, lesson.owner_programme]
    if request.method == "POST":
        form = LessonSubmissionForm(request.POST, programmes=programmes)
        if form.is_valid():
            submit = "submit" in request.POST
            try:
                contribution_revise(
                    lesson=lesson, user=request.user, data=form.cleaned_data, submit=submit
                )
            except PersonalDataFound as refusal:
                form.add_error(None, refusal.message)
            else:
                _saved_message(request, submit)
                return redirect(reverse("my_contributions") + "#contributions")
    else:
        form = LessonSubmissionForm(
            programmes=programmes,
            initial=initial_from_lesson(lesson.get_latest_revision_as_object()),
        )
    return _form_page(request, form, submission=submission, programmes=programmes)


@require_GET
def my_contributions(request):
    """/mijn-bijdragen/: what I shared and where it stands."""
    return render(
        request,
        "themes/participation/my_contributions.html",
        {"submissions": submissions_of(request.user)},
    )


@require_GET
def similar_bottlenecks_json(request):
    """While a colleague types a new knelpunt: the existing ones like it (JSON)."""
    lessons = similar_bottlenecks(text=request.GET.get("tekst", ""), user=request.user)
    return JsonResponse(
        {
            "lessons": [
                {
                    "title": lesson.title,
                    "url": lesson.url,
                    "programme": lesson.owner_programme.name,
                    "kind": lesson.get_kind_display(),
                    "sighting_url": reverse("record_sighting", args=[lesson.pk]),
                }
                for lesson in lessons
            ]
        }
    )
