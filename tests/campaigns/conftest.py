import pytest
from wagtail.models import Locale

from campaigns.models import CampaignAsset, CampaignPage


@pytest.fixture
def safe_sleeping(db):
    return CampaignPage.objects.get(slug="safe-sleeping", locale=Locale.get_default())


@pytest.fixture
def domestic_abuse(db):
    return CampaignPage.objects.get(slug="domestic-abuse-awareness", locale=Locale.get_default())


@pytest.fixture
def leaflet(safe_sleeping):
    return CampaignAsset.objects.get(campaign=safe_sleeping, title="Safer sleep for babies: leaflet for parents")
