from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from kscb_site.page_cache import start_new_generation

        from .library import FACETS
        from .models import ResourcePage

        # A renamed, added or removed option changes the library's filters and every
        # cached page that lists it (the page cache and the library's facet index).
        for facet in FACETS:
            label = facet.model._meta.label
            post_save.connect(start_new_generation, sender=facet.model, dispatch_uid=f"generation-save-{label}")
            post_delete.connect(start_new_generation, sender=facet.model, dispatch_uid=f"generation-del-{label}")
            through = ResourcePage._meta.get_field(facet.field).remote_field.through
            m2m_changed.connect(start_new_generation, sender=through, dispatch_uid=f"generation-m2m-{label}")
