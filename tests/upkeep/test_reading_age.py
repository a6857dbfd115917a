"""The reading-age check: plain words read young, officialese reads old; editors of the pages
young people read are warned on saving when the text reads above the target age (11)."""

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory
from wagtail import hooks

from feedback.models import FeedbackPage
from home.models import StandardPage
from upkeep.readability import measure, syllables
from upkeep.reading_age import too_hard, warn_if_too_hard
from upkeep.wagtail_hooks import warn_about_reading_age

# Sample texts written for these tests (illustrative, not the board's words).
PLAIN = (
    "If you are worried about something, you can tell us here. We read every message. "
    "You do not have to give your name. If you are in danger now, call 999. "
    "We will not share what you say unless we think you are not safe."
)
HARD = (
    "The multi-agency safeguarding arrangements necessitate comprehensive collaboration between "
    "statutory organisations, facilitating the identification of vulnerability and the commissioning "
    "of proportionate, evidence-informed interventions across the partnership's operational footprint."
)


def test_syllables_are_counted_by_rule_of_thumb():
    assert [syllables(word) for word in ("cat", "table", "worried", "safeguarding", "the", "message")] == [
        1,
        2,
        2,
        4,
        1,
        2,
    ]


def test_plain_words_read_young_and_officialese_reads_old():
    plain, hard = measure(PLAIN), measure(HARD)
    assert plain.reading_age <= 9
    assert hard.reading_age >= 18
    assert plain.sentences == 5 and plain.enough_text


def test_html_is_read_as_its_words_and_list_items_as_sentences():
    reading = measure("<p>Call us.</p><ul><li>Tell a teacher</li><li>Tell a friend</li></ul>")
    assert reading.words == 8 and reading.sentences == 3


def test_no_words_no_reading():
    assert measure("<p> </p>") is None


@pytest.fixture
def request_with_messages(admin_user):
    request = RequestFactory().post("/admin/pages/1/edit/")
    request.user = admin_user
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


@pytest.fixture
def feedback_page(db):
    return FeedbackPage.objects.filter(locale__language_code="en-gb").first()


def test_the_editor_is_warned_when_the_feedback_form_reads_too_old(request_with_messages, feedback_page):
    feedback_page.introduction = f"<p>{HARD}</p>"
    warn_if_too_hard(request_with_messages, feedback_page)
    [message] = [str(message) for message in get_messages(request_with_messages)]
    assert "should read at age 11 or under" in message and "Hardest: introduction (age" in message


def test_plain_words_pass_without_a_warning(request_with_messages, feedback_page):
    for field in ("introduction", "what_happens_next", "privacy_summary", "thank_you_text"):
        setattr(feedback_page, field, f"<p>{PLAIN}</p>")
    assert too_hard(feedback_page) == []
    warn_if_too_hard(request_with_messages, feedback_page)
    assert list(get_messages(request_with_messages)) == []


def test_the_target_age_is_a_setting(request_with_messages, feedback_page, settings):
    settings.KSCB_READING_AGE_TARGET = 40
    feedback_page.introduction = f"<p>{HARD}</p>"
    assert too_hard(feedback_page) == []


def test_pages_for_adults_are_not_measured(request_with_messages, home_page):
    page = StandardPage(title="For professionals", slug="for-professionals", introduction=HARD, body=[])
    home_page.add_child(instance=page)
    warn_if_too_hard(request_with_messages, page)
    assert list(get_messages(request_with_messages)) == []


def test_the_warning_runs_after_creating_and_editing_a_page():
    assert warn_about_reading_age in hooks.get_hooks("after_edit_page")
    assert warn_about_reading_age in hooks.get_hooks("after_create_page")
