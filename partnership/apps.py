from django.apps import AppConfig


class PartnershipConfig(AppConfig):
    name = "partnership"
    verbose_name = "The partnership's statutory publications"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from kscb_site.page_cache import start_new_generation

        from .models import OtherFormats

        # Every page shows its other formats: a change shows on the next view, cached pages included.
        label = OtherFormats._meta.label
        post_save.connect(start_new_generation, sender=OtherFormats, dispatch_uid=f"generation-save-{label}")
        post_delete.connect(start_new_generation, sender=OtherFormats, dispatch_uid=f"generation-del-{label}")
