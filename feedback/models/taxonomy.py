"""The lists a young person chooses from, written by editors and translated later."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ChoiceQuerySet(models.QuerySet):
    def for_active_locale(self):
        """The choices in the language being read; one not translated yet is offered in the default language."""
        # By language code: no query for the Locale rows themselves.
        active = get_supported_content_language_variant(get_language())
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        translated = self.filter(locale__language_code=active).values("translation_key")
        untranslated_default = Q(locale__language_code=default) & ~Q(translation_key__in=translated)
        return self.filter(Q(locale__language_code=active) | untranslated_default).order_by("sort_order", "name")

    def originals_of(self, choices):
        """Each chosen choice as its default-language original (itself when it has none): one query.

        Submissions store these, so reviewers read and filter one list whatever language the form was in.
        """
        choices = [choice for choice in choices if choice is not None]
        keys = [choice.translation_key for choice in choices]
        originals = {
            original.translation_key: original
            for original in self.filter(locale=Locale.get_default(), translation_key__in=keys)
        }
        return [originals.get(choice.translation_key, choice) for choice in choices]


class OrderedChoice(TranslatableMixin, models.Model):
    name = models.CharField(max_length=80)
    sort_order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers are listed first.")

    panels = [FieldPanel("name"), FieldPanel("sort_order")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("sort_order")]
    objects = ChoiceQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class FeedbackTopic(OrderedChoice):
    name = models.CharField(max_length=80, help_text="A topic in plain words, for example 'Staying safe online'.")

    class Meta(OrderedChoice.Meta):
        verbose_name = "feedback topic"


class FeedbackArea(OrderedChoice):
    name = models.CharField(max_length=80, help_text="An area of Knowsley young people will recognise.")

    class Meta(OrderedChoice.Meta):
        verbose_name = "area of Knowsley"
        verbose_name_plural = "areas of Knowsley"
