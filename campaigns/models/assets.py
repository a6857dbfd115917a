"""A campaign's downloadable materials: leaflets, posters, banners and the like."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Value, When
from django.template.defaultfilters import filesizeformat
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.images import get_image_model_string
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

ASSET_KINDS = [
    ("leaflet", "Leaflet"),
    ("poster", "Poster"),
    ("banner", "Banner"),
    ("cot_card", "Cot card"),
    ("postcard", "Postcard"),
    ("social_media", "Social media image"),
    ("video", "Video"),
    ("presentation", "Presentation"),
    ("other", "Other"),
]
AUDIENCES = [
    ("parents", "Parents and carers"),
    ("professionals", "Professionals"),
    ("schools", "Schools and colleges"),
    ("young_people", "Children and young people"),
    ("everyone", "Everyone"),
]
ALTERNATIVE_FORMATS = [
    ("large_print", "Large print"),
    ("easy_read", "Easy read"),
    ("audio", "Audio"),
]
# What a visitor may download. HTML, SVG and programs are never accepted: they can run in a browser or on a PC.
ALLOWED_EXTENSIONS = {"pdf", "docx", "pptx", "odt", "odp", "rtf", "txt", "mp3", "mp4", "png", "jpg", "jpeg", "webp"}


class CampaignAssetQuerySet(models.QuerySet):
    def for_library(self):
        """The assets with their documents and language; AssetLibrary fetches the images with their renditions."""
        return self.select_related("document", "alternative_document", "locale")

    def for_campaign(self, campaign):
        """The assets of a campaign page in any language, those in the page's own language first.

        Assets belong to the English page; a translation of the page shares its translation key.
        """
        own_language_first = Case(When(locale_id=campaign.locale_id, then=Value(0)), default=Value(1))
        return (
            self.filter(campaign__translation_key=campaign.translation_key)
            .alias(other_language=own_language_first)
            .order_by("other_language", *CampaignAsset._meta.ordering)
        )

    def count_download(self, asset_id):
        """Add one to the counter in the database, so simultaneous downloads never lose a count."""
        return self.filter(pk=asset_id).update(download_count=F("download_count") + 1)


class CampaignAsset(TranslatableMixin, index.Indexed, models.Model):
    """One downloadable item. Its locale is its language; translations of one asset share a translation key."""

    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        on_delete=models.CASCADE,
        related_name="assets",
        help_text="The campaign whose asset library lists this item.",
    )
    title = models.CharField(max_length=160, help_text="e.g. 'Safer sleep for babies: leaflet for parents'.")
    kind = models.CharField(max_length=20, choices=ASSET_KINDS, default="leaflet")
    dimensions = models.CharField(
        "Print size or dimensions",
        max_length=80,
        blank=True,
        help_text="e.g. A4, A3, A5, pull-up banner 850 x 2000 mm, 1080 x 1080 px.",
    )
    audience = models.CharField(max_length=20, choices=AUDIENCES, default="everyone")
    document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The file to download: a PDF, Word, PowerPoint, audio or video file. Or choose an image below.",
    )
    image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="For posters or social-media images supplied as pictures, instead of a document.",
    )
    image_alt = models.CharField(
        "Image description",
        max_length=250,
        blank=True,
        help_text="What the image shows, for people who cannot see it. Required for images.",
    )
    alternative_format = models.CharField(max_length=20, choices=ALTERNATIVE_FORMATS, blank=True)
    alternative_document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The large print, easy read or audio version, if there is one.",
    )
    usage_notes = models.TextField(
        max_length=500, blank=True, help_text="e.g. 'Print double-sided on A4 and fold in three.'"
    )
    sort_order = models.PositiveIntegerField(default=100, help_text="Lower numbers are listed first.")

    # Made by the site, never by hand.
    preview_image = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    preview_source = models.CharField(max_length=80, blank=True, editable=False)
    page_count = models.PositiveIntegerField(null=True, blank=True, editable=False)
    download_count = models.PositiveIntegerField(default=0, editable=False)

    objects = CampaignAssetQuerySet.as_manager()

    panels = [
        FieldPanel("campaign"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("audience")]),
        FieldPanel("dimensions"),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("image"), FieldPanel("image_alt")], heading="File"),
        MultiFieldPanel(
            [FieldPanel("alternative_format"), FieldPanel("alternative_document")], heading="Alternative format"
        ),
        FieldPanel("usage_notes"),
        FieldPanel("sort_order"),
    ]
    # A translated asset stays in the English campaign's library (campaign is synchronised); its words and,
    # where the editor overrides them, its files are its own.
    translatable_fields = [
        SynchronizedField("campaign"),
        TranslatableField("title"),
        SynchronizedField("kind"),
        TranslatableField("dimensions"),
        SynchronizedField("audience"),
        SynchronizedField("document"),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
        SynchronizedField("alternative_format"),
        SynchronizedField("alternative_document"),
        TranslatableField("usage_notes"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("usage_notes"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("campaign"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "campaign asset"
        ordering = ["sort_order", "title", "pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        from campaigns.previews import refresh_preview

        refresh_preview(self)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if bool(self.document_id) == bool(self.image_id):
            raise ValidationError({"document": "Choose either a document or an image for this asset, not both."})
        if self.image_id and not self.image_alt:
            raise ValidationError({"image_alt": "Describe the image for people who cannot see it."})
        for field in ("document", "alternative_document", "image"):
            file = getattr(self, field)
            if file and file_extension(file) not in ALLOWED_EXTENSIONS:
                raise ValidationError(
                    {
                        field: (
                            f"A .{file_extension(file)} file cannot be offered for download. "
                            f"Use one of: {', '.join(sorted(ALLOWED_EXTENSIONS))}."
                        )
                    }
                )
        if self.alternative_document_id and not self.alternative_format:
            raise ValidationError({"alternative_format": "Say which format the alternative version is."})

    @property
    def file(self):
        """The Wagtail document or image the visitor downloads."""
        return self.document or self.image

    @property
    def file_type(self):
        return file_extension(self.file).upper() if self.file else ""

    @property
    def file_size(self):
        return getattr(self.file, "file_size", None)

    @property
    def file_description(self):
        """'PDF, 1.2 MB, 2 pages': what a reader needs to know before downloading."""
        parts = [self.file_type]
        if self.file_size:
            parts.append(filesizeformat(self.file_size))
        if self.page_count:
            parts.append(f"{self.page_count} page" + ("" if self.page_count == 1 else "s"))
        return ", ".join(part for part in parts if part)

    @property
    def preview(self):
        """The image to show as a thumbnail: the image itself, or the picture of a PDF's first page."""
        return self.image or self.preview_image

    @property
    def download_filename(self):
        from django.utils.text import slugify

        return f"{slugify(self.title) or 'asset'}.{file_extension(self.file)}"


def file_extension(file):
    return file.file.name.rsplit(".", 1)[-1].lower() if "." in file.file.name else ""
