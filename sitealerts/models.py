"""The site-wide alert banner: a short message on every page while it is live and within its times
("The MASH phone line is not working: call ... instead").

Alerts are written in the site's default language and translated with wagtail-localize; the times
and the live switch of the default-language alert decide when every language shows it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class SiteAlertQuerySet(models.QuerySet):
    def in_default_language(self):
        return self.filter(locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))

    def showing(self, when=None):
        """Alerts switched on whose start has come and whose end has not."""
        when = when or timezone.now()
        return self.filter(
            Q(starts_at__isnull=True) | Q(starts_at__lte=when),
            Q(ends_at__isnull=True) | Q(ends_at__gt=when),
            live=True,
        )

    def for_banner(self, language_code=None, when=None):
        """What the banner shows now, in the reader's language where a translation exists: one query."""
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        wanted = get_supported_content_language_variant(language_code or get_language())
        sources = self.in_default_language().showing(when)
        rows = (
            self.filter(
                translation_key__in=sources.values("translation_key"),
                locale__language_code__in={default, wanted},
            )
            .select_related("locale")
            .order_by("-severity", "-starts_at", "pk")
        )
        chosen = {}
        for row in rows:
            if row.translation_key not in chosen or row.locale.language_code == wanted:
                chosen[row.translation_key] = row
        # The order of the default-language rows: the most severe and the newest first.
        order = [row.translation_key for row in rows if row.locale.language_code == default]
        return [chosen[key] for key in order]


class SiteAlert(TranslatableMixin, RevisionMixin, models.Model):
    URGENT, NOTICE = "urgent", "notice"
    SEVERITIES = [(URGENT, "Urgent: something readers must act on now"), (NOTICE, "Notice: useful to know")]

    message = models.TextField(
        max_length=300,
        help_text="One or two plain sentences, e.g. 'The MASH phone line is not working. Call ... instead.' "
        "Give the number in full: readers may not follow a link.",
    )
    link_url = models.URLField(
        "Link address", blank=True, help_text="Optional: where readers find more (a page on this site or elsewhere)."
    )
    link_text = models.CharField(
        max_length=80, blank=True, help_text="The words of the link, e.g. 'Who to call instead'. Needed with a link."
    )
    severity = models.CharField(max_length=10, choices=SEVERITIES, default=URGENT)
    starts_at = models.DateTimeField(
        "Show from", null=True, blank=True, help_text="UK time. Leave blank to show as soon as it is live."
    )
    ends_at = models.DateTimeField(
        "Show until", null=True, blank=True, help_text="UK time. Leave blank to show until it is switched off."
    )
    live = models.BooleanField(
        "Show on the site",
        default=False,
        help_text="Shown on every page within a minute of saving (between the times above, if given).",
    )
    # Whether the schedule command last saw this alert showing (apply_site_alert_schedule).
    shown_when_checked = models.BooleanField(default=False, editable=False)

    panels = [
        FieldPanel("message"),
        MultiFieldPanel([FieldPanel("link_url"), FieldPanel("link_text")], heading="Link"),
        FieldPanel("severity"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading="When"),
        FieldPanel("live"),
    ]

    translatable_fields = [
        TranslatableField("message"),
        TranslatableField("link_text"),
        SynchronizedField("link_url"),
        SynchronizedField("severity"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("live"),
    ]

    objects = SiteAlertQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Site alert"
        ordering = ["-live", "-starts_at", "pk"]

    def __str__(self):
        return Truncator(self.message).chars(60)

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if self.link_url and not self.link_text:
            errors["link_text"] = "Give the words of the link."
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "The end must come after the start."
        if errors:
            raise ValidationError(errors)
