import time

from django.core.management.base import BaseCommand

from search import services
from search.engine import engine_configured


class Command(BaseCommand):
    help = (
        "Rebuild search from the live pages: the database documents, then (with SEARCH_URL) a "
        "new engine index that replaces the old one by an alias swap, without downtime. "
        "Progress goes to stderr."
    )

    def handle(self, *args, **options):
        started = time.monotonic()

        def progress(done: int, total: int) -> None:
            width = 30
            filled = width * done // total if total else width
            seconds = max(time.monotonic() - started, 1e-6)
            self.stderr.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                f"({done / seconds:.0f}/s)",
                ending="",
            )
            if done >= total:
                self.stderr.write("")

        self.stdout.write("Database documents")
        if not engine_configured():
            services.search_rebuild(documents_progress=progress)
            self.stdout.write(self.style.SUCCESS("Database search rebuilt (no SEARCH_URL)."))
            return

        engine_started = []

        def engine_progress(done: int, total: int) -> None:
            nonlocal started
            if not engine_started:
                engine_started.append(True)
                started = time.monotonic()
                self.stdout.write("Engine index")
            progress(done, total)

        name = services.search_rebuild(documents_progress=progress, progress=engine_progress)
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {name}"))
