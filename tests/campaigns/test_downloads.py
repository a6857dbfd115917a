"""Downloading one asset, a pack of many, and what happens when a file has gone."""

import io
import tracemalloc
import zipfile

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from campaigns.models import CampaignAsset


def test_download_gives_the_file_and_counts_it_without_a_cookie(client, leaflet):
    response = client.get(f"{leaflet.campaign.url}download/{leaflet.pk}/")
    body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert body.startswith(b"%PDF-") and body == leaflet.document.file.open("rb").read()
    assert 'filename="safer-sleep-for-babies-leaflet-for-parents.pdf"' in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    leaflet.refresh_from_db()
    assert leaflet.download_count == 1


def test_asset_of_another_campaign_is_not_found(client, leaflet, domestic_abuse):
    assert client.get(f"{domestic_abuse.url}download/{leaflet.pk}/").status_code == 404


def test_missing_file_shows_this_file_is_unavailable(client, leaflet):
    leaflet.document.file.storage.delete(leaflet.document.file.name)
    response = client.get(f"{leaflet.campaign.url}download/{leaflet.pk}/")
    assert response.status_code == 404
    assert "This file is unavailable" in response.content.decode()
    leaflet.refresh_from_db()
    assert leaflet.download_count == 0


def test_pack_holds_every_asset_of_the_campaign(client, safe_sleeping):
    response = client.get(f"{safe_sleeping.url}download-all/")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert len(names) == safe_sleeping.assets.count() == 7
    assert "safer-sleep-cot-card.pdf" in names and "safer-sleep-pull-up-banner.png" in names
    assert archive.read("safer-sleep-cot-card.pdf").startswith(b"%PDF-")
    assert archive.testzip() is None


def test_pack_of_a_filtered_set_holds_only_those(client, safe_sleeping):
    response = client.get(f"{safe_sleeping.url}download-all/?kind=poster")
    names = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).namelist()
    assert names == ["safer-sleep-poster.pdf"]


def test_pack_of_200_assets_streams_in_constant_memory(client, leaflet):
    """Measured peak for 200 x 1 MB files (a 200 MB pack): well under 5 MB of Python memory."""
    big = get_document_model()(title="Big poster", file=ContentFile(b"%PDF-1.4\n" + b"0" * 1_000_000, name="big.pdf"))
    big.save()
    CampaignAsset.objects.bulk_create(
        CampaignAsset(campaign=leaflet.campaign, locale_id=leaflet.locale_id, title=f"Poster {n}", document=big)
        for n in range(193)
    )
    assert leaflet.campaign.assets.count() == 200
    response = client.get(f"{leaflet.campaign.url}download-all/")
    total = 0
    tracemalloc.start()
    for chunk in response.streaming_content:
        total += len(chunk)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"ZIP of 200 assets: {total / 1e6:.0f} MB streamed, peak Python memory {peak / 1e6:.2f} MB")
    assert total > 190_000_000
    assert peak < 5_000_000
