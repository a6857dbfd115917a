from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        # Assets are snippets, not pages: no publishing signal tells the caches they changed.
        from .models import CampaignAsset
        from .signals import asset_changed

        post_save.connect(asset_changed, sender=CampaignAsset, dispatch_uid="campaign-asset-saved")
        post_delete.connect(asset_changed, sender=CampaignAsset, dispatch_uid="campaign-asset-deleted")
