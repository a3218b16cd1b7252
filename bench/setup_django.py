"""Shared set-up for the benchmarks: Django on a throwaway SQLite database in .cache/bench/,
the demo content, and the engine (SEARCH_URL, or a node started with scripts/opensearch.sh and
stopped again at exit).
Wagtail's own search stays on its database backend so that it can be measured as it comes
out of the box; the portal's search is pointed at the engine after set-up."""

import atexit
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def start_engine() -> str:
    """SEARCH_URL, or a test node from scripts/opensearch.sh. A node this process started is
    stopped when it exits (also on an error or Ctrl-C); one that was already running (another
    benchmark's, the test command's) is left alone."""
    url = os.environ.pop("SEARCH_URL", "")
    if url:
        return url
    script = ["bash", str(ROOT / "scripts" / "opensearch.sh")]
    port = os.environ.get("TEST_SEARCH_PORT", "9205")
    already_running = node_answers(f"http://127.0.0.1:{port}/")
    url = subprocess.check_output([*script, "start"], text=True).strip()
    if not already_running:
        atexit.register(subprocess.run, [*script, "stop"], check=False)
    return url


def node_answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=10):
            return True
    except OSError:
        return False


def start_django(database_name: str, *, reuse: bool = False) -> str:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    engine_url = start_engine()
    # BENCH_DIR keeps parallel checkouts (sharing .cache) from overwriting each other's corpus.
    cache = Path(os.environ.get("BENCH_DIR") or ROOT / ".cache" / "bench")
    cache.mkdir(parents=True, exist_ok=True)
    database = cache / database_name
    if not reuse:
        database.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    # Named after BENCH_DIR too: parallel checkouts share the engine as well.
    prefix = (
        f"bench-{Path(os.environ['BENCH_DIR']).name}" if os.environ.get("BENCH_DIR") else "bench"
    )
    settings.SEARCH_INDEX = f"{prefix}-{database.stem}".lower()
    return engine_url


def use_engine(url: str) -> None:
    from django.conf import settings

    settings.SEARCH_URL = url


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    position = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[position]
