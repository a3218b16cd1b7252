"""Where a page's time goes: cProfile over repeated views of the start page, a lesson and a
module (and any other URL given), as the demo regisseur, on a throwaway SQLite database in
.cache/bench/ with the demo content. Prints, per page, the median time of a view, its SQL query
count, the share of time spent in SQL, and the functions of the portal (and of Django, Wagtail
and the template engine, grouped by package) with the most cumulative time.

    .venv/bin/python bench/profile_pages.py [--rounds 20] [--top 15] [URL ...]

The profile is of the view as Django's test client runs it (middleware, view, templates), so
it shows what dominates rendering; the throughput against the framework floor is
bench/throughput.py's job."""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def set_up() -> None:
    sys.path.insert(0, str(ROOT))
    cache = Path(os.environ.get("BENCH_DIR") or ROOT / ".cache" / "bench")
    cache.mkdir(parents=True, exist_ok=True)
    database = cache / "profile_pages.sqlite3"
    database.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ.pop("SEARCH_URL", None)  # the embedded search: no engine needed
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    override_settings(ALLOWED_HOSTS=["*"], DEBUG=False).enable()
    settings.SEARCH_URL = ""
    call_command("migrate", verbosity=0)
    from portal.seeding import seed_portal

    seed_portal()


def default_urls() -> dict[str, str]:
    from training.models import Lesson, TrainingModule

    return {
        "start page": "/",
        "lesson": Lesson.objects.live().order_by("path").first().url,
        "module": TrainingModule.objects.live().order_by("path").first().url,
    }


def logged_in_client():
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    user = get_user_model().objects.filter(groups__name="Regisseur").order_by("pk").first()
    client.force_login(user)
    return client


class SqlTimer:
    """Counts the queries of a view and the time spent in them (connection.execute_wrapper)."""

    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.count += 1


def where(filename: str) -> str:
    """The portal's own module, or the package the code belongs to."""
    path = Path(filename)
    try:
        relative = path.resolve().relative_to(ROOT)
    except ValueError:
        relative = None
    if relative is not None and relative.parts[0] not in (".venv",):
        return str(relative)
    parts = path.parts
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    return "python"


def profile(client, url: str, rounds: int, top: int) -> None:
    from django.db import connection

    assert client.get(url).status_code == 200, url  # fills the per-site caches
    durations, sql = [], []
    profiler = cProfile.Profile()
    for _round in range(rounds):
        timer = SqlTimer()
        with connection.execute_wrapper(timer):
            started = time.perf_counter()
            profiler.enable()
            response = client.get(url)
            profiler.disable()
            durations.append(time.perf_counter() - started)
        assert response.status_code == 200, url
        sql.append((timer.count, timer.seconds))
    median = statistics.median(durations)
    queries = sql[-1][0]
    sql_share = sum(seconds for _count, seconds in sql) / sum(durations)
    print(f"\n{url}: median {median * 1000:.1f} ms, {queries} queries, {sql_share:.0%} in SQL")
    stats = pstats.Stats(profiler)
    own: dict[str, float] = {}
    for (filename, _line, _name), (_cc, _nc, total, _cumulative, _callers) in stats.stats.items():
        own[where(filename)] = own.get(where(filename), 0.0) + total
    print("  own time by module or package:")
    for name, seconds in sorted(own.items(), key=lambda item: -item[1])[:top]:
        print(f"    {seconds / rounds * 1000:8.2f} ms  {name}")
    print("  portal functions by cumulative time:")
    rows = [
        (cumulative, f"{where(filename)}:{line} {name}")
        for (filename, line, name), (_cc, _nc, _total, cumulative, _callers) in stats.stats.items()
        if not where(filename).startswith(("python", "django", "wagtail"))
        and "/" in where(filename)
    ]
    for cumulative, label in sorted(rows, reverse=True)[:top]:
        print(f"    {cumulative / rounds * 1000:8.2f} ms  {label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="*", help="more URLs to profile")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--top", type=int, default=15)
    arguments = parser.parse_args()
    set_up()
    client = logged_in_client()
    urls = [*default_urls().values(), *arguments.urls]
    for url in urls:
        profile(client, url, arguments.rounds, arguments.top)


if __name__ == "__main__":
    main()
