"""The reading-age check: plain words read young, officialese reads old; editors of the pages
young people read (by type, or chosen as an easy-read or children's version) are warned on saving,
and in Wagtail's Checks panel, when the text reads above the target age (11)."""

import json
import re
from html import unescape

import pytest
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory
from wagtail import hooks
from wagtail.admin.userbar import AccessibilityItem, AdminItem, apply_userbar_hooks
from wagtail.models import Page

from feedback.models import FeedbackPage
from home.models import StandardPage
from partnership.models import OtherFormats, YearlyReportPage
from upkeep.readability import measure, syllables
from upkeep.reading_age import found_age, is_for_young_readers, too_hard, warn_if_too_hard
from upkeep.reading_check import STEPS, ReadingAgeCheckerItem, rule_ids
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
# Above the target, but not by far: the check names the age (14).
ABOVE_TARGET = (
    "If organisations are worried about a child, they share what they know and decide together what help "
    "the family needs. Each agency explains its decisions to the family, and the board checks that this happens."
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


# Pages chosen for young readers: an easy-read version (Other formats) or the yearly report's
# children's or easy-read version get the check whatever their type.


def standard_page(parent, slug, text):
    page = StandardPage(title=slug.replace("-", " ").capitalize(), slug=slug, introduction=text, body=[])
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def yearly_report(db):
    return YearlyReportPage.objects.filter(locale__language_code="en-gb").first()


def test_a_page_chosen_as_an_easy_read_version_is_for_young_readers(home_page, django_assert_num_queries):
    easy_read = standard_page(home_page, "easy-read-check", HARD)
    ContentType.objects.get_for_model(Page)  # Django's content-type cache, warm as in any running site
    with django_assert_num_queries(1):
        assert not is_for_young_readers(easy_read)
    OtherFormats.objects.create(page=standard_page(home_page, "formats-of", PLAIN), easy_read_page=easy_read)
    with django_assert_num_queries(1):
        assert is_for_young_readers(easy_read)


@pytest.mark.parametrize("field", ["childrens_version", "easy_read_version"])
def test_a_page_the_yearly_report_links_as_a_version_for_young_readers_is_for_them(home_page, yearly_report, field):
    version = standard_page(home_page, "report-for-children", HARD)
    assert not is_for_young_readers(version)
    setattr(yearly_report, field, [("link", {"page": version, "label": "", "document": None, "url": ""})])
    yearly_report.save_revision().publish()
    assert is_for_young_readers(version)


def test_other_links_to_a_page_do_not_make_it_for_young_readers(home_page):
    page = standard_page(home_page, "linked-not-chosen", HARD)
    OtherFormats.objects.create(page=page, easy_read_page=standard_page(home_page, "its-easy-read", PLAIN))
    assert not is_for_young_readers(page)  # it has an easy-read version; it is not one
    assert not is_for_young_readers(StandardPage(title="Unsaved", slug="unsaved"))


def test_the_editor_of_a_chosen_page_is_warned_on_saving(request_with_messages, home_page):
    easy_read = standard_page(home_page, "easy-read-warned", HARD)
    OtherFormats.objects.create(page=standard_page(home_page, "formats-of-warned", PLAIN), easy_read_page=easy_read)
    warn_if_too_hard(request_with_messages, easy_read)
    [message] = [str(message) for message in get_messages(request_with_messages)]
    assert f"reads at about age {measure(HARD).reading_age}" in message


# The "Reading age" check in Wagtail's Checks panel and the user bar.


def failing_rules(item, request):
    checks = {check["id"]: check for check in item.get_axe_custom_checks(request)}
    return [rule_id for rule_id in rule_ids() if checks[rule_id]["options"]["fails"]]


def test_the_check_names_the_age_found_and_the_target(request_with_messages, feedback_page):
    feedback_page.introduction = f"<p>{HARD}</p>"
    age = found_age(too_hard(feedback_page))
    item = ReadingAgeCheckerItem(feedback_page, in_editor=True)
    [failing] = failing_rules(item, request_with_messages)
    message = item.get_axe_messages(request_with_messages)[failing]
    assert message["error_name"] == expected_name(age)
    assert "Shorter sentences" in message["help_text"]
    config = item.get_axe_configuration(request_with_messages)
    assert set(rule_ids()) <= set(config["options"]["runOnly"])
    assert "button-name" in config["options"]["runOnly"]  # Wagtail's own checks still run
    assert {rule["id"] for rule in config["spec"]["rules"]} >= {"alt-text-quality", *rule_ids()}


def expected_name(age, target=11):
    if age < target + STEPS:
        return f"Reading age: about {age}, above the target of {target}"
    return f"Reading age: {target + STEPS} or over, above the target of {target}"


def test_a_text_just_above_the_target_is_named_by_its_age(request_with_messages, home_page):
    assert measure(ABOVE_TARGET).reading_age == 14
    page = standard_page(home_page, "chosen-above-target", ABOVE_TARGET)
    OtherFormats.objects.create(page=standard_page(home_page, "formats-above", PLAIN), easy_read_page=page)
    item = ReadingAgeCheckerItem(page)
    assert failing_rules(item, request_with_messages) == ["kscb-reading-age-3"]
    name = item.get_axe_messages(request_with_messages)["kscb-reading-age-3"]["error_name"]
    assert name == expected_name(14) == "Reading age: about 14, above the target of 11"


def test_each_age_above_the_target_has_its_own_rule(request_with_messages):
    messages = ReadingAgeCheckerItem().get_axe_messages(request_with_messages)
    names = [messages[rule_id]["error_name"] for rule_id in rule_ids()]
    assert names[0] == "Reading age: about 12, above the target of 11"
    assert names[-1] == f"Reading age: {11 + STEPS} or over, above the target of 11"


def test_the_check_passes_plain_words_and_pages_for_adults(request_with_messages, feedback_page, home_page):
    for field in ("introduction", "what_happens_next", "privacy_summary", "thank_you_text"):
        setattr(feedback_page, field, f"<p>{PLAIN}</p>")
    assert failing_rules(ReadingAgeCheckerItem(feedback_page), request_with_messages) == []
    adults = standard_page(home_page, "for-professionals-check", HARD)
    assert failing_rules(ReadingAgeCheckerItem(adults), request_with_messages) == []
    assert failing_rules(ReadingAgeCheckerItem(None), request_with_messages) == []


def test_the_hook_puts_the_check_in_the_user_bar_and_the_editor(request_with_messages, feedback_page):
    items = [AdminItem(), AccessibilityItem(in_editor=True)]
    apply_userbar_hooks(request_with_messages, items, feedback_page)
    assert isinstance(items[0], AdminItem)
    assert isinstance(items[1], ReadingAgeCheckerItem) and items[1].in_editor


def axe_configuration(html):
    found = re.search(r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_the_editor_checks_panel_carries_the_reading_age_rules(admin_client, feedback_page):
    feedback_page.introduction = f"<p>{HARD}</p>"
    feedback_page.save_revision()
    response = admin_client.get(f"/admin/pages/{feedback_page.pk}/edit/")
    config = axe_configuration(response.content.decode())
    assert set(rule_ids()) <= set(config["options"]["runOnly"])
    age = found_age(too_hard(feedback_page))
    failing = [check["id"] for check in config["spec"]["checks"] if check.get("options", {}).get("fails")]
    assert failing == [f"kscb-reading-age-{min(age - 11, STEPS)}"]


def test_the_user_bar_loads_the_check_with_its_ids(admin_client, feedback_page):
    html = admin_client.get(feedback_page.url).content.decode()
    script = re.search(r'<script src="[^"]*upkeep/js/reading-check\.js" data-checks="([^"]*)"', html)
    assert json.loads(unescape(script.group(1))) == rule_ids()
