"""The adoption ledger's decisions: an adaptation behind its original shows the original's
changes lesson by lesson (added, removed, changed, with Wagtail's comparison); its programme's
editors take a change over (a new draft of their lesson, in moderation) or keep their own, or
decline the whole version with a reason; every decision is recorded and shown, and once the
version is decided the adaptation no longer shows as behind."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page

from portal.constants import Role
from portal.factories import ProgrammeFactory
from tests.conftest import user_with_role
from training.adoption import adopt_module
from training.factories import LessonFactory
from training.models import AdoptionDecision, Lesson, TrainingModule

from .conftest import lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def rad_editor(radicalisering):
    user = user_with_role(Role.PROGRAMMAMEDEWERKER, username="rad-redacteur")
    user.groups.add(radicalisering.editor_group)
    return user


def publish(page, user=None):
    page = page.specific if type(page) is Page else page
    page.save_revision(user=user).publish(user=user)


def adopted_and_behind(module, programme, user):
    """Version 1.3 of `module` adopted by `programme` and published; then the original
    publishes 1.4: "Het netwerk" changed, "Het casusoverleg" removed, "Nazorg" added."""
    module.version = "1.3"
    for lesson in lessons_of(module):
        publish(lesson)
    publish(module)
    adaptation = adopt_module(user=user, original=module, programme=programme, integrally=False)
    publish(adaptation)
    netwerk, casusoverleg = lessons_of(module)[1:]
    netwerk.intro = "Nieuwe inleiding over het netwerk."
    publish(netwerk)
    casusoverleg.unpublish()
    LessonFactory(parent=module, title="Nazorg", slug="nazorg")
    publish(Lesson.objects.child_of(module).get(slug="nazorg"))
    module.refresh_from_db()
    module.version = "1.4"
    publish(module)
    adaptation.refresh_from_db()
    return adaptation


def changes_url(adaptation):
    return reverse("training_adaptation_changes", args=[adaptation.pk])


def test_the_changes_are_listed_lesson_by_lesson_with_the_comparison(
    client, module, radicalisering, rad_editor
):
    adaptation = adopted_and_behind(module, radicalisering, rad_editor)
    client.force_login(rad_editor)

    report = client.get(reverse("training_adoption_ledger")).content.decode()
    assert changes_url(adaptation) in report

    html = client.get(changes_url(adaptation)).content.decode()
    assert "Het netwerk" in html and "gewijzigd" in html
    assert "Het casusoverleg" in html and "verwijderd" in html
    assert "Nazorg" in html and "toegevoegd" in html
    netwerk = Lesson.objects.child_of(module).get(slug="het-netwerk")
    assert f"/admin/pages/{netwerk.pk}/revisions/compare/" in html
    assert "Wat is regie?" not in html.split("Beslissingen")[0].split("Gewijzigde lessen")[1]


def test_taking_over_keeping_and_the_adaptation_moves_to_the_new_version(
    client, module, radicalisering, rad_editor
):
    adaptation = adopted_and_behind(module, radicalisering, rad_editor)
    client.force_login(rad_editor)
    url = changes_url(adaptation)

    response = client.post(url, {"lesson": "het-netwerk", "choice": "taken_over"})
    assert response.status_code == 302
    own = Lesson.objects.child_of(adaptation).get(slug="het-netwerk")
    # A new draft revision with the original's content; the live lesson is unchanged.
    assert own.has_unpublished_changes
    assert own.get_latest_revision_as_object().intro == "Nieuwe inleiding over het netwerk."
    assert own.intro != "Nieuwe inleiding over het netwerk."

    client.post(url, {"lesson": "het-casusoverleg", "choice": "kept_own"})
    adaptation.refresh_from_db()
    assert adaptation.adopted_version == "1.3"  # "Nazorg" is still undecided

    client.post(url, {"lesson": "nazorg", "choice": "taken_over"})
    copied = Lesson.objects.child_of(adaptation).get(slug="nazorg")
    assert copied.get_parent().pk == adaptation.pk and not copied.live

    adaptation.refresh_from_db()
    module.refresh_from_db()
    assert adaptation.adopted_version == "1.4"
    assert adaptation.adopted_revision_id == module.live_revision_id
    assert not adaptation.is_behind_original
    decisions = list(AdoptionDecision.objects.filter(adaptation=adaptation).order_by("pk"))
    assert [(d.lesson_slug, d.change, d.choice) for d in decisions] == [
        ("het-netwerk", "changed", "taken_over"),
        ("het-casusoverleg", "removed", "kept_own"),
        ("nazorg", "added", "taken_over"),
    ]
    assert all(d.decided_by == rad_editor and d.original_version == "1.4" for d in decisions)
    assert all(d.original_revision_id == module.live_revision_id for d in decisions)

    assert (
        changes_url(adaptation)
        not in client.get(reverse("training_adoption_ledger")).content.decode()
    )
    html = client.get(adaptation.url).content.decode()
    assert "bijgewerkt naar versie 1.4 op" in html
    html = client.get(module.url).content.decode()
    assert "(actueel)" in html


def test_declining_a_version_needs_a_reason_and_is_shown(
    client, module, radicalisering, rad_editor
):
    adaptation = adopted_and_behind(module, radicalisering, rad_editor)
    client.force_login(rad_editor)
    url = changes_url(adaptation)

    response = client.post(url, {"choice": "declined", "reason": "  "}, follow=True)
    assert "Geef een reden" in response.content.decode()
    assert not AdoptionDecision.objects.exists()

    client.post(url, {"choice": "declined", "reason": "Past niet bij onze doelgroep."})
    decision = AdoptionDecision.objects.get()
    assert decision.choice == "declined" and decision.original_version == "1.4"
    assert decision.reason == "Past niet bij onze doelgroep." and decision.lesson_slug == ""
    adaptation.refresh_from_db()
    assert adaptation.adopted_version == "1.4"
    assert not Lesson.objects.child_of(adaptation).filter(slug="nazorg").exists()
    html = client.get(adaptation.url).content.decode()
    assert "versie 1.4 niet overgenomen: Past niet bij onze doelgroep." in html
    assert "Past niet bij onze doelgroep." in client.get(url).content.decode()


def test_publishing_an_older_draft_of_the_adaptation_keeps_the_new_version(
    module, radicalisering, rad_editor
):
    adaptation = adopted_and_behind(module, radicalisering, rad_editor)
    adaptation.summary = "Een eigen samenvatting."
    adaptation.save_revision(user=rad_editor)
    from training.ledger_decisions import decide

    decide(user=rad_editor, adaptation=adaptation, choice="declined", reason="Niet nodig.")
    adaptation = TrainingModule.objects.get(pk=adaptation.pk)
    adaptation.get_latest_revision().publish()
    adaptation.refresh_from_db()
    assert adaptation.adopted_version == "1.4"
    assert adaptation.summary == "Een eigen samenvatting."


def test_only_the_adopting_programmes_editors_and_redactie_decide(
    client, module, radicalisering, rad_editor
):
    adaptation = adopted_and_behind(module, radicalisering, rad_editor)
    outsider = user_with_role(Role.PROGRAMMAMEDEWERKER, username="ander-programma")
    outsider.groups.add(ProgrammeFactory(name="Top400", slug="top400").editor_group)
    client.force_login(outsider)
    url = changes_url(adaptation)

    response = client.get(url)
    assert response.status_code == 403
    assert "Alleen de redacteuren van het overnemende programma" in response.content.decode()
    response = client.post(url, {"choice": "declined", "reason": "Weg ermee."})
    assert response.status_code == 403
    assert not AdoptionDecision.objects.exists()

    client.force_login(user_with_role(Role.REDACTIE, username="redactie-beslist"))
    assert client.get(url).status_code == 200
    client.post(url, {"lesson": "het-casusoverleg", "choice": "kept_own"})
    assert AdoptionDecision.objects.count() == 1


def test_the_report_does_not_query_more_with_more_adaptations(client, module, catalogue):
    module.version = "1.3"
    publish(module)
    redactie = user_with_role(Role.REDACTIE, username="redactie-rapport")
    client.force_login(redactie)
    url = reverse("training_adoption_ledger")

    def add_adaptation(number):
        programme = ProgrammeFactory(name=f"Programma {number}", slug=f"programma-{number}")
        adopt_module(user=redactie, original=module, programme=programme, integrally=False)

    add_adaptation(1)
    module.version = "1.4"
    publish(module)
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        assert client.get(url).status_code == 200
    for number in (2, 3, 4):
        add_adaptation(number)
    TrainingModule.objects.filter(adopted_from_module=module).update(adopted_version="1.3")
    with CaptureQueriesContext(connection) as four:
        html = client.get(url).content.decode()
    assert html.count("Programma ") >= 4
    assert len(four) == len(one)
