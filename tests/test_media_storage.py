"""Media on S3-compatible storage: images, renditions and backups work against a real S3 endpoint.

The endpoint is moto's S3 server on loopback: boto3 talks HTTP to it exactly as to AWS or MinIO.
"""

import json
import os
import urllib.request
from io import StringIO
from pathlib import Path

import boto3
import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import override_settings
from moto.server import ThreadedMotoServer
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories.home import StandardPageFactory
from tests.shell import last_printed_line

ROOT = Path(__file__).resolve().parent.parent
BUCKET = "sas-media"
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/*",
        }
    ],
}
KEYS = {"AWS_ACCESS_KEY_ID": "sas-test", "AWS_SECRET_ACCESS_KEY": "sas-test-secret"}


@pytest.fixture(scope="session")
def s3_endpoint():
    """One S3 server per test process: moto keeps its buckets in process-wide memory."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    previous = {key: os.environ.get(key) for key in KEYS}
    os.environ.update(KEYS)
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name="eu-central-1")
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ))
    yield endpoint
    for key, value in previous.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    server.stop()


@pytest.fixture
def s3_media(s3_endpoint, settings):
    storages = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_endpoint,
                "region_name": "eu-central-1",
                "querystring_auth": False,
                "file_overwrite": False,
            },
        },
    }
    with override_settings(STORAGES=storages):
        yield s3_endpoint


def test_the_environment_switches_media_to_the_bucket():
    code = (
        "from django.conf import settings; d = settings.STORAGES['default'];"
        "print(d['BACKEND'], d['OPTIONS']['bucket_name'], d['OPTIONS']['endpoint_url'])"
    )
    printed = last_printed_line(
        code, MEDIA_S3_BUCKET="sas-media", MEDIA_S3_ENDPOINT_URL="https://s3.example.org"
    )
    assert printed.split() == ["storages.backends.s3.S3Storage", "sas-media", "https://s3.example.org"]


@pytest.mark.django_db
def test_an_image_on_a_page_is_served_from_the_bucket(s3_media, home, client):
    image = Image.objects.create(title="Spotkanie w bibliotece", file=get_test_image_file())
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "Sąsiedzi przy stole", "caption": ""}}]
    StandardPageFactory(parent=home, title="Galeria", slug="galeria", body=body)

    html = client.get("/pl/galeria/").content.decode()

    assert f"{s3_media}/{BUCKET}/images/" in html
    rendition_url = html.split(f'src="{s3_media}/', 1)[1].split('"', 1)[0]
    with urllib.request.urlopen(f"{s3_media}/{rendition_url}") as response:
        assert response.status == 200
        assert response.read(4) in (b"\x89PNG", b"RIFF", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xdb")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_and_restore_bring_back_files_in_the_bucket(s3_media, home, tmp_path):
    image = Image.objects.create(title="Mapa strefy", file=get_test_image_file())
    name = image.file.name
    archive = tmp_path / "backup.tar.gz"

    call_command("backup", output=str(archive), stdout=StringIO())
    default_storage.delete(name)
    default_storage.save("images/stray.txt", StringIO("not in the backup"))
    call_command("restore", str(archive), stdout=StringIO())

    assert default_storage.exists(name)
    assert not default_storage.exists("images/stray.txt")
    with default_storage.open(name, "rb") as restored:
        assert restored.read(8) == b"\x89PNG\r\n\x1a\n"
