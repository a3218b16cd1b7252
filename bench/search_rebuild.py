"""Documents per second of `search_rebuild` on the embedded database search (no SEARCH_URL).

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python bench/search_rebuild.py [pages]
    DATABASE_URL=postgres://... <same>

Creates a throwaway test database (Django's test runner machinery), the demo content and
`pages` extra standard pages (default 1,000), then times one rebuild."""

import os
import sys
import time
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ.pop("SEARCH_URL", None)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test.utils import get_runner  # noqa: E402


def main(extra_pages: int) -> None:
    runner = get_runner(settings)(verbosity=0, interactive=False)
    old_config = runner.setup_databases()
    try:
        from portal.factories import StandardPageFactory
        from portal.models import Programme
        from search.models import SearchDocument

        call_command("seed_demo", stdout=StringIO())
        programme = Programme.objects.order_by("pk").first()
        parent = programme.landing_page
        for number in range(extra_pages):
            StandardPageFactory(
                parent=parent,
                owner_programme=programme,
                title=f"Werkwijze casusregie {number}",
                tags=["regie", f"thema-{number % 20}"],
            )
        started = time.perf_counter()
        call_command("search_rebuild", stdout=StringIO())
        seconds = time.perf_counter() - started
        documents = SearchDocument.objects.filter(is_removed=False).count()
        engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        print(
            f"{engine}: {documents} documents in {seconds:.1f} s = {documents / seconds:.0f} "
            "documents/s"
        )
    finally:
        runner.teardown_databases(old_config)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
