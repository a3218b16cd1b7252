"""The front end's "Overnemen voor mijn programma": a POST form on an original module's page."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.selectors import exclude_restricted

from .adoption import adopt_module, adoption_choices
from .models import TrainingModule
from .services import TrainingError


@require_POST
def module_adopt(request, module_id: int):
    module = get_object_or_404(
        exclude_restricted(TrainingModule.objects.live(), request.user), pk=module_id
    )
    choices = {
        str(programme.pk): programme
        for programme in adoption_choices(user=request.user, module=module)
    }
    programme = choices.get(request.POST.get("programme", ""))
    if programme is None:
        messages.error(request, _("Choose a programme you may adopt this module for."))
        return HttpResponseRedirect(module.url + "#adopt-heading")
    integrally = request.POST.get("integrally") == "1"
    try:
        adoption = adopt_module(
            user=request.user, original=module, programme=programme, integrally=integrally
        )
    except TrainingError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(module.url + "#adopt-heading")
    messages.success(
        request,
        _("“%(title)s” was adopted for %(programme)s as a draft and submitted for approval.")
        % {"title": adoption.title, "programme": programme.name},
    )
    return HttpResponseRedirect(module.url)
