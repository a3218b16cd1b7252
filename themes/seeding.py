"""Demo content of the themes app, run by `seed_demo` through the `register_demo_content`
hook. Deterministic and idempotent: what exists (by slug) is left alone."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from portal.models import Audience, HomePage, Programme

from .constants import FollowUpStatus
from .demo_content.lessons import LESSONS, PROGRAMME_CONTEXT
from .factories import LessonIndexPageFactory, LessonLearnedFactory
from .models import ChainPartner, FollowUpStatusChange, LessonIndexPage, LessonLearned

# The order in which a follow-up usually moves, to give seeded lessons a plausible history.
STATUS_PATH = {
    FollowUpStatus.OPEN: [FollowUpStatus.OPEN],
    FollowUpStatus.IN_PROGRESS: [FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS],
    FollowUpStatus.SOLVED: [
        FollowUpStatus.OPEN,
        FollowUpStatus.IN_PROGRESS,
        FollowUpStatus.SOLVED,
    ],
    FollowUpStatus.UNSOLVABLE: [FollowUpStatus.OPEN, FollowUpStatus.UNSOLVABLE],
}

# Demo authors per programme: staff who share their programme's lessons.
AUTHOR_BY_PROGRAMME = {
    "top600": "programmamedewerker",
    "radicalisering": "medewerker-radicalisering",
}


def ensure_lesson_index() -> LessonIndexPage:
    index = LessonIndexPage.objects.first()
    if index is None:
        home = HomePage.objects.first()
        index = LessonIndexPageFactory(
            parent=home,
            intro="<p>Wat de programma's van de AcVZ leerden: goede praktijken, knelpunten in "
            "de keten en systeemfouten, met wat eraan gedaan wordt.</p>",
        )
        index.save_revision().publish()
    return index


def seed_lesson(index: LessonIndexPage, spec: tuple, *, now: datetime.datetime) -> bool:
    (
        slug,
        programme_slug,
        kind,
        title,
        summary,
        happened,
        worked,
        recommendation,
        tags,
        partners,
        source,
        status,
        follow_up_owner,
        target_days,
        actions,
        days_ago,
        *rest,
    ) = spec
    if LessonLearned.objects.filter(slug=slug).exists():
        return False
    also = rest[0] if rest else []
    programme = Programme.objects.get(slug=programme_slug)
    author = (
        get_user_model().objects.filter(username=AUTHOR_BY_PROGRAMME.get(programme_slug)).first()
    )
    published_at = now - datetime.timedelta(days=days_ago)
    path = STATUS_PATH.get(status, [None])
    lesson = LessonLearnedFactory(
        parent=index,
        title=title,
        slug=slug,
        summary=summary,
        owner_programme=programme,
        kind=kind,
        context=f"<p>{PROGRAMME_CONTEXT[programme_slug]}</p>",
        what_happened=f"<p>{happened}</p>",
        what_worked=f"<p>{worked}</p>",
        recommendation=f"<p>{recommendation}</p>",
        source=source,
        follow_up_status=path[0] or "",
        follow_up_owner=follow_up_owner,
        follow_up_target_date=(
            now.date() + datetime.timedelta(days=target_days) if target_days is not None else None
        ),
        owner=author,
        blame_free=kind != "goede-praktijk" and days_ago % 2 == 0,
        live=False,
    )
    lesson.tags.add(*tags)
    lesson.chain_partners.set(ChainPartner.objects.filter(slug__in=partners))
    lesson.also_relevant_for.set(Programme.objects.filter(slug__in=also))
    lesson.audiences.set(Audience.objects.filter(code__in=["regisseur", "programmamedewerker"]))
    for step, step_status in enumerate(path):
        if step_status is not None:
            lesson.follow_up_status = step_status
            lesson.follow_up_actions = actions if step == len(path) - 1 else ""
        lesson.save_revision(user=author).publish(user=None)
    # Spread the history over the time since reporting, so the register's "longest waiting
    # first" and the history read as they would in real use.
    changes = list(FollowUpStatusChange.objects.filter(lesson=lesson).order_by("id"))
    for step, change in enumerate(changes):
        change.changed_at = published_at + datetime.timedelta(days=step * days_ago // 3)
        change.changed_by = author
        change.save(update_fields=["changed_at", "changed_by"])
    LessonLearned.objects.filter(pk=lesson.pk).update(
        first_published_at=published_at,
        last_published_at=published_at + datetime.timedelta(days=(len(path) - 1) * days_ago // 3),
    )
    return True


@transaction.atomic
def seed_themes(log=lambda message: None) -> None:
    index = ensure_lesson_index()
    now = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
    created = sum(seed_lesson(index, spec, now=now) for spec in LESSONS)
    log(f"{LessonLearned.objects.count()} geleerde lessen ({created} nieuw)")
