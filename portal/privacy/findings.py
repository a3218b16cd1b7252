"""A finding as the editor is told about it: where, what kind, and the fragment masked."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext

from .detectors import KIND_LABELS


@dataclass(frozen=True)
class Finding:
    field: str  # where, as an editor reads it: "Samenvatting", "Inhoud › Tekst"
    kind: str
    fragment: str
    certain: bool = True  # False: plausible but without a context word (a bare valid BSN)

    @property
    def masked(self) -> str:
        return mask(self.fragment)

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS[self.kind])

    def __str__(self):
        label = (
            self.kind_label
            if self.certain
            else gettext("possibly a %(kind)s") % {"kind": self.kind_label}
        )
        return f"{self.field}: {label} “{self.masked}”"


def mask(fragment: str) -> str:
    """Keep the shape, hide the content: the first and last two letters or digits stay."""
    positions = [i for i, char in enumerate(fragment) if char.isalnum()]
    hidden = set(positions[2:-2]) if len(positions) > 5 else set(positions[1:])
    return "".join("•" if i in hidden else char for i, char in enumerate(fragment))
