"""What counts as personal data in a text: BSNs, IBANs (and other account numbers next to
"rekening"), Dutch phone numbers, e-mail addresses (also written out), postcodes with a house
number, birth dates and license plates. The text is normalised first (see `normalise`), so
invisible characters, odd spaces and foreign digits do not hide anything; findings quote the
original text.

A context word ("BSN", "rekening", "kenteken", "geboren") raises a near-miss to a finding: a
nine-digit number that fails the 11-proof, an account number that fails the IBAN checksum, a
plate that fits no sidecode. Validation uses python-stdnum (BSN 11-proof, IBAN) and
phonenumbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
from django.utils.translation import gettext_lazy as _
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from .normalise import normalise


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
class Span:
    """A finding in a (normalised) text, by position."""

    kind: str
    start: int
    end: int
    certain: bool = True


# BSN -----------------------------------------------------------------------------------------

# Nine digits, optionally grouped with single dots, spaces or hyphens (123456782, 1234.56.782,
# 12 34 56 782), not part of a longer number.
BSN_PATTERN = re.compile(r"(?<![\d.,])(?<!\d[ .-])\d(?:[ .-]?\d){8}(?![\d])(?!,\d)(?![ .-]\d)")
BSN_CONTEXT = re.compile(r"\b(bsn|burgerservicenummer|sofi-?nummer|sofinr)\b", re.IGNORECASE)
# Old BSNs were issued with eight digits (a leading zero left off); only with a context word,
# since eight-digit numbers are common (KvK numbers, telephone extensions).
SHORT_BSN_PATTERN = re.compile(r"(?<![\d.,])\d{8}(?![\d])(?!,\d)")
# Right after a context word, eight or nine digits are a BSN even when they fail the 11-proof:
# a typo or a made-up example still teaches editors to write real ones there.
BSN_NEAR_MISS = re.compile(
    r"\b(?:bsn|burgerservicenummer|sofi-?nummer|sofinr)\b(?:-?nummer)?[\s:.]*(?:is|was|=)?"
    r"[\s:]*(?P<number>\d(?:[ .-]?\d){7,8})(?![\d])(?![ .-]\d)",
    re.IGNORECASE,
)
# A number its writer labels as something else (a case or registration number) is not a BSN,
# even when it happens to pass the 11-proof.
OTHER_NUMBER_CONTEXT = re.compile(
    r"\b(zaak|dossier|parket|registratie|factuur|order|klant|relatie|verwijs)-?n(?:umme)?r\.?"
    r"|\b(kvk|isbn|agb|kenmerk|referentie|ref\.)",
    re.IGNORECASE,
)


def _find_bsns(text: str) -> Iterator[Span]:
    for match in BSN_NEAR_MISS.finditer(text):
        yield Span(Kind.BSN, match.start("number"), match.end("number"))
    for match in BSN_PATTERN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if stdnum_bsn.is_valid(digits):
            window = text[max(0, match.start() - 40) : match.end() + 10]
            if BSN_CONTEXT.search(window):
                yield Span(Kind.BSN, match.start(), match.end())
            elif not OTHER_NUMBER_CONTEXT.search(text[max(0, match.start() - 25) : match.start()]):
                yield Span(Kind.BSN, match.start(), match.end(), certain=False)
    for match in SHORT_BSN_PATTERN.finditer(text):
        window = text[max(0, match.start() - 40) : match.start()]
        if BSN_CONTEXT.search(window) and stdnum_bsn.is_valid(match.group()):
            yield Span(Kind.BSN, match.start(), match.end())


# Bank accounts -------------------------------------------------------------------------------

# Grouped by four as printed, or in one run; validated (and trimmed) with python-stdnum.
IBAN_PATTERN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
ACCOUNT_CONTEXT = re.compile(
    r"\b(?:bank)?rekening(?:nummer|nr)?\b|\brek\.?\s?nr\b|\biban\b|\bgiro(?:nummer)?\b",
    re.IGNORECASE,
)
# An old-style account number (seven to ten digits) right after the context word.
_ACCOUNT_DIGITS = re.compile(r"[\s:]*(?:is\s+|was\s+)?(\d(?:[ .]?\d){6,9})(?![\d])(?![ .]\d)")


def _find_accounts(text: str) -> Iterator[Span]:
    upper = text.upper()
    for match in IBAN_PATTERN.finditer(upper):
        preceding = text[max(0, match.start() - 30) : match.start()]
        if stdnum_iban.is_valid(match.group()) or ACCOUNT_CONTEXT.search(preceding):
            yield Span(Kind.IBAN, match.start(), match.end())
    for context in ACCOUNT_CONTEXT.finditer(text):
        number = _ACCOUNT_DIGITS.match(text, context.end())
        if number:
            yield Span(Kind.IBAN, number.start(1), number.end(1))


# Phone numbers -------------------------------------------------------------------------------

ORGANISATION_NUMBER_TYPES = {
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
}


def _find_phone_numbers(text: str) -> Iterator[Span]:
    for match in phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID):
        raw = match.raw_string
        # Written phone numbers start with 0 or +; bare digit runs are counts or codes.
        # Service numbers (0800, 0900, 14 020) belong to organisations, not persons.
        if raw.lstrip("(").startswith(("0", "+")) and (
            phonenumbers.number_type(match.number) not in ORGANISATION_NUMBER_TYPES
        ):
            yield Span(Kind.PHONE, match.start, match.end)


# E-mail --------------------------------------------------------------------------------------

# Found from each "@" outwards within the lengths an address may have (64 before, 255 after),
# so that a long run of dots and letters without "@" costs linear time, not quadratic. Up to two
# spaces around the "@" ("j.jansen @ example.nl") still make an address.
EMAIL_LOCAL_PART = re.compile(r"[A-Za-z0-9._%+-]{1,64} {0,2}$")
EMAIL_DOMAIN = re.compile(r" {0,2}[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# Written out to dodge harvesters: "j punt jansen at example punt nl", "jan(at)example(dot)nl",
# "jan{at}example{dot}nl". Found from the "at" outwards, within a bounded window, so that a long
# text full of dots or "punt" costs linear time.
_DOT = r"\s*(?:\.|[(\[{](?:dot|punt)[)\]}]|\s(?:punt|dot)\s)\s*"
SPELLED_AT = re.compile(
    r"\s*(?:[(\[{]\s*at\s*[)\]}]|\s(?:at|apenstaartje|apestaart)\s)\s*", re.IGNORECASE
)
SPELLED_LOCAL_PART = re.compile(rf"[A-Za-z0-9_-]+(?:{_DOT}[A-Za-z0-9_-]+){{0,4}}$")
SPELLED_DOMAIN = re.compile(
    rf"[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+){{0,3}}?{_DOT}(?:nl|com|org|net|eu|be|de|info|nu)\b",
    re.IGNORECASE,
)


def _find_emails(text: str) -> Iterator[Span]:
    at = text.find("@")
    while at != -1:
        local = EMAIL_LOCAL_PART.search(text, max(0, at - 66), at)
        domain = EMAIL_DOMAIN.match(text, at + 1, min(len(text), at + 258))
        if local and domain and local.group().strip(" ."):
            yield Span(Kind.EMAIL, local.start(), domain.end())
        at = text.find("@", at + 1)
    for at in SPELLED_AT.finditer(text):
        local = SPELLED_LOCAL_PART.search(text[max(0, at.start() - 60) : at.start()])
        domain = SPELLED_DOMAIN.match(text, at.end(), min(len(text), at.end() + 60))
        if local and domain:
            yield Span(Kind.EMAIL, at.start() - len(local.group()), domain.end())


# Addresses -----------------------------------------------------------------------------------

# Dutch postcodes never use the letter combinations SA, SD and SS. Written in capitals ("1012 NX")
# or not ("1012nx"); in lower case with a space, the two letters are often a word ("in 2024 is 12
# procent"), so those are left out.
POSTCODE_PATTERN = re.compile(r"(?<![\w])[1-9]\d{3}( ?)(?!sa|sd|ss)([a-z]{2})(?![a-z])", re.I)
# fmt: off
LOWER_CASE_WORDS = {
    "aa", "af", "al", "am", "as", "bv", "ca", "cm", "da", "de", "di", "do", "dr", "ed", "en",
    "er", "ex", "ga", "gb", "ha", "hr", "ik", "in", "ir", "is", "je", "ja", "jl", "kb", "kg",
    "km", "ma", "mb", "me", "mg", "ml", "mm", "mr", "na", "nl", "nr", "nu", "of", "oh", "ok",
    "om", "on", "op", "pm", "pp", "te", "tm", "to", "tv", "uu", "uw", "vs", "vr", "wo", "we",
    "ws", "za", "ze", "zo",
}
# fmt: on
HOUSE_NUMBER_BEFORE = re.compile(
    r"[A-Za-zÀ-ÿ]\.?\s+\d{1,5}(?:[ -]?[a-zA-Z]\b|[-/]\d{1,4})?\s*,?\s*$"
)
HOUSE_NUMBER_AFTER = re.compile(r"^\s*,?\s*(?:huisnummer|huisnr\.?|nr\.?)?\s*\d{1,5}\b", re.I)
# An organisation's address (a meeting venue, an office, a P.O. box) is not personal data; a
# person's is, even in a sentence that also names an office.
ORGANISATION_ADDRESS_CONTEXT = re.compile(
    r"bezoekadres|postadres|kantoor|bureau|vestiging|locatie|postbus|antwoordnummer|gemeente"
    r"|stadsdeel|rechtbank|ggd|zaal|bijeenkomst|vergadering|overleg|training",
    re.IGNORECASE,
)
PERSON_ADDRESS_CONTEXT = re.compile(
    r"woon|wonend|verblij|thuis|huisadres|ingeschreven|adres van (?:de |het )?(?:jongere|cliënt"
    r"|client|betrokkene|moeder|vader|ouders)",
    re.IGNORECASE,
)


def _find_addresses(text: str) -> Iterator[Span]:
    for match in POSTCODE_PATTERN.finditer(text):
        space, letters = match.groups()
        if not letters.isupper() and space and letters.lower() in LOWER_CASE_WORDS:
            continue
        before = HOUSE_NUMBER_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        after = HOUSE_NUMBER_AFTER.match(text[match.end() : match.end() + 24])
        if before:
            start, end = match.start() - len(before.group()) + 1, match.end()
        elif after:
            start, end = match.start(), match.end() + after.end()
        else:
            continue
        preceding = text[max(0, start - 60) : start + 1]
        if ORGANISATION_ADDRESS_CONTEXT.search(preceding) and not PERSON_ADDRESS_CONTEXT.search(
            preceding
        ):
            continue
        yield Span(Kind.ADDRESS, start, end)


# Birth dates ---------------------------------------------------------------------------------

MONTHS = (
    r"jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|march|mrt|apr(?:il)?|mei|may|jun(?:i|e)?"
    r"|jul(?:i|y)?|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?"
)
DATE = (
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}\s+(?:{MONTHS})\.?\s+\d{{4}}|(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"
)
BIRTH_CONTEXT = (
    r"geboren|geb\.|geboortedatum|geboortedag|geboortejaar|geb\s*:|d\.o\.b\.|dob\b|born"
    r"|date of birth|birth ?date"
)
# After a birth context word, a month and year alone also pin a person down ("geboren in maart
# 2005"), and so does a year right after it ("geboren in 1985"); without that word it is an
# ordinary date ("het convenant van maart 2020"). Every pattern needs the context word, so a
# date that is not valid ("geboren 31-02-1985") is a near-miss and still counts.
MONTH_AND_YEAR = rf"(?:{MONTHS})\.?\s+(?:19|20)\d{{2}}"
BIRTH_DATE_PATTERNS = [
    re.compile(
        rf"(?:{BIRTH_CONTEXT})[^\n\d]{{0,25}}(?P<date>{DATE}|{MONTH_AND_YEAR})", re.IGNORECASE
    ),
    re.compile(rf"(?P<date>{DATE})[^\n\d]{{0,15}}\(?(?:{BIRTH_CONTEXT})", re.IGNORECASE),
    re.compile(
        rf"(?:{BIRTH_CONTEXT})\s*(?:in|op|:)?\s*(?P<date>(?:19|20)\d{{2}})(?![\d])(?![-/.]\d)",
        re.IGNORECASE,
    ),
]


def _find_birth_dates(text: str) -> Iterator[Span]:
    for pattern in BIRTH_DATE_PATTERNS:
        for match in pattern.finditer(text):
            yield Span(Kind.BIRTH_DATE, match.start(), match.end())


# License plates ------------------------------------------------------------------------------

# Dutch license plates by "sidecode"; L letter, D digit. Sidecodes 1-6 never use vowels, so with
# hyphens and without vowels they match in either case ("12-knt-3"). The newer ones (7-14) do
# use vowels: those match in capitals, as printed, and never as a month ("1-jan-25" is a date).
# Without hyphens a plate must be in capitals without vowels, and not look like a postcode
# (DDDDLL) or a programme code (LLDDDD).
_OLD_SIDECODES = ["LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL"]
_NEW_SIDECODES = [
    "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
]  # fmt: skip
_PLATE_CONSONANT = "[BDFGHJKLMNPRSTVWXZ]"


def _plate_pattern(codes, letter, hyphen="-", flags=0):
    parts = {"L": letter, "D": r"\d", "-": hyphen}
    alternatives = ("".join(parts[char] for char in code) for code in codes)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", flags)


LICENSE_PLATE_PATTERNS = [
    _plate_pattern(_OLD_SIDECODES + _NEW_SIDECODES, _PLATE_CONSONANT, flags=re.IGNORECASE),
    _plate_pattern(_NEW_SIDECODES, "[A-Z]"),
    _plate_pattern(
        [code for code in _OLD_SIDECODES + _NEW_SIDECODES if code not in ("DD-DD-LL", "LL-DD-DD")],
        _PLATE_CONSONANT,
        hyphen="",
    ),
]
MONTH_ABBREVIATIONS = re.compile(rf"-(?:{MONTHS})-", re.IGNORECASE)
# After "kenteken", any mix of letters and digits of a plate's length is one, sidecode or not.
PLATE_AFTER_CONTEXT = re.compile(
    r"\bkenteken(?:s|nummer|plaat)?\b[\s:]*(?:is\s+|was\s+)?"
    r"(?P<plate>[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,4}){0,3})(?![\w-])",
    re.IGNORECASE,
)


def _find_license_plates(text: str) -> Iterator[Span]:
    for pattern in LICENSE_PLATE_PATTERNS:
        for match in pattern.finditer(text):
            if not MONTH_ABBREVIATIONS.search(match.group()):
                yield Span(Kind.LICENSE_PLATE, match.start(), match.end())
    for match in PLATE_AFTER_CONTEXT.finditer(text):
        plate = match.group("plate")
        characters = plate.replace("-", "")
        if (
            4 <= len(characters) <= 8
            and any(char.isdigit() for char in characters)
            and any(char.isalpha() for char in characters)
        ):
            yield Span(Kind.LICENSE_PLATE, match.start("plate"), match.end("plate"))


# Scanning ------------------------------------------------------------------------------------


def scan_spans(text: str) -> list[Span]:
    """Every piece of personal data in an already normalised text, by position; where two
    detectors claim the same characters, the first one wins."""
    if not text:
        return []
    found: list[Span] = []

    def add(span: Span):
        if not any(span.start < other.end and other.start < span.end for other in found):
            found.append(span)

    detectors = [_find_emails]
    if any(char.isdigit() for char in text):  # everything else needs a digit
        detectors += [
            _find_accounts,
            _find_bsns,
            _find_birth_dates,
            _find_addresses,
            _find_license_plates,
            _find_phone_numbers,
        ]
    for detector in detectors:
        for span in detector(text):
            add(span)
    return found


def scan_text(text: str) -> list[tuple[str, str, bool]]:
    """(kind, fragment, certain) for each piece of personal data in a text. The fragment is
    quoted from the text as written (with its odd spaces or invisible characters, if any)."""
    if not text:
        return []
    normalised = normalise(text)
    return [
        (span.kind, normalised.original_fragment(span.start, span.end).strip(), span.certain)
        for span in scan_spans(normalised.text)
    ]
