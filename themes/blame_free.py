"""Blame-free for real in the admin: the author of a blame-free lesson is visible only to the
owning programme's editors and the editorial team (the same people `user_moderates` lets see
the name on the page). The explorer and the admin page search can filter by owner and by who
edited a page; for everyone else, blame-free lessons drop out of such a filtered result, so the
filter cannot tell who wrote them."""

from django.db.models import Q, QuerySet

from portal.constants import Role

# The explorer's and page search's filters that select pages by a person.
PERSON_FILTERS = ("owner", "edited_by")


def lessons_with_hidden_author(user) -> QuerySet:
    """The blame-free lessons whose author this user may not see: all but those of the
    programmes they edit for, and their own (the author knows who wrote it)."""
    from .models import LessonLearned

    lessons = LessonLearned.objects.filter(blame_free=True)
    if user.is_superuser or user.groups.filter(name=Role.REDACTIE).exists():
        return lessons.none()
    return lessons.exclude(Q(owner_programme__editor_group__in=user.groups.all())).exclude(
        owner=user
    )


def exclude_hidden_authors_when_filtering_by_person(parent_page, pages, request):
    if not any(request.GET.getlist(name) for name in PERSON_FILTERS):
        return pages
    return pages.exclude(pk__in=lessons_with_hidden_author(request.user).values("pk"))
