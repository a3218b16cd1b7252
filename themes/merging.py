"""Merging near-duplicate knelpunten: the same bottleneck reported twice (often by two
programmes) is proposed to the editorial team as a pair, found through the search index's
similarity (portal's `register_similar_content` hook) and confirmed on the words of title and
summary. A merge keeps one knelpunt: it gains the other's programme sightings (every
programme's note), follow-up history and escalation steps; the other is unpublished with a
redirect to the kept one, and the decision (who, when) is recorded on the proposal."""

import re

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect

from portal.constants import Role
from portal.similar_content import similar_page_ids

from .constants import KINDS_WITH_FOLLOW_UP, MergeProposalStatus
from .models import (
    EscalationStep,
    FollowUpStatusChange,
    LessonLearned,
    MergeProposal,
    ProgrammeSighting,
)

# Bounds of one refresh: the most recently published knelpunten, a few similar ones each.
CANDIDATE_LIMIT = 100
SIMILAR_PER_LESSON = 3
# Share of the words (three letters or more) of title and summary the two have in common,
# on top of the search index finding them similar: different wordings of one bottleneck
# share about a fifth of their words, unrelated ones a tenth or less.
MIN_SIMILARITY = 0.2
PROPOSAL_LIST_LENGTH = 50
DECISION_LIST_LENGTH = 10

WORD = re.compile(r"\w{3,}")


class MergeRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def is_editorial_team(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or user.groups.filter(name=Role.REDACTIE).exists()
    )


def _words(lesson: LessonLearned) -> set[str]:
    return set(WORD.findall(f"{lesson.title} {lesson.summary}".lower()))


def text_similarity(first: LessonLearned, second: LessonLearned) -> float:
    """Jaccard similarity of the words of title and summary, 0 to 1."""
    a, b = _words(first), _words(second)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


# Reads ------------------------------------------------------------------------------------------


def open_proposals() -> list[MergeProposal]:
    """Open proposals of which both knelpunten are still live, the most similar first."""
    return list(
        MergeProposal.objects.filter(
            status=MergeProposalStatus.OPEN, first__live=True, second__live=True
        )
        .select_related("first__owner_programme", "second__owner_programme")
        .order_by("-similarity", "pk")[:PROPOSAL_LIST_LENGTH]
    )


def recent_decisions() -> list[MergeProposal]:
    return list(
        MergeProposal.objects.exclude(status=MergeProposalStatus.OPEN)
        .select_related("first", "second", "kept", "decided_by")
        .order_by("-decided_at", "-pk")[:DECISION_LIST_LENGTH]
    )


def open_proposal(pk: int) -> MergeProposal | None:
    return (
        MergeProposal.objects.filter(pk=pk, status=MergeProposalStatus.OPEN)
        .select_related("first", "second")
        .first()
    )


# Writes -----------------------------------------------------------------------------------------


def proposals_refresh(*, user=None) -> int:
    """New proposals for pairs of live knelpunten and systeemfouten that look alike; pairs
    proposed before (open, merged or dismissed) are left alone. Bounded: CANDIDATE_LIMIT
    lessons, one similarity look-up each. Returns how many were added."""
    user = user or AnonymousUser()
    lessons = list(
        LessonLearned.objects.live()
        .filter(kind__in=KINDS_WITH_FOLLOW_UP)
        .order_by("-last_published_at", "-pk")
        .only("id", "title", "summary")[:CANDIDATE_LIMIT]
    )
    by_id = {lesson.pk: lesson for lesson in lessons}
    known = set(MergeProposal.objects.values_list("first_id", "second_id"))
    new = []
    for lesson in lessons:
        similar = similar_page_ids(
            text=f"{lesson.title} {lesson.summary}",
            model=LessonLearned,
            user=user,
            limit=SIMILAR_PER_LESSON + 1,
        )
        for other_id in similar:
            if other_id == lesson.pk or other_id not in by_id:
                continue
            pair = tuple(sorted((lesson.pk, other_id)))
            if pair in known:
                continue
            score = text_similarity(lesson, by_id[other_id])
            if score < MIN_SIMILARITY:
                continue
            known.add(pair)
            new.append(MergeProposal(first_id=pair[0], second_id=pair[1], similarity=score))
    MergeProposal.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def proposal_dismiss(*, proposal: MergeProposal, user) -> MergeProposal:
    proposal.status = MergeProposalStatus.DISMISSED
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_by", "decided_at"])
    return proposal


def _move_sightings(*, merged: LessonLearned, kept: LessonLearned, user) -> list[str]:
    """The merged knelpunt's sightings go to the kept one, and its own programme becomes one
    that sees the kept knelpunt (with the merged one's summary as its note). Where the kept
    knelpunt has a sighting of that programme already, the notes are joined. Returns the
    notes of the kept knelpunt's own programme, which cannot be a sighting of it."""
    existing = {sighting.programme_id: sighting for sighting in kept.sightings.all()}
    unplaced = []

    def place(programme_id, note, sighting=None, **fields):
        if programme_id == kept.owner_programme_id:
            unplaced.append(note)
            if sighting is not None:
                sighting.delete()
            return
        if programme_id in existing:
            target = existing[programme_id]
            target.note = f"{target.note}\n\n{note}"
            target.approved = target.approved or fields.get("approved", False)
            target.save(update_fields=["note", "approved"])
            if sighting is not None:
                sighting.delete()
            return
        if sighting is None:
            sighting = ProgrammeSighting(lesson=kept, programme_id=programme_id, note=note)
            for name, value in fields.items():
                setattr(sighting, name, value)
        sighting.lesson = kept
        sighting.save()
        existing[programme_id] = sighting

    place(
        merged.owner_programme_id,
        merged.summary,
        recorded_by=None if merged.blame_free else merged.owner,
        approved=True,
        approved_by=user,
        approved_at=timezone.now(),
    )
    for sighting in list(merged.sightings.all()):
        place(sighting.programme_id, sighting.note, sighting, approved=sighting.approved)
    return unplaced


def _move_escalation_steps(*, merged: LessonLearned, kept: LessonLearned, user) -> None:
    """Escalation steps belong to the page's revisions too: the kept knelpunt gets a new
    revision that holds them, published when nothing else was waiting, so no later
    publication drops them."""
    steps = list(merged.escalation_steps.all())
    if not steps:
        return
    EscalationStep.objects.filter(pk__in=[step.pk for step in steps]).update(lesson=kept)
    had_draft = kept.has_unpublished_changes
    draft = kept.get_latest_revision_as_object()
    moved = list(EscalationStep.objects.filter(pk__in=[step.pk for step in steps]))
    draft.escalation_steps = [*draft.escalation_steps.all(), *moved]
    revision = draft.save_revision(user=user, log_action=False)
    if not had_draft:
        revision.publish(user=user)


@transaction.atomic
def proposal_merge(*, proposal: MergeProposal, keep: LessonLearned, user) -> LessonLearned:
    """Merge the proposal's other knelpunt into `keep` and record the decision."""
    if keep.pk not in (proposal.first_id, proposal.second_id):
        raise MergeRefused(_("Choose one of the two bottlenecks of the proposal to keep."))
    kept = LessonLearned.objects.select_for_update().get(pk=keep.pk)
    merged_id = proposal.second_id if keep.pk == proposal.first_id else proposal.first_id
    merged = LessonLearned.objects.select_for_update().get(pk=merged_id)
    if not (kept.live and merged.live):
        raise MergeRefused(_("One of the two is no longer published: the proposal is outdated."))

    unplaced = _move_sightings(merged=merged, kept=kept, user=user)
    FollowUpStatusChange.objects.filter(lesson=merged).update(lesson=kept)
    _move_escalation_steps(merged=merged, kept=kept, user=user)

    old_path = merged.url
    state = merged.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    merged.unpublish(user=user)
    Redirect.objects.filter(old_path=Redirect.normalise_path(old_path)).delete()
    Redirect.add_redirect(old_path, redirect_to=kept, is_permanent=True)

    proposal.status = MergeProposalStatus.MERGED
    proposal.kept = kept
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.unplaced_notes = "\n\n".join(unplaced)
    proposal.save()
    # Other open proposals with the merged knelpunt have nothing left to decide.
    MergeProposal.objects.filter(status=MergeProposalStatus.OPEN).filter(
        Q(first=merged) | Q(second=merged)
    ).delete()
    return kept
