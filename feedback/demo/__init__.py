"""Demo content for the children's voice: the form, "You said, we did", its lists and the privacy periods.

Safe to run twice: everything is found before it is made.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Site

from feedback.models import FeedbackArea, FeedbackPage, FeedbackSettings, FeedbackTopic, YouSaidWeDidPage
from home.demo import DEMO_PASSWORD
from home.demo.helpers import ensure_page
from home.models import StandardPage

from . import content

REVIEWER_USERNAME = "reviewer"
REVIEWERS_GROUP = "Children's voice reviewers"


def load(stdout):
    home = Site.objects.get(is_default_site=True).root_page
    ensure_lists()
    feedback_page = ensure_page(home, FeedbackPage, "have-your-say", show_in_menus=True, **content.feedback_page())
    you_said = ensure_page(feedback_page, YouSaidWeDidPage, "you-said-we-did", **content.you_said_we_did_page())
    if feedback_page.you_said_we_did_page_id is None:
        feedback_page.you_said_we_did_page = you_said
        feedback_page.save_revision().publish()
    retention = FeedbackSettings.load()
    # Demo addresses receive no mail: never stored outside demo mode, where a real duty address is required.
    if settings.KSCB_DEMO_MODE and not (retention.duty_safeguarding_email or retention.out_of_hours_email):
        retention.duty_safeguarding_email = content.DEMO_DUTY_EMAIL
        retention.out_of_hours_email = content.DEMO_OUT_OF_HOURS_EMAIL
        retention.save()
    ensure_privacy_notice_section(home, retention)
    if settings.KSCB_DEMO_MODE:
        ensure_demo_reviewer(stdout)


def ensure_lists():
    locale = Locale.get_default()
    for model, names in ((FeedbackTopic, content.TOPICS), (FeedbackArea, content.AREAS)):
        for order, name in enumerate(names):
            model.objects.get_or_create(name=name, locale=locale, defaults={"sort_order": order})


def ensure_privacy_notice_section(home, retention):
    """Add the children's voice section to the privacy notice once, stating the retention periods."""
    notice = home.get_children().filter(slug="privacy-notice").type(StandardPage).first()
    if notice is None:
        return
    notice = notice.specific
    heading = content.PRIVACY_HEADING
    if any(block.block_type == "heading" and block.value["text"] == heading for block in notice.body):
        return
    for block in content.privacy_notice_blocks(retention.contact_details_days, retention.submission_days):
        notice.body.append(block)
    notice.save_revision().publish()


def ensure_demo_reviewer(stdout):
    User = get_user_model()
    reviewer = User.objects.filter(username=REVIEWER_USERNAME).first()
    if reviewer is None:
        reviewer = User.objects.create_user(
            REVIEWER_USERNAME, "reviewer@kscb.example", DEMO_PASSWORD, first_name="Demo", last_name="Reviewer"
        )
        reviewer.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    stdout.write(f"Demo children's voice reviewer: user: {REVIEWER_USERNAME}  password: {DEMO_PASSWORD}")
