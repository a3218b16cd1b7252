"""In a real browser, on the demo content and the real engine: a regisseur of Radicalisering
searches, narrows by a programme facet and opens what Top600 wrote."""

import re

import pytest

from portal.factories import DEMO_PASSWORD
from portal.seeding import seed_portal
from search import index
from tests.search.conftest import dutch_engine, search_engine_url  # noqa: F401 (engine fixtures)
from tests.test_browser import browser, page  # noqa: F401 (Playwright fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_search_narrow_by_programme_and_open_a_result(live_server, page, dutch_engine):  # noqa: F811
    from playwright.sync_api import expect

    seed_portal()
    index.refresh()

    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill("regisseur")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(live_server.url + "/")

    search_box = page.get_by_role("search").first.get_by_role("searchbox")
    search_box.fill("aanpak")
    search_box.press("Enter")
    expect(page).to_have_url(re.compile(r"/zoeken/\?q=aanpak"))
    expect(page.get_by_role("heading", level=2, name=re.compile(r"resultaten"))).to_be_visible()
    expect(page.locator(".portal-search-results mark").first).to_be_visible()

    # The design system draws its own box over the native checkbox: click the label.
    page.locator("#facets-form label", has_text=re.compile(r"^\s*Top600")).click()
    expect(page).to_have_url(re.compile(r"programma=top600"))
    results = page.locator(".portal-search-results")
    expect(results.get_by_role("link", name="Werkwijze Radicalisering")).to_have_count(0)
    results.get_by_role("link", name="Werkwijze Top600").click()

    expect(page).to_have_url(re.compile(r"/programmas/top600/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Werkwijze Top600")
