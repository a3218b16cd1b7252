"""Progress is saved with POST forms (CSRF-protected) that work without JavaScript. The learner
is always request.user: no URL names a user, so nobody can read or change another's progress."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.selectors import exclude_restricted

from . import services
from .models import Lesson


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
    try:
        result = services.knowledge_check_submit(
            user=request.user,
            lesson=lesson,
            check_id=check_id,
            selected=request.POST.getlist("answer"),
        )
    except services.TrainingError as error:
        messages.error(request, error.message)
    else:
        if result.last_score >= services.module_of(lesson).pass_mark:
            messages.success(request, _("Well done: your answer is correct."))
        else:
            messages.warning(request, _("Not quite right yet. Read the feedback and try again."))
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
    except services.TrainingError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your answer was saved. Only you can see it."))
    return HttpResponseRedirect(f"{lesson.url}#reflection-{block_id}")
