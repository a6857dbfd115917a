"""What editors and staff get in the admin: the asset listing, download counts and refused uploads."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from campaigns.models import CampaignAsset
from tests.conftest import SignedInStaffClient
from tests.staff import make_user

LISTING = "/admin/snippets/campaigns/campaignasset/"


def test_listing_shows_assets_of_every_campaign_with_download_counts(admin_client, leaflet):
    CampaignAsset.objects.filter(pk=leaflet.pk).update(download_count=4815)
    CampaignAsset.objects.count_download(leaflet.pk)
    CampaignAsset.objects.count_download(leaflet.pk)
    html = admin_client.get(LISTING).content.decode()
    assert "Safer sleep cot card" in html and "Domestic abuse action plan: summary" in html
    assert "Downloads" in html
    leaflet_row = re.search(rf"<tr[^>]*>(?:(?!</tr>).)*{re.escape(leaflet.title)}.*?</tr>", html, flags=re.S).group(0)
    cells = [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", leaflet_row, re.S)]
    assert "4817" in cells, cells


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


def test_usage_report_names_the_pages_that_use_each_asset(admin_client, leaflet, home_page):
    from home.models import StandardPage

    page = StandardPage(
        title="Advice for new parents",
        slug="advice-for-new-parents",
        body=[("document", {"document": leaflet.document, "title": "", "description": ""})],
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    response = admin_client.get("/admin/reports/campaign-assets/")
    html = response.content.decode()
    assert response.status_code == 200
    row = html[html.index("Safer sleep for babies: leaflet for parents") :]
    row = row[: row.index("</tr>")]
    assert "Safe sleeping" in row and "Advice for new parents" in row
    assert "Advice for new parents" not in html[html.index("Safer sleep cot card") :].split("</tr>")[0]


def pdf_upload(name, pages_of_text=1):
    from home.demo.pdf import make_pdf

    return SimpleUploadedFile(name, make_pdf(name, ["Safer sleep for babies."] * 60 * pages_of_text), "application/pdf")


def add_several(admin_client, campaign, locale_id, files):
    return admin_client.post(
        "/admin/campaign-assets/add-several/",
        {
            "campaign": campaign.pk,
            "kind": "poster",
            "audience": "professionals",
            "locale": locale_id,
            "dimensions": "A3",
            "files": files,
        },
    )


def test_editor_adds_several_assets_at_once(admin_client, safe_sleeping, leaflet):
    files = [pdf_upload("ward-poster.pdf"), pdf_upload("clinic_poster.pdf")]
    response = add_several(admin_client, safe_sleeping, leaflet.locale_id, files)
    assert response.status_code == 302
    added = CampaignAsset.objects.filter(campaign=safe_sleeping, title__in=["Ward poster", "Clinic poster"])
    assert added.count() == 2
    assert all(asset.page_count and asset.preview_image_id for asset in added)


def test_adding_several_refuses_the_lot_if_one_file_is_dangerous(admin_client, safe_sleeping, leaflet):
    before = CampaignAsset.objects.count()
    files = [pdf_upload("ward-poster.pdf"), SimpleUploadedFile("poster.svg", b"<svg onload='x()'/>")]
    response = add_several(admin_client, safe_sleeping, leaflet.locale_id, files)
    assert response.status_code == 200
    assert "“poster.svg” cannot be added: .svg files are not allowed" in response.content.decode()
    assert CampaignAsset.objects.count() == before


def test_add_several_form_and_listing_button_render(admin_client):
    html = admin_client.get(LISTING).content.decode()
    assert "/admin/campaign-assets/add-several/" in html
    response = admin_client.get("/admin/campaign-assets/add-several/")
    assert response.status_code == 200
    assert 'type="file"' in response.content.decode() and "multiple" in response.content.decode()
    page = response.content.decode()
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    assert heading and "Add several campaign assets" in heading.group(1), "the page says what it is in a heading"
    for name in ("campaign", "kind", "audience", "locale", "dimensions", "files"):
        assert f'for="id_{name}"' in page and f'id="id_{name}"' in page, f"{name}: its label names its field"


def test_an_editor_adds_several_assets_and_a_translator_cannot(safe_sleeping, leaflet):
    editor, translator = SignedInStaffClient(), SignedInStaffClient()
    editor.force_login(make_user("campaign-editor", "Editors"))
    translator.force_login(make_user("campaign-translator", "Translators"))
    assert editor.get(LISTING).status_code == 200
    response = add_several(editor, safe_sleeping, leaflet.locale_id, [pdf_upload("ward-poster.pdf")])
    assert response.status_code == 302
    assert CampaignAsset.objects.filter(campaign=safe_sleeping, title="Ward poster").count() == 1
    refused = add_several(translator, safe_sleeping, leaflet.locale_id, [pdf_upload("clinic.pdf")])
    assert (refused.status_code, refused.url) == (302, "/admin/")  # Wagtail's "permission denied" redirect
    assert not CampaignAsset.objects.filter(title="Clinic").exists()
