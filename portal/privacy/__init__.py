"""The privacy guard: no personal data may become public on the portal (AVG art. 9 and 10: the
content is about case work). Before a page is submitted for moderation or published, all of its
text is scanned for BSNs, IBANs, Dutch phone numbers, e-mail addresses (also written out),
postcodes with a house number, birth dates and license plates. A finding blocks the action with
a Dutch message that names the field and shows the fragment masked; the draft itself stays
saved. Snippets shown on the portal are checked when saved (`PrivacyGuardedMixin`), and so are
learners' reflection answers (`personal_data_message`).

Split by job:
- `normalise`: the text as a reader sees it (NFKC, invisible characters, spaces, digits);
- `detectors`: what counts as personal data (`scan_text`, the one scanning function);
- `labels`: titles, tags and file names that look like something else (`check_label`);
- `pages`: what a page says and its scan, per field and across fields (`scan_page`);
- `snippets`: texts that are live when saved;
- `guard`: where it holds on every path to "public" (`install`, the middleware);
- `revisions`: earlier revisions that still hold personal data (redaction, the command)."""

from .detectors import KIND_LABELS, Kind, scan_text
from .findings import Finding, mask
from .guard import (
    PersonalDataFound,
    PrivacyGuardMiddleware,
    ensure_no_personal_data,
    install,
)
from .labels import check_label
from .normalise import normalise
from .pages import block_texts, html_text, model_texts, page_texts, scan_page, scan_texts
from .snippets import PrivacyGuardedMixin, personal_data_message

__all__ = [
    "KIND_LABELS",
    "Finding",
    "Kind",
    "PersonalDataFound",
    "PrivacyGuardMiddleware",
    "PrivacyGuardedMixin",
    "block_texts",
    "check_label",
    "ensure_no_personal_data",
    "html_text",
    "install",
    "mask",
    "model_texts",
    "normalise",
    "page_texts",
    "personal_data_message",
    "scan_page",
    "scan_text",
    "scan_texts",
]
