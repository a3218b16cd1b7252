"""The privacy guard: no personal data may become public on the portal (AVG art. 9 and 10: the
content is about case work). Before a page is submitted for moderation or published, all of its
text is scanned for BSNs, IBANs, Dutch phone numbers, e-mail addresses (also written out),
postcodes with a house number, birth dates and license plates. A finding blocks the action with
a Dutch message that names the field and shows the fragment masked; the draft itself stays
saved. Snippets shown on the portal are checked when saved (`PrivacyGuardedMixin`).

Where it holds: Wagtail has no single hook for "this page becomes public", so the guard sits at
the three places every path goes through (see `install`):

- `PublishRevisionAction.execute`: admin publish (edit and create views), workflow approval
  (the last task's approval publishes the revision), bulk publish, scheduled publishing
  (`publish_scheduled`), the admin API and any `revision.publish()` / `page.publish()` in code;
- `Workflow.start` and `WorkflowState.resume`: submitting for moderation.

`PrivacyGuardMiddleware` turns the refusal into a message on the page's edit view instead of an
error page. Validation uses python-stdnum (BSN 11-proof, IBAN) and phonenumbers; the patterns
for the rest are below."""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import wraps

import phonenumbers
from bs4 import BeautifulSoup
from django.contrib import messages
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.rich_text import RichText

logger = logging.getLogger(__name__)


class Kind:
    BSN = "bsn"
    IBAN = "iban"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    BIRTH_DATE = "birth_date"
    LICENSE_PLATE = "license_plate"


KIND_LABELS = {
    Kind.BSN: _("citizen service number (BSN)"),
    Kind.IBAN: _("bank account number (IBAN)"),
    Kind.PHONE: _("phone number"),
    Kind.EMAIL: _("e-mail address"),
    Kind.ADDRESS: _("postcode with house number"),
    Kind.BIRTH_DATE: _("date of birth"),
    Kind.LICENSE_PLATE: _("license plate"),
}


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


# Detectors -----------------------------------------------------------------------------------

# Nine digits, optionally grouped with single dots, spaces or hyphens (123456782, 1234.56.782,
# 12 34 56 782), not part of a longer number.
BSN_PATTERN = re.compile(r"(?<![\d.,])(?<!\d[ .-])\d(?:[ .-]?\d){8}(?![\d])(?!,\d)(?![ .-]\d)")
BSN_CONTEXT = re.compile(r"\b(bsn|burgerservicenummer|sofi-?nummer|sofinr)\b", re.IGNORECASE)
# Old BSNs were issued with eight digits (a leading zero left off); only with a context word,
# since eight-digit numbers are common (KvK numbers, telephone extensions).
SHORT_BSN_PATTERN = re.compile(r"(?<![\d.,])\d{8}(?![\d])(?!,\d)")
# A number its writer labels as something else (a case or registration number) is not a BSN,
# even when it happens to pass the 11-proof.
OTHER_NUMBER_CONTEXT = re.compile(
    r"\b(zaak|dossier|parket|registratie|factuur|order|klant|relatie|verwijs)-?n(?:umme)?r\.?"
    r"|\b(kvk|isbn|agb|kenmerk|referentie|ref\.)",
    re.IGNORECASE,
)
# Grouped by four as printed, or in one run; validated (and trimmed) with python-stdnum.
IBAN_PATTERN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
# Found from each "@" outwards within the lengths an address may have (64 before, 255 after),
# so that a long run of dots and letters without "@" costs linear time, not quadratic.
EMAIL_LOCAL_PART = re.compile(r"[A-Za-z0-9._%+-]{1,64}$")
EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# Written out to dodge harvesters: "j punt jansen at example punt nl", "jan(at)example(dot)nl".
# Found from the "at" outwards, within a bounded window, so that a long text full of dots or
# "punt" costs linear time.
_DOT = r"\s*(?:\.|\(dot\)|\[dot\]|\(punt\)|\[punt\]|\s(?:punt|dot)\s)\s*"
SPELLED_AT = re.compile(r"\s*(?:\(at\)|\[at\]|\s(?:at|apenstaartje|apestaart)\s)\s*", re.I)
SPELLED_LOCAL_PART = re.compile(rf"[A-Za-z0-9_-]+(?:{_DOT}[A-Za-z0-9_-]+){{0,4}}$")
SPELLED_DOMAIN = re.compile(
    rf"[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+){{0,3}}?{_DOT}(?:nl|com|org|net|eu|be|de|info|nu)\b",
    re.IGNORECASE,
)
# Dutch postcodes never use the letter combinations SA, SD and SS.
POSTCODE_PATTERN = re.compile(r"\b[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}\b")
HOUSE_NUMBER_BEFORE = re.compile(
    r"[A-Za-zÀ-ÿ]\.?\s+\d{1,5}(?:[ -]?[a-zA-Z]\b|[-/]\d{1,4})?\s*,?\s*$"
)
HOUSE_NUMBER_AFTER = re.compile(r"^\s*,?\s*\d{1,5}\b")
MONTHS = (
    r"jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?"
    r"|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
DATE = rf"\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})|\d{{1,2}}\s+(?:{MONTHS})\.?\s+\d{{4}}"
BIRTH_CONTEXT = r"geboren|geb\.|geboortedatum|geboortedag|geb\s*:|d\.o\.b\.|dob"
# After a birth context word, a month and year alone also pin a person down ("geboren in maart
# 2005"); without that word it is an ordinary date ("het convenant van maart 2020").
MONTH_AND_YEAR = rf"(?:{MONTHS})\.?\s+(?:19|20)\d{{2}}"
BIRTH_DATE_PATTERNS = [
    re.compile(
        rf"(?:{BIRTH_CONTEXT})[^\n\d]{{0,25}}(?P<date>{DATE}|{MONTH_AND_YEAR})", re.IGNORECASE
    ),
    re.compile(rf"(?P<date>{DATE})[^\n\d]{{0,15}}\(?(?:{BIRTH_CONTEXT})", re.IGNORECASE),
]
# Dutch license plates by "sidecode", always written with hyphens (in either case: "12-knt-3");
# L letter (never a vowel, so ordinary words do not match), D digit.
_PLATE_SIDECODES = [
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
    "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
]  # fmt: skip
LICENSE_PLATE_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        code.replace("L", "[BDFGHJKLMNPRSTVWXZ]").replace("D", r"\d") for code in _PLATE_SIDECODES
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)


def _find_bsns(text: str) -> Iterator[tuple[str, int, int, bool]]:
    for match in BSN_PATTERN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if stdnum_bsn.is_valid(digits):
            window = text[max(0, match.start() - 40) : match.end() + 10]
            if BSN_CONTEXT.search(window):
                yield match.group(), match.start(), match.end(), True
            elif not OTHER_NUMBER_CONTEXT.search(text[max(0, match.start() - 25) : match.start()]):
                yield match.group(), match.start(), match.end(), False
    for match in SHORT_BSN_PATTERN.finditer(text):
        window = text[max(0, match.start() - 40) : match.start()]
        if BSN_CONTEXT.search(window) and stdnum_bsn.is_valid(match.group()):
            yield match.group(), match.start(), match.end(), True


ORGANISATION_NUMBER_TYPES = {
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
}


def _find_phone_numbers(text: str) -> Iterator[tuple[str, int, int]]:
    for match in phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID):
        raw = match.raw_string
        # Written phone numbers start with 0 or +; bare digit runs are counts or codes.
        # Service numbers (0800, 0900, 14 020) belong to organisations, not persons.
        if raw.lstrip("(").startswith(("0", "+")) and (
            phonenumbers.number_type(match.number) not in ORGANISATION_NUMBER_TYPES
        ):
            yield raw, match.start, match.end


def _find_emails(text: str) -> Iterator[tuple[str, int, int]]:
    at = text.find("@")
    while at != -1:
        local = EMAIL_LOCAL_PART.search(text, max(0, at - 64), at)
        domain = EMAIL_DOMAIN.match(text, at + 1, min(len(text), at + 256))
        if local and domain:
            yield text[local.start() : domain.end()], local.start(), domain.end()
        at = text.find("@", at + 1)


def _find_spelled_emails(text: str) -> Iterator[tuple[str, int, int]]:
    for at in SPELLED_AT.finditer(text):
        local = SPELLED_LOCAL_PART.search(text[max(0, at.start() - 60) : at.start()])
        domain = SPELLED_DOMAIN.match(text, at.end(), min(len(text), at.end() + 60))
        if local and domain:
            start = at.start() - len(local.group())
            yield text[start : domain.end()], start, domain.end()


def _find_addresses(text: str) -> Iterator[tuple[str, int, int]]:
    for match in POSTCODE_PATTERN.finditer(text):
        before = HOUSE_NUMBER_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        after = HOUSE_NUMBER_AFTER.match(text[match.end() : match.end() + 12])
        if before:
            start = match.start() - len(before.group()) + 1
            yield text[start : match.end()], start, match.end()
        elif after:
            yield text[match.start() : match.end() + after.end()], match.start(), match.end()


def scan_text(text: str) -> list[tuple[str, str, bool]]:
    """(kind, fragment, certain) for each piece of personal data in a text."""
    if not text:
        return []
    found: list[tuple[str, str, bool]] = []
    taken: list[tuple[int, int]] = []

    def add(kind, fragment, start, end, certain=True):
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            return
        taken.append((start, end))
        found.append((kind, fragment.strip(), certain))

    for fragment, start, end in _find_emails(text):
        add(Kind.EMAIL, fragment, start, end)
    for fragment, start, end in _find_spelled_emails(text):
        add(Kind.EMAIL, fragment, start, end)
    if not any(char.isdigit() for char in text):
        return found  # everything below needs a digit
    for match in IBAN_PATTERN.finditer(text.upper()):
        if stdnum_iban.is_valid(match.group()):
            add(Kind.IBAN, text[match.start() : match.end()], match.start(), match.end())
    for fragment, start, end, certain in _find_bsns(text):
        add(Kind.BSN, fragment, start, end, certain)
    for pattern in BIRTH_DATE_PATTERNS:
        for match in pattern.finditer(text):
            if _is_date(match.group("date")):
                add(Kind.BIRTH_DATE, match.group(), match.start(), match.end())
    for fragment, start, end in _find_addresses(text):
        add(Kind.ADDRESS, fragment, start, end)
    for match in LICENSE_PLATE_PATTERN.finditer(text):
        add(Kind.LICENSE_PLATE, match.group(), match.start(), match.end())
    for fragment, start, end in _find_phone_numbers(text):
        add(Kind.PHONE, fragment, start, end)
    return found


def _is_date(value: str) -> bool:
    numbers = re.findall(r"\d+", value)
    if len(numbers) != 3:
        return True  # "12 maart 1990": the month is a word
    day, month, year = (int(number) for number in numbers)
    year = year + 1900 if year < 100 else year
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


# What a page says ----------------------------------------------------------------------------

ALT_TEXT = _("alternative text")
IMAGE_TITLE = _("image title")
DOCUMENT_TITLE = _("document title")
TABLE_CELL = _("table cell")

# Technical fields of Wagtail's Page that editors never write in.
SKIPPED_FIELDS = {
    "path",
    "url_path",
    "draft_title",
    "content_type",
    "locale",
    "translation_key",
    "latest_revision_created_at",
}


def html_text(html: str) -> str:
    soup = BeautifulSoup(html or "", "html.parser")
    hrefs = " ".join(link.get("href", "") for link in soup.find_all("a"))
    return f"{soup.get_text(' ')} {hrefs}".strip()


def _field_label(field) -> str:
    return str(getattr(field, "verbose_name", field.name)).capitalize()


def _block_label(block) -> str:
    return str(block.label or block.name or "").capitalize()


def block_texts(block, value, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every text inside a StreamField value, however deeply nested."""
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage

    if value is None:
        return
    if isinstance(block, blocks.StreamBlock) or isinstance(value, blocks.StreamValue):
        for child in value:
            yield from block_texts(
                child.block, child.value, f"{where} › {_block_label(child.block)}"
            )
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from block_texts(block.child_block, item, where)
    elif isinstance(value, AbstractImage):
        # ImageBlock (a StructBlock) puts its alt text on the image it returns.
        yield f"{where} › {IMAGE_TITLE}", value.title
        alt_text = getattr(value, "contextual_alt_text", None)
        yield f"{where} › {ALT_TEXT}", alt_text or value.default_alt_text
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from block_texts(
                child_block, value.get(name), f"{where} › {_block_label(child_block)}"
            )
    elif isinstance(value, RichText):
        yield where, html_text(value.source)
    elif isinstance(value, AbstractDocument):
        yield f"{where} › {DOCUMENT_TITLE}", value.title
    elif _is_table(value):
        for row in _table_rows(value):
            for cell in row:
                yield f"{where} › {TABLE_CELL}", html_text(str(cell or ""))
    elif isinstance(value, str):
        yield where, html_text(value) if "<" in value else value
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                yield f"{where} › {key}", item


def _is_table(value) -> bool:
    return (isinstance(value, dict) and "data" in value) or hasattr(value, "rows")


def _table_rows(value):
    if isinstance(value, dict):
        rows = list(value.get("data") or [])
        return rows + [[value.get("table_caption", "")]]
    return [[str(cell) for cell in row] for row in value.rows] + [[getattr(value, "caption", "")]]


def model_texts(instance, prefix: str = "") -> Iterator[tuple[str, str]]:
    for field in instance._meta.get_fields():
        if not getattr(field, "concrete", False) or field.name in SKIPPED_FIELDS:
            continue
        label = f"{prefix}{_field_label(field)}"
        if isinstance(field, StreamField):
            value = getattr(instance, field.name)
            yield from block_texts(field.stream_block, value, label)
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            value = getattr(instance, field.attname) or ""
            yield label, html_text(value) if "<" in value else value


def page_texts(page) -> Iterator[tuple[str, str]]:
    """(field, text) for everything an editor wrote on a page: its fields, StreamFields with
    nested blocks, tables, documents' titles and images' alt texts, tags and inline children
    (agenda items, speakers)."""
    yield from model_texts(page)
    tags = getattr(page, "tags", None)
    if tags is not None:
        for tag in tags.all():
            yield gettext("Tags"), tag.name
    for relation in getattr(page._meta, "child_relations", []):
        manager = getattr(page, relation.get_accessor_name(), None)
        if manager is None:
            continue
        label = str(relation.related_model._meta.verbose_name).capitalize()
        for child in manager.all():
            yield from model_texts(child, prefix=f"{label} › ")


def scan_page(page) -> list[Finding]:
    findings = []
    for field, text in page_texts(page):
        for kind, fragment, certain in scan_text(text):
            findings.append(Finding(field=field, kind=kind, fragment=fragment, certain=certain))
    return findings


# Snippets ------------------------------------------------------------------------------------


class PrivacyGuardedMixin:
    """For models edited as snippets whose text is shown on the portal (glossary entries,
    programmes, chain partners, learning paths). Snippets have no publish step: they are live
    when saved, so the guard sits in `clean()`, which Wagtail's snippet forms (and `full_clean`)
    run before saving. The editor sees a Dutch message on the field and keeps what they typed.
    `privacy_guarded_fields` names the text fields to scan."""

    privacy_guarded_fields: tuple[str, ...] = ()

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        errors = {}
        for name in self.privacy_guarded_fields:
            findings = [
                Finding(field=name, kind=kind, fragment=fragment, certain=certain)
                for kind, fragment, certain in scan_text(str(getattr(self, name, "") or ""))
            ]
            if findings:
                details = "; ".join(
                    f"{finding.kind_label} “{finding.masked}”" for finding in findings[:5]
                )
                errors[name] = ValidationError(
                    gettext(
                        "This seems to contain personal data, which may never appear on the "
                        "portal. Remove or generalise it. Found: %(details)s."
                    )
                    % {"details": details},
                    code="personal_data",
                )
        if errors:
            raise ValidationError(errors)


# Guarding every path -------------------------------------------------------------------------


class PersonalDataFound(Exception):
    """A page cannot be submitted or published: it contains personal data. Deliberately not a
    PermissionDenied: Wagtail's admin turns those into a generic "no access" redirect, and the
    editor needs to know what to remove."""

    def __init__(self, page, findings: list[Finding]):
        self.page = page
        self.findings = findings
        super().__init__(self.message)

    @property
    def message(self) -> str:
        details = "; ".join(str(finding) for finding in self.findings[:10])
        more = len(self.findings) - 10
        if more > 0:
            details += " " + gettext("(and %(count)s more)") % {"count": more}
        return gettext(
            "“%(title)s” was not submitted or published: it seems to contain personal data, "
            "which may never appear on the portal. Remove or generalise it and try again. "
            "Found: %(details)s. Your draft has been saved."
        ) % {"title": self.masked_title, "details": details}

    @property
    def masked_title(self) -> str:
        title = self.page.get_admin_display_title()
        for finding in self.findings:
            title = title.replace(finding.fragment, finding.masked)
        return title


def _is_page(instance) -> bool:
    from wagtail.models import Page

    return isinstance(instance, Page)


def ensure_no_personal_data(page) -> None:
    if not _is_page(page):
        return
    findings = scan_page(page.specific_deferred if type(page).__name__ == "Page" else page)
    if findings:
        raise PersonalDataFound(page, findings)


def _take_never_published_page_offline(page) -> None:
    """Wagtail's create view saves a new page as live before publishing its first revision;
    when the guard refuses that publication, the page must not stay live."""
    from wagtail.models import Page

    if _is_page(page):
        Page.objects.filter(pk=page.pk, live_revision__isnull=True, live=True).update(
            live=False, has_unpublished_changes=True
        )


def install() -> None:
    """Wrap the places every path to "public" goes through (see the module docstring).
    Called once from PortalConfig.ready."""
    from wagtail.actions.publish_revision import PublishRevisionAction
    from wagtail.models import Workflow, WorkflowState

    if getattr(PublishRevisionAction.execute, "privacy_guarded", False):
        return

    original_execute = PublishRevisionAction.execute

    @wraps(original_execute)
    def execute(self, *args, **kwargs):
        try:
            ensure_no_personal_data(self.object)
        except PersonalDataFound:
            if self.log_action == "wagtail.publish.scheduled":
                # publish_scheduled must go on with the other pages: take this revision off
                # the schedule so that it stops coming back, and leave a trace.
                self.revision.approved_go_live_at = None
                self.revision.save(update_fields=["approved_go_live_at"])
                logger.warning(
                    "Scheduled publishing of page %s blocked: personal data found", self.object.pk
                )
                return None
            _take_never_published_page_offline(self.object)
            raise
        return original_execute(self, *args, **kwargs)

    execute.privacy_guarded = True
    PublishRevisionAction.execute = execute

    original_start = Workflow.start

    @wraps(original_start)
    def start(self, obj, user):
        ensure_no_personal_data(obj)
        return original_start(self, obj, user)

    Workflow.start = start

    original_resume = WorkflowState.resume

    @wraps(original_resume)
    def resume(self, user=None):
        instance = self.content_object
        if _is_page(instance):
            ensure_no_personal_data(instance.get_latest_revision_as_object())
        return original_resume(self, user=user)

    WorkflowState.resume = resume


class PrivacyGuardMiddleware:
    """Shows a refusal by the privacy guard as a message on the page's edit view (where the
    saved draft is) rather than as an error page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PersonalDataFound) or exception.page.pk is None:
            return None
        messages.error(request, exception.message)
        return redirect(reverse("wagtailadmin_pages:edit", args=[exception.page.pk]))
