from .assets import ASSET_KINDS, AUDIENCES, CampaignAsset
from .pages import CampaignIndexPage, CampaignPage

__all__ = ["ASSET_KINDS", "AUDIENCES", "CampaignAsset", "CampaignIndexPage", "CampaignPage"]
