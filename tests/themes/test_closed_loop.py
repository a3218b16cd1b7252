"""The closed loop of a bottleneck: its escalation route with dates, the evidence of effect
required once solved, the pages it changed (which say so, training modules included) and the
register's export of the loop."""

import csv
import datetime
import io
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.factories import StandardPageFactory
from themes.constants import FollowUpStatus, LessonKind, LessonSource
from themes.factories import LessonLearnedFactory
from themes.models import (
    ChainPartner,
    EscalationLevel,
    EscalationStep,
    FollowUpStatusChange,
    LessonChangedPage,
    LessonLearned,
)
from training.factories import TrainingIndexPageFactory, TrainingModuleFactory

pytestmark = pytest.mark.django_db

EVIDENCE = "De signaallijst loopt sinds maart; de maandmonitor telt 2 in plaats van 14 gemiste."


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def knowledge_page(home_page, programme):
    return publish(
        StandardPageFactory(
            parent=home_page,
            title="Samenwerken met de politie",
            slug="samenwerken-met-de-politie",
            owner_programme=programme,
            live=False,
        )
    )


@pytest.fixture
def training_module(home_page, programme):
    catalogue = TrainingIndexPageFactory(parent=home_page)
    return publish(
        TrainingModuleFactory(
            parent=catalogue,
            owner_programme=programme,
            title="Het netwerk in kaart",
            slug="het-netwerk-in-kaart",
            live=False,
        )
    )


@pytest.fixture
def closed_loop(lesson_index, programme, knowledge_page, training_module):
    politie = ChainPartner.objects.get(slug="politie")
    lesson = LessonLearnedFactory(
        parent=lesson_index,
        title="Politiesignalen bereiken de regisseur niet",
        owner_programme=programme,
        bottleneck=True,
        live=False,
    )
    lesson.chain_partners.set([politie])
    publish(lesson)
    lesson.follow_up_status = FollowUpStatus.SOLVED
    lesson.evidence_of_effect = EVIDENCE
    lesson.escalation_steps = [
        EscalationStep(
            level=EscalationLevel.ACCOUNTHOUDER,
            chain_partner=politie,
            escalated_on=datetime.date(2026, 3, 2),
            note="Vaste route voor signalen gevraagd.",
        ),
        EscalationStep(
            level=EscalationLevel.STEERING_GROUP, escalated_on=datetime.date(2026, 5, 11)
        ),
    ]
    lesson.changed_pages = [
        LessonChangedPage(page=knowledge_page),
        LessonChangedPage(page=training_module),
    ]
    return publish(lesson)


def lesson_edit_data(lesson, programme, **overrides):
    data = {
        "title": lesson.title,
        "slug": lesson.slug,
        "summary": lesson.summary,
        "owner_programme": programme.pk,
        "tags": "",
        "kind": LessonKind.BOTTLENECK,
        "context": rich_text("<p>Een casusoverleg.</p>"),
        "what_happened": rich_text("<p>Signalen kwamen laat.</p>"),
        "what_worked": rich_text(""),
        "recommendation": rich_text("<p>Een vaste route.</p>"),
        "source": LessonSource.MONITOR,
        "source_detail": "",
        "attachments": streamfield([]),
        "follow_up_status": FollowUpStatus.SOLVED,
        "follow_up_owner": "Programmabureau",
        "follow_up_target_date": "",
        "follow_up_actions": "Wekelijkse signaallijst ingevoerd.",
        "evidence_of_effect": "",
        "escalation_steps": inline_formset(
            [
                {
                    "level": EscalationLevel.PROGRAMME_MANAGER,
                    "chain_partner": "",
                    "escalated_on": "2026-04-01",
                    "note": "Besproken met de programmamanager.",
                }
            ]
        ),
        "changed_pages": inline_formset([]),
        "review_by": (datetime.date.today() + datetime.timedelta(days=100)).isoformat(),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_solving_without_evidence_of_effect_is_refused_in_dutch_and_nothing_is_lost(
    client, redactie, lesson_index, programme
):
    lesson = publish(
        LessonLearnedFactory(
            parent=lesson_index,
            title="Late signalen",
            owner_programme=programme,
            bottleneck=True,
            live=False,
        )
    )
    client.force_login(redactie)
    response = client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        {**lesson_edit_data(lesson, programme), "action-publish": "1"},
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Een opgelost knelpunt of een opgeloste systeemfout vraagt wat er veranderd is" in (
        content
    )
    # What was typed comes back in the form, the escalation step included.
    assert "Wekelijkse signaallijst ingevoerd." in content
    assert "Besproken met de programmamanager." in content
    lesson.refresh_from_db()
    assert lesson.follow_up_status == FollowUpStatus.OPEN
    assert not lesson.escalation_steps.exists()

    response = client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        {
            **lesson_edit_data(lesson, programme, evidence_of_effect=EVIDENCE),
            "action-publish": "1",
        },
    )
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.follow_up_status == FollowUpStatus.SOLVED
    assert lesson.evidence_of_effect == EVIDENCE
    assert [step.level for step in lesson.escalation_steps.all()] == ["programmamanager"]


def test_the_knelpunt_page_shows_the_escalation_timeline_evidence_and_changed_pages(
    client, regisseur, closed_loop
):
    client.force_login(regisseur)
    response = client.get(closed_loop.url, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Geëscaleerd naar de accounthouder van Politie" in content
    assert "Geëscaleerd naar: Stuurgroep AcVZ" in content
    assert "Vaste route voor signalen gevraagd." in content
    timeline = content[content.index("Geschiedenis en escalatie") :]
    # Escalations and status changes in one timeline, the oldest first.
    assert timeline.index("2 maart 2026") < timeline.index("11 mei 2026")
    assert "Wat is er veranderd en hoe weten we dat het werkt" in content
    assert EVIDENCE in content
    assert "Samenwerken met de politie" in content
    assert "Het netwerk in kaart" in content


@pytest.mark.parametrize("changed", ["knowledge_page", "training_module"])
def test_a_changed_page_links_back_to_the_knelpunt(
    client, regisseur, closed_loop, changed, request
):
    page = request.getfixturevalue(changed)
    client.force_login(regisseur)
    response = client.get(page.url, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Aangepast naar aanleiding van knelpunt" in content
    assert f'href="{closed_loop.url}"' in content
    assert closed_loop.title in content


def test_an_unchanged_page_shows_no_back_link(client, regisseur, closed_loop, home_page, programme):
    other = publish(StandardPageFactory(parent=home_page, owner_programme=programme, live=False))
    client.force_login(regisseur)
    response = client.get(other.url, HTTP_ACCEPT_LANGUAGE="nl")
    assert "Aangepast naar aanleiding van knelpunt" not in response.content.decode()


def test_the_register_exports_the_loop(client, regisseur, closed_loop, lesson_index, programme):
    open_one = publish(
        LessonLearnedFactory(
            parent=lesson_index,
            title="Nog open",
            owner_programme=programme,
            bottleneck=True,
            live=False,
        )
    )
    client.force_login(regisseur)

    rows = csv_rows(client.get("/lessen/register.csv", HTTP_ACCEPT_LANGUAGE="nl"))
    assert rows[0][-4:] == [
        "Geëscaleerd naar",
        "Geëscaleerd op",
        "Opgelost op",
        "Wat is er veranderd en hoe weten we dat het werkt",
    ]
    assert [row[2] for row in rows[1:]] == [open_one.title]  # the register lists what is open

    rows = csv_rows(client.get("/lessen/register.csv?opgelost=1", HTTP_ACCEPT_LANGUAGE="nl"))
    by_title = {row[2]: row for row in rows[1:]}
    solved = by_title[closed_loop.title]
    solved_change = FollowUpStatusChange.objects.get(
        lesson=closed_loop, to_status=FollowUpStatus.SOLVED
    )
    assert solved[-4:] == [
        "Geëscaleerd naar: Stuurgroep AcVZ",
        "2026-05-11",
        solved_change.changed_at.date().isoformat(),
        EVIDENCE,
    ]
    assert by_title[open_one.title][-4:] == ["", "", "", ""]


def csv_rows(response):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_seeded_demo_has_one_closed_loop_and_seeding_again_changes_nothing(client):
    call_command("seed_demo", stdout=StringIO())
    lesson = LessonLearned.objects.get(slug="politie-signalen-niet-bij-regisseur")
    assert lesson.follow_up_status == FollowUpStatus.SOLVED
    assert lesson.evidence_of_effect
    assert [step.level for step in lesson.escalation_steps.all()] == [
        "accounthouder",
        "programmamanager",
        "stuurgroep",
    ]
    changed = [link.page.specific for link in lesson.changed_pages.all()]
    assert {page._meta.label for page in changed} == {
        "training.TrainingModule",
        "portal.StandardPage",
    }
    # The latest revision carries the loop, so an editor's next publish keeps it.
    assert lesson.get_latest_revision_as_object().escalation_steps.count() == 3
    counts = (EscalationStep.objects.count(), LessonChangedPage.objects.count())
    revisions = lesson.revisions.count()

    call_command("seed_demo", stdout=StringIO())
    assert (EscalationStep.objects.count(), LessonChangedPage.objects.count()) == counts
    assert lesson.revisions.count() == revisions

    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="regisseur"))
    response = client.get(changed[0].url, HTTP_ACCEPT_LANGUAGE="nl")
    assert "Aangepast naar aanleiding van knelpunt" in response.content.decode()
