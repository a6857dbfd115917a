"""Safeguarding contacts editors change without a deploy."""

from django.db import models
from django.utils.translation import gettext_noop
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from home.blocks import LinkBlock


@register_setting(icon="warning")
class SafeguardingSettings(BaseSiteSetting):
    # The defaults are in the message catalogues, so they show translated until an editor changes them.
    worried_heading = models.CharField(max_length=80, default=gettext_noop("Worried about a child?"))
    worried_text = models.TextField(
        max_length=400,
        default=gettext_noop(
            "If you think a child is being abused or neglected, tell someone. "
            "You do not need to be sure: the Multi-Agency Safeguarding Hub (MASH) will listen and decide what to do."
        ),
        help_text="Shown in the 'Worried about a child?' panel on every page.",
    )
    mash_phone = models.CharField(
        "MASH phone number",
        max_length=40,
        blank=True,
        help_text="Knowsley Multi-Agency Safeguarding Hub. Leave blank to hide the line.",
    )
    mash_hours = models.CharField("MASH opening hours", max_length=120, blank=True)
    out_of_hours_phone = models.CharField(
        "Out-of-hours phone number",
        max_length=40,
        blank=True,
        help_text="Emergency duty team outside MASH hours. Leave blank to hide the line.",
    )
    emergency_phone = models.CharField(max_length=10, default="999")
    childline_phone = models.CharField(max_length=40, default="0800 1111")
    quick_exit_url = models.URLField(
        default="https://www.bbc.co.uk/weather",
        help_text="A neutral website the 'Exit this page' button goes to.",
    )
    footer_links = StreamField([("link", LinkBlock())], blank=True, use_json_field=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("worried_heading"), FieldPanel("worried_text")],
            heading="'Worried about a child?' panel",
        ),
        MultiFieldPanel(
            [
                FieldPanel("mash_phone"),
                FieldPanel("mash_hours"),
                FieldPanel("out_of_hours_phone"),
                FieldPanel("emergency_phone"),
                FieldPanel("childline_phone"),
            ],
            heading="Phone numbers",
        ),
        FieldPanel("quick_exit_url"),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = "Safeguarding contacts"
