"""The privacy guard on a labelled set of texts: how much personal data it finds, misses, and
how often it raises a false alarm on ordinary professional text. Run:

    .venv/bin/python bench/privacy_guard.py

The cases of tests/test_privacy.py (which must all pass) plus harder ones that document the
guard's known limits."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from portal.privacy import Kind, scan_text  # noqa: E402
from tests.test_privacy import NEGATIVE_CASES, POSITIVE_CASES  # noqa: E402

HARDER_POSITIVES = [
    ("BSN 123 456 782", Kind.BSN),
    ("sofinummer 123.456.782", Kind.BSN),
    ("06-12345678", Kind.PHONE),
    ("(020) 555 1234", Kind.PHONE),
    ("0031 6 12345678", Kind.PHONE),
    ("J.Jansen@Example.NL", Kind.EMAIL),
    ("Kalverstraat 12-3, 1012NX", Kind.ADDRESS),
    ("geboren 3-4-98", Kind.BIRTH_DATE),
    ("12-03-2005 (geboortedatum)", Kind.BIRTH_DATE),
    ("kenteken 12-knt-3", Kind.LICENSE_PLATE),
    ("geboren in maart 2005", Kind.BIRTH_DATE),
    # No postcode: out of scope by design. A street and number alone is how meeting venues and
    # partners' offices are written ("Stadhouderskade 85"), which must stay publishable.
    ("Kalverstraat 12 in Amsterdam", Kind.ADDRESS),
    ("j punt jansen at example punt nl", Kind.EMAIL),
    ("BSN 12345672", Kind.BSN),  # eight digits (old numbers), with a context word
    ("BSN: 0123.45.672", Kind.BSN),
    ("mailadres: jansen[at]example[punt]nl", Kind.EMAIL),
]
HARDER_NEGATIVES = [
    "KvK-nummer 12345678 van de zorgaanbieder",
    "Wet verplichte ggz, artikel 7:2, sinds 1 januari 2020.",
    "Bel de politie op 0900-8844.",
    "Zaaknummer 123456782 van het parket.",  # passes the 11-proof, labelled as something else
    "Dossiernummer 111222333 staat in het systeem.",
    "Zie www.amsterdam.nl voor de agenda at large.",
    "Het rapport van 05-11-2023 over 1.200 casussen.",
    "Ruim 40 procent van de 600 personen kreeg een plek.",
    "ISBN 978-90-12-34567-8 van het handboek.",
]


def run(positives, negatives):
    found = missed = false_alarms = 0
    misses, alarms = [], []
    for text, kind in positives:
        if kind in {found_kind for found_kind, _f, _c in scan_text(text)}:
            found += 1
        else:
            missed += 1
            misses.append(text)
    for text in negatives:
        if scan_text(text):
            false_alarms += 1
            alarms.append(text)
    return found, missed, false_alarms, misses, alarms


def long_text_seconds() -> list[tuple[str, float]]:
    """Worst-case inputs for the patterns (long runs without the character they look for)."""
    import time

    texts = {
        "100 kB of 'aaaa.'": "aaaa." * 20_000,
        "100 kB of words and 'punt'": "woord punt " * 9_000,
        "60 kB of '1.'": "x " + "1." * 30_000,
    }
    timings = []
    for name, text in texts.items():
        started = time.perf_counter()
        scan_text(text)
        timings.append((name, time.perf_counter() - started))
    return timings


def main():
    columns = ("personal data", "found", "missed", "clean texts", "false alarms")
    print(f"{'set':<28}" + "".join(f"{column:>14}" for column in columns))
    for name, positives, negatives in [
        ("test cases", POSITIVE_CASES, NEGATIVE_CASES),
        ("harder cases", HARDER_POSITIVES, HARDER_NEGATIVES),
    ]:
        found, missed, false_alarms, misses, alarms = run(positives, negatives)
        values = (len(positives), found, missed, len(negatives), false_alarms)
        print(f"{name:<28}" + "".join(f"{value:>14}" for value in values))
        for text in misses:
            print(f"    missed: {text}")
        for text in alarms:
            print(f"    false alarm: {text}")
    print()
    for name, seconds in long_text_seconds():
        print(f"scan of {name:<28}{seconds * 1000:>10.0f} ms")


if __name__ == "__main__":
    main()
