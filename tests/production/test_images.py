"""Images: AVIF and WebP renditions with sizes, srcset and lazy loading, made ahead of time."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.images.models import Rendition

from campaigns.models import CampaignPage
from home.images import TEMPLATE_RENDITION_SPECS


@pytest.fixture
def home_html(client, db):
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_card_images_offer_avif_then_webp_at_two_widths(home_html):
    picture = re.search(r"<picture>.*?</picture>", home_html, re.S).group(0)
    assert re.search(r'<source[^>]+type="image/avif"', picture)
    source_srcset = re.search(r'<source[^>]+srcset="([^"]+)"', picture).group(1)
    assert [candidate.split()[-1] for candidate in source_srcset.split(",")] == ["320w", "640w"]
    img = re.search(r"<img [^>]+>", picture).group(0)
    assert re.search(r'src="[^"]+\.webp"', img)
    assert 'loading="lazy"' in img and 'alt=""' in img and "sizes=" in img
    # Explicit dimensions: no layout shift while images load.
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'width="0"' not in img


def test_generate_renditions_makes_every_template_rendition_once(db):
    images = get_image_model().objects.count()
    assert images > 0
    stdout, stderr = StringIO(), StringIO()
    call_command("generate_renditions", stdout=stdout, stderr=stderr)
    assert (
        f"Renditions ready for {images} images ({len(TEMPLATE_RENDITION_SPECS)} each); 0 failed." in stdout.getvalue()
    )
    assert "100%" in stderr.getvalue()  # the progress bar
    for spec in TEMPLATE_RENDITION_SPECS:
        assert Rendition.objects.filter(filter_spec=spec).count() == images
    made = Rendition.objects.count()
    call_command("generate_renditions", "--no-progress", stdout=StringIO(), stderr=StringIO())
    assert Rendition.objects.count() == made


def test_after_pre_generation_pages_make_no_renditions(client, db):
    call_command("generate_renditions", "--no-progress", stdout=StringIO(), stderr=StringIO())
    made = Rendition.objects.count()
    campaign = CampaignPage.objects.live().filter(hero_image__isnull=False, assets__preview_image__isnull=False).first()
    assert campaign is not None, "the demo has a campaign with a hero image and asset previews"
    for url in ("/", "/news/", "/priorities/", "/campaigns/", campaign.url):
        assert client.get(url).status_code == 200
    assert Rendition.objects.count() == made
