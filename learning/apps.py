from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Learning from reviews"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from kscb_site.page_cache import start_new_generation

        from .models import TAG_MODELS

        # The library's filters name every tag: a renamed tag shows on the next view.
        for model in TAG_MODELS:
            label = model._meta.label
            post_save.connect(start_new_generation, sender=model, dispatch_uid=f"generation-save-{label}")
            post_delete.connect(start_new_generation, sender=model, dispatch_uid=f"generation-del-{label}")
