"""The main journeys with the keyboard only, in Chromium (WCAG 2.1.1, 2.4.3, 2.4.7): Tab, Space
and Enter, no mouse. After every key the element with focus shows a visible focus indicator,
and after each action focus lands where the user expects: at the start of a new page (the skip
link first), or where the page continues (the knowledge check just answered, the results after
a facet, the registration just made). The journeys are those the accessibility statement lists
(portal.accessibility.KEYBOARD_JOURNEYS)."""

import re

import pytest

from portal.accessibility import KEYBOARD_JOURNEYS
from portal.seeding import seed_portal
from tests.accessibility_support import lesson_with_check, log_in, open_meeting
from tests.test_browser import browser  # noqa: F401 - the shared Chromium

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What has focus, and whether it shows: an outline or a box shadow that the browser paints, on
# the element or on the component around it.
FOCUSED = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== "none";
  // A card shows the focus of its stretched link on the whole card (:has(:focus-visible)).
  let ringed = false;
  let parent = element.parentElement;
  for (let level = 0; parent && level < 3; parent = parent.parentElement, level++) {
    const around = getComputedStyle(parent);
    if (around.outlineStyle !== "none" && parseFloat(around.outlineWidth) > 0) ringed = true;
  }
  const box = element.getBoundingClientRect();
  return {
    description: element.tagName.toLowerCase()
      + (element.id ? "#" + element.id : "")
      + (element.className ? "." + String(element.className).trim().split(/\\s+/).join(".") : "")
      + " " + (element.innerText || element.value || element.getAttribute("aria-label") || "")
        .trim().slice(0, 60),
    visible: outline || shadow || ringed,
    onScreen: box.width > 0 && box.height > 0,
  };
}"""


class Keyboard:
    """Tabs through a page like a keyboard user, checking the focus indicator at every step."""

    def __init__(self, tab):
        self.tab = tab
        self.path = []

    def focused(self):
        return self.tab.evaluate(FOCUSED)

    def press_tab(self):
        self.tab.keyboard.press("Tab")
        focused = self.focused()
        assert focused is not None, f"Tab left the page without focus after {self.path[-3:]}"
        self.path.append(focused["description"])
        assert focused["onScreen"], f"focus went to something invisible: {focused['description']}"
        assert focused["visible"], f"no visible focus indicator on {focused['description']}"
        return focused

    def tab_to(self, selector: str, limit: int = 150):
        """Tab until the element matching the selector has focus."""
        for _ in range(limit):
            self.press_tab()
            if self.tab.evaluate("(s) => document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"{selector} not reached with Tab; went through {self.path[-10:]}")

    def press(self, key: str, *, navigates: bool = False):
        if navigates:
            with self.tab.expect_navigation():
                self.tab.keyboard.press(key)
            self.path = []
        else:
            self.tab.keyboard.press(key)

    def assert_focus_within(self, selector: str, why: str):
        """The next Tab lands inside the selector: where the page continues after an action."""
        self.press_tab()
        assert self.tab.evaluate("(s) => !!document.activeElement.closest(s)", selector), (
            f"{why}: the first Tab went to {self.path[-1]}, not into {selector}"
        )

    def assert_new_page_starts_at_the_skip_link(self):
        self.press_tab()
        assert self.tab.evaluate(
            "() => document.activeElement.classList.contains('ams-skip-link')"
        ), f"a new page should start at the skip link, not at {self.path[-1]}"


def onboarding(tab, live_server):
    """A new employee goes from the start page to the welcome section and its first step; the
    skip link takes them past the menu into the content."""
    from playwright.sync_api import expect

    base = live_server.url
    log_in(tab, live_server, "nieuwe-medewerker")
    tab.goto(base + "/")
    keys = Keyboard(tab)
    keys.assert_new_page_starts_at_the_skip_link()
    keys.press("Enter")
    assert tab.evaluate("() => document.activeElement.id") == "main"
    keys.tab_to("main a[href='/welkom/']")
    keys.press("Enter", navigates=True)
    expect(tab).to_have_url(base + "/welkom/")
    keys.assert_new_page_starts_at_the_skip_link()
    keys.tab_to(".portal-steps a")
    first_step = tab.evaluate("() => document.activeElement.getAttribute('href')")
    keys.press("Enter", navigates=True)
    expect(tab).to_have_url(base + first_step)


def knowledge_check(tab, live_server):
    """Answer a lesson's knowledge check, read the feedback, mark the lesson done."""
    from playwright.sync_api import expect

    log_in(tab, live_server, "regisseur")
    lesson = lesson_with_check()
    check = next(block for block in lesson.body if block.block_type == "knowledge_check")
    tab.goto(live_server.url + lesson.url)
    keys = Keyboard(tab)
    for index, answer in enumerate(check.value["answers"]):
        if answer["is_correct"]:
            keys.tab_to(f"#answer-{check.id}-{index}")
            keys.press("Space")
    keys.tab_to(f"#check-{check.id} button[type=submit]")
    keys.press("Enter", navigates=True)
    expect(tab).to_have_url(re.compile(rf"#check-{check.id}$"))
    expect(tab.locator(f"#check-{check.id} .training-check__result")).to_be_visible()
    keys.assert_focus_within(f"#check-{check.id}", "after answering a knowledge check")
    keys.tab_to("#lesson-done button[type=submit]")
    keys.press("Enter", navigates=True)
    expect(tab.locator(".ams-alert").first).to_be_visible()
    keys.assert_new_page_starts_at_the_skip_link()


def search_facet(tab, live_server):
    """Search from the header's search field, then narrow the results by a programme."""
    from playwright.sync_api import expect

    log_in(tab, live_server, "regisseur")
    tab.goto(live_server.url + "/")
    keys = Keyboard(tab)
    keys.tab_to("#header-search")
    tab.keyboard.type("regie")
    keys.press("Enter", navigates=True)
    expect(tab).to_have_url(re.compile(r"/zoeken/\?q=regie"))
    keys.tab_to("input[data-facet][name=programma]")
    programme = tab.evaluate("() => document.activeElement.value")
    keys.press("Space", navigates=True)
    expect(tab).to_have_url(re.compile(rf"programma={programme}.*#results$"))
    keys.assert_focus_within("#results", "after narrowing the search by a facet")


def meeting(tab, live_server):
    """Register for a theme meeting, and unregister again."""
    from django.contrib.auth import get_user_model
    from playwright.sync_api import expect

    log_in(tab, live_server, "regisseur")
    meeting = open_meeting(get_user_model().objects.get(username="regisseur"))
    tab.goto(live_server.url + meeting.url)
    keys = Keyboard(tab)
    keys.tab_to(f"form[action$='/{meeting.slug}/aanmelden/'] button")
    keys.press("Enter", navigates=True)
    expect(tab.locator(".ams-alert").first).to_be_visible()
    keys.assert_focus_within("#registration", "after registering for a meeting")
    assert tab.evaluate("() => document.activeElement.closest('form').action").endswith(
        "/afmelden/"
    )
    keys.press("Enter", navigates=True)
    keys.assert_focus_within("#registration", "after unregistering")


def share_lesson(tab, live_server):
    """Share a lesson learned through the front-end form: from /lessen/ to the form, a privacy
    finding on a field, corrected, submitted; focus continues at the form, then at the list."""
    from playwright.sync_api import expect

    base = live_server.url
    log_in(tab, live_server, "regisseur")
    tab.goto(base + "/lessen/")
    keys = Keyboard(tab)
    keys.tab_to("main a[href='/lessen/delen/']")
    keys.press("Enter", navigates=True)
    expect(tab).to_have_url(base + "/lessen/delen/")
    keys.assert_new_page_starts_at_the_skip_link()
    for field, text in [
        ("#id_title", "Vaste contactpersoon bij de wijkagent"),
        ("#id_summary", "Een vaste contactpersoon maakte het verschil."),
        ("#id_context", "De jongere met BSN 123456782 kreeg geen plek."),
        ("#id_what_happened", "De wijkagent deelde zorgen op tijd."),
        ("#id_recommendation", "Spreek een vaste contactpersoon af."),
    ]:
        keys.tab_to(field)
        tab.keyboard.type(text)
    keys.tab_to("#lesson-form button[name=submit]")
    keys.press("Enter", navigates=True)
    expect(tab.locator("#id_context-error")).to_be_visible()
    keys.assert_focus_within("#lesson-form", "after a privacy finding")
    keys.tab_to("#id_context")
    tab.keyboard.press("Control+A")
    tab.keyboard.type("Een jongere kreeg geen plek.")
    keys.tab_to("#lesson-form button[name=submit]")
    keys.press("Enter", navigates=True)
    expect(tab).to_have_url(re.compile(r"/mijn-bijdragen/#contributions$"))
    expect(tab.locator(".ams-alert").first).to_be_visible()
    keys.assert_focus_within("#contributions", "after submitting a lesson")


JOURNEYS = {
    "onboarding": onboarding,
    "knowledge-check": knowledge_check,
    "search-facet": search_facet,
    "meeting": meeting,
    "share-lesson": share_lesson,
}


def test_the_statement_lists_exactly_the_journeys_this_test_completes():
    assert list(KEYBOARD_JOURNEYS) == list(JOURNEYS)


def test_main_journeys_with_the_keyboard_only(live_server, browser):  # noqa: F811
    seed_portal()
    failures = []
    for name, journey in JOURNEYS.items():
        context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
        try:
            journey(context.new_page(), live_server)
        except AssertionError as error:
            failures.append(f"{name}: {error}")
        finally:
            context.close()
    assert not failures, "\n".join(failures)
