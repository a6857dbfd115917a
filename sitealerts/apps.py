from django.apps import AppConfig


class SiteAlertsConfig(AppConfig):
    name = "sitealerts"
    verbose_name = "Site alerts"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .models import SiteAlert
        from .publishing import alert_saved

        # Every page shows the banner: a save or delete reaches every cached page and the CDN.
        post_save.connect(alert_saved, sender=SiteAlert, dispatch_uid="sitealert-saved")
        post_delete.connect(alert_saved, sender=SiteAlert, dispatch_uid="sitealert-deleted")
