"""manage.py backup <directory>: the database and the uploaded files, with a manifest that
`manage.py restore` checks against (see portal/backup.py and the README)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the uploaded files (MEDIA_ROOT) into a new directory."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="a new or empty directory")

    def handle(self, *args, directory: Path, **options):
        try:
            manifest = backup(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(table["rows"] for table in manifest["tables"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup in {directory}: {manifest['database']} database "
                f"({len(manifest['tables'])} tables, {rows} rows), "
                f"{len(manifest['media'])} media files."
            )
        )
