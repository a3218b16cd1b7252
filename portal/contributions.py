"""What the people app (partner directory, colleague profiles) shows of other domains, without
importing them. Domain apps register with two Wagtail hooks:

- `register_colleague_contributions`: a function returning a `ContributionSource`, whose
  `for_colleagues(user_ids=..., reader=...)` lists the visible contributions of those
  colleagues (lessons under their own name, meetings where they spoke, modules they maintain)
  and whose `counts_on_tags(tag_ids=..., reader=...)` counts them per colleague on those tags.
  Both also get `restricted_paths` (the reader's, worked out once for all sources).
  Both answer in a fixed number of queries and only with work the reader may see; anonymous
  (blame-free) work never counts.
- `register_partner_material`: a function of (partner, reader) returning `PartnerMaterial`
  items (lessons, knelpunten, meetings, modules that involve a chain partner), only what the
  reader may see, in a fixed number of queries.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks

from .selectors import restricted_paths_for


@dataclass(frozen=True)
class Contribution:
    user_id: int
    kind: str  # what the colleague did, shown as a heading: "Lessons learned", "Speaker at"...
    title: str
    url: str


@dataclass(frozen=True)
class ContributionSource:
    for_colleagues: Callable[..., list[Contribution]]
    counts_on_tags: Callable[..., dict[int, int]]


@dataclass(frozen=True)
class PartnerMaterial:
    kind: str  # the heading it is listed under, e.g. "Knelpunten"
    title: str
    url: str
    summary: str = ""
    order: int = 100


def colleague_contributions(*, user_ids, reader) -> list[Contribution]:
    restricted_paths = restricted_paths_for(reader)  # once for every source
    found = []
    for source_for in hooks.get_hooks("register_colleague_contributions"):
        found.extend(
            source_for().for_colleagues(
                user_ids=list(user_ids), reader=reader, restricted_paths=restricted_paths
            )
        )
    return found


def contribution_counts_on_tags(*, tag_ids, reader) -> Counter:
    restricted_paths = restricted_paths_for(reader)
    counts = Counter()
    for source_for in hooks.get_hooks("register_colleague_contributions"):
        counts.update(
            source_for().counts_on_tags(
                tag_ids=list(tag_ids), reader=reader, restricted_paths=restricted_paths
            )
        )
    return counts


def partner_material(*, partner, reader) -> list[PartnerMaterial]:
    found = []
    for material_for in hooks.get_hooks("register_partner_material"):
        found.extend(material_for(partner, reader))
    return sorted(found, key=lambda item: (item.order, item.title))
