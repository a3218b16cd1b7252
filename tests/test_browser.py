"""End to end in a real browser: Debian's Chromium driven by Playwright. A demo regisseur logs
in, sees the start page, opens a programme page and logs out."""

import os
import shutil

import pytest

from portal.factories import DEMO_PASSWORD
from portal.seeding import seed_portal

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(scope="module")
def browser():
    # Playwright's sync API runs an event loop in this thread; the live server's database
    # access happens in its own thread, so Django's async guard does not apply to it.
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def test_regisseur_logs_in_opens_a_programme_and_logs_out(live_server, page):
    from playwright.sync_api import expect

    seed_portal()

    page.goto(live_server.url + "/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")

    page.get_by_label("Gebruikersnaam").fill("regisseur")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()

    expect(page).to_have_url(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Robin")
    navigation = page.get_by_role("navigation", name="Hoofdmenu")
    navigation.get_by_role("link", name="Programma's").click()

    expect(page).to_have_url(live_server.url + "/programmas/")
    page.get_by_role("link", name="Radicalisering").first.click()
    expect(page).to_have_url(live_server.url + "/programmas/radicalisering/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Radicalisering")
    expect(page.get_by_role("link", name="Werkwijze Radicalisering")).to_be_visible()

    page.get_by_role("button", name="Uitloggen").click()
    expect(page).to_have_url(live_server.url + "/accounts/login/")
    page.goto(live_server.url + "/programmas/radicalisering/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/programmas/radicalisering/")
