"""End to end in Chromium: a programme staff member writes a lesson containing a BSN, is
blocked with the privacy guard's message, removes it and submits; an editor approves; the
lesson appears in the lessons list and in the cross-pollination matrix."""

import re

import pytest

from portal.factories import DEMO_PASSWORD
from portal.seeding import seed_portal
from tests.test_browser import browser, page  # noqa: F401 - shared fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

BSN_SENTENCE = "De jongere met BSN 123456782 kreeg geen plek."


def log_in(tab, live_server, username):
    tab.context.clear_cookies()
    tab.goto(live_server.url + "/accounts/login/")
    tab.get_by_label("Gebruikersnaam").fill(username)
    tab.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    tab.get_by_role("button", name="Inloggen").click()
    from playwright.sync_api import expect

    # The next navigation must not race the login's own redirect.
    expect(tab).not_to_have_url(re.compile(r"/accounts/login/"))


def fill_rich_text(tab, name, text):
    editor = (
        tab.locator(f'input[name="{name}"]').locator("xpath=..").locator('[contenteditable="true"]')
    )
    from playwright.sync_api import expect

    editor.click()
    tab.keyboard.press("Control+A")
    tab.keyboard.type(text)
    # Draftail writes the hidden input on change; submit only once it holds the text.
    expect(tab.locator(f'input[name="{name}"]')).to_have_value(re.compile(re.escape(text)))


def click_in_actions_menu(tab, button):
    """Click a button of the editor's footer menu (submit, approve). The menu only opens once
    Wagtail's script has connected to it, which takes a moment on a busy machine: the toggle is
    clicked again until the button shows."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import expect

    expect(button).to_be_attached()
    tab.wait_for_load_state("networkidle")
    toggle = tab.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last
    for _attempt in range(5):
        if button.is_visible():
            break
        toggle.click()
        try:
            button.wait_for(state="visible", timeout=3000)
        except PlaywrightTimeoutError:
            continue
    button.click()


def submit_for_moderation(tab):
    click_in_actions_menu(tab, tab.locator('button[name="action-submit"]'))


def test_staff_blocked_by_privacy_guard_then_submits_and_editor_approves(
    live_server,
    page,  # noqa: F811
):
    from playwright.sync_api import expect

    seed_portal()
    log_in(page, live_server, "programmamedewerker")
    expect(page).to_have_url(live_server.url + "/")

    from themes.models import LessonIndexPage, LessonLearned

    index = LessonIndexPage.objects.get()
    page.goto(f"{live_server.url}/admin/pages/add/themes/lessonlearned/{index.pk}/")
    page.locator("#id_title").fill("Wachtlijst jeugdzorg vertraagt de aanpak")
    page.locator("#id_summary").fill("Een wachtlijst hield de hulp voor een jongere maanden op.")
    page.locator("#id_owner_programme").select_option(label="Top600")
    page.locator("#id_tags").locator("xpath=..").locator("input:visible").first.fill("wachtlijsten")
    page.keyboard.press("Enter")
    fill_rich_text(page, "context", "In de Top600-aanpak bij een jongere met zorgen.")
    fill_rich_text(page, "what_happened", BSN_SENTENCE)
    fill_rich_text(page, "recommendation", "Vraag overbruggingszorg aan zodra de wachtlijst start.")
    submit_for_moderation(page)

    error = page.locator(".messages .error, .messages [class*=error]").first
    expect(error).to_contain_text("persoonsgegevens")
    expect(error).to_contain_text("Wat er gebeurde")
    expect(error).to_contain_text("12•••••82")
    lesson = LessonLearned.objects.get(slug="wachtlijst-jeugdzorg-vertraagt-de-aanpak")
    assert not lesson.live

    fill_rich_text(page, "what_happened", "De jongere kreeg maandenlang geen plek.")
    submit_for_moderation(page)
    expect(page.locator(".messages").first).not_to_contain_text("persoonsgegevens")
    lesson.refresh_from_db()
    assert lesson.current_workflow_state is not None

    log_in(page, live_server, "redactie")
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    click_in_actions_menu(page, page.locator('button[data-workflow-action-name="approve"]').first)
    expect(page.locator(".messages").first).to_be_visible()
    lesson.refresh_from_db()
    assert lesson.live

    page.goto(live_server.url + "/lessen/?programma=top600&tag=wachtlijsten")
    expect(
        page.get_by_role("link", name="Wachtlijst jeugdzorg vertraagt de aanpak")
    ).to_be_visible()
    page.goto(live_server.url + "/kruisbestuiving/")
    expect(page.get_by_role("heading", name="Kruisbestuiving", level=1)).to_be_visible()
    expect(page.locator("table.themes-matrix")).to_contain_text("Top600")
