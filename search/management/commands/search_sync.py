from django.core.management.base import BaseCommand, CommandError

from search import index
from search.engine import EngineError, EngineUnavailable, engine_configured


class Command(BaseCommand):
    help = "Send the engine the changes it missed (e.g. while it was unreachable)."

    def handle(self, *args, **options):
        if not engine_configured():
            self.stdout.write("No SEARCH_URL: the database search is always up to date.")
            return
        try:
            count = index.sync_pending(refresh_after=True)
        except (EngineUnavailable, EngineError) as error:
            raise CommandError(f"The search engine cannot be reached: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"{count} document(s) sent to the engine."))
