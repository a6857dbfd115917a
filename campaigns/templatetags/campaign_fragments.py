"""A campaign asset's entry, rendered once per content generation (home/fragments.py)."""

from django import template

from home.fragments import render_remembered

register = template.Library()


@register.simple_tag(takes_context=True)
def campaign_asset(context, asset):
    """components/campaigns/asset.html for one asset of campaigns.library.AssetLibrary.assets.

    The key holds what the library works out per view: the download link (the campaign's
    address) and which translations the current filters leave in the list.
    """
    translations = tuple(other.pk for other in asset.translations)
    return render_remembered(
        context.get("request"),
        "components/campaigns/asset.html",
        ("campaign-asset", asset.pk, asset.download_url, translations),
        {"asset": asset},
    )
