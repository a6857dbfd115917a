"""The image renditions the templates use, in one place.

Cards and image blocks ask for AVIF (smallest, where the browser supports it) and WebP
(the fallback) at two widths each; a campaign's hero and its assets' previews for one
WebP each. Listings prefetch these specs, and
`manage.py generate_renditions` makes them ahead of time so no visitor waits
for one to be made. Keep these in step with components/card.html,
components/blocks/image.html and campaigns/campaign_page.html.
"""

IMAGE_FORMATS = ("avif", "webp")
CARD_SIZES = ("fill-320x180", "fill-640x360")
BLOCK_SIZES = ("width-480", "width-960")


def _specs(sizes):
    return tuple(f"{size}|format-{image_format}" for size in sizes for image_format in IMAGE_FORMATS)


CARD_RENDITION_SPECS = _specs(CARD_SIZES)
BLOCK_RENDITION_SPECS = _specs(BLOCK_SIZES)
CAMPAIGN_HERO_SPEC = "fill-1280x480|format-webp"
CAMPAIGN_ASSET_PREVIEW_SPEC = "max-240x240|format-webp"
CAMPAIGN_RENDITION_SPECS = (CAMPAIGN_HERO_SPEC, CAMPAIGN_ASSET_PREVIEW_SPEC)
TEMPLATE_RENDITION_SPECS = CARD_RENDITION_SPECS + BLOCK_RENDITION_SPECS + CAMPAIGN_RENDITION_SPECS
