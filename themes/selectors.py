"""Reads of the themes app. Every list a reader sees starts from
`portal.selectors.knowledge_pages_for`, so drafts and restricted pages never show up."""

from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.forms import Form
from django.utils.translation import gettext as _
from taggit.models import Tag

from portal.constants import Role
from portal.forms import valid_filters
from portal.models import KnowledgePage, KnowledgePageTag, Programme
from portal.selectors import exclude_restricted, knowledge_pages_for

from .constants import REGISTER_KINDS, UNRESOLVED_STATUSES
from .filters import LessonFilterForm, MeetingFilterForm
from .models import ChainPartner, LessonLearned

LESSONS_PER_PAGE = 20


@dataclass
class LessonFilters:
    """The filters of the lessons list, as chosen (None when not filtering on it)."""

    kind: str | None = None
    programme: Programme | None = None
    partner: ChainPartner | None = None
    tag: Tag | None = None
    status: str | None = None
    form: Form | None = None  # to render, with a message on values that do not exist

    @property
    def active(self) -> bool:
        return any([self.kind, self.programme, self.partner, self.tag, self.status])


def live_lessons_for(user) -> QuerySet[LessonLearned]:
    """Live lessons the user may read, with what cards and tables need in a fixed number of
    queries."""
    return exclude_restricted(
        LessonLearned.objects.live()
        .select_related("owner_programme")
        .prefetch_related("tags", "chain_partners"),
        user,
    )


def parse_lesson_filters(params, *, register: bool = False) -> LessonFilters:
    """Unknown values are ignored (and reported on the form) rather than answered with an
    error: a stale bookmark should still show the list."""
    form = LessonFilterForm(params or None, register=register)
    chosen = valid_filters(form)
    return LessonFilters(
        kind=chosen.get("soort"),
        programme=chosen.get("programma"),
        partner=chosen.get("partner"),
        tag=chosen.get("tag"),
        status=chosen.get("status"),
        form=form,
    )


def filter_lessons(lessons: QuerySet, filters: LessonFilters) -> QuerySet:
    if filters.kind:
        lessons = lessons.filter(kind=filters.kind)
    if filters.status:
        lessons = lessons.filter(follow_up_status=filters.status)
    if filters.programme:
        # A programme's lessons include those others marked relevant for it.
        lessons = lessons.filter(
            Q(owner_programme=filters.programme)
            | Q(pk__in=KnowledgePage.objects.filter(also_relevant_for=filters.programme))
        )
    if filters.partner:
        lessons = lessons.filter(
            pk__in=LessonLearned.objects.filter(chain_partners=filters.partner)
        )
    if filters.tag:
        lessons = lessons.filter(pk__in=KnowledgePage.objects.filter(tagged_items__tag=filters.tag))
    return lessons


def lessons_for(*, user, params) -> tuple[QuerySet[LessonLearned], LessonFilters]:
    filters = parse_lesson_filters(params)
    lessons = filter_lessons(live_lessons_for(user), filters).order_by("-first_published_at", "pk")
    return lessons, filters


def paginate(queryset: QuerySet, *, request, per_page: int = LESSONS_PER_PAGE) -> PaginatorPage:
    return Paginator(queryset, per_page).get_page(request.GET.get("pagina"))


def lessons_that_changed(*, page, user) -> list[LessonLearned]:
    """The live bottlenecks and system errors, readable by the user, that changed the page."""
    return list(
        exclude_restricted(
            LessonLearned.objects.live().filter(changed_pages__page=page).distinct(), user
        ).order_by("title")
    )


def unresolved_lessons(
    *, user, params, include_closed: bool = False
) -> tuple[QuerySet[LessonLearned], LessonFilters]:
    """The register: bottlenecks and system errors whose follow-up is open or in progress,
    across programmes, the longest waiting first (or those met by the most programmes first).
    With `include_closed` (the export of the closed loop) the solved and unsolvable ones too."""
    from .participation.sightings import with_programme_count

    filters = parse_lesson_filters(params, register=True)
    lessons = live_lessons_for(user).filter(kind__in=REGISTER_KINDS)
    if not include_closed:
        lessons = lessons.filter(follow_up_status__in=UNRESOLVED_STATUSES)
    lessons = with_programme_count(filter_lessons(lessons, filters))
    if register_sort(params) == REGISTER_SORT_BY_PROGRAMMES:
        return lessons.order_by("-programme_count", "first_published_at", "pk"), filters
    return lessons.order_by("first_published_at", "pk"), filters


# ?sorteer=programmas: the knelpunten met by the most programmes first.
REGISTER_SORT_BY_PROGRAMMES = "programmas"


def register_sort(params) -> str:
    return REGISTER_SORT_BY_PROGRAMMES if params.get("sorteer") == "programmas" else ""


def user_moderates(*, user, programme: Programme) -> bool:
    """Moderators of a programme's submissions: its editors group and the editorial team."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(Q(name=Role.REDACTIE) | Q(pk=programme.editor_group_id or 0)).exists()


def lesson_author_label(*, lesson: LessonLearned, user) -> str:
    """Who wrote the lesson, as this reader may see it. With the blame-free option, readers see
    only the programme; moderators (who may publish it) see the real author."""
    author = lesson.owner
    if author is None:
        return _("a colleague of %(programme)s") % {"programme": lesson.owner_programme.name}
    name = author.get_full_name() or author.get_username()
    if not lesson.blame_free:
        return name
    if user_moderates(user=user, programme=lesson.owner_programme):
        return _("%(name)s (shown to readers as a colleague of %(programme)s)") % {
            "name": name,
            "programme": lesson.owner_programme.name,
        }
    return _("a colleague of %(programme)s") % {"programme": lesson.owner_programme.name}


# Theme meetings --------------------------------------------------------------------------------


def live_meetings_for(user) -> QuerySet:
    from .models import ThemeMeeting

    return exclude_restricted(
        ThemeMeeting.objects.live()
        .select_related("owner_programme")
        .prefetch_related("tags", "invited_programmes"),
        user,
    )


def filter_meetings(meetings: QuerySet, *, programme=None, tag=None) -> QuerySet:
    if programme is not None:
        meetings = meetings.filter(
            Q(owner_programme=programme)
            | Q(pk__in=KnowledgePage.objects.filter(also_relevant_for=programme))
            | Q(invited_programmes=programme)
        ).distinct()
    if tag is not None:
        meetings = meetings.filter(pk__in=KnowledgePage.objects.filter(tagged_items__tag=tag))
    return meetings


def meetings_for(*, user, params) -> dict:
    """Upcoming meetings (soonest first) and the archive (latest first), filtered by programme
    and theme."""
    from django.utils import timezone

    form = MeetingFilterForm(params or None)
    chosen = valid_filters(form)
    filters = LessonFilters(programme=chosen.get("programma"), tag=chosen.get("tag"), form=form)
    meetings = filter_meetings(
        live_meetings_for(user), programme=filters.programme, tag=filters.tag
    )
    now = timezone.now()
    upcoming = list(meetings.filter(end__gte=now).order_by("start"))
    past = list(meetings.filter(end__lt=now).order_by("-start")[:50])
    mark_own_registrations([*upcoming, *past], user=user)
    return {"filters": filters, "upcoming": upcoming, "past": past}


def mark_own_registrations(meetings: list, *, user) -> None:
    """Sets `own_registration_status` on each meeting: the user's registration status
    ("aangemeld", "wachtlijst") or None, in one query, so a list shows where I am coming."""
    from .models import MeetingRegistration

    statuses = {}
    if user.is_authenticated and meetings:
        statuses = dict(
            MeetingRegistration.objects.filter(
                user=user, meeting__in=[meeting.pk for meeting in meetings]
            ).values_list("meeting_id", "status")
        )
    for meeting in meetings:
        meeting.own_registration_status = statuses.get(meeting.pk)


def upcoming_meetings(*, user, limit: int = 4) -> list:
    from django.utils import timezone

    meetings = list(
        live_meetings_for(user).filter(end__gte=timezone.now()).order_by("start")[:limit]
    )
    mark_own_registrations(meetings, user=user)
    return meetings


def user_organises(*, meeting, user) -> bool:
    """Organisers see who is coming: editors of the organising programme, the editorial team,
    and whoever may edit the meeting page."""
    return user_moderates(user=user, programme=meeting.owner_programme) or (
        meeting.permissions_for_user(user).can_edit()
    )


def meeting_context(*, meeting, user) -> dict:
    from .constants import RegistrationStatus
    from .models import MeetingRegistration

    registrations = MeetingRegistration.objects.filter(meeting=meeting)
    own = registrations.filter(user=user).first() if user.is_authenticated else None
    # Both counts in one query (the page keeps its query budget with the harvested lessons).
    counts = registrations.aggregate(
        registered=Count("pk", filter=Q(status=RegistrationStatus.REGISTERED)),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)),
    )
    registered_count = counts["registered"]
    organiser = user_organises(meeting=meeting, user=user)
    return {
        "registration": own,
        "registered_count": registered_count,
        "waiting_count": counts["waiting"],
        "seats_left": (
            max(meeting.max_attendees - registered_count, 0)
            if meeting.max_attendees is not None
            else None
        ),
        "is_organiser": organiser,
        "may_harvest": organiser and meeting.is_past and bool(meeting.takeaway_list),
        "harvested_lessons": list(
            exclude_restricted(
                LessonLearned.objects.live().filter(source_meeting=meeting).order_by("title"),
                user,
            ).only("id", "title", "url_path", "kind")
        ),
        "attendees": list(registrations.select_related("user")) if organiser else [],
        "speakers": list(meeting.speakers.all()),
    }


# Cross-pollination -----------------------------------------------------------------------------

MATRIX_TAG_COUNT = 10


@dataclass
class MatrixCell:
    programme: Programme
    tag: Tag
    counts: list  # [(type label, count)], by content type
    total: int = 0
    level: int = 0  # 0-4, for the heat colour
    gap: bool = False  # nothing here, while other programmes have material on this theme


@dataclass
class MatrixRow:
    programme: Programme
    cells: list
    total: int = 0


def top_tags(*, user, limit: int = MATRIX_TAG_COUNT) -> list[Tag]:
    """The themes with the most published knowledge, across programmes and types."""
    from django.db.models import Count

    return list(
        Tag.objects.filter(
            portal_knowledgepagetag_items__content_object__in=knowledge_pages_for(user)
        )
        .annotate(uses=Count("portal_knowledgepagetag_items", distinct=True))
        .order_by("-uses", "name")[:limit]
    )


def type_labels(content_type) -> tuple[str, str]:
    """Singular and plural name of a content type, e.g. ("geleerde les", "geleerde lessen")."""
    model = content_type.model_class()
    if model is None:
        return content_type.model, content_type.model
    return str(model._meta.verbose_name), str(model._meta.verbose_name_plural)


def cross_pollination_matrix(*, user, tag_limit: int = MATRIX_TAG_COUNT) -> dict:
    """Programmes (rows) by the most used themes (columns): how much each owns on each theme,
    per content type (lessons, meetings, modules, ... whatever knowledge types exist). Three
    queries whatever the amount of content."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Count

    from portal.models import KnowledgePageTag

    tags = top_tags(user=user, limit=tag_limit)
    programmes = list(Programme.objects.all())
    rows = (
        KnowledgePageTag.objects.filter(tag__in=tags, content_object__in=knowledge_pages_for(user))
        .values("content_object__owner_programme", "tag", "content_object__content_type")
        .annotate(pages=Count("content_object", distinct=True))
    )
    counts: dict[tuple[int, int], dict[int, int]] = {}
    for row in rows:
        key = (row["content_object__owner_programme"], row["tag"])
        counts.setdefault(key, {})[row["content_object__content_type"]] = row["pages"]
    labels = {
        pk: type_labels(ContentType.objects.get_for_id(pk))
        for per_type in counts.values()
        for pk in per_type
    }
    maximum = max((sum(per_type.values()) for per_type in counts.values()), default=0)
    tag_has_material = {tag.pk for tag in tags if any(key[1] == tag.pk for key in counts)}
    matrix = []
    for programme in programmes:
        cells = []
        for tag in tags:
            per_type = counts.get((programme.pk, tag.pk), {})
            total = sum(per_type.values())
            cells.append(
                MatrixCell(
                    programme=programme,
                    tag=tag,
                    counts=sorted(
                        (str(labels[pk][0] if n == 1 else labels[pk][1]), n)
                        for pk, n in per_type.items()
                    ),
                    total=total,
                    level=0 if not total else min(4, 1 + (4 * total - 1) // max(maximum, 1)),
                    gap=not total and tag.pk in tag_has_material,
                )
            )
        matrix.append(
            MatrixRow(programme=programme, cells=cells, total=sum(c.total for c in cells))
        )
    return {"tags": tags, "rows": matrix, "maximum": maximum}


def lessons_in_my_themes(*, user, limit: int = 5) -> list[LessonLearned]:
    """New lessons on the themes of the programmes the user works in, from any programme;
    the newest lessons when the user works in no programme (yet)."""
    from portal.selectors import user_programmes

    programmes = user_programmes(user=user)
    lessons = live_lessons_for(user)
    if programmes:
        # The themes first, as a short list of ids: nested as a subquery, PostgreSQL once
        # planned it for many minutes on a busy test database.
        my_tag_ids = list(
            KnowledgePageTag.objects.filter(content_object__owner_programme__in=programmes)
            .values_list("tag_id", flat=True)
            .distinct()
        )
        if not my_tag_ids:
            return []
        lessons = lessons.filter(
            Exists(
                KnowledgePageTag.objects.filter(
                    content_object_id=OuterRef("pk"), tag_id__in=my_tag_ids
                )
            )
        ).exclude(owner_programme__in=programmes)
    return list(lessons.order_by("-first_published_at", "pk")[:limit])
