"""manage.py restore <directory>: replace this instance's database and uploaded files with a
backup made by `manage.py backup`, then check every table and file against it."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from portal.backup import BackupError, read_manifest, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: replaces the database and MEDIA_ROOT, "
        "then compares every table and file with the backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, *args, directory: Path, interactive: bool, **options):
        try:
            manifest = read_manifest(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if interactive:
            answer = input(
                f"This replaces the database {connection.settings_dict['NAME']} and everything "
                f"in {settings.MEDIA_ROOT} with the backup of {manifest['created_at']}. "
                "Type 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            report = restore(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if report.differences:
            raise CommandError(
                "The restored instance differs from the backup:\n" + "\n".join(report.differences)
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored and checked: {report.tables} tables ({report.rows} rows), "
                f"{report.media_files} media files, {report.documents_checked} documents and "
                f"{report.images_checked} images match their upload hashes."
            )
        )
