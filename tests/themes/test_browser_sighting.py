"""End to end in Chromium: a regisseur starts a knelpunt in the share form, sees a similar
one of another programme, records "wij zien dit ook" instead; after Redactie approves, the
register shows that two programmes meet it."""

import re

import pytest

from portal.seeding import seed_portal
from tests.test_browser import browser, page  # noqa: F401 - shared fixtures
from tests.themes.test_browser_lesson import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

TITLE = "Paspoortaanvraag blijft hangen bij de gemeentebalie"


def test_a_regisseur_records_we_see_this_too_instead_of_a_new_knelpunt(
    live_server,
    page,  # noqa: F811
):
    from playwright.sync_api import expect

    from portal.models import Programme
    from themes.factories import LessonLearnedFactory
    from themes.models import LessonIndexPage, LessonLearned, ProgrammeSighting

    seed_portal()
    top600 = Programme.objects.get(slug="top600")
    knelpunt = LessonLearnedFactory(
        parent=LessonIndexPage.objects.get(),
        live=False,
        title=TITLE,
        summary="Zonder paspoort kan een jongere geen werk of opleiding beginnen.",
        owner_programme=top600,
        bottleneck=True,
    )
    knelpunt.save_revision().publish()
    lessons_before = LessonLearned.objects.count()

    log_in(page, live_server, "regisseur")  # works in Radicalisering
    page.goto(live_server.url + "/lessen/delen/?soort=knelpunt")
    page.locator("#id_title").fill("Paspoortaanvraag blijft hangen")
    similar = page.locator("#similar-bottlenecks")
    expect(similar).to_be_visible()
    expect(similar).to_contain_text("Bedoel je een van deze?")
    expect(similar).to_contain_text(TITLE)
    record = similar.get_by_role("link", name=re.compile(f"^Wij zien dit ook.*{TITLE}"))
    expect(record).to_have_attribute("href", f"/lessen/{knelpunt.pk}/wij-zien-dit-ook/")
    record.click()

    expect(page.get_by_role("heading", name="Wij zien dit ook", level=1)).to_be_visible()
    page.get_by_label("Hoe komt jouw programma dit tegen?").fill(
        "Bij ons wachten jongeren na terugkeer maanden op een paspoort."
    )
    page.get_by_role("button", name="Leg vast dat wij dit ook zien").click()
    expect(page).to_have_url(live_server.url + knelpunt.url + "#sightings")
    expect(page.locator("body")).to_contain_text("Zodra de redacteuren van Top600")
    assert LessonLearned.objects.count() == lessons_before  # no new knelpunt
    sighting = ProgrammeSighting.objects.get(lesson=knelpunt)
    assert sighting.programme.slug == "radicalisering" and not sighting.approved

    log_in(page, live_server, "redactie")
    page.goto(live_server.url + "/lessen/wij-zien-dit-ook/")
    page.get_by_role("button", name=re.compile(f"^Goedkeuren.*Radicalisering, {TITLE}")).click()
    expect(page.locator("body")).to_contain_text("Goedgekeurd: Radicalisering telt nu mee")

    page.goto(live_server.url + "/lessen/register/?sorteer=programmas")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=TITLE))
    expect(row.locator(".themes-programme-count")).to_have_text("2")
    page.goto(live_server.url + knelpunt.url)
    expect(page.locator("#sightings")).to_contain_text("Gezien door 2 programma's")
    expect(page.locator("#sightings")).to_contain_text("Radicalisering")
