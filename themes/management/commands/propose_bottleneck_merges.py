from django.core.management.base import BaseCommand

from themes.merging import proposals_refresh


class Command(BaseCommand):
    help = (
        "Propose merging knelpunten and systeemfouten that look alike (similar in the search "
        "index); pairs proposed before are left alone. Run it daily, e.g. from cron."
    )

    def handle(self, *args, **options):
        added = proposals_refresh()
        self.stdout.write(f"{added} nieuwe voorstellen om knelpunten samen te voegen")
