"""Load: logged-in users browsing, searching and marking lessons done against a production-like
server (gunicorn, production settings with a throwaway SECRET_KEY, plain HTTP on loopback),
on SQLite or PostgreSQL. Reports per kind of request: count, errors by status, p50/p95/max, and
the "database is locked" errors in the server's log.

    .venv/bin/python bench/load.py --database sqlite [--users 50] [--duration 120]
    .venv/bin/python bench/load.py --database postgresql \\
        --database-url postgres://postgres@127.0.0.1:54329/kp_load

The run is bounded: at most --duration seconds (600 at most) and --max-requests requests, to a
server it starts itself on 127.0.0.1 (nothing else is ever addressed). It builds a fresh
instance first (migrate, seed_demo, collectstatic, one Regisseur account per simulated user);
on PostgreSQL the database in --database-url is emptied and rebuilt, so give it a name of its
own. Each user logs in once, then repeats: a page (start page, lessons learned, a lesson, the
catalogue, a module, meetings), a search, and now and then "lesson done" on a random lesson,
with a think time between requests (--think, seconds, uniform). The server's own CPU use is
shared with this client on the same machine; the report gives the load average.
"""

import argparse
import http.client
import os
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PASSWORD = "Belasting-test-2026"
SEARCHES = ["regie", "nazorg", "radicalisering", "jongeren", "netwerk", "huisvesting", "top600"]
MAX_DURATION = 600

USERS_AND_TARGETS = """
import json
from django.contrib.auth.models import Group
from portal.constants import Role
from portal.factories import UserFactory
from training.models import Lesson, TrainingModule
from themes.models import LessonLearned

group = Group.objects.get(name=Role.REGISSEUR.value)
for number in range(1, {users} + 1):
    user = UserFactory(username=f"belasting-{{number:02d}}", groups=[group])
    user.set_password({password!r})
    user.save()
print(json.dumps({{
    "lessons": [[lesson.pk, lesson.url] for lesson in Lesson.objects.live()],
    "modules": [module.url for module in TrainingModule.objects.live()],
    "lessons_learned": [page.url for page in LessonLearned.objects.live()[:20]],
}}))
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(env: dict, *args: str) -> str:
    completed = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if completed.returncode != 0:
        sys.exit(f"manage.py {' '.join(args[:2])} failed:\n{completed.stderr[-3000:]}")
    return completed.stdout


def build_instance(args, workdir: Path) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "SECURE_SSL_REDIRECT": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_LEVEL": "WARNING",
        "SEARCH_URL": "",
    }
    if args.database == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'load.sqlite3'}"
    else:
        env["DATABASE_URL"] = args.database_url
    print("Building the instance: migrate, seed_demo, collectstatic, users ...", flush=True)
    if args.database == "postgresql":
        # A fresh instance: the demo seeding expects an empty database.
        drop = "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
        manage(env, "shell", "--no-imports", "-c", _raw_sql(drop))
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "seed_demo")
    manage(env, "collectstatic", "--no-input", "-v0")
    import json

    output = manage(
        env,
        "shell",
        "--no-imports",
        "-c",
        USERS_AND_TARGETS.format(users=args.users, password=PASSWORD),
    )
    targets = json.loads(output.strip().splitlines()[-1])
    return env, targets


def _raw_sql(sql: str) -> str:
    return f"from django.db import connection\nconnection.cursor().execute({sql!r})"


class Recorder:
    def __init__(self, max_requests: int):
        self.lock = threading.Lock()
        self.durations: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, Counter] = defaultdict(Counter)
        self.max_requests = max_requests
        self.count = 0

    def take_a_slot(self) -> bool:
        with self.lock:
            if self.count >= self.max_requests:
                return False
            self.count += 1
            return True

    def record(self, kind: str, status, seconds: float) -> None:
        with self.lock:
            self.durations[kind].append(seconds)
            self.statuses[kind][status] += 1


class Browser:
    """One logged-in user: a cookie jar of its own (the production cookies are marked Secure,
    which an HTTP client library would rightly not send over plain HTTP to loopback)."""

    def __init__(self, port: int, recorder: Recorder):
        self.port = port
        self.recorder = recorder
        self.cookies: dict[str, str] = {}

    def send(self, kind: str, method: str, path: str, form: dict | None = None):
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            form = {**form, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name.strip()] = rest.split(";", 1)[0]
        except (OSError, http.client.HTTPException) as error:
            status = type(error).__name__
        finally:
            connection.close()
        self.recorder.record(kind, status, time.perf_counter() - started)
        return status

    def log_in(self, username: str) -> bool:
        self.send("login", "GET", "/accounts/login/")
        status = self.send(
            "login", "POST", "/accounts/login/", {"username": username, "password": PASSWORD}
        )
        return status == 302 and "sessionid" in self.cookies


def user_session(number, port, targets, recorder, start, think, seed):
    """Log in, wait until every user has (logging in is slow by design: PBKDF2), then browse
    until the deadline that `start` sets."""
    rng = random.Random(seed * 1000 + number)
    browser = Browser(port, recorder)
    logged_in = browser.log_in(f"belasting-{number:02d}")
    deadline = start()
    if not logged_in:
        recorder.record("login failed", "no session", 0.0)
        return
    pages = ["/", "/lessen/", "/leren/", "/themabijeenkomsten/", "/mijn-leeromgeving/"]
    pages += targets["modules"] + targets["lessons_learned"] + [u for _, u in targets["lessons"]]
    while time.monotonic() < deadline:
        time.sleep(rng.uniform(*think))
        if time.monotonic() >= deadline or not recorder.take_a_slot():
            return
        roll = rng.random()
        if roll < 0.6:
            browser.send("page", "GET", rng.choice(pages))
        elif roll < 0.85:
            browser.send("search", "GET", "/zoeken/?" + urlencode({"q": rng.choice(SEARCHES)}))
        else:
            lesson_id, _url = rng.choice(targets["lessons"])
            browser.send("lesson done", "POST", f"/voortgang/les/{lesson_id}/afgerond/", {})


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(args, recorder: Recorder, server_log: str, elapsed: float, loads) -> None:
    locked = len(re.findall(r"database is locked", server_log))
    total = sum(len(v) for kind, v in recorder.durations.items() if kind != "login")
    print()
    print(
        f"{args.database}: {args.users} users, {elapsed:.0f} s, {total} requests after login "
        f"({total / elapsed:.1f}/s), gunicorn {args.workers} workers, think {args.think[0]}-"
        f"{args.think[1]} s; load average before {loads[0]:.2f}, after {loads[1]:.2f} "
        f"on {os.cpu_count()} CPUs"
    )
    columns = ("requests", "errors", "p50 ms", "p95 ms", "max ms")
    print(f"{'kind':<12} " + " ".join(f"{c:>8}" for c in columns) + "  statuses")
    for kind in sorted(recorder.durations):
        durations = recorder.durations[kind]
        statuses = recorder.statuses[kind]
        errors = sum(
            n for status, n in statuses.items() if not isinstance(status, int) or status >= 400
        )
        figures = (
            len(durations),
            errors,
            round(percentile(durations, 0.5) * 1000),
            round(percentile(durations, 0.95) * 1000),
            round(max(durations) * 1000),
        )
        print(
            f"{kind:<12} "
            + " ".join(f"{figure:>8}" for figure in figures)
            + "  "
            + ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items(), key=str))
        )
    print(f'"database is locked" in the server log: {locked}')


def start_gunicorn(*, env: dict, port: int, workers: int, log):
    """The portal's WSGI application under gunicorn on loopback, as production serves it; its
    output goes to `log`."""
    return subprocess.Popen(  # noqa: S603
        [
            PYTHON,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--timeout",
            "120",
            "--error-logfile",
            "-",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--database-url", default="", help="PostgreSQL only; it is emptied")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=120)
    parser.add_argument("--max-requests", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--think", type=float, nargs=2, default=(0.5, 2.0), metavar=("MIN", "MAX"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.database == "postgresql" and not args.database_url.startswith("postgres"):
        parser.error("--database postgresql needs --database-url postgres://...")
    if not 0 < args.duration <= MAX_DURATION or not 0 < args.users <= 200:
        parser.error(f"--duration must be 1-{MAX_DURATION} s and --users 1-200")

    with tempfile.TemporaryDirectory(prefix="kennisportaal-load-") as directory:
        workdir = Path(directory)
        env, targets = build_instance(args, workdir)
        port = free_port()
        log_path = workdir / "server.log"
        with log_path.open("w") as log:
            server = start_gunicorn(env=env, port=port, workers=args.workers, log=log)
            try:
                wait_for(port, server)
                recorder = Recorder(args.max_requests)
                loads = []
                clock = {}

                def start_the_clock():
                    loads.append(os.getloadavg()[0])
                    clock["started"] = time.monotonic()
                    print(f"Running {args.users} users for {args.duration:.0f} s ...", flush=True)

                everyone_logged_in = threading.Barrier(args.users, action=start_the_clock)

                def start():
                    everyone_logged_in.wait()
                    return clock["started"] + args.duration

                print(f"Logging in {args.users} users ...", flush=True)
                threads = [
                    threading.Thread(
                        target=user_session,
                        args=(n, port, targets, recorder, start, args.think, args.seed),
                        daemon=True,
                    )
                    for n in range(1, args.users + 1)
                ]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join(timeout=args.duration + 900)
                elapsed = time.monotonic() - clock["started"]
                loads.append(os.getloadavg()[0])
            finally:
                server.send_signal(signal.SIGTERM)
                server.wait(timeout=60)
        report(args, recorder, log_path.read_text(), elapsed, loads)


def wait_for(port: int, server: subprocess.Popen) -> None:
    for _attempt in range(600):
        if server.poll() is not None:
            sys.exit("gunicorn exited; see its log")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    sys.exit("gunicorn did not start listening")


if __name__ == "__main__":
    main()
