"""The campaigns index and the campaign page with its asset library."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.blocks import KeyMessageBlock, PartnerBlock
from home.blocks import BaseStreamBlock, ContactCardBlock
from home.models import BasePage
from home.models.listing import attach_card_images


class CampaignIndexPage(BasePage):
    introduction = models.TextField(max_length=800, help_text="What the board's campaigns are for, in plain words.")

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    subpage_types = ["campaigns.CampaignPage"]
    template = "campaigns/campaign_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = CampaignLists(self)
        return context


class CampaignLists:
    """The index's current and past campaigns, worked out when the template asks for them: on a
    miss of its fragment cache (campaign_index_page.html), not on every view."""

    def __init__(self, index):
        self.index = index

    @cached_property
    def current_and_past(self):
        campaigns = CampaignPage.objects.live().public().child_of(self.index).defer_streamfields()
        current, past = current_and_past(attach_card_images(list(campaigns)))
        for campaign in current:
            campaign.card_meta = _("Since %(date)s") % {"date": date_format(campaign.start_date, "F Y")}
        for campaign in past:
            campaign.card_meta = _("Ended %(date)s") % {"date": date_format(campaign.end_date, "F Y")}
        return current, past

    @property
    def current(self):
        return self.current_and_past[0]

    @property
    def past(self):
        return self.current_and_past[1]


def current_and_past(campaigns, today=None):
    """The current campaigns, newest first, and the past ones, most recently ended first."""
    today = today or timezone.localdate()
    current = [campaign for campaign in campaigns if campaign.end_date is None or campaign.end_date >= today]
    past = [campaign for campaign in campaigns if campaign not in current]
    current.sort(key=lambda campaign: (-campaign.start_date.toordinal(), campaign.pk))
    past.sort(key=lambda campaign: (-campaign.end_date.toordinal(), campaign.pk))
    return current, past


class CampaignPage(RoutablePageMixin, BasePage):
    hero_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A wide image at the top of the page (at least 1280 pixels wide).",
    )
    hero_image_alt = models.CharField(
        "Hero image alternative text",
        max_length=250,
        blank=True,
        help_text="Describe the image for someone who cannot see it. Leave blank only if it is purely decorative.",
    )
    summary = models.TextField(max_length=600, help_text="What the campaign is about and who it is for.")
    start_date = models.DateField(help_text="When the campaign began. Decides whether it is listed as current or past.")
    end_date = models.DateField(
        null=True, blank=True, help_text="When the campaign ended or will end. Leave blank if it is ongoing."
    )
    sensitive = models.BooleanField(
        default=False,
        help_text=(
            "Tick for campaigns about abuse: the quick exit is emphasised and the page starts with "
            "'If you are in danger now, call 999'."
        ),
    )
    key_messages = StreamField(
        [("message", KeyMessageBlock())],
        blank=True,
        use_json_field=True,
        help_text="The steps or messages of the campaign, in order. Shown as a numbered list that prints on one page.",
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)
    partners = StreamField([("partner", PartnerBlock())], blank=True, use_json_field=True)
    helplines = StreamField(
        [("helpline", ContactCardBlock())],
        blank=True,
        use_json_field=True,
        help_text="Who to call for help. Use only numbers the service publishes.",
    )
    related_pages = StreamField(
        [("page", blocks.PageChooserBlock(label="Page"))],
        blank=True,
        use_json_field=True,
        help_text="Other pages on this site that help, of any type.",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading="Hero"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]), FieldPanel("sensitive")],
            heading="Campaign",
        ),
        FieldPanel("key_messages"),
        FieldPanel("body"),
        FieldPanel("partners"),
        FieldPanel("helplines"),
        FieldPanel("related_pages"),
        HelpPanel(
            content=(
                "Add the campaign's leaflets, posters and other materials under Snippets → Campaign assets, "
                "choosing this campaign. Previews, file sizes and page counts are made for you."
            ),
            heading="Asset library",
        ),
    ]
    # The campaign's dates and images are the same in every language; its words are translated.
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("hero_image"),
        TranslatableField("hero_image_alt"),
        TranslatableField("summary"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("sensitive"),
        TranslatableField("key_messages"),
        TranslatableField("body"),
        TranslatableField("partners"),
        TranslatableField("helplines"),
        SynchronizedField("related_pages"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("key_messages"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []
    template = "campaigns/campaign_page.html"

    class Meta:
        verbose_name = "campaign"

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The end date must be on or after the start date."})
        if self.hero_image_id and not self.hero_image_alt:
            raise ValidationError({"hero_image_alt": "Describe the hero image for people who cannot see it."})

    @property
    def is_current(self):
        return self.end_date is None or self.end_date >= timezone.localdate()

    def get_context(self, request, *args, **kwargs):
        from campaigns.library import AssetLibrary

        context = super().get_context(request, *args, **kwargs)
        context["emphasise_quick_exit"] = self.sensitive
        context["library"] = AssetLibrary(self, request.GET, request)
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.apply_cache_policy(request, super().index_route(request, *args, **kwargs))

    @path("download/<int:asset_id>/", name="download")
    def download(self, request, asset_id):
        from campaigns.downloads import serve_asset

        return serve_asset(request, self, asset_id)

    @path("download-all/", name="download_all")
    def download_all(self, request):
        from campaigns.downloads import serve_pack
        from campaigns.library import AssetLibrary

        return serve_pack(request, self, AssetLibrary(self, request.GET, request))
