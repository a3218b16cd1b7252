"""Writes of front-end contributions: a draft lesson in the owning programme's moderation
workflow, saved as a revision by its author; submitting starts (or, after the reviewer asked
for changes, resumes) the review."""

from bs4 import BeautifulSoup
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify

from ..constants import KINDS_WITH_FOLLOW_UP, FollowUpStatus
from ..models import LessonIndexPage, LessonLearned

RICH_TEXT_FIELDS = ("context", "what_happened", "what_worked", "recommendation")
PLAIN_FIELDS = ("kind", "title", "summary", "source", "source_detail", "blame_free")


class NoLessonSection(Exception):
    """There is no /lessen/ section to add the lesson to."""


def text_to_rich_text(text: str) -> str:
    """Plain text with paragraphs separated by empty lines, as rich text."""
    paragraphs = [part.strip() for part in (text or "").replace("\r\n", "\n").split("\n\n")]
    return "".join(
        f"<p>{escape(part).replace(chr(10), '<br/>')}</p>" for part in paragraphs if part
    )


def rich_text_to_text(html: str) -> str:
    soup = BeautifulSoup(html or "", "html.parser")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    paragraphs = soup.find_all("p")
    if not paragraphs:
        return soup.get_text().strip()
    return "\n\n".join(paragraph.get_text().strip() for paragraph in paragraphs)


def initial_from_lesson(lesson: LessonLearned) -> dict:
    initial = {name: getattr(lesson, name) for name in PLAIN_FIELDS}
    initial.update({name: rich_text_to_text(getattr(lesson, name)) for name in RICH_TEXT_FIELDS})
    initial["owner_programme"] = lesson.owner_programme_id
    initial["chain_partners"] = [partner.pk for partner in lesson.chain_partners.all()]
    return initial


def _apply(lesson: LessonLearned, data: dict) -> None:
    for name in PLAIN_FIELDS:
        setattr(lesson, name, data[name])
    for name in RICH_TEXT_FIELDS:
        setattr(lesson, name, text_to_rich_text(data[name]))
    lesson.owner_programme = data["owner_programme"]
    lesson.chain_partners = list(data["chain_partners"])
    if lesson.kind in KINDS_WITH_FOLLOW_UP:
        lesson.follow_up_status = lesson.follow_up_status or FollowUpStatus.OPEN
    else:
        lesson.follow_up_status = ""


def _unique_slug(index: LessonIndexPage, title: str) -> str:
    base = slugify(title)[:70] or "les"
    taken = set(index.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _submit(lesson: LessonLearned, user) -> None:
    state = lesson.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
    elif state is None:
        workflow = lesson.get_workflow()
        if workflow is not None:
            workflow.start(lesson, user)


@transaction.atomic
def contribution_create(
    *, user, data: dict, submit: bool, links: dict | None = None
) -> LessonLearned:
    """A new lesson, never live, owned by its author; submitted for review when asked.
    `links` prefills what the form does not ask: `tags` (names), `also_relevant_for`
    (programmes) and `source_meeting` (a harvested theme meeting)."""
    index = LessonIndexPage.objects.first()
    if index is None:
        raise NoLessonSection
    lesson = LessonLearned(owner=user, live=False, has_unpublished_changes=True)
    _apply(lesson, data)
    links = links or {}
    if links.get("source_meeting") is not None:
        lesson.source_meeting = links["source_meeting"]
    lesson.also_relevant_for = [
        programme
        for programme in links.get("also_relevant_for", ())
        if programme.pk != lesson.owner_programme_id
    ]
    if links.get("tags"):
        lesson.tags.add(*links["tags"])
    lesson.slug = _unique_slug(index, lesson.title)
    index.add_child(instance=lesson)
    lesson.save_revision(user=user)
    if submit:
        _submit(lesson, user)
    return lesson


@transaction.atomic
def contribution_revise(*, lesson: LessonLearned, user, data: dict, submit: bool):
    """A new revision by the author of a draft or of a submission returned for changes."""
    draft = lesson.get_latest_revision_as_object()
    _apply(draft, data)
    draft.save_revision(user=user)
    if submit:
        _submit(lesson, user)
    return lesson
