"""`make run`'s development server prints a line for every request it answers, as Django's
runserver does out of the box (the portal's logging configuration must not silence it)."""

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class KeepRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


NO_REDIRECTS = urllib.request.build_opener(KeepRedirects)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_development_server_prints_request_lines(tmp_path):
    port = free_port()
    environment = os.environ | {
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'dev.sqlite3'}",
        "PYTHONUNBUFFERED": "1",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "runserver",
            "--noreload",
            "--skip-checks",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    # Never waits forever: a server that does not log the request is stopped after 10 minutes.
    watchdog = threading.Timer(600, server.kill)
    watchdog.start()
    try:
        # However long the server takes to start on a busy machine: only its exit ends the wait.
        while True:
            assert server.poll() is None, server.stdout.read()
            try:
                NO_REDIRECTS.open(f"http://127.0.0.1:{port}/lessen/?q=1")
            except urllib.error.HTTPError:
                pass
            except urllib.error.URLError:
                time.sleep(0.5)
                continue
            break
        # The server logs a request after it has answered it: read until the line comes.
        logged = []
        for line in server.stdout:
            logged.append(line)
            if "GET /lessen/" in line:
                break
    finally:
        watchdog.cancel()
        server.terminate()
        server.communicate()

    # The anonymous request is sent to the login page (a redirect, answered without a database).
    assert '"GET /lessen/?q=1 HTTP/1.1" 302' in "".join(logged)
