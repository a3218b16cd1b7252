"""Merge proposals for near-duplicate knelpunten: the editorial team sees pairs that look
alike (similar in the search index), merges one into the other, keeping every programme's
note, the follow-up history and the escalation route, with a redirect from the merged one;
or dismisses the proposal. Nobody else sees the proposals."""

import datetime

import pytest
from django.utils import timezone

from portal.factories import ProgrammeFactory
from themes.constants import FollowUpStatus, MergeProposalStatus
from themes.factories import LessonLearnedFactory
from themes.merging import proposals_refresh
from themes.models import (
    EscalationLevel,
    EscalationStep,
    FollowUpStatusChange,
    LessonLearned,
    MergeProposal,
    ProgrammeSighting,
)

pytestmark = pytest.mark.django_db

URL = "/lessen/samenvoegen/"


def published(lesson_index, **kwargs):
    page = LessonLearnedFactory(parent=lesson_index, live=False, bottleneck=True, **kwargs)
    page.save_revision().publish()
    return page


@pytest.fixture
def third_programme(programme_index):
    return ProgrammeFactory(name="Treiter", short_name="Treiter", slug="treiter")


@pytest.fixture
def pair(lesson_index, programme, other_programme):
    kept = published(
        lesson_index,
        title="Verlof uit detentie wordt te laat gemeld aan de gemeente",
        summary="De gemeente hoort pas na vertrek dat iemand met verlof uit detentie gaat.",
        owner_programme=programme,
    )
    merged = published(
        lesson_index,
        title="Verlof uit detentie te laat gemeld",
        summary="De gemeente hoort te laat dat iemand met verlof uit detentie gaat.",
        owner_programme=other_programme,
    )
    unrelated = published(
        lesson_index,
        title="Wachtlijst in de jeugdzorg",
        summary="Een behandeling begint pas na maanden wachten.",
        owner_programme=other_programme,
    )
    return kept, merged, unrelated


def test_only_redactie_sees_the_proposals(client, pair, regisseur, staff_of_programme):
    proposals_refresh()
    for user in (regisseur, staff_of_programme):
        client.force_login(user)
        response = client.get(URL)
        assert response.status_code == 403
        assert "Redactie" in response.content.decode()
        assert "Verlof uit detentie" not in response.content.decode()
        proposal = MergeProposal.objects.get()
        refused = client.post(f"{URL}{proposal.pk}/", {"decision": "keep-first"})
        assert refused.status_code == 403
        assert client.post(f"{URL}vernieuwen/").status_code == 403
    assert MergeProposal.objects.get().status == MergeProposalStatus.OPEN


def test_redactie_finds_the_near_duplicates(client, pair, redactie):
    kept, merged, unrelated = pair
    client.force_login(redactie)
    assert "Geen voorstellen" in client.get(URL).content.decode()
    response = client.post(f"{URL}vernieuwen/")
    assert response.status_code == 302
    proposal = MergeProposal.objects.get()
    assert {proposal.first_id, proposal.second_id} == {kept.pk, merged.pk}
    page = client.get(URL).content.decode()
    assert kept.title in page and merged.title in page
    assert unrelated.title not in page
    # Looking again proposes nothing twice.
    client.post(f"{URL}vernieuwen/")
    assert MergeProposal.objects.count() == 1


def test_a_merge_keeps_every_note_the_history_and_the_escalation_route(
    client, pair, redactie, programme, other_programme, third_programme
):
    kept, merged, _unrelated = pair
    now = timezone.now()
    ProgrammeSighting.objects.create(
        lesson=merged, programme=third_programme, note="Treiter ziet dit ook.", approved=True
    )
    ProgrammeSighting.objects.create(
        lesson=merged, programme=programme, note="Top600 ziet dit bij het andere ook."
    )
    ProgrammeSighting.objects.create(
        lesson=kept, programme=third_programme, note="Bij Treiter al gemeld.", approved=True
    )
    FollowUpStatusChange.objects.create(
        lesson=merged, to_status=FollowUpStatus.OPEN, changed_at=now - datetime.timedelta(days=9)
    )
    FollowUpStatusChange.objects.create(
        lesson=kept, to_status=FollowUpStatus.OPEN, changed_at=now - datetime.timedelta(days=5)
    )
    draft = merged.get_latest_revision_as_object()
    draft.escalation_steps = [
        EscalationStep(
            level=EscalationLevel.PROGRAMME_MANAGER,
            escalated_on=datetime.date(2026, 10, 1),
            note="Besproken met de programmamanager.",
        )
    ]
    draft.save_revision().publish()
    old_url = merged.url
    history = set(
        FollowUpStatusChange.objects.filter(lesson__in=[kept, merged]).values_list("pk", flat=True)
    )
    proposals_refresh()
    proposal = MergeProposal.objects.get()
    decision = "keep-first" if proposal.first_id == kept.pk else "keep-second"

    client.force_login(redactie)
    response = client.post(f"{URL}{proposal.pk}/", {"decision": decision})
    assert response.status_code == 302

    kept.refresh_from_db()
    merged.refresh_from_db()
    assert kept.live and not merged.live
    sightings = {s.programme: s for s in ProgrammeSighting.objects.filter(lesson=kept)}
    # The merged knelpunt's own programme now sees the kept one, with its summary as note.
    assert set(sightings) == {other_programme, third_programme}
    assert sightings[other_programme].approved
    assert sightings[other_programme].note == merged.summary
    assert "Bij Treiter al gemeld." in sightings[third_programme].note
    assert "Treiter ziet dit ook." in sightings[third_programme].note
    assert not ProgrammeSighting.objects.filter(lesson=merged).exists()
    proposal.refresh_from_db()
    # The note of the kept knelpunt's own programme is kept on the decision.
    assert proposal.unplaced_notes == "Top600 ziet dit bij het andere ook."
    assert (proposal.status, proposal.kept, proposal.decided_by) == (
        MergeProposalStatus.MERGED,
        kept,
        redactie,
    )
    assert proposal.decided_at is not None

    assert set(FollowUpStatusChange.objects.filter(lesson=kept).values_list("pk", flat=True)) == (
        history
    )
    assert not FollowUpStatusChange.objects.filter(lesson=merged).exists()
    assert [step.note for step in kept.escalation_steps.all()] == [
        "Besproken met de programmamanager."
    ]
    # A later publication of the kept knelpunt keeps the moved escalation step.
    kept.get_latest_revision_as_object().save_revision().publish()
    assert LessonLearned.objects.get(pk=kept.pk).escalation_steps.count() == 1

    redirect = client.get(old_url)
    assert redirect.status_code == 301
    assert redirect["Location"].endswith(kept.url)
    page = client.get(kept.url).content.decode()
    assert "Besproken met de programmamanager." in page
    assert "Gezien door 3 programma" in page

    decisions = client.get(URL).content.decode()
    assert "samengevoegd tot" in decisions
    assert (redactie.get_full_name() or redactie.get_username()) in decisions


def test_a_dismissed_proposal_is_not_proposed_again(client, pair, redactie):
    kept, merged, _unrelated = pair
    proposals_refresh()
    proposal = MergeProposal.objects.get()
    client.force_login(redactie)
    client.post(f"{URL}{proposal.pk}/", {"decision": "dismiss"})
    proposal.refresh_from_db()
    assert proposal.status == MergeProposalStatus.DISMISSED
    assert proposal.decided_by == redactie
    assert proposals_refresh() == 0
    kept.refresh_from_db()
    merged.refresh_from_db()
    assert kept.live and merged.live
    assert "Geen voorstellen" in client.get(URL).content.decode()


def test_an_unknown_decision_gets_a_dutch_message(client, pair, redactie):
    proposals_refresh()
    proposal = MergeProposal.objects.get()
    client.force_login(redactie)
    response = client.post(f"{URL}{proposal.pk}/", {"decision": "iets"}, follow=True)
    assert "Kies welk knelpunt je behoudt" in response.content.decode()
    assert MergeProposal.objects.get().status == MergeProposalStatus.OPEN
    assert client.post(f"{URL}999999/", {"decision": "dismiss"}).status_code == 404
