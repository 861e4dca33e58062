"""Back up and restore the whole site: the database and the uploaded media, in one archive.

SQLite is copied with SQLite's online backup API (consistent while the site runs); PostgreSQL
is dumped with pg_dump in its custom format and restored with pg_restore. Media are read and
written through Django's default storage, so a bucket on S3 is backed up like a local folder.
"""

import os
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import connection

DATABASE_SQLITE = "database.sqlite3"
DATABASE_POSTGRES = "database.pgdump"
MEDIA = "media"


def _postgres_arguments():
    database = connection.settings_dict
    arguments = ["--dbname", database["NAME"], "--no-owner", "--no-privileges"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            arguments += [option, str(database[key])]
    environment = {"PGPASSWORD": database.get("PASSWORD") or ""}
    return arguments, environment


def _run(command, environment):
    subprocess.run(command, check=True, env={**os.environ, **environment}, capture_output=True)


def _dump_database(target_dir):
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(target_dir / DATABASE_SQLITE)
        with destination:
            connection.connection.backup(destination)
        destination.close()
    elif connection.vendor == "postgresql":
        arguments, environment = _postgres_arguments()
        _run(
            ["pg_dump", "--format=custom", "--file", str(target_dir / DATABASE_POSTGRES), *arguments],
            environment,
        )
    else:
        raise ValueError(f"No backup method for the {connection.vendor} database.")


def _load_database(source_dir):
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        source = sqlite3.connect(source_dir / DATABASE_SQLITE)
        with source:
            source.backup(connection.connection)
        source.close()
    elif connection.vendor == "postgresql":
        connection.close()
        arguments, environment = _postgres_arguments()
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--single-transaction",
                *arguments,
                str(source_dir / DATABASE_POSTGRES),
            ],
            environment,
        )
    else:
        raise ValueError(f"No restore method for the {connection.vendor} database.")


def _stored_media(folder=""):
    """Every file name in the default storage, walking its folders (none when it was never written)."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for child in folders:
        yield from _stored_media(f"{folder}/{child}" if folder else child)


def _dump_media(archive):
    for name in _stored_media():
        with default_storage.open(name, "rb") as stored:
            member = tarfile.TarInfo(f"{MEDIA}/{name}")
            member.size = stored.size
            archive.addfile(member, stored)


def _load_media(media_dir):
    for name in list(_stored_media()):
        default_storage.delete(name)
    for path in sorted(media_dir.rglob("*")):
        if path.is_file():
            with path.open("rb") as source:
                default_storage.save(path.relative_to(media_dir).as_posix(), File(source))


def create_backup(archive_path):
    """Write the database and every stored media file into a .tar.gz at `archive_path`."""
    archive_path = Path(archive_path)
    archive_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        _dump_database(work_dir)
        with tarfile.open(archive_path, "w:gz") as archive:
            for name in (DATABASE_SQLITE, DATABASE_POSTGRES):
                if (work_dir / name).exists():
                    archive.add(work_dir / name, arcname=name)
            _dump_media(archive)
    return archive_path


def restore_backup(archive_path):
    """Replace the database and the stored media with the contents of a backup archive."""
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        with tarfile.open(archive_path, "r:gz") as archive:
            archive.extractall(work_dir, filter="data")
        _load_database(work_dir)
        _load_media(work_dir / MEDIA)
