"""End to end in a real browser (Debian's Chromium through Playwright): the demo regisseur
opens the catalogue, answers a knowledge check, marks lessons as done, sees the progress bar
move, completes the module and opens the certificate."""

import re

import pytest

from portal.factories import DEMO_PASSWORD
from portal.seeding import seed_portal
from tests.test_browser import browser, page  # noqa: F401 - the shared Chromium fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MODULE = "Gespreksvoering met ouders en broers en zussen"


def test_regisseur_completes_a_module_and_opens_the_certificate(live_server, page):  # noqa: F811
    from playwright.sync_api import expect

    seed_portal()

    page.goto(live_server.url + "/leren/")
    page.get_by_label("Gebruikersnaam").fill("regisseur")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Leren")

    card = page.locator("article", has=page.get_by_role("link", name=MODULE, exact=True))
    expect(card.get_by_test_id("progress-text")).to_have_text("1 van 3 lessen klaar (33%)")
    card.get_by_role("link", name=MODULE, exact=True).click()
    page.get_by_role("link", name="Verder").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gesprekken met broers en zussen")

    # The knowledge check: the correct answer is not marked until the server scored it.
    check = page.locator("section.training-check")
    expect(check.locator(".training-answer--correct")).to_have_count(0)
    check.get_by_label("Dat je alles geheimhoudt").check()
    check.get_by_role("button", name="Controleer mijn antwoord").click()
    expect(page.locator("section.training-check .training-answer--correct")).to_contain_text(
        "Juist."
    )
    page.get_by_role("button", name="Markeer als afgerond").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Moeilijke boodschappen brengen")
    expect(page.locator("#lesson-done").get_by_test_id("progress-text")).to_have_text(
        "2 van 3 lessen klaar (67%)"
    )
    page.get_by_label("Direct, aan het begin van het gesprek").check()
    page.get_by_role("button", name="Controleer mijn antwoord").click()
    page.get_by_role("button", name="Markeer als afgerond").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(MODULE)
    expect(page.get_by_text(f"Je hebt de module ‘{MODULE}’ afgerond.")).to_be_visible()
    expect(page.get_by_test_id("progress-text").first).to_have_text("Afgerond")

    page.get_by_role("link", name="Bekijk je certificaat").click()
    expect(page).to_have_url(re.compile(r"/certificaat/[0-9A-Z]{20}/$"))
    expect(page.get_by_text("Dit certificaat is geldig")).to_be_visible()
    expect(page.get_by_text(MODULE).first).to_be_visible()

    page.goto(live_server.url + "/leren/")
    card = page.locator("article", has=page.get_by_role("link", name=MODULE, exact=True))
    expect(card.get_by_test_id("progress-text")).to_have_text("Afgerond")


ORIGINAL = "De maand- en halfjaarmonitor"
ADAPTATION = f"{ORIGINAL} (Radicalisering)"
MONITOR_LESSONS = [  # (slug, title, the correct answer of its knowledge check)
    ("de-maandmonitor", "De maandmonitor", "De voortgang van het plan per persoon"),
    ("de-halfjaarmonitor", "De halfjaarmonitor", "Om de aanpak bij te sturen en te rapporteren"),
    (
        "van-cijfers-naar-verbetering",
        "Van cijfers naar verbetering",
        "Het bespreken in het team en melden als knelpunt",
    ),
]


def test_regisseur_completes_an_adaptation_and_the_top600_requirement_is_met(
    live_server,
    page,  # noqa: F811
):
    """The Radicalisering regisseur's mandatory path is built from Top600 originals; the path
    sends them to the Radicalisering version, and completing it satisfies the original."""
    from playwright.sync_api import expect

    from training.models import (
        Certificate,
        KnowledgeCheckResult,
        LessonCompletion,
        ModuleEnrolment,
    )

    seed_portal()
    # Start from before the demo regisseur did the Radicalisering monitor module.
    for model in (ModuleEnrolment, Certificate):
        model.objects.filter(
            user__username="regisseur", module__slug="monitoren-radicalisering"
        ).delete()
    for model in (LessonCompletion, KnowledgeCheckResult):
        model.objects.filter(
            user__username="regisseur", lesson__url_path__contains="/monitoren-radicalisering/"
        ).delete()

    page.goto(live_server.url + "/leren/paden/regisseursopleiding/")
    page.get_by_label("Gebruikersnaam").fill("regisseur")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_text("0 van 3 modules afgerond")).to_be_visible()
    requirement = page.locator("article", has=page.get_by_role("link", name=ADAPTATION, exact=True))
    # The path lists the Top600 original once, in the reader's programme's version.
    expect(requirement.get_by_text(f"Telt als {ORIGINAL} (Top600)")).to_be_visible()
    expect(requirement.get_by_role("link", name="Origineel van Top600")).to_be_visible()
    expect(page.get_by_role("link", name=ORIGINAL, exact=True)).to_have_count(0)

    page.get_by_role("link", name=ADAPTATION, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ADAPTATION)
    expect(page.get_by_text(f"Telt als {ORIGINAL} (Top600)")).to_be_visible()
    base = page.url.split("?")[0]
    for slug, title, answer in MONITOR_LESSONS:
        page.goto(f"{base}{slug}/")
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        page.get_by_label(answer).check()
        page.get_by_role("button", name="Controleer mijn antwoord").click()
        expect(page.locator("section.training-check .training-answer--correct")).to_be_visible()
        page.get_by_role("button", name="Markeer als afgerond").click()
        expect(page.get_by_role("heading", level=1)).not_to_have_text(title)

    expect(page.get_by_role("heading", level=1)).to_have_text(ADAPTATION)
    expect(page.get_by_text(f"Je hebt de module ‘{ADAPTATION}’ afgerond.")).to_be_visible()

    # Back on the mandatory path: the Top600 requirement is satisfied and counted.
    page.goto(live_server.url + "/leren/paden/regisseursopleiding/")
    expect(page.get_by_text("1 van 3 modules afgerond")).to_be_visible()
    expect(page.locator("progress[aria-describedby='path-progress-path']")).to_have_attribute(
        "value", "33"
    )
    row = page.locator("article", has=page.get_by_role("link", name=ADAPTATION, exact=True))
    expect(row.get_by_test_id("progress-text")).to_have_text("Afgerond")
    expect(row.get_by_text(f"Telt als {ORIGINAL} (Top600)")).to_be_visible()

    # The Top600 original says it was completed through the Radicalisering version.
    row.get_by_role("link", name="Origineel van Top600").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ORIGINAL)
    expect(page.get_by_test_id("progress-text").first).to_have_text(
        "Afgerond via de versie van Radicalisering"
    )

    # The home page's "Verplicht leren" counts it too.
    page.goto(live_server.url + "/")
    mandatory = page.locator("article", has=page.get_by_role("link", name="Regisseursopleiding"))
    expect(mandatory.get_by_text("1 van 3 modules afgerond")).to_be_visible()
