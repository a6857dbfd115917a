"""The demo campaigns: real, openable files, featured on the home page, and safe to load twice."""

import io

import pypdfium2
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from campaigns.models import CampaignAsset, CampaignPage


def test_each_campaign_has_at_least_six_openable_files(db):
    campaigns = CampaignPage.objects.all()  # translations included: they show the same materials
    assert campaigns.count() >= 2
    for campaign in campaigns:
        assets = list(CampaignAsset.objects.for_campaign(campaign).select_related("document", "image"))
        assert len(assets) >= 6
        for asset in assets:
            data = asset.file.file.open("rb").read()
            assert len(data) > 500
            if asset.document_id:
                assert len(pypdfium2.PdfDocument(data)) >= 1
            else:
                assert data.startswith(b"\x89PNG")


def test_loading_the_demo_again_duplicates_nothing(db):
    counts = (CampaignPage.objects.count(), CampaignAsset.objects.count())
    files = (get_document_model().objects.count(), get_image_model().objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (CampaignPage.objects.count(), CampaignAsset.objects.count()) == counts
    assert (get_document_model().objects.count(), get_image_model().objects.count()) == files
