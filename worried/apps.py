from django.apps import AppConfig


class WorriedConfig(AppConfig):
    name = "worried"
    verbose_name = "Worried about a child?"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from kscb_site.page_cache import start_new_generation

        from . import checks  # noqa: F401 - registers the production check of the MASH numbers
        from .models import BankHoliday, NeighbouringCouncil

        # The routing page shows every council and bank holiday: a change shows on the next view.
        for model in (BankHoliday, NeighbouringCouncil):
            label = model._meta.label
            post_save.connect(start_new_generation, sender=model, dispatch_uid=f"generation-save-{label}")
            post_delete.connect(start_new_generation, sender=model, dispatch_uid=f"generation-del-{label}")
