"""Reads outside the page's own section: the page a post is made on, and the moderators'
list."""

from django.db.models import Q, QuerySet

from portal.cached_reads import user_group_ids
from portal.models import KnowledgePage, Programme
from portal.selectors import knowledge_pages_for

from .constants import PostKind, PostStatus
from .models import Post
from .permissions import is_editorial_team


def readable_page(*, page_id: int, user):
    """A live knowledge page the user may read, with what the thread needs, or None."""
    return (
        knowledge_pages_for(user)
        .select_related("content_owner", "owner_programme")
        .filter(pk=page_id)
        .first()
    )


def answerable_post(*, pk: int, user) -> Post | None:
    """An approved question or addition on a page the user may read."""
    post = (
        Post.objects.filter(pk=pk, status=PostStatus.APPROVED)
        .exclude(kind=PostKind.ANSWER)
        .select_related("page", "page__owner_programme", "page__content_owner", "author")
        .first()
    )
    if post is None or readable_page(page_id=post.page_id, user=user) is None:
        return None
    return post


def markable_answer(*, pk: int, user) -> Post | None:
    answer = (
        Post.objects.filter(pk=pk, kind=PostKind.ANSWER, status=PostStatus.APPROVED)
        .select_related("question", "page", "page__owner_programme", "page__content_owner")
        .first()
    )
    if answer is None or readable_page(page_id=answer.page_id, user=user) is None:
        return None
    return answer


def may_moderate_anything(user) -> bool:
    """Redactie, an editor of some programme, or the content owner of some page."""
    if is_editorial_team(user):
        return True
    group_ids = list(user_group_ids(user))
    return (
        Programme.objects.filter(editor_group_id__in=group_ids).exists()
        or KnowledgePage.objects.filter(content_owner=user).exists()
    )


def posts_to_review(user) -> QuerySet[Post]:
    """Questions and additions waiting for this moderator's approval: on the pages they own
    and the pages of the programmes whose editors they are; on every page for Redactie."""
    posts = (
        Post.objects.filter(status=PostStatus.PENDING)
        .exclude(kind=PostKind.ANSWER)
        .select_related("page", "page__owner_programme", "author")
        .order_by("created_at", "pk")
    )
    if is_editorial_team(user):
        return posts
    group_ids = list(user_group_ids(user))
    return posts.filter(
        Q(page__content_owner=user) | Q(page__owner_programme__editor_group_id__in=group_ids)
    )
