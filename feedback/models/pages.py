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
DEFAULT_READING_TIMES = "We read messages on weekdays, 9am to 5pm. We do not read them at night or at weekends."
DEFAULT_PRIVACY_SUMMARY = (
    "<p>We won't ask who you are. If you want a reply, we only ask for a first name or nickname and one way "
    "to reach you.</p>"
    "<p>A small team at the Safeguarding Children Board reads what you send. We use it to make things better "
    "for young people in Knowsley.</p>"
    "<p>If what you tell us makes us think you or someone else is in danger, we may need to share it with "
    "people who can keep you safe, like social workers or the police.</p>"
    "<p>We don't keep your IP address or use tracking cookies. We delete messages after a set time, and "
    "your contact details sooner, once we no longer need them.</p>"
)


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
    reading_times = models.CharField(
        max_length=200,
        default=DEFAULT_READING_TIMES,
        help_text="When messages are read, in plain words. Shown on the form and the thank-you page.",
    )
    privacy_summary = RichTextField(
        features=["bold", "link"],
        default=DEFAULT_PRIVACY_SUMMARY,
        help_text="What happens to what they send, for a young reader (ICO Children's code). Linked next to Send.",
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
        FieldPanel("reading_times"),
        FieldPanel("privacy_summary"),
        MultiFieldPanel(
            [FieldPanel("thank_you_heading"), FieldPanel("thank_you_text"), FieldPanel("you_said_we_did_page")],
            heading="Thank-you page",
        ),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("what_happens_next"),
        TranslatableField("reading_times"),
        TranslatableField("privacy_summary"),
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
        help_first, reference = read_thanks_token(request.GET.get("t", ""))
        return self.render(
            request,
            template="feedback/feedback_thanks.html",
            context_overrides={"help_first": help_first, "reference": reference},
        )

    @path("privacy/", name="privacy")
    def privacy_view(self, request):
        return self.render(request, template="feedback/feedback_privacy.html")

    def thanks_url(self, submission):
        token = make_thanks_token(submission.urgent, submission.reference)
        return self.url + self.reverse_subpage("thanks") + "?t=" + token

    def csrf_failure_response(self, request):
        """The form again, with what the young person wrote, when their CSRF cookie was lost."""
        from feedback.views import resend_after_csrf_failure

        return resend_after_csrf_failure(self, request)


def make_thanks_token(urgent, reference=""):
    """An opaque token: only the server can tell whether the help section goes first. The reference
    rides along signed, so the thank-you page can show it without a lookup."""
    nonce = secrets.token_urlsafe(9)
    return f"{nonce}.{reference}.{_thanks_signature(nonce, reference, urgent)}"


def read_thanks_token(token):
    """(help first?, reference) from a thank-you token; (False, "") for anything forged."""
    nonce, _, rest = token.partition(".")
    reference, _, signature = rest.rpartition(".")
    if constant_time_compare(signature, _thanks_signature(nonce, reference, True)):
        return True, reference
    if constant_time_compare(signature, _thanks_signature(nonce, reference, False)):
        return False, reference
    return False, ""


def _thanks_signature(nonce, reference, urgent):
    return salted_hmac(THANKS_SALT, f"{nonce}:{reference}:{int(urgent)}").hexdigest()[:16]


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
