"""The committed translation catalogues are exactly what `make messages` produces: run on a clean
checkout it changes nothing (it once rewrote both catalogues, adding 4,109 lines)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Never scanned by the command (its --ignore patterns), and the repository itself.
NOT_COPIED = {".git", ".venv", "node_modules", ".cache", "media", "static_collected"}


def makemessages_command() -> list[str]:
    """The makemessages options of the Makefile's `messages` target."""
    makefile = (ROOT / "Makefile").read_text().replace("\\\n", " ")
    recipe = re.search(r"manage\.py makemessages ([^\n]*)", makefile).group(1)
    ignores = re.search(r"MESSAGES_IGNORE := ([^\n]*)", makefile).group(1)
    options = recipe.replace("$(MESSAGES_IGNORE)", ignores).split()
    return [sys.executable, "manage.py", "makemessages", *(o.strip('"') for o in options)]


def test_make_messages_leaves_the_committed_catalogues_unchanged(tmp_path):
    # A copy of the checkout, so that the command may rewrite its catalogues.
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    for source in ROOT.iterdir():
        if source.name in NOT_COPIED or source.suffix in {".sqlite3", ".mo"}:
            continue
        if source.is_dir():
            shutil.copytree(source, checkout / source.name, ignore=shutil.ignore_patterns("*.pyc"))
        else:
            shutil.copy2(source, checkout / source.name)

    subprocess.run(makemessages_command(), cwd=checkout, check=True, capture_output=True)

    for catalogue in sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po")):
        produced = checkout / catalogue.relative_to(ROOT)
        assert produced.read_text() == catalogue.read_text(), (
            f"{catalogue.relative_to(ROOT)} is not what `make messages` writes: run it"
        )
