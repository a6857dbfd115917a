"""What editors and staff get in the admin: the asset listing, download counts and refused uploads."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from campaigns.models import CampaignAsset

LISTING = "/admin/snippets/campaigns/campaignasset/"


def test_listing_shows_assets_of_every_campaign_with_download_counts(admin_client, leaflet):
    CampaignAsset.objects.count_download(leaflet.pk)
    CampaignAsset.objects.count_download(leaflet.pk)
    html = admin_client.get(LISTING).content.decode()
    assert "Safer sleep cot card" in html and "Domestic abuse action plan: summary" in html
    assert "Downloads" in html


def test_listing_filters_by_kind_and_searches(admin_client, domestic_abuse):
    html = admin_client.get(LISTING, {"kind": "poster", "campaign": domestic_abuse.pk}).content.decode()
    assert "Healthy relationships poster for schools" in html
    assert "Safer sleep poster" not in html
    html = admin_client.get(LISTING, {"q": "cot card"}).content.decode()
    assert "Safer sleep cot card" in html


def test_editor_can_add_an_asset_and_gets_a_preview_and_page_count(admin_client, safe_sleeping, leaflet):
    response = admin_client.post(
        LISTING + "add/",
        {
            "campaign": safe_sleeping.pk,
            "title": "Safer sleep postcard",
            "kind": "postcard",
            "audience": "parents",
            "dimensions": "A6",
            "document": leaflet.document_id,
            "image_alt": "",
            "usage_notes": "",
            "sort_order": 5,
            "locale": leaflet.locale_id,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    asset = CampaignAsset.objects.get(title="Safer sleep postcard")
    assert asset.page_count == 2
    assert asset.preview_image is not None and asset.preview_image.width == 600


@pytest.mark.parametrize("filename", ["leaflet.html", "poster.svg", "setup.exe"])
def test_uploading_a_dangerous_document_type_is_refused(admin_client, filename):
    upload = SimpleUploadedFile(filename, b"<script>alert(1)</script>")
    response = admin_client.post("/admin/documents/add/", {"title": "Bad", "file": upload, "collection": 1})
    assert response.status_code == 200
    assert "is not allowed. Allowed extensions are" in response.content.decode()
    assert not get_document_model().objects.filter(title="Bad").exists()


def test_asset_refuses_a_file_type_that_could_run_in_a_browser(leaflet):
    html = get_document_model()(title="Page", file=ContentFile(b"<html></html>", name="page.html"))
    html.save()
    leaflet.document = html
    with pytest.raises(ValidationError, match="A .html file cannot be offered for download"):
        leaflet.full_clean()


def test_asset_needs_exactly_one_file(leaflet):
    leaflet.document = None
    with pytest.raises(ValidationError, match="either a document or an image"):
        leaflet.full_clean()
