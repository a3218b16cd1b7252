"""Reads of the partner directory and the colleague profiles. Every page is a fixed number of
queries, however many partners, colleagues and contributions there are."""

from collections import OrderedDict
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from portal.cached_reads import derived_from_content, paths_key
from portal.contributions import (
    colleague_contributions,
    contribution_counts_on_tags,
    partner_material,
)
from portal.models import ChainPartner
from portal.selectors import restricted_paths_for

from .models import ColleagueProfile, RegieSpecialist

EXPERTS_SHOWN = 5


def directory_partners() -> QuerySet[ChainPartner]:
    return ChainPartner.objects.select_related(
        "directory_entry__accounthouder__user", "directory_entry__accounthouder__programme"
    )


@dataclass
class PartnerPage:
    partner: ChainPartner
    entry: object | None
    specialists: list
    material: "OrderedDict[str, list]" = field(default_factory=OrderedDict)


def partner_page(*, slug: str, reader) -> PartnerPage:
    partner = (
        directory_partners()
        .prefetch_related(
            Prefetch(
                "directory_entry__regie_specialists",
                queryset=RegieSpecialist.objects.select_related(
                    "programme", "colleague__user"
                ).order_by("programme__sort_order", "programme__name", "sort_order"),
            )
        )
        .filter(slug=slug)
        .first()
    )
    if partner is None:
        raise Http404
    entry = getattr(partner, "directory_entry", None)
    material = OrderedDict()
    for item in partner_material(partner=partner, reader=reader):
        material.setdefault(item.kind, []).append(item)
    return PartnerPage(
        partner=partner,
        entry=entry,
        specialists=list(entry.regie_specialists.all()) if entry else [],
        material=material,
    )


def colleagues_for(reader) -> QuerySet:
    """Everyone active with a profile that is not hidden (their own always shows to them)."""
    User = get_user_model()
    return (
        User.objects.filter(is_active=True, colleague_profile__isnull=False)
        .exclude(colleague_profile__hidden=True)
        .select_related("colleague_profile__programme")
        .prefetch_related("colleague_profile__expertise")
        .order_by("first_name", "last_name", "username")
    )


@dataclass
class ColleaguePage:
    profile: ColleagueProfile
    contributions: "OrderedDict[str, list]"
    accounts: list
    specialisms: list


def colleague_page(*, username: str, reader) -> ColleaguePage:
    profile = (
        ColleagueProfile.objects.select_related("user", "programme")
        .prefetch_related("expertise")
        .filter(user__username=username, user__is_active=True)
        .first()
    )
    if profile is None or (profile.hidden and profile.user_id != reader.pk):
        raise Http404
    contributions = OrderedDict()
    for item in colleague_contributions(user_ids=[profile.user_id], reader=reader):
        contributions.setdefault(item.kind, []).append(item)
    return ColleaguePage(
        profile=profile,
        contributions=contributions,
        accounts=list(profile.accounts.select_related("partner")),
        specialisms=list(
            profile.specialisms.select_related("entry__partner", "programme").order_by(
                "entry__partner__sort_order", "programme__name"
            )
        ),
    )


@dataclass(frozen=True)
class Expert:
    profile: ColleagueProfile
    contributions: int
    stated: bool

    @property
    def score(self) -> int:
        # A stated expertise weighs like two visible contributions: it is an invitation to ask.
        return self.contributions + (2 if self.stated else 0)


def experts_on(*, tag_ids, reader, limit: int = EXPERTS_SHOWN) -> list[Expert]:
    """Who knows more about this ("Wie weet hier meer van?"): colleagues ranked by their
    visible contributions on these tags and their stated expertise. Blame-free work never
    counts (the hooks leave it out); hidden profiles never show. The ranking is kept until the
    content changes (portal.cached_reads), so a page shows it in one query."""
    tag_ids = sorted(set(tag_ids))
    if not tag_ids:
        return []
    restricted_paths = restricted_paths_for(reader)
    ranking = derived_from_content(
        f"experts:{','.join(map(str, tag_ids))}:{paths_key(restricted_paths)}:{limit}",
        lambda: _expert_ranking(tag_ids=tag_ids, reader=reader, limit=limit),
    )
    if not ranking:
        return []
    profiles = ColleagueProfile.objects.select_related("user", "programme").in_bulk(
        [profile_id for profile_id, _contributions, _stated in ranking]
    )
    return [
        Expert(profile=profiles[profile_id], contributions=contributions, stated=stated)
        for profile_id, contributions, stated in ranking
        if profile_id in profiles
    ]


def _expert_ranking(*, tag_ids, reader, limit) -> list[tuple[int, int, bool]]:
    counts = contribution_counts_on_tags(tag_ids=tag_ids, reader=reader)
    # Who contributed, or says they know about it: one query, stated expertise counted in it.
    profiles = (
        ColleagueProfile.objects.select_related("user")
        .filter(Q(user_id__in=list(counts)) | Q(tagged_items__tag_id__in=tag_ids))
        .filter(hidden=False, user__is_active=True)
        .annotate(stated=Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids)))
        .distinct()
    )
    experts = [
        Expert(
            profile=profile,
            contributions=counts.get(profile.user_id, 0),
            stated=profile.stated > 0,
        )
        for profile in profiles
    ]
    experts.sort(key=lambda expert: (-expert.score, expert.profile.name))
    return [(expert.profile.pk, expert.contributions, expert.stated) for expert in experts[:limit]]
