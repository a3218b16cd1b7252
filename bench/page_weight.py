"""Page weight per page type, as a first visit transfers it in production: the HTML (gzip, as
the reverse proxy compresses it) plus the stylesheets, scripts and preloaded fonts it refers to,
served by WhiteNoise from a collectstatic with the production storage (hashed names, Brotli).
Later visits fetch only the HTML: the hashed files are cached for a year (immutable).

Runs on a throwaway SQLite database in .cache/bench/ with the demo content, as the demo
regisseur, every page type and front-end page of portal.accessibility:

    .venv/bin/python bench/page_weight.py [--markdown]
"""

import argparse
import gzip
import os
import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class Assets(HTMLParser):
    """The files a page loads before it can show: stylesheets, scripts and preloads."""

    def __init__(self):
        super().__init__()
        self.css, self.js, self.fonts = [], [], []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") == "stylesheet" and not attributes.get("media"):
            self.css.append(attributes["href"])
        elif (
            tag == "link" and attributes.get("rel") == "preload" and attributes.get("as") == "font"
        ):
            self.fonts.append(attributes["href"])
        elif tag == "script" and attributes.get("src"):
            self.js.append(attributes["src"])


def set_up() -> None:
    sys.path.insert(0, str(ROOT))
    cache = Path(os.environ.get("BENCH_DIR") or ROOT / ".cache" / "bench")
    cache.mkdir(parents=True, exist_ok=True)
    database = cache / "page_weight.sqlite3"
    database.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["STATIC_ROOT"] = tempfile.mkdtemp(prefix="page-weight-static-")
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    # The production storage (settings.production), switched the way tests switch settings,
    # so that every cached storage follows.
    override_settings(
        ALLOWED_HOSTS=["*"],
        DEBUG=False,
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
    ).enable()
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    from portal.seeding import seed_portal

    seed_portal()


def transfer_size(middleware, url: str) -> int:
    from django.test import RequestFactory

    response = middleware(RequestFactory().get(url, HTTP_ACCEPT_ENCODING="br, gzip"))
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return sum(len(chunk) for chunk in response.streaming_content)


def measure(role: str = "Regisseur") -> list[tuple[str, str, int, int, int, int]]:
    from django.http import HttpResponse
    from django.test import Client
    from whitenoise.middleware import WhiteNoiseMiddleware

    from portal.accessibility import front_end_page_types, front_end_routes
    from tests.accessibility_support import page_type_url, route_url, user_of

    middleware = WhiteNoiseMiddleware(lambda request: HttpResponse(status=404))
    user = user_of(role)
    client = Client()
    client.force_login(user)
    targets = [
        (label.split(".")[1], page_type_url(label, role)) for label in front_end_page_types()
    ]
    targets += [(name, route_url(name, user)) for name in front_end_routes() if name != "login"]
    rows = []
    for name, url in targets:
        response = client.get(url)
        html = response.content
        assets = Assets()
        assets.feed(html.decode())
        rows.append(
            (
                name,
                url,
                len(gzip.compress(html, compresslevel=6)),
                sum(transfer_size(middleware, href) for href in dict.fromkeys(assets.css)),
                sum(transfer_size(middleware, href) for href in dict.fromkeys(assets.js)),
                sum(transfer_size(middleware, href) for href in dict.fromkeys(assets.fonts)),
            )
        )
    return rows


def kilobytes(size: int) -> str:
    return f"{size / 1024:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="a table for the README")
    arguments = parser.parse_args()
    set_up()
    rows = measure()
    header = ("page", "HTML", "CSS", "JS", "fonts", "total")
    lines = []
    for name, url, html, css, js, fonts in rows:
        lines.append((f"{name} ({re.sub(r'[?].*', '', url)})", html, css, js, fonts))
    if arguments.markdown:
        print("| " + " | ".join(header) + " |")
        print("|---|" + "---:|" * (len(header) - 1))
        for label, *sizes in lines:
            print(f"| {label} | " + " | ".join(kilobytes(s) for s in [*sizes, sum(sizes)]) + " |")
    else:
        print(f"{'page':60} " + " ".join(f"{h:>7}" for h in header[1:]) + "  (KB, compressed)")
        for label, *sizes in lines:
            print(f"{label:60} " + " ".join(f"{kilobytes(s):>7}" for s in [*sizes, sum(sizes)]))


if __name__ == "__main__":
    main()
