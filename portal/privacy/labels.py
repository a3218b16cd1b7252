"""Labels (page titles, tags, document and file names) that look like something else. A
Cyrillic "а" in "Rаdicalisering" makes a title or tag that looks like the real one but is not
(a second theme page, a search that finds nothing); a zero-width space splits a tag into a twin;
a right-to-left override turns "verslag‮fdp.exe" into "verslagexe.pdf" on screen. Labels are
short and shown everywhere, so these are refused rather than cleaned up silently.

`check_label` is the one function for this, called for page titles and tags here and for
documents and images by the upload checks."""

from __future__ import annotations

import unicodedata

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .normalise import is_invisible

# Unicode's explicit direction controls: embeddings, overrides and isolates.
DIRECTION_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


SCRIPT_NAMES = {
    "LATIN": _("Latin"),
    "CYRILLIC": _("Cyrillic"),
    "GREEK": _("Greek"),
    "ARMENIAN": _("Armenian"),
}


def _script(char: str) -> str | None:
    """The script of a letter, by its Unicode name ("LATIN SMALL LETTER A" is Latin); None for
    digits, punctuation and combining marks, which every script shares."""
    if not unicodedata.category(char).startswith("L"):
        return None
    folded = unicodedata.normalize("NFKC", char)
    name = unicodedata.name(folded[:1], "")
    return name.split(" ", 1)[0] or None


def label_scripts(label: str) -> set[str]:
    return {script for char in label if (script := _script(char))}


def check_label(label: str) -> list[str]:
    """What is wrong with a label, as Dutch sentences for the editor; empty when nothing is.
    Refused: direction controls, invisible characters, and letters from more than one script
    (Latin with Cyrillic or Greek lookalikes)."""
    problems = []
    label = label or ""
    if any(char in DIRECTION_CONTROLS for char in label):
        problems.append(
            gettext(
                "This contains a character that changes the writing direction, which can make "
                "the text look different from what it is. Type it again without copying."
            )
        )
    elif any(is_invisible(char) for char in label):
        problems.append(
            gettext(
                "This contains an invisible character (such as a zero-width space or a soft "
                "hyphen). Type it again without copying."
            )
        )
    scripts = label_scripts(label)
    if len(scripts) > 1:
        problems.append(
            gettext(
                "This mixes letters from different alphabets (%(scripts)s), for example a "
                "Cyrillic letter that looks like a Latin one. Use one alphabet."
            )
            % {
                "scripts": ", ".join(
                    sorted(str(SCRIPT_NAMES.get(script, script.capitalize())) for script in scripts)
                )
            }
        )
    return problems
