"""What the themes app tells the people app (through portal.contributions' hooks): lessons
written under a colleague's own name and talks at meetings, and the lessons that involve a chain
partner. Blame-free lessons never count: their author is not public."""

from django.db.models import Count, F
from django.utils.translation import gettext as _

from portal.contributions import Contribution, ContributionSource, PartnerMaterial
from portal.selectors import exclude_restricted

from .constants import KINDS_WITH_FOLLOW_UP
from .models import LessonLearned, MeetingSpeaker, ThemeMeeting

PARTNER_MATERIAL_LIMIT = 50


def _public_lessons(reader, restricted_paths=None):
    return exclude_restricted(
        LessonLearned.objects.live().filter(blame_free=False, owner__isnull=False),
        reader,
        restricted_paths=restricted_paths,
    )


def _visible_meetings(reader, restricted_paths=None):
    return exclude_restricted(
        ThemeMeeting.objects.live(), reader, restricted_paths=restricted_paths
    )


def contributions_for(*, user_ids, reader, restricted_paths=None) -> list[Contribution]:
    lessons = [
        Contribution(lesson.owner_id, _("Lessons learned"), lesson.title, lesson.url)
        for lesson in _public_lessons(reader, restricted_paths)
        .filter(owner_id__in=user_ids)
        .order_by("-first_published_at")
        .only("id", "title", "url_path", "owner_id")
    ]
    talks = [
        Contribution(talk.colleague_id, _("Spoke at"), talk.meeting.title, talk.meeting.url)
        for talk in MeetingSpeaker.objects.filter(
            colleague_id__in=user_ids, meeting__in=_visible_meetings(reader, restricted_paths)
        )
        .select_related("meeting")
        .order_by("-meeting__start")
    ]
    return lessons + talks


def counts_on_tags(*, tag_ids, reader, restricted_paths=None) -> dict[int, int]:
    """Lessons and talks in one query (a union): the theme page and every knowledge page ask."""
    lessons = (
        _public_lessons(reader, restricted_paths)
        .filter(tags__id__in=tag_ids)
        .order_by()
        .values(contributor=F("owner_id"))
        .annotate(n=Count("id", distinct=True))
    )
    talks = (
        MeetingSpeaker.objects.filter(
            colleague__isnull=False,
            meeting__in=_visible_meetings(reader, restricted_paths).filter(tags__id__in=tag_ids),
        )
        .order_by()
        .values(contributor=F("colleague_id"))
        .annotate(n=Count("meeting_id", distinct=True))
    )
    counts: dict[int, int] = {}
    for colleague_id, n in lessons.union(talks, all=True).values_list("contributor", "n"):
        counts[colleague_id] = counts.get(colleague_id, 0) + n
    return counts


def contribution_source() -> ContributionSource:
    return ContributionSource(for_colleagues=contributions_for, counts_on_tags=counts_on_tags)


def partner_material(partner, reader) -> list[PartnerMaterial]:
    lessons = (
        exclude_restricted(LessonLearned.objects.live().filter(chain_partners=partner), reader)
        .order_by("-first_published_at")
        .only("id", "title", "url_path", "summary", "kind")[:PARTNER_MATERIAL_LIMIT]
    )
    return [
        PartnerMaterial(
            kind=_("Bottlenecks and system errors")
            if lesson.kind in KINDS_WITH_FOLLOW_UP
            else _("Lessons learned"),
            title=lesson.title,
            url=lesson.url,
            summary=lesson.summary,
            order=10 if lesson.kind in KINDS_WITH_FOLLOW_UP else 20,
        )
        for lesson in lessons
    ]
