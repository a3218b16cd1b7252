"""What the accessibility checks cover: the one source for the browser tests
(tests/test_accessibility*.py) and the accessibility statement at /toegankelijkheid/, so that the
statement says exactly what the tests check.

The page states are found from the code, not from a hand list: every page type (a creatable
Wagtail page model) and every front-end URL pattern, each seen by every role, plus the states
that change a page (empty and filled lists, a failed knowledge check, a form error, ...). A new
page type or URL is in the list as soon as it exists; the tests then visit it, or fail saying
what they need to reach it."""

import datetime
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.translation import gettext_lazy as _

from .constants import Role

# The axe-core rule tags the checks run: WCAG 2.0 and 2.1, levels A and AA.
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
WCAG_LEVEL = "WCAG 2.1 AA"

# Reflow (WCAG 1.4.10): no horizontal page scroll at these viewport widths (CSS pixels).
REFLOW_WIDTHS = (320, 1280)

# URL patterns that are no front-end page: the admin (Wagtail's own, tested by Wagtail), the
# document downloads, the language switch, Wagtail's password/login helpers, image renditions.
EXCLUDED_URL_PREFIXES = ("admin/", "documents/", "i18n/", "_util/", "media/")

# Named URL patterns that answer no HTML page of their own, and why. The tests check that each
# really does not (a GET answers 405, a redirect, or a file that is not HTML).
NOT_A_PAGE = {
    "healthz": "health check (JSON) for the load balancer",
    "logout": "POST only",
    "search_suggestions": "autocomplete suggestions (JSON)",
    "tag_detail_old_slug": "redirects an old theme address to the theme page",
    "training_lesson_complete": "POST only",
    "training_knowledge_check": "POST only",
    "training_reflection": "POST only",
    "training_module_adopt": "POST only",
    "training_module_renew": "POST only",
    "training_certificate_pdf": "PDF download",
    "lesson_register_csv": "CSV download",
    "similar_bottlenecks": "similar knelpunten while typing (JSON)",
    "sighting_decide": "POST only",
    "answer_mark": "POST only",
    "question_decide": "POST only",
    "merge_proposals_refresh": "POST only",
    "merge_proposal_decide": "POST only",
    "meetings_ics": "calendar file",
    "programme_meetings_ics": "calendar file",
    "meeting_ics": "calendar file",
    "meeting_register": "POST only",
    "meeting_unregister": "POST only",
    "meeting_attendees_csv": "CSV download",
    "notifications_follow": "POST only",
    "notifications_subscription": "POST only",
    "notifications_mark_read": "POST only",
    "calendar_feed": "calendar file (the personal subscription, no login)",
    "calendar_feed_new_address": "POST only",
    "calendar_feed_revoke": "POST only",
    # Wagtail's page serving: covered page type by page type.
    "wagtail_serve": "the page types",
}

# Pages for visitors who are not logged in (every other page redirects them to the login).
# The one-click unsubscribe from an e-mail works without login (a signed token in its address).
ANONYMOUS_ROUTES = ("login", "notifications_unsubscribe")


@dataclass(frozen=True)
class PageState:
    """One page in one state, as one kind of visitor sees it."""

    key: str  # "page:<app.Model>", "url:<url name>" or "state:<name>"
    visitor: str  # a Role value, or "anonymous"
    description: str = ""

    @property
    def id(self) -> str:
        return f"{self.key}@{self.visitor}"


# The states that change a page, beyond the role of the visitor: each is visited once, by the
# visitor named (the demo user of that role). The browser test implements each key.
CHANGED_STATES = (
    ("state:login-error", "anonymous", _("Login with a wrong password")),
    ("state:not-found", Role.REGISSEUR, _("A page that does not exist (404)")),
    ("state:search-no-results", Role.REGISSEUR, _("Search without results (empty list)")),
    ("state:search-with-facet", Role.REGISSEUR, _("Search results narrowed by a facet")),
    ("state:knowledge-check-failed", Role.REGISSEUR, _("A lesson after a failed knowledge check")),
    ("state:lesson-completed", Role.REGISSEUR, _("A lesson marked as completed")),
    ("state:meeting-registered", Role.REGISSEUR, _("A theme meeting after registering")),
    ("state:lesson-register-empty", Role.REGISSEUR, _("The lesson register filtered to nothing")),
    ("state:my-learning-empty", Role.REDACTIE, _("My learning without enrolments (empty list)")),
    ("state:profile-form-error", Role.REGISSEUR, _("The profile form with an error")),
    ("state:certificate-not-found", Role.REGISSEUR, _("Verifying an unknown certificate code")),
    ("state:menu-open", Role.REGISSEUR, _("The navigation menu opened on a narrow screen")),
    (
        "state:calendar-address",
        Role.REGISSEUR,
        _("A new calendar subscription address, shown once"),
    ),
)


def front_end_page_types() -> list[str]:
    """Every page type an editor can create, as "app_label.ModelName"."""
    from wagtail.models import get_page_models

    return sorted(model._meta.label for model in get_page_models() if model.is_creatable)


def _url_names(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _url_names(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern.name


def front_end_routes() -> list[str]:
    """The names of the URL patterns that serve a front-end page of their own."""
    names = []
    for route, name in _url_names(get_resolver().url_patterns):
        if route.startswith(EXCLUDED_URL_PREFIXES) or name in NOT_A_PAGE:
            continue
        if name is None:
            raise ValueError(
                f"URL pattern {route!r} has no name: the accessibility checks need one"
            )
        if name not in names:
            names.append(name)
    return sorted(names)


def unnamed_or_unclassified_routes() -> list[str]:
    """URL patterns outside the exclusions without a name (the checks cannot refer to them)."""
    return [
        route
        for route, name in _url_names(get_resolver().url_patterns)
        if name is None and not route.startswith(EXCLUDED_URL_PREFIXES)
    ]


def page_states() -> list[PageState]:
    """Every page state the accessibility checks visit."""
    states = []
    for key in [f"page:{label}" for label in front_end_page_types()] + [
        f"url:{name}" for name in front_end_routes()
    ]:
        if key.removeprefix("url:") in ANONYMOUS_ROUTES:
            states.append(PageState(key, "anonymous"))
        else:
            states.extend(PageState(key, role.value) for role in Role)
    for key, visitor, description in CHANGED_STATES:
        states.append(PageState(key, str(visitor), str(description)))
    return states


# The journeys the keyboard test (tests/test_accessibility_keyboard.py) completes without a
# mouse, by the name the test gives each.
KEYBOARD_JOURNEYS = {
    "onboarding": _("Onboarding: from the start page through the welcome section to a first step"),
    "knowledge-check": _(
        "A lesson with a knowledge check: answer it, read the feedback, mark the lesson as done"
    ),
    "search-facet": _("Search with a facet: search from the header, narrow the results"),
    "meeting": _("Registering for a theme meeting, and unregistering"),
    "share-lesson": _(
        "Sharing a lesson learned: fill in the form, correct a privacy finding, submit it"
    ),
}


# The accessibility statement (/toegankelijkheid/), in the format of the Dutch government's
# model statement (toegankelijkheidsverklaring): status, what was tested and how, known
# limitations, how to report a problem, and the date.
STATEMENT_DATE = datetime.date(2026, 12, 2)
# "Partially compliant": every check below passes, but the checks cover part of WCAG 2.1 AA
# only, and no independent full evaluation has been done yet.
STATEMENT_STATUS = _("partially compliant")

# The success criteria the tests check beyond axe-core's rules, with where.
CHECKED_CRITERIA = (
    ("1.4.10", _("Reflow"), _("no horizontal scrolling at 320 and 1,280 pixels wide")),
    ("2.1.1", _("Keyboard"), _("the main journeys completed with the keyboard only")),
    ("2.4.3", _("Focus order"), _("focus lands where you expect after each action")),
    ("2.4.7", _("Focus visible"), _("a visible focus indicator on every element reached")),
)

KNOWN_LIMITATIONS = (
    _(
        "Automated checks find part of the accessibility problems only; no independent full "
        "evaluation (WCAG-EM) has been done yet."
    ),
    _(
        "Documents that editors upload (PDF, Word, presentations) and embedded videos are not "
        "checked; ask the editorial team for an accessible version when you need one."
    ),
    _(
        "The editors' environment (the Wagtail admin) is not checked: it is Wagtail's own "
        "software, with its own accessibility work. Sharing a lesson or knelpunt, which every "
        "colleague does, happens in the portal's own form, which is checked."
    ),
    _(
        "Certificates as PDF files are not tagged for screen readers; the web page of each "
        "certificate is."
    ),
)


def statement_facts() -> dict:
    """What the statement says about the checks, from the same lists the tests use."""
    states = page_states()
    return {
        "state_count": len(states),
        "page_type_count": len(front_end_page_types()),
        "route_count": len(front_end_routes()),
        "role_count": len(Role),
        "changed_state_count": len(CHANGED_STATES),
        "wcag_tags": WCAG_TAGS,
        "wcag_level": WCAG_LEVEL,
        "reflow_widths": REFLOW_WIDTHS,
        "checked_criteria": CHECKED_CRITERIA,
        "keyboard_journeys": list(KEYBOARD_JOURNEYS.values()),
        "known_limitations": KNOWN_LIMITATIONS,
        "status": STATEMENT_STATUS,
        "date": STATEMENT_DATE,
    }
