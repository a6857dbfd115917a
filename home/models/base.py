"""The abstract page every public page type builds on."""

from django.conf import settings
from django.db import models
from django.utils.cache import patch_cache_control
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.localized_links import localize_chosen_pages


class BasePage(Page):
    """Cards, search and HTTP caching shared by every page type."""

    listing_summary = models.TextField(
        blank=True,
        max_length=300,
        help_text="One or two sentences shown on cards and in search results.",
    )
    listing_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown on cards that link to this page.",
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading="How this page appears in listings",
        ),
        *Page.promote_panels,
    ]
    # Who checks the page and when (upkeep.PageReview, a child record: no field on the page itself).
    settings_panels = [
        *Page.settings_panels,
        InlinePanel("review", heading="Review", label="Review", max_num=1),
    ]

    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]

    # What translators translate and what stays as the English page has it. Every page type
    # extends this list with its own fields (tests/languages checks that none is forgotten).
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
        TranslatableField("listing_summary"),
        SynchronizedField("listing_image"),
        # The owner and review dates are the page's, whatever the language (upkeep.PageReview).
        SynchronizedField("review"),
    ]

    # Pages with a form set this to False: they must never sit in a shared cache.
    cache_publicly = True
    view_restrictions_read = None
    # The site's own page (with the quick exit and the contacts) for Wagtail's password form.
    password_required_template = "password_required.html"  # noqa: S105 - a template name

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.localize_stream_links()
        return context

    def localize_stream_links(self):
        """A translation keeps the English pages its blocks chose: link to theirs in this language.
        Once per page object (reading every StreamField and one query for the chosen pages)."""
        if getattr(self, "_stream_links_localized", False):
            return
        stream_values = [getattr(self, field.name) for field in self._meta.fields if isinstance(field, StreamField)]
        localize_chosen_pages(stream_values, self.locale_id)
        self._stream_links_localized = True

    def get_view_restrictions(self):
        """Wagtail's restrictions on this page and its ancestors, read once per page object: Wagtail's
        check before serving and the cache policy after it both ask (a page is loaded per request)."""
        if self.view_restrictions_read is None:
            self.view_restrictions_read = super().get_view_restrictions()
        return self.view_restrictions_read

    def serve(self, request, *args, **kwargs):
        return self.apply_cache_policy(request, super().serve(request, *args, **kwargs))

    def apply_cache_policy(self, request, response):
        """Public pages may sit in the CDN; anything personal, private or with a form never does.

        A page with a view restriction on it or an ancestor (password, sign-in, groups) is private
        even once unlocked: Wagtail keeps the unlocked state in the session.
        """
        if (
            self.cache_publicly
            and not getattr(request, "is_preview", False)
            and not _is_signed_in(request)
            and not self.get_view_restrictions()
        ):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.KSCB_PAGE_MAX_AGE,
                s_maxage=settings.KSCB_PAGE_S_MAXAGE,
                stale_while_revalidate=60,
                # If the servers or the database fail, the CDN keeps serving the last good page.
                stale_if_error=settings.KSCB_STALE_IF_ERROR_SECONDS,
            )
        else:
            patch_cache_control(response, private=True, no_store=True)
        return response


def _is_signed_in(request):
    # Only look the user up when there is a session: readers carry no cookie.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    return request.user.is_authenticated
