from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site core"

    def ready(self):
        from kscb_site import cdn, page_cache

        from .models import SafeguardingText

        # The safeguarding words (and their translations) appear on every page.
        page_cache.connect_signals(also=[SafeguardingText])
        cdn.connect_signals()
