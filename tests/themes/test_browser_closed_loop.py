"""In Chromium: the demo's closed loop (escalation timeline, evidence of effect, changed
pages) and the module it changed, with its back-link, pass axe."""

import pytest

from portal.seeding import seed_portal
from tests.accessibility_support import describe_violations, run_axe
from tests.test_browser import browser, page  # noqa: F401 - shared fixtures
from tests.themes.test_browser_lesson import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_the_closed_loop_and_the_page_it_changed_pass_axe(live_server, page):  # noqa: F811
    from playwright.sync_api import expect

    from themes.models import LessonLearned

    seed_portal()
    lesson = LessonLearned.objects.get(slug="politie-signalen-niet-bij-regisseur")
    module = lesson.changed_pages.get(page__content_type__app_label="training").page
    log_in(page, live_server, "regisseur")
    problems = []

    page.goto(live_server.url + lesson.url)
    expect(page.get_by_text("Geschiedenis en escalatie")).to_be_visible()
    expect(page.get_by_text("Geëscaleerd naar de accounthouder van Politie")).to_be_visible()
    problems += describe_violations("closed loop", lesson.url, run_axe(page))

    page.goto(live_server.url + module.url)
    back_link = page.get_by_role("link", name=lesson.title)
    expect(back_link).to_be_visible()
    problems += describe_violations("changed module", module.url, run_axe(page))
    back_link.click()
    expect(page).to_have_url(live_server.url + lesson.url)
    assert problems == []
