from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "feedback"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from kscb_site.page_cache import start_new_generation

        from . import checks  # noqa: F401 - registers the production checks of alert settings
        from .models import FeedbackArea, FeedbackTopic

        # The form offers the topics and areas remembered per content generation (feedback/forms.py):
        # a renamed, added or removed one must show on the next view of the form.
        for model in (FeedbackTopic, FeedbackArea):
            label = model._meta.label
            post_save.connect(start_new_generation, sender=model, dispatch_uid=f"generation-save-{label}")
            post_delete.connect(start_new_generation, sender=model, dispatch_uid=f"generation-del-{label}")
