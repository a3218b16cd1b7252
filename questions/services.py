"""Writes on the posts under a knowledge page. Each checks what the views check too, so that a
caller that skips the view (the demo seeding, a test) cannot break the rules: the privacy
guard on every text, answers only by those who may answer, one marked answer per question."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.privacy import personal_data_message

from .constants import READER_KINDS, PostKind, PostStatus
from .models import Post
from .permissions import may_answer, may_mark, may_moderate
from .signals import question_answered
from .threads import forget_page_thread


class PostRefused(Exception):
    """A post or decision that cannot be made, with the reason in Dutch."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _guard(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise PostRefused(_("Write something first."))
    message = personal_data_message(text)
    if message:
        raise PostRefused(message)
    return text


def _same_post(**fields) -> Post | None:
    """The post just made with these fields (a form sent twice): not made a second time."""
    return Post.objects.filter(**fields).exclude(status=PostStatus.REJECTED).first()


def post_create(*, page, user, kind: str, text: str) -> Post:
    """A reader's question or addition, waiting for approval."""
    if kind not in READER_KINDS:
        raise PostRefused(_("Choose a question or an addition."))
    text = _guard(text)
    existing = _same_post(page=page, author=user, kind=kind, text=text)
    if existing is not None:
        return existing
    return Post.objects.create(
        page=page, kind=kind, text=text, author=user, status=PostStatus.PENDING
    )


def post_moderate(*, post: Post, user, approve: bool) -> Post:
    if not may_moderate(page=post.page, user=user):
        raise PostRefused(_("You may not approve questions and additions on this page."))
    post.status = PostStatus.APPROVED if approve else PostStatus.REJECTED
    post.moderated_by = user
    post.moderated_at = timezone.now()
    post.save(update_fields=["status", "moderated_by", "moderated_at"])
    return post


def answer_create(*, question: Post, user, text: str) -> Post:
    """An answer by the page's content owner or a programme editor: shown at once (they are
    the page's moderators). Sends `question_answered`."""
    page = question.page
    if not may_answer(page=page, user=user):
        raise PostRefused(
            _("Only the content owner of the page and its programme's editors answer.")
        )
    if question.kind == PostKind.ANSWER or question.status != PostStatus.APPROVED:
        raise PostRefused(_("Only an approved question or addition can be answered."))
    text = _guard(text)
    existing = _same_post(question=question, author=user, text=text)
    if existing is not None:
        return existing
    answer = Post.objects.create(
        page=page,
        kind=PostKind.ANSWER,
        question=question,
        text=text,
        author=user,
        status=PostStatus.APPROVED,
        moderated_by=user,
        moderated_at=timezone.now(),
    )
    transaction.on_commit(
        lambda: question_answered.send(sender=Post, question=question, answer=answer)
    )
    return answer


def answer_mark(*, answer: Post, user, is_the_answer: bool = True) -> Post:
    """Mark (or unmark) an answer as the answer to its question; another answer marked before
    is unmarked, so a question has at most one (the database holds it too: two marks at the
    same moment get a Dutch message, not an error)."""
    if answer.kind != PostKind.ANSWER or answer.question.kind != PostKind.QUESTION:
        raise PostRefused(_("Only an answer to a question can be marked as the answer."))
    if not may_mark(answer=answer, user=user):
        raise PostRefused(_("Only the asker or whoever answers on this page marks the answer."))
    try:
        with transaction.atomic():
            if is_the_answer:
                Post.objects.filter(question_id=answer.question_id, is_the_answer=True).exclude(
                    pk=answer.pk
                ).update(is_the_answer=False, marked_by=None)
            answer.is_the_answer = is_the_answer
            answer.marked_by = user if is_the_answer else None
            answer.save(update_fields=["is_the_answer", "marked_by"])
    except IntegrityError:
        raise PostRefused(
            _("Another answer was marked at the same moment. Reload the page and try again.")
        ) from None
    finally:
        forget_page_thread(answer.page_id)  # the update above sends no signal
    return answer
