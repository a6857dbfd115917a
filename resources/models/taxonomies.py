"""The ways a resource is classified: snippets that editors manage."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """One option of a library filter, e.g. the topic "Domestic abuse"."""

    name = models.CharField(max_length=80, help_text="As readers see it in the library filters.")
    slug = models.SlugField(
        max_length=80,
        help_text="Used in shareable library addresses, e.g. ?topic=domestic-abuse. Keep it stable once published.",
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Options are listed from the lowest number; equal numbers sort A to Z."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Audience(Taxonomy):
    class Meta(Taxonomy.Meta):
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Topic(Taxonomy):
    class Meta(Taxonomy.Meta):
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class PSHETheme(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = "PSHE core theme"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class KeyStage(Taxonomy):
    class Meta(Taxonomy.Meta):
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class ResourceType(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = "resource type"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
