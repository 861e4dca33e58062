"""Compile every .po catalogue of the project to .mo with polib, so no GNU gettext is needed."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand

from core.project_apps import project_apps


def catalogues():
    """The catalogues of the shared folders (LOCALE_PATHS) and of every project app with a locale/."""
    directories = [*settings.LOCALE_PATHS, *(Path(app.path) / "locale" for app in project_apps())]
    for directory in directories:
        yield from sorted(Path(directory).glob("*/LC_MESSAGES/*.po"))


class Command(BaseCommand):
    help = "Compile the pl/en/uk message catalogues (.po) to .mo files when they changed."

    def handle(self, *args, **options):
        compiled = 0
        for po_path in catalogues():
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            compiled += 1
        self.stdout.write(f"Message catalogues compiled: {compiled}")
