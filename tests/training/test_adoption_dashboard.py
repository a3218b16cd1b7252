"""The admin dashboard's "Wijzigingen in overgenomen modules": the editors of an adopting
programme (and Redactie) see each adopted module whose original published a newer version not
decided yet, with the adopted and current version, how many lessons changed and a link to its
ledger entry; whoever has nothing pending sees no panel; the panel costs the same queries for
one adaptation as for several."""

import re

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portal.constants import Role
from portal.factories import ProgrammeFactory
from tests.conftest import user_with_role
from training.admin_dashboard import pending_adoption_updates
from training.adoption import adopt_module
from training.factories import LessonFactory
from training.ledger_decisions import lesson_changes
from training.models import Lesson, TrainingModule
from training.wagtail_hooks import adoption_ledger_panel

from .conftest import lessons_of
from .test_adoption_ledger_decisions import adopted_and_behind, publish

pytestmark = pytest.mark.django_db

PANEL = 'id="adoption-ledger-heading"'


@pytest.fixture
def rad_editor(radicalisering):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="rad-redacteur")
    user.groups.add(radicalisering.editor_group)
    return user


def panel_text(client) -> str:
    html = client.get("/admin/").content.decode()
    if PANEL not in html:
        return ""
    panel = html.split(PANEL, 1)[1].split("</section>", 1)[0]
    return " ".join(re.sub(r"<[^>]+>", " ", panel).split())


def test_the_adopting_programmes_editor_sees_the_pending_version(
    client, module, radicalisering, rad_editor
):
    adaptation = adopted_and_behind(module, radicalisering, rad_editor)
    client.force_login(rad_editor)
    html = client.get("/admin/").content.decode()
    assert PANEL in html
    assert reverse("training_adaptation_changes", args=[adaptation.pk]) in html
    text = panel_text(client)
    assert "Wijzigingen in overgenomen modules" in text
    assert (
        "Het origineel van 1 overgenomen module heeft een nieuwere versie gepubliceerd waarover "
        "nog niet is beslist." in text
    )
    assert "Regie voeren (Radicalisering) (Radicalisering) Regie voeren (Top600) 1.3 1.4" in text
    # "Het netwerk" changed, "Het casusoverleg" removed, "Nazorg" added.
    assert "3 lessen gewijzigd" in text
    assert "Beslis over de wijzigingen in Regie voeren (Radicalisering)" in text


def test_the_panel_counts_what_is_still_to_decide_and_goes_once_decided(
    client, module, radicalisering, rad_editor
):
    adaptation = adopted_and_behind(module, radicalisering, rad_editor)
    client.force_login(rad_editor)
    url = reverse("training_adaptation_changes", args=[adaptation.pk])
    client.post(url, {"lesson": "het-casusoverleg", "choice": "kept_own"})
    assert "3 lessen gewijzigd, 2 nog te beslissen" in panel_text(client)
    client.post(url, {"lesson": "het-netwerk", "choice": "kept_own"})
    assert "3 lessen gewijzigd, 1 nog te beslissen" in panel_text(client)
    client.post(url, {"lesson": "nazorg", "choice": "kept_own"})
    assert TrainingModule.objects.get(pk=adaptation.pk).adopted_version == "1.4"
    assert panel_text(client) == ""


def test_a_declined_version_is_no_longer_pending(client, module, radicalisering, rad_editor):
    adaptation = adopted_and_behind(module, radicalisering, rad_editor)
    client.force_login(rad_editor)
    client.post(
        reverse("training_adaptation_changes", args=[adaptation.pk]),
        {"choice": "declined", "reason": "Onze eigen versie past beter bij de casuïstiek."},
    )
    assert panel_text(client) == ""


def test_nothing_is_shown_to_whoever_has_nothing_pending(
    client, module, radicalisering, rad_editor
):
    adopted_and_behind(module, radicalisering, rad_editor)
    outsider = user_with_role(Role.PROGRAMMAMEDEWERKER, username="top400-redacteur")
    outsider.groups.add(ProgrammeFactory(name="Top400", slug="top400").editor_group)
    client.force_login(outsider)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert PANEL not in response.content.decode()

    # Redactie sees every programme's pending versions.
    client.force_login(user_with_role(Role.REDACTIE, username="redactie-dashboard"))
    assert "3 lessen gewijzigd" in panel_text(client)


def test_an_adaptation_up_to_date_shows_nothing(client, module, radicalisering, rad_editor):
    module.version = "1.3"
    for lesson in lessons_of(module):
        publish(lesson)
    publish(module)
    adaptation = adopt_module(
        user=rad_editor, original=module, programme=radicalisering, integrally=False
    )
    publish(adaptation)
    client.force_login(rad_editor)
    assert PANEL not in client.get("/admin/").content.decode()


def test_the_panel_costs_the_same_queries_for_one_adaptation_as_for_four(
    module, catalogue, programme_index
):
    """Four programmes adopt version 1.3; the original publishes 1.4 with one lesson changed
    and one added. Programme 1's editor has one pending adaptation, Redactie four."""
    redactie = user_with_role(Role.REDACTIE, username="redactie-telt")
    module.version = "1.3"
    for lesson in lessons_of(module):
        publish(lesson)
    publish(module)
    programmes = [
        ProgrammeFactory(name=f"Programma {number}", slug=f"programma-{number}")
        for number in range(1, 5)
    ]
    for programme in programmes:
        publish(adopt_module(user=redactie, original=module, programme=programme, integrally=False))
    network = lessons_of(module)[1]
    network.intro = "Nieuw over het netwerk."
    publish(network)
    LessonFactory(parent=module, title="Nazorg", slug="nazorg")
    publish(Lesson.objects.child_of(module).get(slug="nazorg"))
    module.refresh_from_db()
    module.version = "1.4"
    publish(module)
    editor = user_with_role(Role.PROGRAMMAMEDEWERKER, username="programma-1-redacteur")
    editor.groups.add(programmes[0].editor_group)

    def panel_queries(user):
        request = RequestFactory().get("/admin/")
        request.user = user
        panels = []
        with CaptureQueriesContext(connection) as context:
            adoption_ledger_panel(request, panels)
            html = panels[0].render_html({"request": request})
        return len(context.captured_queries), html

    one, html = panel_queries(editor)
    four, html_all = panel_queries(redactie)
    assert html.count("2 lessen gewijzigd") == 1
    assert html_all.count("2 lessen gewijzigd") == 4
    # Who may see what, the pending adaptations, both modules' lessons, the revisions at
    # adoption, the live revisions and the decisions: seven, however many adaptations.
    assert four == one <= 7

    # The dashboard counts the changes as the ledger entry does.
    for update in pending_adoption_updates(user=redactie):
        assert [(c.slug, c.change) for c in update.changes] == [
            (c.slug, c.change) for c in lesson_changes(update.adaptation)
        ]
