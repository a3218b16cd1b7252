from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import OwnProfileForm
from .models import ColleagueProfile
from .selectors import colleague_page, colleagues_for, directory_partners, partner_page

COLLEAGUES_PER_PAGE = 30


def partner_list(request):
    return render(request, "people/partner_list.html", {"partners": directory_partners()})


def partner_detail(request, slug):
    return render(
        request,
        "people/partner_detail.html",
        {"page": partner_page(slug=slug, reader=request.user)},
    )


def colleague_list(request):
    colleagues = Paginator(colleagues_for(request.user), COLLEAGUES_PER_PAGE).get_page(
        request.GET.get("pagina")
    )
    own = ColleagueProfile.objects.filter(user=request.user).first()
    return render(
        request, "people/colleague_list.html", {"colleagues": colleagues, "own_profile": own}
    )


def colleague_detail(request, username):
    page = colleague_page(username=username, reader=request.user)
    return render(
        request,
        "people/colleague_detail.html",
        {"page": page, "is_own": page.profile.user_id == request.user.pk},
    )


@require_http_methods(["GET", "POST"])
def own_profile_edit(request, username=None):
    """Only ever the signed-in colleague's own profile; someone else's answers 403."""
    if username is not None and username != request.user.get_username():
        raise PermissionDenied(_("You can only edit your own profile."))
    profile = ColleagueProfile.objects.filter(user=request.user).first() or ColleagueProfile(
        user=request.user
    )
    form = OwnProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        profile = form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect(profile.get_absolute_url())
    return render(request, "people/own_profile_form.html", {"form": form, "profile": profile})
