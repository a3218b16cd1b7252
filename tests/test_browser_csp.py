"""The Content-Security-Policy in a real browser (Debian's Chromium): the front end's main pages
load without a single violation, also for an editor who gets Wagtail's user bar, and the admin
keeps working under its own policy: the page editor loads, a StreamField block is added and the
draft is saved, again without a violation."""

import re

import pytest

from portal.seeding import seed_portal
from tests.test_browser import browser, page  # noqa: F401 - shared fixtures
from tests.themes.test_browser_lesson import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

# Runs before any script of each page: every violation the browser reports becomes a console
# error, which the test collects with the other console errors and uncaught exceptions.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile}:${event.lineNumber} (${event.sample})`);
});
"""


@pytest.fixture
def problems(page):  # noqa: F811
    """Console errors, uncaught exceptions and CSP violations of every page the tab opens."""
    found = []
    page.add_init_script(REPORT_VIOLATIONS)

    def console(message):
        # The one expected error: the browser logs the 404 answer of a missing page itself.
        if message.type == "error" and not (
            message.location["url"].endswith(MISSING_PAGE) and "404" in message.text
        ):
            found.append(f"{page.url}: {message.text}")

    page.on("console", console)
    page.on("pageerror", lambda error: found.append(f"{page.url}: {error}"))
    return found


MISSING_PAGE = "/bestaat-niet/"


def open_and_settle(tab, url):
    response = tab.goto(url)
    # A violation is reported after the resource was refused: wait until nothing is loading.
    tab.wait_for_load_state("networkidle")
    return response


def test_front_end_pages_load_without_a_policy_violation(live_server, page, problems):  # noqa: F811
    from playwright.sync_api import expect

    seed_portal()
    from themes.models import LessonLearned
    from training.models import TrainingModule

    lesson = LessonLearned.objects.live().first()
    module = TrainingModule.objects.live().first()

    for username in ("regisseur", "redactie"):
        log_in(page, live_server, username)
        for path in [
            "/",
            "/programmas/",
            "/programmas/radicalisering/",
            "/lessen/",
            lesson.url,
            "/themabijeenkomsten/",
            "/leren/paden/",
            module.url,
            "/mijn-leeromgeving/",
            "/begrippen/",
            "/zoeken/?q=radicalisering",
            "/kruisbestuiving/",
        ]:
            response = open_and_settle(page, live_server.url + path)
            assert response.status == 200, path
            policy = response.headers["content-security-policy"]
            assert not re.search(r"script-src[^;]*'unsafe-inline'", policy), path
            if username == "redactie":
                expect(page.locator("wagtail-userbar")).to_be_attached()
        # The pages' own scripts ran and may fetch from the portal: the search page asks for
        # suggestions while typing and fills the search field's list with them.
        open_and_settle(page, live_server.url + "/zoeken/")
        field = page.locator("#search-form input[type=search]")
        with page.expect_response(re.compile(r"/zoeken/suggesties/\?q=radi")) as suggestions:
            field.fill("radi")
        assert suggestions.value.status == 200
        expect(page.locator(f"#{field.get_attribute('list')} option").first).to_be_attached()
        response = open_and_settle(page, live_server.url + MISSING_PAGE)
        assert response.status == 404

    assert problems == []


def test_admin_page_editor_adds_a_streamfield_block_under_the_policy(
    live_server,
    page,  # noqa: F811
    problems,
    settings,
):
    from playwright.sync_api import expect

    # On the test's in-memory SQLite database the live server's request threads share one
    # connection: two writes at once fail ("database table is locked"). Wagtail's editor writes
    # by itself, so the save button is the only writer here: no autosave (every 0.5 s after a
    # change) and the editing-session ping once, on load, instead of every 10 s.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 60 * 60 * 1000
    seed_portal()
    from portal.models import HomePage, StandardPage

    home = HomePage.objects.get()
    log_in(page, live_server, "redactie")

    response = open_and_settle(page, live_server.url + "/admin/")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    open_and_settle(page, f"{live_server.url}/admin/pages/add/portal/standardpage/{home.pk}/")
    page.locator("#id_title").fill("Werkafspraken met ketenpartners")
    page.locator("#id_summary").fill("Hoe we afspraken met ketenpartners vastleggen.")
    # The owner programme is a snippet chooser: a modal loaded by the admin's scripts.
    page.locator("#id_owner_programme-chooser .chooser__choose-button").click()
    page.locator(".modal").get_by_role("link", name="Top600", exact=True).click()
    expect(page.locator("#id_owner_programme-chooser [data-chooser-title]")).to_have_text("Top600")

    # An empty StreamField offers one "insert a block" button; it opens the block chooser.
    add_block = "[data-streamfield-stream-container] button[title], .c-sf-add-button"
    page.locator(add_block).first.click()
    page.get_by_role("option", name="Kop").click()
    heading = page.locator('input[name="body-0-value-text"]')
    expect(heading).to_be_visible()
    heading.fill("Afspraken vastleggen")

    page.locator('button[name="action-draft"], footer button[type=submit]').first.click()
    expect(page.locator(".messages").first).to_be_visible()
    draft = StandardPage.objects.get(slug="werkafspraken-met-ketenpartners")
    body = draft.get_latest_revision_as_object().body
    assert [(block.block_type, block.value["text"]) for block in body] == [
        ("heading", "Afspraken vastleggen")
    ]
    assert re.search(r"/admin/pages/\d+/edit/", page.url)
    page.wait_for_load_state("networkidle")
    assert problems == []
