"""What the training app tells the people app (through portal.contributions' hooks): the
modules a colleague maintains as their content owner."""

from django.db.models import Count
from django.utils.translation import gettext as _

from portal.contributions import Contribution, ContributionSource
from portal.selectors import exclude_restricted

from .models import TrainingModule


def _visible_modules(reader, restricted_paths=None):
    return exclude_restricted(
        TrainingModule.objects.live(), reader, restricted_paths=restricted_paths
    )


def contributions_for(*, user_ids, reader, restricted_paths=None) -> list[Contribution]:
    return [
        Contribution(module.content_owner_id, _("Maintains module"), module.title, module.url)
        for module in _visible_modules(reader, restricted_paths)
        .filter(content_owner_id__in=user_ids)
        .order_by("title")
        .only("id", "title", "url_path", "content_owner_id")
    ]


def counts_on_tags(*, tag_ids, reader, restricted_paths=None) -> dict[int, int]:
    rows = (
        _visible_modules(reader, restricted_paths)
        .filter(content_owner__isnull=False, tags__id__in=tag_ids)
        .values("content_owner_id")
        .annotate(n=Count("id", distinct=True))
    )
    return {row["content_owner_id"]: row["n"] for row in rows}


def contribution_source() -> ContributionSource:
    return ContributionSource(for_colleagues=contributions_for, counts_on_tags=counts_on_tags)
