"""Progress is saved with POST forms (CSRF-protected) that work without JavaScript. The learner
is always request.user: no URL names a user, so nobody can read or change another's progress."""

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.selectors import exclude_restricted

from . import selectors, services
from .certificate_verification import certificate_verification
from .certificates import certificate_pdf
from .models import Lesson, TrainingModule


def readable_lesson(request, lesson_id: int) -> Lesson:
    lessons = exclude_restricted(Lesson.objects.live(), request.user)
    return get_object_or_404(lessons, pk=lesson_id)


@require_POST
def lesson_complete(request, lesson_id: int):
    lesson = readable_lesson(request, lesson_id)
    try:
        services.lesson_mark_completed(user=request.user, lesson=lesson)
    except services.TrainingError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(lesson.url + "#lesson-done")
    module = services.module_of(lesson)
    following = lesson.get_next_siblings().live().first()
    certificate = module.certificates.filter(user=request.user).first()
    if following is None and certificate is not None:
        messages.success(
            request, _("You completed the module “%(title)s”.") % {"title": module.title}
        )
        return HttpResponseRedirect(module.url)
    messages.success(request, _("Lesson marked as done."))
    return HttpResponseRedirect(following.url if following else module.url)


@require_POST
def knowledge_check_submit(request, lesson_id: int, check_id: str):
    lesson = readable_lesson(request, lesson_id)
    # The outcome is shown next to the check itself (and announced there), not at the top.
    try:
        services.knowledge_check_submit(
            user=request.user,
            lesson=lesson,
            check_id=check_id,
            selected=request.POST.getlist("answer"),
        )
    except services.TrainingError as error:
        messages.error(request, error.message)
    return HttpResponseRedirect(f"{lesson.url}#check-{check_id}")


@require_POST
def reflection_save(request, lesson_id: int, block_id: str):
    lesson = readable_lesson(request, lesson_id)
    try:
        services.reflection_save(
            user=request.user,
            lesson=lesson,
            block_id=block_id,
            text=request.POST.get("text", ""),
        )
    except services.PersonalDataInAnswer as error:
        # Shown on the lesson itself, so the learner keeps their text to rewrite it; the
        # refused text is never stored, not even in the session.
        request.refused_reflection = {
            "block_id": block_id,
            "text": request.POST.get("text", ""),
            "error": error.message,
        }
        return lesson.specific.serve(request)
    except services.TrainingError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your answer was saved. Only you can see it."))
    return HttpResponseRedirect(f"{lesson.url}#reflection-{block_id}")


@require_POST
def module_renew(request, module_id: int):
    """Renew ("Vernieuwen") a certificate that expires: the module page then marks what to redo."""
    modules = exclude_restricted(TrainingModule.objects.live(), request.user)
    module = get_object_or_404(modules, pk=module_id)
    try:
        services.module_renewal_start(user=request.user, module=module)
    except services.TrainingError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _(
                "You are renewing your certificate: do the lessons marked “Do again” and their "
                "knowledge checks."
            ),
        )
    return HttpResponseRedirect(module.url)


def certificate_verify(request):
    """/certificaat/?code=...: look up a code typed in by hand."""
    code = selectors.normalise_certificate_code(request.GET.get("code", ""))
    if code:
        return redirect("training_certificate", code=code)
    return render(request, "training/certificate_verify.html", {"certificate_code": ""})


def certificate_detail(request, code: str):
    """Any logged-in colleague may verify a certificate by its code; the page says whether it
    is valid. Unknown codes answer 404 with the same page, so the answer is clear either way."""
    verification = certificate_verification(code=code)
    if verification is None:
        return render(
            request,
            "training/certificate_verify.html",
            {"certificate_code": code, "not_found": True},
            status=404,
        )
    certificate = verification.certificate
    return render(
        request,
        "training/certificate.html",
        {
            "certificate": certificate,
            "verification": verification,
            "is_own": certificate.user_id == request.user.pk,
        },
    )


def certificate_download(request, code: str):
    certificate = selectors.certificate_by_code(code=code)
    if certificate is None:
        raise Http404
    verify_url = request.build_absolute_uri(
        reverse("training_certificate", kwargs={"code": certificate.code})
    )
    response = HttpResponse(
        certificate_pdf(certificate, verify_url=verify_url), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="certificaat-{certificate.code}.pdf"'
    return response


def learning_paths(request):
    return render(
        request,
        "training/learning_paths.html",
        {"paths": selectors.learning_paths_for(user=request.user)},
    )


def learning_path(request, slug: str):
    item = selectors.learning_path_for(user=request.user, slug=slug)
    if item is None:
        raise Http404
    return render(request, "training/learning_path.html", {"item": item})


def my_learning(request):
    return render(request, "training/my_learning.html", selectors.my_learning(user=request.user))
