"""Learning from reviews: the library, reviews with the partnership's response, 7-minute briefings.

Reviews and briefings share one concrete page, LearningPage (its type, date, summary and tags), so
that the library filters and counts them together in SQL with home/facets.py.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import LinkBlock
from home.models import BasePage

from .forms import LearningPageForm

REVIEW_TYPES = [
    ("serious_case_review", _("Serious case review")),
    ("practice_review", _("Child safeguarding practice review")),
    ("rapid_review", _("Rapid review learning")),
    ("learning_briefing", _("Learning briefing")),
]
BRIEFING = "seven_minute_briefing"
LEARNING_TYPES = [*REVIEW_TYPES, (BRIEFING, _("7-minute briefing"))]
ITEMS_PER_PAGE = 20
RICH_TEXT = ["h3", "bold", "italic", "ol", "ul", "link"]


class LearningTag(TranslatableMixin, models.Model):
    """One option of a library filter, e.g. the theme "Safe sleeping"."""

    name = models.CharField(max_length=80, help_text="As readers see it in the library filters.")
    slug = models.SlugField(
        max_length=80,
        help_text="Used in shareable library addresses, e.g. ?theme=safe-sleeping. Keep it stable once published.",
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Options are listed from the lowest number; equal numbers sort A to Z."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    # The slug names the tag in library addresses in every language (learning/library.py).
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        others = type(self).objects.exclude(pk=self.pk).exclude(translation_key=self.translation_key)
        if self.slug and others.filter(slug=self.slug).exists():
            raise ValidationError(
                {
                    "slug": "Another tag of this kind uses this slug, perhaps in another language. Library "
                    "addresses use the same slug in every language, so choose another."
                }
            )


class Theme(LearningTag):
    class Meta(LearningTag.Meta):
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class AgeGroup(LearningTag):
    class Meta(LearningTag.Meta):
        verbose_name = "age group"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class HarmType(LearningTag):
    class Meta(LearningTag.Meta):
        verbose_name = "type of harm"
        verbose_name_plural = "types of harm"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Agency(LearningTag):
    class Meta(LearningTag.Meta):
        verbose_name_plural = "agencies"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


TAG_MODELS = (Theme, AgeGroup, HarmType, Agency)


class LearningPage(BasePage):
    """What a review and a briefing share: the library lists, filters and feeds these."""

    learning_type = models.CharField(max_length=40, choices=LEARNING_TYPES, default="serious_case_review")
    publication_date = models.DateField(
        null=True,
        blank=True,
        help_text="When the partnership published it. Shown to readers; the retention period counts from it.",
    )
    summary = models.TextField(max_length=1200, help_text="What it is about, in plain words.")
    themes = ParentalManyToManyField(Theme, related_name="+", blank=True)
    age_groups = ParentalManyToManyField(AgeGroup, related_name="+", blank=True)
    harm_types = ParentalManyToManyField(HarmType, related_name="+", blank=True)
    agencies = ParentalManyToManyField(Agency, related_name="+", blank=True)
    is_illustrative = models.BooleanField(
        default=False, help_text="Demo content: the page tells readers that some of its text is illustrative."
    )

    tag_panel = MultiFieldPanel(
        [
            FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            FieldPanel("age_groups", widget=forms.CheckboxSelectMultiple),
            FieldPanel("harm_types", widget=forms.CheckboxSelectMultiple),
            FieldPanel("agencies", widget=forms.CheckboxSelectMultiple),
        ],
        heading="Library filters",
    )
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.FilterField("publication_date")]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("learning_type"),
        SynchronizedField("publication_date"),
        TranslatableField("summary"),
        SynchronizedField("themes"),
        SynchronizedField("age_groups"),
        SynchronizedField("harm_types"),
        SynchronizedField("agencies"),
        SynchronizedField("is_illustrative"),
    ]
    base_form_class = LearningPageForm
    is_creatable = False
    parent_page_types = ["learning.LearningLibraryPage"]
    subpage_types = []

    class Meta:
        verbose_name = "learning item"

    @property
    def learning_type_label(self):
        return dict(LEARNING_TYPES).get(self.learning_type, "")

    def tags(self):
        """Every tag of the page, for its own page (one query per kind). A translated page keeps its
        source's tags (wagtail-localize copies the relation), so each tag has `shown_name`, its name
        in the page's language where it has a translation, and else its own name with that name's
        language in `other_language` (for lang="…", as links to pages in English are marked)."""
        tags = []
        for kind in ("themes", "age_groups", "harm_types", "agencies"):
            model = self._meta.get_field(kind).related_model
            translated = model.objects.filter(translation_key=OuterRef("translation_key"), locale_id=self.locale_id)
            chosen = getattr(self, kind).all()
            if not isinstance(chosen, models.QuerySet):  # a preview: the form's choices, held in memory
                chosen = model.objects.filter(pk__in=[tag.pk for tag in chosen])
            name_here = Subquery(translated.values("name")[:1])
            tags += chosen.select_related("locale").annotate(name_here=name_here)
        for tag in tags:
            tag.shown_name = tag.name_here or tag.name
            tag.other_language = "" if tag.name_here else tag.locale.language_code.split("-")[0]
        return tags


def retention_days():
    return getattr(settings, "KSCB_REVIEW_RETENTION_DAYS", 365)


class ReviewPage(LearningPage):
    """A review (or rapid-review learning, or a learning briefing) and the partnership's response."""

    learning_points = StreamField(
        [("point", blocks.TextBlock(max_length=600, icon="list-ol"))],
        blank=True,
        use_json_field=True,
        help_text="The lessons the review identified, one per item.",
    )
    response = RichTextField(
        features=RICH_TEXT, blank=True, help_text="The partnership's response: what it accepts and what it will do."
    )
    what_we_have_done = StreamField(
        [("link", LinkBlock())],
        blank=True,
        use_json_field=True,
        help_text="Links to the actions taken: pages, documents or other sites.",
    )
    repository_url = models.URLField(
        "Link in the national case review repository",
        blank=True,
        help_text="Once the review has been on this site for the retention period, link its place in the national "
        "case review repository: the page then says it has moved there.",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("learning_type"), FieldPanel("publication_date"), FieldPanel("is_illustrative")],
            heading="Publication",
        ),
        FieldPanel("summary"),
        FieldPanel("learning_points"),
        FieldPanel("response"),
        FieldPanel("what_we_have_done"),
        LearningPage.tag_panel,
        FieldPanel("repository_url", heading="Moved to the national case review repository"),
    ]
    search_fields = [
        *LearningPage.search_fields,
        index.SearchField("learning_points"),
        index.SearchField("response"),
    ]
    translatable_fields = [
        *LearningPage.translatable_fields,
        TranslatableField("learning_points"),
        TranslatableField("response"),
        TranslatableField("what_we_have_done"),
        SynchronizedField("repository_url"),
    ]
    is_creatable = True
    template = "learning/review_page.html"

    class Meta:
        verbose_name = "review"

    @property
    def retention_ends(self):
        if self.publication_date is None:
            return None
        return self.publication_date + datetime.timedelta(days=retention_days())

    @property
    def moved_to_repository(self):
        return bool(self.repository_url)

    def clean(self):
        super().clean()
        if self.learning_type == BRIEFING:
            raise ValidationError({"learning_type": "A 7-minute briefing is a page type of its own."})
        if self.repository_url:
            if self.retention_ends is None:
                raise ValidationError({"repository_url": "Enter the publication date first."})
            if self.retention_ends > timezone.localdate():
                raise ValidationError(
                    {
                        "repository_url": f"The review must stay on this site until {self.retention_ends:%d %B %Y} "
                        f"({retention_days()} days after publication)."
                    }
                )


BRIEFING_PARTS = [
    ("background", _("Background")),
    ("why_it_matters", _("Why it matters")),
    ("information", _("Information")),
    ("think_about", _("What to think about")),
    ("questions", _("Questions for reflection")),
    ("what_to_do", _("What to do")),
    ("further_reading", _("Further reading")),
]


def briefing_part(help_text):
    return RichTextField(features=RICH_TEXT, help_text=help_text)


class SevenMinuteBriefingPage(LearningPage):
    """A 7-minute briefing in the standard seven parts, to read together at a team meeting."""

    background = briefing_part("What happened, or what the learning comes from.")
    why_it_matters = briefing_part("Why this matters to practitioners and to children.")
    information = briefing_part("The facts and findings practitioners need.")
    think_about = briefing_part("What practitioners should think about in their own work.")
    questions = briefing_part("Questions for the team to reflect on together.")
    what_to_do = briefing_part("What practitioners should do now.")
    further_reading = briefing_part("Where to find out more.")
    source_review = models.ForeignKey(
        ReviewPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="briefings",
        help_text="The review this briefing is drawn from, if any.",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("publication_date"), FieldPanel("source_review"), FieldPanel("is_illustrative")],
            heading="Publication",
        ),
        FieldPanel("summary"),
        *[FieldPanel(name) for name, _label in BRIEFING_PARTS],
        LearningPage.tag_panel,
    ]
    search_fields = [*LearningPage.search_fields, *[index.SearchField(name) for name, _label in BRIEFING_PARTS]]
    translatable_fields = [
        *LearningPage.translatable_fields,
        *[TranslatableField(name) for name, _label in BRIEFING_PARTS],
        SynchronizedField("source_review"),
    ]
    is_creatable = True
    template = "learning/seven_minute_briefing_page.html"

    class Meta:
        verbose_name = "7-minute briefing"

    def save(self, *args, **kwargs):
        self.learning_type = BRIEFING
        return super().save(*args, **kwargs)

    def parts(self):
        return [(name, label, getattr(self, name)) for name, label in BRIEFING_PARTS]

    def get_context(self, request, *args, **kwargs):
        from .views import briefing_token

        context = super().get_context(request, *args, **kwargs)
        # The same for every reader, so the page stays in the shared caches (see learning/views.py).
        context["briefing_token"] = briefing_token(self)
        return context


class BriefingUse(models.Model):
    """How many times teams said they used a briefing, per year: a number and nothing else."""

    page = models.ForeignKey(SevenMinuteBriefingPage, on_delete=models.CASCADE, related_name="uses")
    year = models.PositiveSmallIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-year", "-count"]
        constraints = [models.UniqueConstraint(fields=["page", "year"], name="learning_one_use_count_per_year")]
        verbose_name = "briefing use count"

    def __str__(self):
        return f"{self.page_id} in {self.year}: {self.count}"

    @classmethod
    def count_one(cls, page):
        """One more use this year, counted in the database (F()) so that two at once both count."""
        year = timezone.localdate().year
        row, _created = cls.objects.get_or_create(page=page, year=year)
        cls.objects.filter(pk=row.pk).update(count=F("count") + 1)


class LearningLibraryPage(RoutablePageMixin, BasePage):
    """The library of review learning: filters with counts, and RSS and JSON feeds."""

    introduction = models.TextField(max_length=800, help_text="Who the library is for, in a sentence or two.")

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["learning.ReviewPage", "learning.SevenMinuteBriefingPage"]
    template = "learning/learning_library_page.html"

    class Meta:
        verbose_name = "learning library"

    def items(self):
        return (
            LearningPage.objects.live()
            .public()
            .child_of(self)
            .order_by(F("publication_date").desc(nulls_last=True), "-pk")
        )

    def serve(self, request, view=None, args=None, kwargs=None):
        # Routes (the library itself and its feeds) skip Page.serve: the cache policy applies to them all.
        return self.apply_cache_policy(request, super().serve(request, view, args, kwargs))

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import LibraryRSSFeed

        return LibraryRSSFeed(self)(request)

    @path("feed/json/", name="json")
    def json_feed(self, request):
        from .feeds import json_feed

        return json_feed(self, request)

    def get_context(self, request, *args, **kwargs):
        from .library import LibraryView

        context = super().get_context(request, *args, **kwargs)
        view = LibraryView(self, request.GET)
        results = Paginator(view.items(), ITEMS_PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            filters=view,
            facets=view.facets,
            results=results,
            active_filters=view.active_filters(),
            query_prefix=view.query_prefix(),
        )
        return context


__all__ = [
    "Agency",
    "AgeGroup",
    "BriefingUse",
    "HarmType",
    "LearningLibraryPage",
    "LearningPage",
    "ReviewPage",
    "SevenMinuteBriefingPage",
    "Theme",
]
