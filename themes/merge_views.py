"""/lessen/samenvoegen/: the editorial team's proposals to merge near-duplicate knelpunten."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from portal.access import AccessDenied, access_denied_response, editorial_team_contact

from .merging import (
    MergeRefused,
    is_editorial_team,
    open_proposal,
    open_proposals,
    proposal_dismiss,
    proposal_merge,
    proposals_refresh,
    recent_decisions,
)


def _editorial_only(view):
    def wrapped(request, *args, **kwargs):
        if not is_editorial_team(request.user):
            return access_denied_response(
                request,
                AccessDenied(
                    what=_("the proposals to merge bottlenecks"),
                    missing=[_("membership of the group “%(group)s”") % {"group": "Redactie"}],
                    contacts=[editorial_team_contact()],
                ),
            )
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@require_GET
@_editorial_only
def merge_proposals(request):
    """Pairs of knelpunten that look like one, and the latest decisions."""
    return render(
        request,
        "themes/merge_proposals.html",
        {"proposals": open_proposals(), "decisions": recent_decisions()},
    )


@require_POST
@_editorial_only
def merge_proposals_refresh(request):
    added = proposals_refresh(user=request.user)
    messages.success(
        request,
        ngettext("%(count)s new proposal found.", "%(count)s new proposals found.", added)
        % {"count": added},
    )
    return redirect(reverse("merge_proposals"))


@require_POST
@_editorial_only
def merge_proposal_decide(request, pk):
    proposal = open_proposal(pk)
    if proposal is None:
        raise Http404
    decision = request.POST.get("decision")
    if decision == "dismiss":
        proposal_dismiss(proposal=proposal, user=request.user)
        messages.success(request, _("The proposal was dismissed; it will not be proposed again."))
        return redirect(reverse("merge_proposals"))
    keep = {"keep-first": proposal.first, "keep-second": proposal.second}.get(decision)
    if keep is None:
        messages.error(request, _("Choose which bottleneck to keep, or dismiss the proposal."))
        return redirect(reverse("merge_proposals"))
    try:
        kept = proposal_merge(proposal=proposal, keep=keep, user=request.user)
    except MergeRefused as refusal:
        messages.error(request, refusal.message)
        return redirect(reverse("merge_proposals"))
    messages.success(
        request,
        _("Merged: “%(title)s” now holds the sightings and history of both.")
        % {"title": kept.title},
    )
    return redirect(reverse("merge_proposals"))
