from django.core.management.base import BaseCommand, CommandError

from search.selectors import search_drift


class Command(BaseCommand):
    help = (
        "Compare the live pages with the search documents and the engine's index, and report "
        "the differences. Exits with an error when they drift apart."
    )

    def handle(self, *args, **options):
        drift = search_drift()
        for line in drift.report():
            self.stdout.write(line)
        if not drift.in_step:
            raise CommandError("Search has drifted: run `manage.py search_rebuild`.")
        self.stdout.write(self.style.SUCCESS("Search is in step with the live pages."))
