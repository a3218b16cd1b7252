"""What the detectors read: the text as a reader sees it, not as it is encoded. A BSN written
with non-breaking spaces, a zero-width space between its digits, full-width or Arabic-Indic
digits looks the same on screen as the plain one and must be found the same way.

Each character is normalised on its own (NFKC, invisible format characters dropped, every
space character a plain space, every dash a hyphen, every decimal digit an ASCII one), so that
each position of the normalised text maps back to the original: findings quote what the editor
wrote."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Invisible in print but not in Unicode category Cf (format): the combining grapheme joiner,
# Mongolian vowel separator, Hangul fillers and variation selectors.
INVISIBLE = {"\u034f", "\u180e", "\u115f", "\u1160", "\u3164", "\uffa0"} | {
    chr(code) for code in range(0xFE00, 0xFE10)
}


def is_invisible(char: str) -> bool:
    """Zero-width space, soft hyphen, word joiner, byte order mark, direction controls..."""
    return unicodedata.category(char) == "Cf" or char in INVISIBLE


def _normalised_char(char: str) -> str:
    if char.isascii():
        return char
    if is_invisible(char):
        return ""
    category = unicodedata.category(char)
    if category == "Zs":
        return " "
    if category in ("Zl", "Zp"):
        return "\n"
    if category == "Pd":
        return "-"
    if category == "Nd":
        return str(unicodedata.decimal(char))
    folded = unicodedata.normalize("NFKC", char)
    return "".join(
        str(unicodedata.decimal(c)) if unicodedata.category(c) == "Nd" else c for c in folded
    )


@dataclass(frozen=True)
class NormalisedText:
    text: str
    original: str
    # For each character of `text`, the position in `original` it came from.
    origins: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.origins[start], self.origins[end - 1] + 1

    def original_fragment(self, start: int, end: int) -> str:
        original_start, original_end = self.original_span(start, end)
        return self.original[original_start:original_end]


def normalise(text: str) -> NormalisedText:
    if text.isascii():
        return NormalisedText(text=text, original=text, origins=tuple(range(len(text))))
    pieces: list[str] = []
    origins: list[int] = []
    for position, char in enumerate(text):
        replacement = _normalised_char(char)
        pieces.append(replacement)
        origins.extend([position] * len(replacement))
    return NormalisedText(text="".join(pieces), original=text, origins=tuple(origins))
