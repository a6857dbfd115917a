from django.apps import AppConfig


class PageFeedbackConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pagefeedback"
    verbose_name = "Page feedback"
