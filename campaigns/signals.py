"""A campaign asset added, edited or removed: the campaign's pages must show it at once."""

from django.db import transaction

from kscb_site.cdn import purge_related
from kscb_site.page_cache import start_new_generation


def asset_changed(sender, instance, **kwargs):
    # The page cache and every per-generation memory (the asset's rendered entry among them).
    start_new_generation()
    # The CDN's copies of the campaign page, its translations and its listings, once the change is committed.
    campaign_id = instance.campaign_id
    transaction.on_commit(lambda: _purge_campaign(campaign_id))


def _purge_campaign(campaign_id):
    from .models import CampaignPage

    campaign = CampaignPage.objects.filter(pk=campaign_id).first()
    if campaign is not None and campaign.live:
        purge_related(campaign)
