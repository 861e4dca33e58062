"""Backup and restore: a round trip brings back pages and uploaded files as they were."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from tests.factories.home import StandardPageFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_and_restore_round_trip(home, tmp_path, settings, client):
    StandardPageFactory(parent=home, title="Przed kopią", slug="przed-kopia")
    image = Image.objects.create(title="Zdjęcie", file=get_test_image_file())
    image_path = image.file.path
    archive = tmp_path / "backup.tar.gz"

    call_command("backup", output=str(archive), stdout=StringIO())
    assert archive.stat().st_size > 0

    Page.objects.get(slug="przed-kopia").delete()
    StandardPageFactory(parent=home, title="Po kopii", slug="po-kopii")
    image.file.delete(save=False)
    Image.objects.all().delete()

    call_command("restore", str(archive), stdout=StringIO())

    assert Page.objects.filter(slug="przed-kopia").exists()
    assert not Page.objects.filter(slug="po-kopii").exists()
    restored = Image.objects.get(title="Zdjęcie")
    assert restored.file.path == image_path
    with open(image_path, "rb") as restored_file:
        assert restored_file.read(8).startswith(b"\x89PNG")
    assert client.get("/pl/przed-kopia/").status_code == 200


def test_restore_of_a_missing_archive_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="No backup at"):
        call_command("restore", str(tmp_path / "missing.tar.gz"))
