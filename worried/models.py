"""The "Worried about a child?" routing page: who to call, now.

The numbers are the site's safeguarding contacts (home.SafeguardingSettings) and the settings and
snippets below; editors change them without a deploy. Nothing is invented: a route with no number
is left off the public page.
"""

import datetime

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import TranslatableField

from home.blocks import LinkBlock
from home.models import BasePage

# Bank holidays this many days past stay in the page: a page cached just before midnight still knows.
BANK_HOLIDAYS_KEPT_DAYS = 7


@register_setting(icon="time")
class RoutingSettings(BaseSiteSetting):
    """When the MASH answers, and the LADO's number; the MASH and out-of-hours numbers are in
    Safeguarding contacts."""

    mash_weekday_opens = models.TimeField(
        "MASH opens (Monday to Friday)",
        null=True,
        blank=True,
        help_text="In UK time. Leave blank until confirmed: the page then shows both routes without hours.",
    )
    mash_weekday_closes = models.TimeField("MASH closes (Monday to Thursday)", null=True, blank=True)
    mash_friday_closes = models.TimeField(
        "MASH closes on Friday",
        null=True,
        blank=True,
        help_text="Only if Friday differs from the other weekdays. Weekends and bank holidays are out of hours.",
    )
    lado_phone = models.CharField(
        "LADO phone number",
        max_length=40,
        blank=True,
        help_text="Local Authority Designated Officer, for concerns about someone who works with children. "
        "Leave blank to hide the number (the page still says to call the MASH).",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("mash_weekday_opens"), FieldPanel("mash_weekday_closes"), FieldPanel("mash_friday_closes")],
            heading="MASH opening hours",
        ),
        FieldPanel("lado_phone"),
    ]

    class Meta:
        verbose_name = "Who to call: hours and LADO"

    @property
    def has_hours(self):
        return bool(self.mash_weekday_opens and self.mash_weekday_closes)

    @property
    def friday_closes(self):
        return self.mash_friday_closes or self.mash_weekday_closes


@register_snippet
class BankHoliday(models.Model):
    """A day the MASH is closed: the routing page points to the out-of-hours team all day."""

    date = models.DateField(unique=True)
    name = models.CharField(max_length=80, help_text="For editors, e.g. 'Christmas Day'.")

    panels = [FieldPanel("date"), FieldPanel("name")]

    class Meta:
        ordering = ["date"]
        verbose_name = "Bank holiday"

    def __str__(self):
        return f"{self.name} ({self.date:%d %B %Y})"


@register_snippet
class NeighbouringCouncil(models.Model):
    """The children's services front door of a council next to Knowsley."""

    name = models.CharField(max_length=80, unique=True, help_text="e.g. 'Liverpool City Council'.")
    phone = models.CharField(
        max_length=40,
        blank=True,
        help_text="The council's children's services front door. A council with no number is not shown to the "
        "public: enter it once staff have confirmed it.",
    )
    out_of_hours_phone = models.CharField("Out-of-hours phone number", max_length=40, blank=True)
    website = models.URLField(blank=True, help_text="The council's page on reporting a concern about a child.")
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("phone"),
        FieldPanel("out_of_hours_phone"),
        FieldPanel("website"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "Neighbouring council"

    def __str__(self):
        return self.name if self.phone else f"{self.name} (number needed: hidden from the public)"


class WorriedPage(BasePage):
    """Who to call about a child, now: 999, the MASH or the out-of-hours team, the LADO, a
    professional's referral, a council next door; and what to say when you call."""

    introduction = models.TextField(max_length=500, help_text="One or two plain sentences at the top.")
    danger_text = models.TextField(max_length=400, help_text="Under 'A child is in danger now'.")
    knowsley_text = models.TextField(max_length=600, help_text="Under 'A child who lives in Knowsley'.")
    lado_text = models.TextField(max_length=600, help_text="Under 'Someone who works with children'.")
    professional_text = models.TextField(max_length=600, help_text="Under 'If you are a professional'.")
    referral_form = StreamField(
        [("link", LinkBlock())],
        blank=True,
        max_num=1,
        use_json_field=True,
        help_text="The MASH referral form (a document, page or website).",
    )
    neighbouring_text = models.TextField(max_length=600, help_text="Under 'A child who lives in another area'.")
    what_to_say = RichTextField(
        features=["h3", "bold", "ol", "ul", "link"],
        help_text="Under 'What to say when you call': what happens next, and that proof is not needed.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("danger_text"),
        FieldPanel("knowsley_text"),
        FieldPanel("lado_text"),
        FieldPanel("professional_text"),
        FieldPanel("referral_form"),
        FieldPanel("neighbouring_text"),
        FieldPanel("what_to_say"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("knowsley_text"),
        index.SearchField("lado_text"),
        index.SearchField("professional_text"),
        index.SearchField("what_to_say"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("danger_text"),
        TranslatableField("knowsley_text"),
        TranslatableField("lado_text"),
        TranslatableField("professional_text"),
        TranslatableField("referral_form"),
        TranslatableField("neighbouring_text"),
        TranslatableField("what_to_say"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "worried/worried_page.html"

    class Meta:
        verbose_name = "'Worried about a child?' routing page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["routing"] = RoutingSettings.for_request(request)
        context["councils"] = list(NeighbouringCouncil.objects.exclude(phone=""))
        since = timezone.localdate() - datetime.timedelta(days=BANK_HOLIDAYS_KEPT_DAYS)
        context["bank_holidays"] = list(BankHoliday.objects.filter(date__gte=since).values_list("date", flat=True))
        return context


__all__ = ["BankHoliday", "NeighbouringCouncil", "RoutingSettings", "WorriedPage"]
