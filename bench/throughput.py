"""Pages against the framework floor: how fast each page is served compared with a trivial
Django view returning the same bytes through the same middleware, on the same server.

    .venv/bin/python bench/throughput.py --database sqlite [--rounds 5] [--requests 10]
    .venv/bin/python bench/throughput.py --database postgresql \\
        --database-url postgres://postgres@127.0.0.1:54329/kp_throughput

Builds a fresh instance as bench/load.py does (migrate, seed_demo, collectstatic, one Regisseur
account; on PostgreSQL the database in --database-url is emptied, so give it a name of its own),
starts gunicorn on 127.0.0.1 with the production settings plus the floor's URL
(bench/throughput_settings.py: the floor exists only there), 2 workers, and logs in with a
session cookie. For each page (start page, a lesson, a module, /lessen/, a search) it saves the
page's HTML for the floor view (/__bench__/floor/<name>/), then runs interleaved rounds: in each
round, for each page, --requests times the page, its floor and a static file (whitenoise) one
after the other, so that the load of the machine hits all three alike. It reports the median
time of each and the ratio floor / page (the page's share of the floor's throughput: 1.0 would
be as fast as the framework itself; the issue's target is at least 0.40).
"""

import argparse
import http.client
import os
import re
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load import (  # noqa: E402
    Browser,
    Recorder,
    build_instance,
    free_port,
    start_gunicorn,
    wait_for,
)

SEARCH = "/zoeken/?q=regie"


def pages(targets: dict) -> dict[str, str]:
    return {
        "start-page": "/",
        "lesson": targets["lessons"][0][1],
        "module": targets["modules"][0],
        "lessons-learned": "/lessen/",
        "search": SEARCH,
    }


def fetch(port: int, path: str, cookies: dict[str, str]) -> tuple[int, bytes, float]:
    headers = {"Host": f"127.0.0.1:{port}"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    return response.status, body, time.perf_counter() - started


def static_file(html: bytes) -> str:
    """A stylesheet the start page links to (served by whitenoise, as in production)."""
    found = re.search(rb'href="(/static/[^"]+\.css)"', html)
    if not found:
        sys.exit("No stylesheet found on the start page")
    return found.group(1).decode()


def measure(args, port: int, cookies: dict, targets: dict, floor_dir: Path) -> dict:
    paths = pages(targets)
    static = None
    for name, path in paths.items():
        status, body, _seconds = fetch(port, path, cookies)
        if status != 200:
            sys.exit(f"{path} answered {status}")
        (floor_dir / f"{name}.html").write_bytes(body)
        static = static or static_file(body)
    times: dict[str, dict[str, list[float]]] = {
        name: {"page": [], "floor": [], "static": []} for name in paths
    }
    sizes = {name: (floor_dir / f"{name}.html").stat().st_size for name in paths}
    for number in range(args.rounds):
        print(f"Round {number + 1} of {args.rounds} ...", flush=True)
        for name, path in paths.items():
            for _request in range(args.requests):
                for kind, address in (
                    ("page", path),
                    ("floor", f"/__bench__/floor/{name}/"),
                    ("static", static),
                ):
                    status, body, seconds = fetch(port, address, cookies)
                    if status != 200:
                        sys.exit(f"{address} answered {status}")
                    times[name][kind].append(seconds)
    return {"times": times, "sizes": sizes, "paths": paths, "static": static}


def report(args, measured: dict, loads: tuple[float, float]) -> None:
    print()
    print(
        f"{args.database}: gunicorn {args.workers} workers, production settings, logged in; "
        f"{args.rounds} interleaved rounds x {args.requests} requests of each; load average "
        f"before {loads[0]:.2f}, after {loads[1]:.2f} on {os.cpu_count()} CPUs; static file "
        f"{measured['static']}"
    )
    header = ("page", "KB", "page ms", "floor ms", "static ms", "floor/page")
    print(f"{header[0]:<34} " + " ".join(f"{column:>10}" for column in header[1:]))
    for name, path in measured["paths"].items():
        medians = {
            kind: statistics.median(values) * 1000
            for kind, values in measured["times"][name].items()
        }
        ratio = medians["floor"] / medians["page"]
        print(
            f"{name + ' ' + path[:20]:<34} {measured['sizes'][name] / 1024:>10.0f} "
            f"{medians['page']:>10.1f} {medians['floor']:>10.1f} {medians['static']:>10.1f} "
            f"{ratio:>10.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--database-url", default="", help="PostgreSQL only; it is emptied")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=10, help="of each page per round")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.database == "postgresql" and not args.database_url.startswith("postgres"):
        parser.error("--database postgresql needs --database-url postgres://...")
    if not 0 < args.rounds <= 50 or not 0 < args.requests <= 200:
        parser.error("--rounds must be 1-50 and --requests 1-200")
    args.users = 1  # for build_instance: one Regisseur account

    with tempfile.TemporaryDirectory(prefix="kennisportaal-throughput-") as directory:
        workdir = Path(directory)
        env, targets = build_instance(args, workdir)
        floor_dir = workdir / "floor"
        floor_dir.mkdir()
        env = {
            **env,
            "DJANGO_SETTINGS_MODULE": "bench.throughput_settings",
            "BENCH_FLOOR_DIR": str(floor_dir),
            # The benchmark searches more often than a person may.
            "SEARCH_RATE_LIMIT": "100000/m",
        }
        port = free_port()
        log_path = workdir / "server.log"
        with log_path.open("w") as log:
            server = start_gunicorn(env=env, port=port, workers=args.workers, log=log)
            try:
                wait_for(port, server)
                browser = Browser(port, Recorder(10))
                if not browser.log_in("belasting-01"):
                    sys.exit("Could not log in")
                before = os.getloadavg()[0]
                measured = measure(args, port, browser.cookies, targets, floor_dir)
                loads = (before, os.getloadavg()[0])
            finally:
                server.send_signal(signal.SIGTERM)
                server.wait(timeout=60)
        report(args, measured, loads)


if __name__ == "__main__":
    main()
