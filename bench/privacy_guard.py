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
    ("kenteken 12-knt-3", Kind.LICENSE_PLATE),  # lower case: known miss
    ("geboren in maart 2005", Kind.BIRTH_DATE),  # no day: by design not a full date
    ("Kalverstraat 12 in Amsterdam", Kind.ADDRESS),  # no postcode: out of scope
    ("j punt jansen at example punt nl", Kind.EMAIL),  # spelled out: known miss
    ("BSN 12345672", Kind.BSN),  # eight digits (old numbers): known miss
]
HARDER_NEGATIVES = [
    "KvK-nummer 12345678 van de zorgaanbieder",
    "Wet verplichte ggz, artikel 7:2, sinds 1 januari 2020.",
    "Bel de politie op 0900-8844.",
    "Zaaknummer 123456782 van het parket.",  # passes the 11-proof: a real false alarm
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


if __name__ == "__main__":
    main()
