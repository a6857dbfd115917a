"""Safeguarding contacts editors change without a deploy, and the words around them in each language."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_noop
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import TranslatableField

from home.blocks import LinkBlock


# A translatable snippet, not a translatable setting: Wagtail keeps one setting per site and its
# settings screen knows nothing of locales, while wagtail-localize translates snippets fully
# (segments, sync, PO files). The setting points at the English text; readers get its translation.
@register_snippet
class SafeguardingText(TranslatableMixin, models.Model):
    """The reader-facing words of the safeguarding contacts, in one language."""

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
    mash_hours = models.CharField("MASH opening hours", max_length=120, blank=True)
    footer_links = StreamField([("link", LinkBlock())], blank=True, use_json_field=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("worried_heading"), FieldPanel("worried_text")],
            heading="'Worried about a child?' panel",
        ),
        FieldPanel("mash_hours"),
        FieldPanel("footer_links"),
    ]
    # Link labels are translated; the pages they choose are shown in the reader's language anyway.
    translatable_fields = [
        TranslatableField("worried_heading"),
        TranslatableField("worried_text"),
        TranslatableField("mash_hours"),
        TranslatableField("footer_links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Safeguarding contacts text"
        verbose_name_plural = "Safeguarding contacts text"

    def __str__(self):
        return self.worried_heading


@register_setting(icon="warning")
class SafeguardingSettings(BaseSiteSetting):
    text = models.ForeignKey(
        SafeguardingText,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The 'Worried about a child?' words, MASH hours and footer links, in English. "
        "Translate them under Snippets; readers of each language see its translation.",
    )
    mash_phone = models.CharField(
        "MASH phone number",
        max_length=40,
        blank=True,
        help_text="Knowsley Multi-Agency Safeguarding Hub. Leave blank to hide the line.",
    )
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

    # The English text comes with the setting, so English pages pay no query for it.
    select_related = ["text", "text__locale"]

    panels = [
        FieldPanel("text"),
        MultiFieldPanel(
            [
                FieldPanel("mash_phone"),
                FieldPanel("out_of_hours_phone"),
                FieldPanel("emergency_phone"),
                FieldPanel("childline_phone"),
            ],
            heading="Phone numbers",
        ),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = "Safeguarding contacts"

    @property
    def mash_number(self):
        """The MASH number to show: the admin's, else the one the server was given for its first start."""
        return self.mash_phone or settings.KSCB_FALLBACK_CONTACTS.get("mash_phone", "")

    @property
    def out_of_hours_number(self):
        return self.out_of_hours_phone or settings.KSCB_FALLBACK_CONTACTS.get("out_of_hours_phone", "")

    def text_in(self, language_code):
        """The words in that language, else in English, else the defaults: at most one query."""
        english = self.text
        if english is None:
            return SafeguardingText()
        if english.locale.language_code == language_code:
            return english
        translation = SafeguardingText.objects.filter(
            translation_key=english.translation_key, locale__language_code=language_code
        ).first()
        return translation or english
