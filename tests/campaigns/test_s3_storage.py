"""Assets stored on S3: a real S3-compatible server (moto) on loopback, reached through django-storages."""

import io
import socket
import zipfile

import boto3
import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from moto.server import ThreadedMotoServer
from wagtail.documents import get_document_model

from campaigns.models import CampaignAsset
from home.demo.pdf import make_pdf
from tests.home.test_demo_pdf import text_of

BUCKET = "kscb-media-test"
CREDENTIALS = {"aws_access_key_id": "test", "aws_secret_access_key": "test", "region_name": "eu-west-2"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    boto3.client("s3", endpoint_url=endpoint, **CREDENTIALS).create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
    )
    yield endpoint
    server.stop()


@pytest.fixture
def s3_media(s3_endpoint, settings):
    with override_settings(
        STORAGES={**settings.STORAGES, "default": {"BACKEND": "storages.backends.s3.S3Storage"}},
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=s3_endpoint,
        AWS_S3_REGION_NAME="eu-west-2",
        AWS_S3_ACCESS_KEY_ID="test",
        AWS_S3_SECRET_ACCESS_KEY="test",  # noqa: S106 - moto's throwaway credentials
        AWS_S3_FILE_OVERWRITE=False,
        AWS_DEFAULT_ACL="private",
    ):
        yield boto3.client("s3", endpoint_url=s3_endpoint, **CREDENTIALS)


def test_assets_are_stored_served_and_packed_through_s3(client, s3_media, safe_sleeping, leaflet):
    pdf = make_pdf("Safer sleep: a leaflet kept on S3", ["Put your baby down on their back for every sleep."] * 120)
    document = get_document_model()(title="Leaflet on S3", file=ContentFile(pdf, name="s3-leaflet.pdf"))
    document.save()
    keys = [item["Key"] for item in s3_media.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert document.file.name in keys  # the file really went to the bucket

    asset = CampaignAsset(campaign=safe_sleeping, locale_id=leaflet.locale_id, title="S3 leaflet", document=document)
    asset.full_clean()
    asset.save()
    assert asset.page_count == text_of(pdf)[1] > 1  # the preview was made from the PDF read back from S3
    assert asset.preview_image.file.name in [
        item["Key"] for item in s3_media.list_objects_v2(Bucket=BUCKET)["Contents"]
    ]

    response = client.get(f"{safe_sleeping.url}download/{asset.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == pdf

    response = client.get(f"{safe_sleeping.url}download-all/", {"kind": "leaflet", "audience": "everyone"})
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.read("s3-leaflet.pdf") == pdf

    s3_media.delete_object(Bucket=BUCKET, Key=document.file.name)
    response = client.get(f"{safe_sleeping.url}download/{asset.pk}/")
    assert response.status_code == 404
    assert "This file is unavailable" in response.content.decode()
