"""The privacy guard on a labelled set of texts: how much personal data it finds, misses, and
how often it raises a false alarm on ordinary professional text. Run:

    .venv/bin/python bench/privacy_guard.py                       # the tuning set
    .venv/bin/python bench/privacy_guard.py --cases bench/privacy_cases_heldout.py

A case module defines `PERSONAL = [(label, text), ...]` (texts holding personal data) and
`CLEAN = [(label, text), ...]` (texts that must pass). A label may be a kind the guard names
(bsn, iban, phone, email, address, birth_date, license_plate); then a finding of another kind
is reported too, but still counts as found: the text is blocked either way.

`bench/privacy_cases_tuning.py` is the set the guard was developed against, so its figures are
tuning figures; only a set written without seeing the guard's code measures it."""

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from portal.privacy import KIND_LABELS, scan_text  # noqa: E402

DEFAULT_CASES = Path(__file__).with_name("privacy_cases_tuning.py")


def load_cases(path: Path):
    spec = importlib.util.spec_from_file_location(f"privacy_cases_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.PERSONAL), list(module.CLEAN)


def run(personal, clean):
    report = {"found": 0, "missed": [], "other_kind": [], "false_alarms": []}
    for label, text in personal:
        kinds = {kind for kind, _fragment, _certain in scan_text(text)}
        if not kinds:
            report["missed"].append((label, text))
            continue
        report["found"] += 1
        if label in KIND_LABELS and label not in kinds:
            report["other_kind"].append((label, text, ", ".join(sorted(kinds))))
    for label, text in clean:
        found = scan_text(text)
        if found:
            kinds = ", ".join(sorted({kind for kind, _fragment, _certain in found}))
            report["false_alarms"].append((label, text, kinds))
    return report


def long_text_seconds() -> list[tuple[str, float]]:
    """Worst-case inputs for the patterns (long runs without the character they look for)."""
    texts = {
        "100 kB of 'aaaa.'": "aaaa." * 20_000,
        "100 kB of words and 'punt'": "woord punt " * 9_000,
        "60 kB of '1.'": "x " + "1." * 30_000,
        "100 kB of NBSP-separated digits": "1\u00a0" * 50_000,
        "100 kB of 'rekening 12'": "rekening 12 " * 8_500,
    }
    timings = []
    for name, text in texts.items():
        started = time.perf_counter()
        scan_text(text)
        timings.append((name, time.perf_counter() - started))
    return timings


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="a case module (.py)")
    parser.add_argument("--no-timings", action="store_true", help="skip the long-text timings")
    options = parser.parse_args(argv)
    personal, clean = load_cases(options.cases)
    report = run(personal, clean)
    print(f"cases: {options.cases}")
    print(f"personal data: found {report['found']} of {len(personal)}")
    print(f"clean texts: false alarms {len(report['false_alarms'])} of {len(clean)}")
    for label, text in report["missed"]:
        print(f"    missed: {label}: {text}")
    for label, text, kinds in report["other_kind"]:
        print(f"    found as another kind: {label}: {text} ({kinds})")
    for label, text, kinds in report["false_alarms"]:
        print(f"    false alarm: {label}: {text} ({kinds})")
    if not options.no_timings:
        print()
        for name, seconds in long_text_seconds():
            print(f"scan of {name:<34}{seconds * 1000:>10.0f} ms")


if __name__ == "__main__":
    main()
