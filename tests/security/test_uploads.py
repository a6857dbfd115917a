"""Uploads: only documents and images that are what they claim, with clear messages."""

import html
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


def tall_thin_pdf():
    """One page 1 pt wide and 14,400 pt (5 m) tall: drawn 600 px wide it would need gigabytes."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(1, 14400))
    pdf.add_page()
    pdf.set_fill_color(200, 0, 0)
    pdf.rect(0, 0, 1, 7200, style="F")
    return bytes(pdf.output())


def add_several_campaign_assets(client, files):
    from campaigns.models import CampaignPage

    campaign = CampaignPage.objects.get(slug="safe-sleeping", locale__language_code="en-gb")
    return client.post(
        "/admin/campaign-assets/add-several/",
        {
            "campaign": campaign.pk,
            "kind": "poster",
            "audience": "professionals",
            "locale": campaign.locale_id,
            "files": files,
        },
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("poster.pdf", b"<html><body>not a pdf</body></html>", "contents do not match its name (.pdf)"),
        ("notes.txt", b"<script>alert(1)</script>", "This file is not plain text"),
    ],
)
def test_adding_several_campaign_assets_runs_the_same_content_check(admin_client, name, content, message):
    from campaigns.models import CampaignAsset

    before = (CampaignAsset.objects.count(), get_document_model().objects.count())
    real = SimpleUploadedFile("real-poster.pdf", make_pdf("Safer sleep", ["Text."]), "application/pdf")
    response = add_several_campaign_assets(admin_client, [real, SimpleUploadedFile(name, content)])
    assert response.status_code == 200
    html = response.content.decode()
    assert f"“{name}” cannot be added." in html and message in html
    assert (CampaignAsset.objects.count(), get_document_model().objects.count()) == before


def test_a_real_pdf_is_added_with_a_preview_by_add_several(admin_client):
    """The control for the test above: the same form takes a real PDF, and draws its preview."""
    from campaigns.models import CampaignAsset

    real = SimpleUploadedFile("ward-poster.pdf", make_pdf("Safer sleep", ["Text."]), "application/pdf")
    assert add_several_campaign_assets(admin_client, [real]).status_code == 302
    asset = CampaignAsset.objects.get(title="Ward poster")
    assert asset.page_count == 1 and asset.preview_image.width == 600


def test_a_pdf_of_an_odd_page_size_gets_a_small_preview():
    from campaigns.previews import MAX_PREVIEW_PIXELS, render_first_page

    png, pages = render_first_page(tall_thin_pdf())
    picture = Image.open(io.BytesIO(png))
    assert pages == 1
    assert picture.width >= 1 and picture.width * picture.height <= MAX_PREVIEW_PIXELS
    assert picture.height > 100_000  # the whole page, drawn at the capped scale


def test_a_preview_that_takes_too_long_gives_no_preview_and_a_log_line(db, monkeypatch, caplog):
    from campaigns import previews
    from campaigns.models import CampaignAsset

    asset = CampaignAsset.objects.filter(document__isnull=False, document__file__endswith=".pdf").first()
    assert asset is not None
    asset.preview_source = ""
    monkeypatch.setattr(previews, "PREVIEW_SECONDS", 0.01)
    previews.refresh_preview(asset)
    assert asset.preview_image is None and asset.page_count is None
    assert "drawing the PDF took over 0.01s" in caplog.text


# A British Sign Language video and its captions (partnership/): checked at upload as the page checks them.
WEBM = bytes.fromhex("1A45DFA39F4286810142F7810142F2810442F381084282") + b"\x84webm" + b"\x00" * 64
MATROSKA = bytes.fromhex("1A45DFA39F4286810142F7810142F2810442F381084282") + b"\x88matroska" + b"\x00" * 64
VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nCześć.\n".encode()
BAD_VIDEO_AND_CAPTIONS = [
    ("clip.webm", b"<html><script>alert(1)</script></html>", "its contents are not a WEBM video"),
    ("clip.webm", b"\x00" * 64, "a WebM file starts with an EBML header"),
    ("clip.webm", MATROSKA, "It looks like a .mkv file"),
    ("captions.vtt", b"1\n00:00:00,000 --> 00:00:02,000\nHi\n", "its first line must be 'WEBVTT'"),
    ("captions.vtt", b"<html>WEBVTT</html>", "its first line must be 'WEBVTT'"),
    ("captions.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nCześć.\n".encode("cp1250"), "it is not UTF-8 text"),
]


def upload_several(client, name, content):
    """One file through Wagtail's multiple upload (the page's drag-and-drop), as its script sends it."""
    return client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )


@pytest.mark.parametrize(("name", "content", "message"), BAD_VIDEO_AND_CAPTIONS)
def test_a_video_or_captions_that_are_not_what_their_name_says_are_refused_at_upload(
    editor_client, name, content, message
):
    before = get_document_model().objects.count()
    response = upload_document(editor_client, name, content)
    assert response.status_code == 200
    assert message in html.unescape(response.content.decode())
    answer = upload_several(editor_client, name, content).json()
    assert answer["success"] is False
    assert message in answer["error_message"] and name in answer["error_message"]
    assert get_document_model().objects.count() == before


@pytest.mark.parametrize(
    ("name", "content"), [("clip.webm", WEBM), ("captions.vtt", VTT), ("bom.vtt", b"\xef\xbb\xbf" + VTT)]
)
def test_a_real_video_and_captions_upload_one_at_a_time_or_several(editor_client, name, content):
    before = get_document_model().objects.count()
    assert upload_document(editor_client, name, content).status_code == 302
    assert upload_several(editor_client, name, content).json()["success"] is True
    assert get_document_model().objects.count() == before + 2
