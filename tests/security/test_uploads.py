"""Uploads: only documents and images that are what they claim, with clear messages."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.demo.pdf import make_pdf


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_user("uploader", "u@kscb.example", "pw-for-tests")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk},
    )


def test_a_real_pdf_uploads(editor_client):
    response = upload_document(editor_client, "leaflet.pdf", make_pdf("Safer sleep", ["Text."]))
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="leaflet.pdf").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>", "is not allowed. Allowed extensions are"),
        ("picture.svg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "is not allowed. Allowed extensions are"),
        ("setup.exe", b"MZ\x90\x00\x03", "is not allowed. Allowed extensions are"),
        ("leaflet.pdf", b"<html><body>not a pdf</body></html>", "contents do not match its name (.pdf)"),
        ("leaflet.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "contents do not match its name (.pdf)"),
        ("notes.txt", b"<script>alert(1)</script>", "This file is not plain text"),
    ],
)
def test_unsafe_documents_are_refused_with_a_clear_message(editor_client, name, content, message):
    before = get_document_model().objects.count()
    response = upload_document(editor_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert get_document_model().objects.count() == before


def test_svg_images_are_refused(editor_client):
    response = editor_client.post(
        "/admin/images/add/",
        {"title": "logo", "file": SimpleUploadedFile("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")},
    )
    assert response.status_code == 200
    assert "Not a supported image format" in response.content.decode()


def test_real_png_images_upload(editor_client):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#1d3e6e").save(buffer, format="PNG")
    response = editor_client.post(
        "/admin/images/add/",
        {
            "title": "banner",
            "description": "A dark blue banner",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("banner.png", buffer.getvalue()),
        },
    )
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="banner").exists()


def test_documents_other_than_pdf_download_as_attachments(client, db):
    document = get_document_model().objects.create(
        title="Minutes", file=SimpleUploadedFile("minutes.txt", b"Plain minutes.")
    )
    response = client.get(document.url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    pdf = get_document_model().objects.get(title__startswith="KSCB response")
    assert client.get(pdf.url)["Content-Disposition"].startswith("inline")
