from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site core"

    def ready(self):
        from . import cache, cdn

        cache.connect_signals()
        cdn.connect_signals()
