"""The children's voice form and the "You said, we did" page."""

import secrets

from django.db import models
from django.utils.crypto import constant_time_compare, salted_hmac
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from feedback.blocks import YouSaidWeDidStreamBlock
from home.models import BasePage

THANKS_SALT = "feedback.thanks"


class FeedbackPage(RoutablePageMixin, BasePage):
    introduction = RichTextField(
        features=["bold", "link"],
        help_text="Who reads this and why we ask, in short sentences a young person understands.",
    )
    what_happens_next = RichTextField(
        features=["bold", "link", "ul"],
        help_text=(
            "Shown just before the send button. Be honest: if we are worried that someone is in danger we may "
            "share what they tell us with people who can keep them safe. Never promise secrecy."
        ),
    )
    thank_you_heading = models.CharField(max_length=120, default="Thank you for telling us")
    thank_you_text = RichTextField(features=["bold", "link"], help_text="Shown after a young person sends the form.")
    you_said_we_did_page = models.ForeignKey(
        "feedback.YouSaidWeDidPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from the thank-you page so young people see what happened to what others said.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("what_happens_next"),
        MultiFieldPanel(
            [FieldPanel("thank_you_heading"), FieldPanel("thank_you_text"), FieldPanel("you_said_we_did_page")],
            heading="Thank-you page",
        ),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("what_happens_next"),
        TranslatableField("thank_you_heading"),
        TranslatableField("thank_you_text"),
        SynchronizedField("you_said_we_did_page"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    subpage_types = ["feedback.YouSaidWeDidPage"]
    template = "feedback/feedback_page.html"
    # A form page: never in a shared cache, and the CSRF cookie is set only here.
    cache_publicly = False

    def serve(self, request, *args, **kwargs):
        # RoutablePageMixin.serve does not reach BasePage.serve, so apply the cache policy here.
        return self.apply_cache_policy(request, super().serve(request, *args, **kwargs))

    @path("")
    def form_view(self, request):
        from feedback.views import handle_feedback_form

        return handle_feedback_form(self, request)

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        help_first = read_thanks_token(request.GET.get("t", ""))
        return self.render(
            request,
            template="feedback/feedback_thanks.html",
            context_overrides={"help_first": help_first},
        )

    def thanks_url(self, submission):
        return self.url + self.reverse_subpage("thanks") + "?t=" + make_thanks_token(submission.urgent)


def make_thanks_token(urgent):
    """An opaque token: only the server can tell whether the help section goes first."""
    nonce = secrets.token_urlsafe(9)
    return f"{nonce}.{_thanks_signature(nonce, urgent)}"


def read_thanks_token(token):
    nonce, _, signature = token.partition(".")
    return constant_time_compare(signature, _thanks_signature(nonce, True))


def _thanks_signature(nonce, urgent):
    return salted_hmac(THANKS_SALT, f"{nonce}:{int(urgent)}").hexdigest()[:16]


class YouSaidWeDidPage(BasePage):
    introduction = models.TextField(
        max_length=500,
        blank=True,
        help_text="One or two sentences on why we publish what young people told us and what we did.",
    )
    body = StreamField(YouSaidWeDidStreamBlock(), use_json_field=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction"), TranslatableField("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]
    template = "feedback/you_said_we_did_page.html"
    subpage_types = []
