"""Accessibility in a real browser (Debian's Chromium): every page state that
portal.accessibility lists (every page type and front-end URL, as every role, and the states
that change a page) passes axe-core's WCAG 2.0/2.1 A and AA rules and reflows: no sideways page
scroll at 320 and 1,280 px, and what scrolls inside its own box is focusable and named.

The list of states is found from the page models and the URL patterns, so a new page type or
URL is checked as soon as it exists; when the tests cannot reach it, they fail saying what
they need."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import NoReverseMatch, reverse

from portal.accessibility import (
    NOT_A_PAGE,
    REFLOW_WIDTHS,
    front_end_routes,
    page_states,
    unnamed_or_unclassified_routes,
)
from portal.seeding import seed_portal
from tests.accessibility_support import (
    BSN_SENTENCE,
    PAGE_WIDTH,
    ROUTE_ARGUMENTS,
    SCROLL_BOXES,
    demo_username,
    describe_violations,
    lesson_with_check,
    log_in,
    open_meeting,
    page_type_url,
    route_url,
    run_axe,
    user_of,
)
from tests.test_browser import browser  # noqa: F401 - the shared Chromium


# How each state that changes a page is reached: (tab, live server url, visitor role) -> the
# HTTP status the page answered with.
def _goto(tab, url):
    response = tab.goto(url)
    return response.status if response else None


def _login_error(tab, base, role):
    tab.goto(base + "/accounts/login/")
    tab.get_by_label("Gebruikersnaam").fill("regisseur")
    tab.get_by_label("Wachtwoord").fill("niet-het-wachtwoord")
    with tab.expect_navigation() as navigation:
        tab.get_by_role("button", name="Inloggen").click()
    return navigation.value.status


def _not_found(tab, base, role):
    from playwright.sync_api import expect

    status = _goto(tab, base + "/bestaat-niet/")
    # Dutch, the portal's own page: the browser tests run with DEBUG off, as users do.
    expect(tab.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    return status


def _search_no_results(tab, base, role):
    from playwright.sync_api import expect

    status = _goto(tab, base + "/zoeken/?q=xqzzyvw")
    expect(tab.locator("main .portal-empty")).to_be_visible()
    return status


def _search_with_facet(tab, base, role):
    from playwright.sync_api import expect

    _goto(tab, base + "/zoeken/?q=regie")
    facet = tab.locator("input[data-facet][name=programma]").first
    with tab.expect_navigation() as navigation:
        facet.check()
    expect(tab.locator("input[data-facet][name=programma]:checked")).to_have_count(1)
    return navigation.value.status


def _knowledge_check_failed(tab, base, role):
    from playwright.sync_api import expect

    lesson = lesson_with_check()
    _goto(tab, base + lesson.url)
    check = tab.locator(".training-check").first
    wrong = _wrong_answer_index(lesson)
    check.locator(f"input[name=answer][value='{wrong}']").check()
    with tab.expect_navigation() as navigation:
        check.get_by_role("button").click()
    expect(tab.locator(".training-answer--wrong").first).to_be_visible()
    return navigation.value.status


def _wrong_answer_index(lesson):
    for block in lesson.body:
        if block.block_type == "knowledge_check":
            for index, answer in enumerate(block.value["answers"]):
                if not answer["is_correct"]:
                    return index
    raise AssertionError(f"The knowledge check of {lesson.url} has no wrong answer.")


def _lesson_completed(tab, base, role):
    from playwright.sync_api import expect

    from training.models import LessonCompletion

    completion = (
        LessonCompletion.objects.filter(user=user_of(role)).select_related("lesson").first()
    )
    assert completion, f"{demo_username(role)} has completed no lesson in the demo content"
    status = _goto(tab, base + completion.lesson.url)
    expect(tab.locator("#lesson-done .training-status")).to_be_visible()
    return status


def _meeting_registered(tab, base, role):
    from playwright.sync_api import expect

    meeting = open_meeting(user_of(role))
    _goto(tab, base + meeting.url)
    with tab.expect_navigation() as navigation:
        tab.locator(f"form[action$='/{meeting.slug}/aanmelden/'] button").click()
    expect(tab.locator(f"form[action$='/{meeting.slug}/afmelden/'] button")).to_be_visible()
    return navigation.value.status


def _lesson_register_empty(tab, base, role):
    from playwright.sync_api import expect

    from portal.models import Programme
    from themes.constants import UNRESOLVED_STATUSES
    from themes.selectors import unresolved_lessons

    user = user_of(role)
    query = next(
        f"programma={programme.slug}&status={status}"
        for programme in Programme.objects.order_by("slug")
        for status in UNRESOLVED_STATUSES
        if not unresolved_lessons(
            user=user, params={"programma": programme.slug, "status": status}
        )[0].exists()
    )
    status = _goto(tab, base + f"/lessen/register/?{query}")
    expect(tab.locator("main .portal-empty").first).to_be_visible()
    return status


def _my_learning_empty(tab, base, role):
    from training.models import ModuleEnrolment

    assert not ModuleEnrolment.objects.filter(user=user_of(role)).exists(), (
        f"{demo_username(role)} has enrolments in the demo content: the empty state of "
        "/mijn-leeromgeving/ needs a demo user without any"
    )
    return _goto(tab, base + "/mijn-leeromgeving/")


def _profile_form_error(tab, base, role):
    from playwright.sync_api import expect

    _goto(tab, base + "/mensen/mijn-profiel/")
    tab.locator("textarea[name=ask_me_about]").fill(BSN_SENTENCE)
    with tab.expect_navigation() as navigation:
        tab.locator("main form[method=post] button[type=submit]").last.click()
    expect(tab.locator(".ams-error-message").first).to_be_visible()
    return navigation.value.status


def _calendar_address(tab, base, role):
    from playwright.sync_api import expect

    _goto(tab, base + "/mijn-meldingen/")
    with tab.expect_navigation() as navigation:
        tab.locator("form[action$='/mijn-meldingen/agenda/nieuw-adres/'] button").click()
    expect(tab.locator("#calendar-address")).to_be_visible()
    return navigation.value.status


def _certificate_not_found(tab, base, role):
    return _goto(tab, base + "/certificaat/?code=BESTAAT-NIET")


def _menu_open(tab, base, role):
    from playwright.sync_api import expect

    tab.set_viewport_size({"width": 320, "height": 800})
    status = _goto(tab, base + "/")
    button = tab.locator(".ams-page-header__mega-menu-button")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    return status


CHANGED_STATE_VISITS = {
    "state:login-error": _login_error,
    "state:not-found": _not_found,
    "state:search-no-results": _search_no_results,
    "state:search-with-facet": _search_with_facet,
    "state:knowledge-check-failed": _knowledge_check_failed,
    "state:lesson-completed": _lesson_completed,
    "state:meeting-registered": _meeting_registered,
    "state:lesson-register-empty": _lesson_register_empty,
    "state:my-learning-empty": _my_learning_empty,
    "state:profile-form-error": _profile_form_error,
    "state:certificate-not-found": _certificate_not_found,
    "state:menu-open": _menu_open,
    "state:calendar-address": _calendar_address,
}

# States that answer with an error status on purpose.
EXPECTED_STATUS = {"state:not-found": 404, "state:certificate-not-found": 404}


def visit(tab, base, state):
    if state.key in CHANGED_STATE_VISITS:
        return CHANGED_STATE_VISITS[state.key](tab, base, state.visitor)
    kind, name = state.key.split(":", 1)
    if kind == "page":
        return _goto(tab, base + page_type_url(name, state.visitor))
    if kind == "url":
        user = None if state.visitor == "anonymous" else user_of(state.visitor)
        return _goto(tab, base + route_url(name, user))
    raise AssertionError(f"{state.id}: no way to reach this state in tests/test_accessibility.py")


def reflow_problems(tab, state) -> list[str]:
    problems = []
    for width in REFLOW_WIDTHS:
        tab.set_viewport_size({"width": width, "height": 900})
        # The layout follows the new width before the next animation frame.
        tab.evaluate("() => new Promise((done) => requestAnimationFrame(() => done()))")
        scroll_width, inner_width = tab.evaluate(PAGE_WIDTH)
        if scroll_width > inner_width:
            problems.append(
                f"{state.id} {tab.url}: the page scrolls sideways at {width} px "
                f"({scroll_width} px wide)"
            )
        for box in tab.evaluate(SCROLL_BOXES):
            if box["tabindex"] != "0" or box["role"] != "region" or not box["name"]:
                problems.append(
                    f"{state.id} {tab.url}: at {width} px {box['element']} scrolls sideways but "
                    "is not a focusable, named region (tabindex=0, role=region, aria-label)"
                )
    return problems


@pytest.mark.django_db
def test_the_checks_can_reach_every_front_end_page_and_route(client):
    """Every page type and URL is in the list of checked states, or is no HTML page: a new
    page cannot escape the accessibility checks by being left out."""
    assert not unnamed_or_unclassified_routes()
    seed_portal()
    states = page_states()
    for state in states:
        if state.key.startswith("state:"):
            assert state.key in CHANGED_STATE_VISITS, (
                f"{state.key} is listed in portal.accessibility.CHANGED_STATES but "
                "tests/test_accessibility.py has no way to reach it: add it to "
                "CHANGED_STATE_VISITS."
            )
        elif state.key.startswith("page:") and state.visitor != "anonymous":
            page_type_url(state.key.removeprefix("page:"), state.visitor)
        elif state.key.startswith("url:") and state.visitor != "anonymous":
            route_url(state.key.removeprefix("url:"), user_of(state.visitor))
    assert set(CHANGED_STATE_VISITS) <= {state.key for state in states}

    # What is said to be no page really is none: a GET answers 405, a redirect or a file.
    client.force_login(user_of("Redactie"))
    superuser = Client()
    from django.contrib.auth import get_user_model

    superuser.force_login(get_user_model().objects.filter(is_superuser=True).first())
    for name, reason in NOT_A_PAGE.items():
        if name == "wagtail_serve":
            continue
        try:
            url = reverse(name)
        except NoReverseMatch:
            assert name in ROUTE_ARGUMENTS, f"{name}: add example arguments to ROUTE_ARGUMENTS"
            url = reverse(name, kwargs=ROUTE_ARGUMENTS[name](user_of("Regisseur")))
        response = superuser.get(url)
        content_type = response.get("Content-Type", "")
        assert response.status_code in (301, 302, 405) or "text/html" not in content_type, (
            f"{name} ({url}) is listed as '{reason}' but answers an HTML page: check it"
        )
    assert front_end_routes()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_every_page_state_passes_axe_and_reflows(live_server, browser):  # noqa: F811
    assert not settings.DEBUG, "the browser tests must see the pages users see (DEBUG off)"
    seed_portal()
    states = page_states()
    problems: list[str] = []
    checked = []
    visitors = ["anonymous"] + sorted({s.visitor for s in states} - {"anonymous"})
    for visitor in visitors:
        # One browser context per visitor: its own cookies, so its own session.
        context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        if visitor != "anonymous":
            log_in(tab, live_server, demo_username(visitor))
        for state in (s for s in states if s.visitor == visitor):
            tab.set_viewport_size({"width": 1280, "height": 900})
            try:
                status = visit(tab, live_server.url, state)
            except Exception as error:  # noqa: BLE001 - reported with the others, below
                problems.append(f"{state.id}: could not be reached: {error}")
                checked.append(state.id)
                continue
            expected = EXPECTED_STATUS.get(state.key)
            if status is None or status >= 500 or (expected and status != expected):
                problems.append(f"{state.id} {tab.url}: answered {status}")
            problems += describe_violations(state.id, tab.url, run_axe(tab))
            problems += reflow_problems(tab, state)
            checked.append(state.id)
            # Shown with -s: where a long run is.
            print(f"{len(checked)}/{len(states)} {state.id} {status}", flush=True)
        context.close()
    assert sorted(checked) == sorted(state.id for state in states)
    print(f"\n{len(checked)} page states checked with axe-core and for reflow")
    assert not problems, f"{len(problems)} accessibility problems:\n" + "\n".join(problems)


@pytest.mark.django_db
def test_the_statement_says_what_the_checks_check(client, regisseur):
    """/toegankelijkheid/ takes its figures from portal.accessibility, the lists these tests
    run from: the number of page states, the WCAG rule tags, the widths and the journeys."""
    from portal.accessibility import (
        CHECKED_CRITERIA,
        KEYBOARD_JOURNEYS,
        KNOWN_LIMITATIONS,
        WCAG_TAGS,
        front_end_page_types,
    )

    client.force_login(regisseur)
    response = client.get("/toegankelijkheid/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Toegankelijkheidsverklaring" in html
    assert "<strong>voldoet gedeeltelijk</strong> aan WCAG 2.1 AA" in html
    assert f"openen de geautomatiseerde tests {len(page_states())} paginatoestanden" in html
    assert f"elk van de {len(front_end_page_types())} paginatypen" in html
    assert ", ".join(WCAG_TAGS) in html
    for number, _name, _how in CHECKED_CRITERIA:
        assert f"Succescriterium {number}" in html
    for text in [*KEYBOARD_JOURNEYS.values(), *KNOWN_LIMITATIONS]:
        assert str(text).replace("'", "&#x27;") in html
    assert "mailto:redactie-kennisportaal@acvz.invalid" in html
    # Linked from every page's footer.
    assert 'href="/toegankelijkheid/"' in client.get("/begrippen/").content.decode()
