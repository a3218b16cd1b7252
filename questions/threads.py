"""A page's thread of questions, additions and answers, as the section under the page shows
it, at no query per page view: every knowledge page shows the section, so the posts of a page
are read in one query and kept as plain data in portal's shared cache, forgotten whenever a
post of that page is saved or deleted. What one reader sees (their own posts waiting for
approval, whether they may answer or mark) is worked out from that data in Python."""

import datetime
from dataclasses import dataclass, field

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal.cached_reads import TIMEOUT, cache

from .constants import PostKind, PostStatus
from .models import Post


@dataclass(frozen=True)
class PostRow:
    """One post as the thread shows it (plain data: it lives in the cache)."""

    pk: int
    kind: str
    question_id: int | None
    text: str
    author_id: int | None
    author_name: str
    created_at: datetime.datetime
    status: str
    is_the_answer: bool

    @property
    def kind_label(self) -> str:
        return PostKind(self.kind).label

    @property
    def is_pending(self) -> bool:
        return self.status == PostStatus.PENDING

    @property
    def is_rejected(self) -> bool:
        return self.status == PostStatus.REJECTED


def _key(page_id: int) -> str:
    return f"questions:thread:{page_id}"


def page_posts(page_id: int) -> tuple[PostRow, ...]:
    """Every post of the page, whatever its status: one query, then from the cache."""
    rows = cache.get(_key(page_id))
    if rows is None:
        rows = tuple(
            PostRow(
                pk=post.pk,
                kind=post.kind,
                question_id=post.question_id,
                text=post.text,
                author_id=post.author_id,
                author_name=author_name(post.author),
                created_at=post.created_at,
                status=post.status,
                is_the_answer=post.is_the_answer,
            )
            for post in Post.objects.filter(page_id=page_id)
            .select_related("author")
            .order_by("created_at", "pk")
        )
        cache.set(_key(page_id), rows, TIMEOUT)
    return rows


def forget_page_thread(page_id: int) -> None:
    cache.delete(_key(page_id))


@receiver(post_save, sender=Post, dispatch_uid="questions.forget_thread_on_save")
@receiver(post_delete, sender=Post, dispatch_uid="questions.forget_thread_on_delete")
def _post_changed(sender, instance, **kwargs):
    forget_page_thread(instance.page_id)


def author_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


@dataclass
class ThreadEntry:
    """A question or addition with its answers, the one marked as the answer first."""

    post: PostRow
    answers: list[PostRow] = field(default_factory=list)
    is_own: bool = False
    may_mark: bool = False

    @property
    def is_question(self) -> bool:
        return self.post.kind == PostKind.QUESTION

    @property
    def the_answer(self) -> PostRow | None:
        return next((answer for answer in self.answers if answer.is_the_answer), None)


@dataclass
class ReaderThread:
    """The thread as one reader sees it."""

    entries: list[ThreadEntry]
    may_answer: bool
    waiting_count: int  # posts of others waiting for approval (for those who may approve)


def reader_thread(*, rows, user, may_answer: bool) -> ReaderThread:
    """Approved questions and additions, newest first, plus the reader's own that wait for
    approval or were not published; each with its answers, the marked one first."""
    answers: dict[int, list[PostRow]] = {}
    for row in rows:
        if row.kind == PostKind.ANSWER and row.status == PostStatus.APPROVED:
            answers.setdefault(row.question_id, []).append(row)
    entries = []
    waiting = 0
    for row in reversed(rows):
        if row.kind == PostKind.ANSWER:
            continue
        is_own = user.is_authenticated and row.author_id == user.pk
        if row.status != PostStatus.APPROVED and not is_own:
            waiting += row.status == PostStatus.PENDING
            continue
        entry_answers = sorted(
            answers.get(row.pk, []), key=lambda answer: (not answer.is_the_answer, answer.pk)
        )
        entries.append(
            ThreadEntry(
                post=row,
                answers=entry_answers,
                is_own=is_own,
                may_mark=row.kind == PostKind.QUESTION and (is_own or may_answer),
            )
        )
    return ReaderThread(entries=entries, may_answer=may_answer, waiting_count=waiting)
