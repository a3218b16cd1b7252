from django.core.management.base import BaseCommand

from portal.seeding import seed_portal


class Command(BaseCommand):
    help = (
        "Fill the portal with demo content and demo users (see the README). Safe to run again: "
        "existing content is left as it is."
    )

    def handle(self, *args, **options):
        seed_portal(log=lambda message: self.stdout.write(f"  {message}"))
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
