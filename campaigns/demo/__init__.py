"""Demo campaigns: safe sleeping and domestic-abuse awareness, each with real, openable materials.

Runs after home's demo loader; safe to run twice.
"""

from wagtail.models import Locale, Page

from campaigns.models import CampaignAsset, CampaignIndexPage, CampaignPage
from home.demo.helpers import ensure_image, ensure_page, ensure_pdf
from home.models import HomePage, HomePageFeaturedCampaign

from . import content


def load(stdout):
    home = Page.objects.type(HomePage).filter(depth=2).first().specific
    index = ensure_page(home, CampaignIndexPage, "campaigns", show_in_menus=True, **content.campaign_index())
    safe_sleeping = ensure_campaign(
        index,
        "safe-sleeping",
        content.safe_sleeping(),
        content.SAFE_SLEEP_COLOURS,
        "Blue and yellow circles on a pale blue background",
        related=home.get_descendants().filter(slug="baby-box-initiative").first(),
    )
    english_leaflet = ensure_assets(safe_sleeping, content.safe_sleeping_assets(), content.SAFE_SLEEP_COLOURS)[0]
    ensure_polish_leaflet(english_leaflet)
    domestic_abuse = ensure_campaign(
        index,
        "domestic-abuse-awareness",
        content.domestic_abuse(),
        content.DOMESTIC_ABUSE_COLOURS,
        "Purple and red circles on a grey background",
        related=home.get_descendants().filter(slug="domestic-abuse").first(),
    )
    ensure_assets(domestic_abuse, content.domestic_abuse_assets(), content.DOMESTIC_ABUSE_COLOURS)
    for order, campaign in enumerate([safe_sleeping, domestic_abuse]):
        HomePageFeaturedCampaign.objects.get_or_create(home_page=home, page=campaign, defaults={"sort_order": order})
    stdout.write(f"Campaigns: {CampaignAsset.objects.count()} assets in {index.get_children().count()} campaigns")


def ensure_campaign(index, slug, fields, colours, hero_alt, related=None):
    image = ensure_image(f"{fields['title']} campaign", colours)
    related_pages = [("page", related)] if related else []
    return ensure_page(
        index,
        CampaignPage,
        slug,
        hero_image=image,
        hero_image_alt=hero_alt,
        listing_image=image,
        related_pages=related_pages,
        **fields,
    )


def ensure_assets(campaign, assets, colours):
    made = []
    for title, kind, dimensions, audience, (file_type, source), fields in assets:
        existing = campaign.assets.filter(title=title).first()
        if existing:
            made.append(existing)
            continue
        if file_type == "pdf":
            files = {"document": ensure_pdf(title, source)}
        else:
            files = {"image": ensure_image(title, colours, size=source)}
        asset = CampaignAsset(
            campaign=campaign, title=title, kind=kind, dimensions=dimensions, audience=audience, **files, **fields
        )
        asset.full_clean()
        asset.save()
        made.append(asset)
    return made


def ensure_polish_leaflet(english):
    polish, _created = Locale.objects.get_or_create(language_code="pl")
    if CampaignAsset.objects.filter(translation_key=english.translation_key, locale=polish).exists():
        return
    text = content.safe_sleeping_leaflet_polish()
    document = ensure_pdf(text["title"], text["paragraphs"], filename="bezpieczny-sen-ulotka.pdf", language="pl")
    asset = CampaignAsset(
        campaign=english.campaign,
        translation_key=english.translation_key,
        locale=polish,
        title=text["title"],
        kind=english.kind,
        dimensions=english.dimensions,
        audience=english.audience,
        document=document,
        usage_notes="Drukuj dwustronnie na A4 i złóż na pół.",
        sort_order=english.sort_order + 1,
    )
    asset.full_clean()
    asset.save()
