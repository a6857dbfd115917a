"""Benchmark data and URLs for campaigns (see home/bench.py for the contract).

Scale 1 is 50 campaigns with 50 assets each. The campaigns copy the words of the
demo campaigns, and the assets reuse the demo's documents, images and previews:
2,500 rows, not 2,500 files, so the build takes seconds and no storage space.
"""

import datetime
import uuid

from scripts.bench.home import BENCH_SLUG_PREFIX, bulk_create_pages

CAMPAIGNS_AT_SCALE_1 = 50
ASSETS_PER_CAMPAIGN = 50
# Campaigns the board might run; numbered, so that fifty of them have distinct titles.
THEMES = [
    "Safer sleep week",
    "Private fostering: tell us",
    "Online safety for parents",
    "Bruising in babies who do not crawl",
    "Child exploitation: spot the signs",
    "Neglect: see it, say it",
    "Hidden harm: parents who drink",
    "Think family",
    "Early help for families",
    "Healthy relationships in school",
]
CAMPAIGN_FIELDS_COPIED = (
    "listing_summary",
    "listing_image_id",
    "hero_image_id",
    "hero_image_alt",
    "summary",
    "sensitive",
)
CAMPAIGN_STREAM_FIELDS_COPIED = ("key_messages", "body", "partners", "helplines", "related_pages")
ASSET_FIELDS_COPIED = (
    *("kind", "dimensions", "audience", "usage_notes"),
    *("document_id", "image_id", "image_alt", "preview_image_id", "preview_source", "page_count"),
)


def build_bench_data(scale, stdout):
    from campaigns.models import CampaignPage

    index = _index()
    templates = list(CampaignPage.objects.live().child_of(index).exclude(slug__startswith=BENCH_SLUG_PREFIX))
    # At least one campaign, however small the scale: the campaign page is a page type the benchmark measures.
    wanted = max(1, round(CAMPAIGNS_AT_SCALE_1 * scale)) if scale > 0 else 0
    have = index.get_children().filter(slug__startswith=BENCH_SLUG_PREFIX).count()
    campaigns = [_campaign(number, templates[number % len(templates)]) for number in range(have, wanted)]
    bulk_create_pages(index, campaigns)
    added = _top_up_assets(CampaignPage.objects.child_of(index).filter(slug__startswith=BENCH_SLUG_PREFIX))
    stdout.write(f"Campaigns: {len(campaigns)} bench campaigns and {added} assets added ({wanted} campaigns wanted).")


def bench_urls():
    from campaigns.models import CampaignPage

    index = _index()
    campaigns = CampaignPage.objects.live().child_of(index).order_by("path")
    campaign = campaigns.filter(slug__startswith=BENCH_SLUG_PREFIX).first() or campaigns.first()
    return {"campaign index": index.url, "campaign": campaign.url}


def _index():
    from wagtail.models import Locale

    from campaigns.models import CampaignIndexPage

    return CampaignIndexPage.objects.live().filter(locale=Locale.get_default()).order_by("path").first()


def _campaign(number, template):
    from campaigns.models import CampaignPage

    theme = THEMES[number % len(THEMES)]
    start = datetime.date(2016, 4, 1) + datetime.timedelta(days=45 * number)
    # Every other campaign has ended, so the index lists both current and past campaigns.
    end = start + datetime.timedelta(days=180) if number % 2 else None
    return CampaignPage(
        title=f"{theme} ({number + 1})",
        slug=f"{BENCH_SLUG_PREFIX}campaign-{number + 1}",
        start_date=start,
        end_date=end,
        **_copy(template, CAMPAIGN_FIELDS_COPIED),
        **{name: list(getattr(template, name).raw_data) for name in CAMPAIGN_STREAM_FIELDS_COPIED},
    )


def _top_up_assets(campaigns):
    """Give each bench campaign ASSETS_PER_CAMPAIGN assets, copies of the demo's with their files and previews."""
    from django.db.models import Count
    from wagtail.models import Locale

    from campaigns.models import CampaignAsset

    locale = Locale.get_default()
    templates = list(
        CampaignAsset.objects.filter(locale=locale).exclude(campaign__slug__startswith=BENCH_SLUG_PREFIX).order_by("pk")
    )
    assets = []
    for campaign in campaigns.annotate(asset_count=Count("assets")).order_by("path"):
        for number in range(campaign.asset_count, ASSETS_PER_CAMPAIGN):
            template = templates[number % len(templates)]
            assets.append(
                CampaignAsset(
                    campaign_id=campaign.pk,
                    locale=locale,
                    translation_key=uuid.uuid4(),
                    title=f"{template.title} ({number + 1})",
                    sort_order=10 * (number + 1),
                    # The preview is copied, not made: save() would draw each PDF's first page again.
                    **_copy(template, ASSET_FIELDS_COPIED),
                )
            )
    CampaignAsset.objects.bulk_create(assets, batch_size=500)
    return len(assets)


def _copy(template, names):
    return {name: getattr(template, name) for name in names}
