"""Shared by the accessibility tests: axe-core from npm, the demo user of each role, and how to
reach every page state that portal.accessibility lists, in the seeded demo content."""

from pathlib import Path

from django.conf import settings
from django.db.models import Count
from django.test import RequestFactory
from django.urls import reverse

from portal.accessibility import WCAG_TAGS
from portal.constants import Role
from portal.demo_content.users import DEMO_USERS
from tests.themes.test_browser_lesson import log_in  # noqa: F401 (the browser log-in, shared)

AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"

BSN_SENTENCE = "De jongere met BSN 123456782 kreeg geen plek."

RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({
      target: node.target.join(" "),
      summary: node.failureSummary,
    })),
  }));
}"""

# A page scrolls sideways when its scrolling element is wider than the viewport.
PAGE_WIDTH = "[document.scrollingElement.scrollWidth, window.innerWidth]"

# Wide content that scrolls inside its own box: every such box must be reachable and named.
SCROLL_BOXES = """() => Array.from(document.querySelectorAll("main *")).filter((element) => {
  const style = getComputedStyle(element);
  return ["auto", "scroll"].includes(style.overflowX)
    && element.scrollWidth > element.clientWidth + 1
    && element.clientWidth > 0;
}).map((element) => ({
  element: element.tagName.toLowerCase()
    + (element.className ? "." + String(element.className).trim().split(/\\s+/).join(".") : ""),
  tabindex: element.getAttribute("tabindex"),
  role: element.getAttribute("role"),
  name: element.getAttribute("aria-label") || element.getAttribute("aria-labelledby") || "",
}))"""


def demo_username(role: str) -> str:
    """The demo user of a role (portal/demo_content/users.py), the first one listed."""
    for spec in DEMO_USERS:
        if role in spec["groups"]:
            return spec["username"]
    raise AssertionError(
        f"No demo user has the role {role!r}: add one to portal/demo_content/users.py, so the "
        "accessibility checks can see the portal as that role."
    )


def run_axe(tab) -> list[dict]:
    # Evaluated as a script, not injected as a <script> tag: the Content-Security-Policy refuses
    # inline scripts, as it should.
    if not tab.evaluate("typeof window.axe !== 'undefined'"):
        tab.evaluate(AXE_SCRIPT.read_text())
    return tab.evaluate(RUN_AXE, list(WCAG_TAGS))


def describe_violations(state_id: str, url: str, violations: list[dict]) -> list[str]:
    lines = []
    for violation in violations:
        lines.append(
            f"{state_id} {url}: {violation['id']} ({violation['impact']}) {violation['help']}"
        )
        for node in violation["nodes"][:5]:
            summary = " ".join(node["summary"].split())[:300]
            lines.append(f"    {node['target']}: {summary}")
    return lines


def user_of(role: str):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=demo_username(role))


def first_viewable_page(model, user):
    """The first live page of a type that the user may open (Wagtail view restrictions)."""
    request = RequestFactory().get("/")
    request.user = user
    request.session = {}
    for page in model.objects.live().order_by("path")[:50]:
        if all(restriction.accept_request(request) for restriction in page.get_view_restrictions()):
            return page
    return None


def page_type_url(label: str, role: str) -> str:
    from django.apps import apps

    model = apps.get_model(label)
    page = first_viewable_page(model, user_of(role))
    if page is None:
        raise AssertionError(
            f"The demo content has no live {label} page that {role} may open: add one to its "
            "app's demo content (register_demo_content), so the accessibility checks can visit it."
        )
    return page.url


def _most_used_tag_slug(user):
    from taggit.models import Tag

    return (
        Tag.objects.annotate(uses=Count("taggit_taggeditem_items"))
        .order_by("-uses", "name")
        .first()
        .slug
    )


def _learning_path_slug(user):
    from training.models import LearningPath

    return LearningPath.objects.order_by("pk").first().slug


def _certificate_code(user):
    from training.models import Certificate

    certificate = Certificate.objects.filter(user=user).first() or Certificate.objects.first()
    return certificate.code


def _partner_slug(user):
    from people.selectors import directory_partners

    return directory_partners().filter(directory_entry__isnull=False).order_by("name").first().slug


def _colleague_username(user):
    from people.models import ColleagueProfile

    return (
        ColleagueProfile.objects.exclude(user=user)
        .filter(hidden=False)
        .order_by("user__username")
        .first()
        .user.get_username()
    )


# How to fill in the URL arguments of a front-end route from the demo content, for a user.
# A new route with arguments needs an entry here (the coverage test says so).
ROUTE_ARGUMENTS = {
    "notifications_subscription": lambda user: {"pk": 1},  # POST only: any number
    "tag_detail": lambda user: {"slug": _most_used_tag_slug(user)},
    "training_learning_path": lambda user: {"slug": _learning_path_slug(user)},
    "training_certificate": lambda user: {"code": _certificate_code(user)},
    "partner_detail": lambda user: {"slug": _partner_slug(user)},
    "colleague_detail": lambda user: {"username": _colleague_username(user)},
    "colleague_edit": lambda user: {"username": user.get_username()},
    # The file answers of NOT_A_PAGE: the coverage test checks they are no HTML page.
    "training_certificate_pdf": lambda user: {"code": _certificate_code(user)},
    "programme_meetings_ics": lambda user: {"programme_slug": "radicalisering"},
    "meeting_attendees_csv": lambda user: {"slug": _meeting_slug()},
    "meeting_ics": lambda user: {"slug": _meeting_slug()},
    "meeting_register": lambda user: {"slug": _meeting_slug()},
    "meeting_unregister": lambda user: {"slug": _meeting_slug()},
    "training_lesson_complete": lambda user: {"lesson_id": _lesson_id()},
    "training_knowledge_check": lambda user: {"lesson_id": _lesson_id(), "check_id": "check"},
    "training_reflection": lambda user: {"lesson_id": _lesson_id(), "block_id": "block"},
    "training_module_adopt": lambda user: {"module_id": _lesson_id()},
    "training_module_renew": lambda user: {"module_id": 1},  # POST only: any number
    "tag_detail_old_slug": lambda user: {"slug": _old_unicode_tag_slug()},
    "revise_lesson": lambda user: {"page_id": _revisable_contribution_id(user)},
    "record_sighting": lambda user: {"page_id": _bottleneck_id()},
    "sighting_decide": lambda user: {"pk": 1},  # POST only: any number
    "calendar_feed": lambda user: {"token": "onbekend"},  # an unknown token: a plain 404
    "question_ask": lambda user: {"page_id": _page_with_questions_id()},
    "question_answer": lambda user: {"pk": _answerable_question_id()},
    "answer_mark": lambda user: {"pk": 1},  # POST only: any number
    "question_decide": lambda user: {"pk": 1},  # POST only: any number
    "notifications_unsubscribe": lambda user: {"token": _unsubscribe_token()},
    "merge_proposal_decide": lambda user: {"pk": 1},  # POST only: any number
    "meeting_harvest": lambda user: {"slug": _harvested_meeting_slug()},
}


def _page_with_questions_id():
    from questions.models import Post

    return Post.objects.order_by("pk").values_list("page_id", flat=True)[0]


def _answerable_question_id():
    """An approved question of the demo (the answer form; a reader who may not answer gets
    the Dutch 403 page)."""
    from questions.constants import PostKind, PostStatus
    from questions.models import Post

    return (
        Post.objects.filter(kind=PostKind.QUESTION, status=PostStatus.APPROVED)
        .order_by("pk")
        .values_list("pk", flat=True)[0]
    )


def _unsubscribe_token():
    """The token of an e-mail's unsubscribe link: the demo regisseur's subscription to their
    programme by e-mail (made for the occasion)."""
    from notifications.constants import Channel
    from notifications.email import unsubscribe_token
    from notifications.services import subscription_follow
    from portal.selectors import user_programmes

    user = user_of(Role.REGISSEUR)
    subscription = subscription_follow(
        user=user, programme=user_programmes(user=user)[0], channel=Channel.IMMEDIATE
    )
    return unsubscribe_token(user=user, subscription=subscription)


def _bottleneck_id():
    from themes.constants import LessonKind
    from themes.models import LessonLearned

    return LessonLearned.objects.live().filter(kind=LessonKind.BOTTLENECK).order_by("pk")[0].pk


def _revisable_contribution_id(user):
    """A contribution of the user they may still revise: the demo regisseur's returned one, or
    for another demo user a draft made for the occasion."""
    from portal.selectors import user_programmes
    from themes.participation.seeding import demo_contribution_data
    from themes.participation.selectors import submissions_of
    from themes.participation.services import contribution_create

    for submission in submissions_of(user):
        if submission.may_revise:
            return submission.lesson.pk
    programme = user_programmes(user=user)[0]
    data = demo_contribution_data("Een concept om te bewerken", "goede-praktijk", programme)
    return contribution_create(user=user, data=data, submit=False).pk


def _old_unicode_tag_slug():
    from django.utils.text import slugify
    from taggit.models import Tag

    tag = next(tag for tag in Tag.objects.order_by("name") if not tag.name.isascii())
    return slugify(tag.name, allow_unicode=True)


def _meeting_slug():
    from themes.models import ThemeMeeting

    return ThemeMeeting.objects.live().order_by("path").first().slug


def _harvested_meeting_slug():
    from themes.participation.seeding import HARVESTED_MEETING

    return HARVESTED_MEETING


def _lesson_id():
    from training.models import Lesson

    return Lesson.objects.live().order_by("path").first().pk


def route_url(name: str, user) -> str:
    from django.urls import NoReverseMatch

    try:
        return reverse(name)
    except NoReverseMatch:
        if name not in ROUTE_ARGUMENTS:
            raise AssertionError(
                f"The route {name!r} takes URL arguments: add how to fill them from the demo "
                "content to ROUTE_ARGUMENTS in tests/accessibility_support.py."
            ) from None
        return reverse(name, kwargs=ROUTE_ARGUMENTS[name](user))


def lesson_with_check():
    from training.models import Lesson

    for lesson in Lesson.objects.live().order_by("path"):
        if any(block.block_type == "knowledge_check" for block in lesson.body):
            return lesson
    raise AssertionError("The demo content has no lesson with a knowledge check.")


def open_meeting(user):
    """A theme meeting still open for registration, with the user not registered for it (a
    registration from the demo content is taken back first)."""
    from django.utils import timezone

    from themes.models import ThemeMeeting

    for meeting in ThemeMeeting.objects.live().order_by("path"):
        if meeting.registration_open and meeting.start > timezone.now():
            meeting.registrations.filter(user=user).delete()
            return meeting
    raise AssertionError("The demo content has no theme meeting open for registration.")


ALL_ROLES = [role.value for role in Role]
