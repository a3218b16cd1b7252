"""Reads that more than one view needs. Every list of pages a reader sees goes through
`knowledge_pages_for`, so unpublished pages and pages behind a view restriction the reader does
not pass never show up."""

from collections import OrderedDict
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from .cached_reads import user_group_ids, view_restrictions
from .models import KnowledgePage, Programme


def restricted_paths_for(user: AbstractBaseUser | AnonymousUser) -> list[str]:
    """Tree paths of pages (and so their descendants) the user may not see."""
    if user.is_superuser:
        return []
    restrictions = view_restrictions().rows
    if not restrictions:
        return []  # the usual case: no need to ask for the user's groups
    group_ids = user_group_ids(user)
    paths = []
    for restriction in restrictions:
        if restriction.restriction_type == PageViewRestriction.LOGIN and user.is_authenticated:
            continue
        if (
            restriction.restriction_type == PageViewRestriction.GROUPS
            and group_ids & restriction.group_ids
        ):
            continue
        # Password-protected pages are never listed: a password is not tied to the user.
        paths.append(restriction.page_path)
    return paths


def exclude_restricted(
    queryset: QuerySet, user, *, restricted_paths: list[str] | None = None
) -> QuerySet:
    """`restricted_paths`: the user's, when the caller has them already (saves the queries)."""
    paths = restricted_paths_for(user) if restricted_paths is None else restricted_paths
    if not paths:
        return queryset
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return queryset.exclude(condition)


def knowledge_pages_for(
    user, *, restricted_paths: list[str] | None = None
) -> QuerySet[KnowledgePage]:
    """Live knowledge pages of every type the user may read, with what lists need."""
    return exclude_restricted(
        KnowledgePage.objects.live().select_related("owner_programme", "content_type"),
        user,
        restricted_paths=restricted_paths,
    )


def content_type_label(content_type: ContentType) -> str:
    model = content_type.model_class()
    return str(model._meta.verbose_name_plural) if model else content_type.model


@dataclass
class MaterialGroup:
    """A heading with the pages under it, e.g. all standard pages of one programme."""

    title: str
    pages: list = field(default_factory=list)
    key: str = ""


def attach_card_dates(pages) -> None:
    """Fetch, in one query per page type, the dates cards show for types with a date of their
    own (a meeting's start, `KnowledgePage.card_date`), so that a list of cards costs no query
    per card; `{% card_date %}` uses what is attached."""
    by_class: dict[type, list] = {}
    for page in pages:
        specific_class = page.specific_class
        if (
            specific_class is not None
            and not isinstance(page, specific_class)
            and specific_class.card_date is not KnowledgePage.card_date
        ):
            by_class.setdefault(specific_class, []).append(page)
    for specific_class, generic_pages in by_class.items():
        specifics = specific_class.objects.in_bulk([page.pk for page in generic_pages])
        for page in generic_pages:
            if page.pk in specifics:
                page._card_date = specifics[page.pk].card_date()


def programme_material(*, programme: Programme, user) -> list[MaterialGroup]:
    """What a programme owns or was marked relevant for, grouped by content type."""
    pages = (
        knowledge_pages_for(user)
        .filter(Q(owner_programme=programme) | Q(also_relevant_for=programme))
        .distinct()
        .order_by("content_type_id", "-first_published_at")
    )
    groups: OrderedDict[int, MaterialGroup] = OrderedDict()
    for page in pages:
        group = groups.setdefault(
            page.content_type_id,
            MaterialGroup(title=content_type_label(page.content_type), key=page.content_type.model),
        )
        group.pages.append(page)
    attach_card_dates([page for group in groups.values() for page in group.pages])
    return list(groups.values())


def tag_material(*, tag: Tag, user) -> list[MaterialGroup]:
    """Everything with one tag, across types, grouped by owner programme."""
    pages = (
        knowledge_pages_for(user)
        .filter(tagged_items__tag=tag)
        .order_by("owner_programme__sort_order", "owner_programme__name", "title")
    )
    groups: OrderedDict[int, MaterialGroup] = OrderedDict()
    for page in pages:
        group = groups.setdefault(
            page.owner_programme_id,
            MaterialGroup(title=page.owner_programme.name, key=page.owner_programme.slug),
        )
        group.pages.append(page)
    attach_card_dates([page for group in groups.values() for page in group.pages])
    return list(groups.values())


def recent_knowledge_pages(*, user, limit: int = 6) -> list[KnowledgePage]:
    pages = list(
        knowledge_pages_for(user)
        .order_by("-first_published_at")
        .select_related("owner_programme")[:limit]
    )
    attach_card_dates(pages)
    return pages


def stale_knowledge_pages() -> QuerySet[KnowledgePage]:
    """Live knowledge pages whose review date has passed, the longest overdue first."""
    return (
        KnowledgePage.objects.live()
        .filter(review_by__lt=timezone.localdate())
        .select_related("owner_programme", "content_owner", "content_type")
        .order_by("review_by", "title")
    )


def user_programmes(*, user) -> list[Programme]:
    """The programmes a user works in: member of the programme's team, staff, editors or
    managers group."""
    if not user.is_authenticated:
        return []
    return list(
        Programme.objects.filter(
            Q(team_group__user=user)
            | Q(staff_group__user=user)
            | Q(editor_group__user=user)
            | Q(manager_group__user=user)
        ).distinct()
    )
