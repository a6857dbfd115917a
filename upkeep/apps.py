from django.apps import AppConfig


class UpkeepConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "upkeep"
    verbose_name = "Page upkeep"

    def ready(self):
        from . import signals

        signals.connect()
