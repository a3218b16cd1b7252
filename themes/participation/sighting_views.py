""" "Wij zien dit ook": recording that another programme meets a knelpunt too, and the
moderators' list of sightings to approve."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .sightings import (
    SightingForm,
    SightingRefused,
    sightable_lesson,
    sighting_approve,
    sighting_programmes,
    sighting_record,
    sightings_to_review,
)


@require_http_methods(["GET", "POST"])
def record_sighting(request, page_id):
    """/lessen/<id>/wij-zien-dit-ook/: my programme meets this knelpunt too."""
    lesson = sightable_lesson(page_id=page_id, user=request.user)
    if lesson is None:
        raise Http404
    programmes = sighting_programmes(lesson=lesson, user=request.user)
    refusal = None
    if not programmes:
        refusal = _(
            "None of your programmes can record this: it belongs to your own programme, or your "
            "programme has already recorded it. Only a colleague of another programme can say "
            "they see it too."
        )
    form = SightingForm(request.POST or None, programmes=programmes)
    if request.method == "POST" and programmes and form.is_valid():
        try:
            sighting_record(
                lesson=lesson,
                programme=form.cleaned_data["programme"],
                user=request.user,
                note=form.cleaned_data["note"],
            )
        except SightingRefused as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _(
                    "Thank you! Once the editors of %(programme)s approve it, the bottleneck "
                    "shows that your programme sees it too."
                )
                % {"programme": lesson.owner_programme.name},
            )
            return redirect(lesson.url + "#sightings")
    status = 400 if form.is_bound and (form.errors or refusal) else 200
    return render(
        request,
        "themes/participation/sighting_form.html",
        {"lesson": lesson, "form": form, "refusal": refusal},
        status=status,
    )


@require_GET
def sightings_review(request):
    """/lessen/wij-zien-dit-ook/: the sightings waiting for my approval."""
    return render(
        request,
        "themes/participation/sightings_review.html",
        {"sightings": list(sightings_to_review(request.user).order_by("recorded_at", "pk"))},
    )


@require_POST
def sighting_decide(request, pk):
    sighting = get_object_or_404(sightings_to_review(request.user), pk=pk)
    if request.POST.get("decision") == "reject":
        sighting.delete()
        messages.success(request, _("The sighting was rejected and removed."))
    else:
        sighting_approve(sighting=sighting, user=request.user)
        messages.success(
            request,
            _("Approved: %(programme)s now counts as seeing this too.")
            % {"programme": sighting.programme.name},
        )
    return redirect(reverse("sightings_review"))
