"""Back up the portal (database and uploaded files) into a directory, and restore it on a fresh
instance, checking that everything came back.

The database is copied with the database's own tools, not with Django's dumpdata: `pg_dump`
(custom format, restored with `pg_restore`) on PostgreSQL and SQLite's online backup API on
SQLite. Both copy every table exactly: page tree paths, revisions, sequences, permissions and
the rows the data migrations made, which dumpdata/loaddata cannot restore into a migrated
database without clashes (Wagtail pages have no natural keys) and which it loads slowly,
through every model's signals. The price is that a backup restores into the same kind of
database it came from; moving from SQLite to PostgreSQL is a migration, not a restore.

The backup directory holds:

- `database.pgdump` or `database.sqlite3`;
- `media/`: a copy of MEDIA_ROOT (documents, images, renditions);
- `manifest.json`: the database kind, the SHA-256 of every media file, and per table its row
  count and a digest of all its rows, taken in the same database snapshot as the copy. After a
  restore the tables and files are compared with it, and every Wagtail document and image file
  with the hash Wagtail stored when it was uploaded.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

MANIFEST = "manifest.json"
MEDIA_DIR = "media"
DATABASE_FILES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
FORMAT_VERSION = 1


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


@dataclass
class RestoreReport:
    tables: int = 0
    rows: int = 0
    media_files: int = 0
    documents_checked: int = 0
    images_checked: int = 0
    differences: list[str] = field(default_factory=list)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def media_hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every file under `root`, by path relative to it."""
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): _sha256(path)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def table_digests() -> dict[str, dict]:
    """Per table: its row count and a SHA-256 of every row's values in primary-key order.
    Call inside the transaction whose snapshot is being copied."""
    digests = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        columns = [f.attname for f in meta.concrete_fields]
        digest, rows = hashlib.sha256(), 0
        for row in (
            model._base_manager.order_by("pk").values_list(*columns).iterator(chunk_size=2000)
        ):
            digest.update(json.dumps(row, sort_keys=True, default=str).encode())
            digest.update(b"\n")
            rows += 1
        digests[meta.db_table] = {"rows": rows, "sha256": digest.hexdigest()}
    return digests


def _vendor() -> str:
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return connection.vendor


def _postgres_command(program: str) -> tuple[list[str], dict]:
    """The program with the connection options of the default database, and its environment
    (the password goes in PGPASSWORD, never on the command line)."""
    options = connection.settings_dict
    args = [program, "--no-password"]
    if options.get("HOST"):
        args += ["--host", str(options["HOST"])]
    if options.get("PORT"):
        args += ["--port", str(options["PORT"])]
    if options.get("USER"):
        args += ["--username", str(options["USER"])]
    env = {**os.environ}
    if options.get("PASSWORD"):
        env["PGPASSWORD"] = str(options["PASSWORD"])
    return args, env


def _run(args: list[str], env: dict) -> None:
    try:
        completed = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    except FileNotFoundError as error:
        raise BackupError(
            f"{args[0]} is not installed (Debian package postgresql-client)."
        ) from error
    if completed.returncode != 0:
        raise BackupError(f"{args[0]} failed: {completed.stderr.strip()}")


def backup(target: Path) -> dict:
    """Write a backup into the directory `target` (new or empty) and return its manifest."""
    vendor = _vendor()
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} is not empty; a backup never overwrites another one.")
    target.mkdir(parents=True, exist_ok=True)
    database_file = target / DATABASE_FILES[vendor]

    if vendor == "postgresql":
        # One snapshot for the dump and the digests: writes while the backup runs are in
        # neither, so the restore check compares like with like.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            tables = table_digests()
            args, env = _postgres_command("pg_dump")
            _run(
                [
                    *args,
                    "--format=custom",
                    f"--snapshot={snapshot}",
                    f"--file={database_file}",
                    connection.settings_dict["NAME"],
                ],
                env,
            )
    else:
        # One read transaction (a WAL snapshot) for the digests and the copy; writers go on
        # meanwhile. Opened by hand: the portal's transactions begin IMMEDIATE (a write lock),
        # and SQLite cannot copy a database out of a connection that holds its write lock.
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
            try:
                tables = table_digests()
                copy = sqlite3.connect(database_file)
                try:
                    connection.connection.backup(copy)
                finally:
                    copy.close()
            finally:
                cursor.execute("ROLLBACK")

    media_root = Path(settings.MEDIA_ROOT)
    if media_root.exists():
        shutil.copytree(media_root, target / MEDIA_DIR)
    else:
        (target / MEDIA_DIR).mkdir()
    manifest = {
        "format": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "database": vendor,
        "database_file": database_file.name,
        "database_sha256": _sha256(database_file),
        "media": media_hashes(target / MEDIA_DIR),
        "tables": tables,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return manifest


def read_manifest(source: Path) -> dict:
    """The backup's manifest, after checking that the backup is complete and unchanged."""
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"{source} holds no readable {MANIFEST}: not a backup.") from error
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    database_file = source / manifest["database_file"]
    if not database_file.is_file() or _sha256(database_file) != manifest["database_sha256"]:
        raise BackupError(f"{database_file} is missing or changed since the backup.")
    found = media_hashes(source / MEDIA_DIR)
    if found != manifest["media"]:
        changed = sorted(set(found.items()) ^ set(manifest["media"].items()))
        raise BackupError(f"The backup's media files differ from its manifest: {changed[:5]}")
    return manifest


def restore(source: Path) -> RestoreReport:
    """Replace this instance's database and media with the backup in `source`, then compare
    every table and file with the backup's manifest."""
    source = Path(source)
    manifest = read_manifest(source)
    vendor = _vendor()
    if manifest["database"] != vendor:
        raise BackupError(
            f"This backup is of a {manifest['database']} database; this instance uses {vendor}."
        )
    database_file = source / manifest["database_file"]
    connection.close()
    if vendor == "postgresql":
        args, env = _postgres_command("pg_restore")
        _run(
            [
                *args,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                f"--dbname={connection.settings_dict['NAME']}",
                str(database_file),
            ],
            env,
        )
    else:
        copy = sqlite3.connect(database_file)
        try:
            connection.ensure_connection()
            copy.backup(connection.connection)
        finally:
            copy.close()
            connection.close()

    media_root = Path(settings.MEDIA_ROOT)
    if media_root.exists():
        shutil.rmtree(media_root)
    shutil.copytree(source / MEDIA_DIR, media_root)
    return verify(manifest)


def verify(manifest: dict) -> RestoreReport:
    """Compare this instance with a backup's manifest: every table's rows, every media file,
    and every document and image file against the hash Wagtail recorded at upload."""
    report = RestoreReport()
    tables = table_digests()
    for table, expected in sorted(manifest["tables"].items()):
        found = tables.get(table)
        if found != expected:
            report.differences.append(f"table {table}: expected {expected}, found {found}")
    report.tables = len(tables)
    report.rows = sum(table["rows"] for table in tables.values())

    media = media_hashes(Path(settings.MEDIA_ROOT))
    if media != manifest["media"]:
        changed = sorted(set(media) ^ set(manifest["media"])) or sorted(
            name for name in media if media[name] != manifest["media"].get(name)
        )
        report.differences.append(f"media files differ: {changed[:5]}")
    report.media_files = len(media)

    for model, counter in ((get_document_model(), "documents"), (get_image_model(), "images")):
        for item in model.objects.all():
            if not item.file_hash:
                continue
            try:
                with item.file.open("rb") as handle:
                    content_hash = hash_filelike(handle)
            except OSError:
                content_hash = None
            if content_hash != item.file_hash:
                report.differences.append(
                    f"{counter[:-1]} {item.pk} {item.file.name}: missing or changed"
                )
            setattr(report, f"{counter}_checked", getattr(report, f"{counter}_checked") + 1)
    return report
