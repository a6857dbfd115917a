"""The form as a young person meets it: plain words, help first, nothing lost, nothing kept that should not be."""

import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from feedback.models import FeedbackTopic, Submission

from .conftest import FORM_URL, started_token


def text_of(response):
    return response.content.decode()


def test_form_renders_with_help_first_and_no_store(client, feedback_page):
    response = client.get(FORM_URL)
    html = text_of(response)
    assert response.status_code == 200
    assert 'If you are in danger now, call <a href="tel:999">999</a>.' in html
    assert 'call Childline on <a href="tel:08001111">0800 1111</a> — it\'s free and private.' in html
    assert html.index("Get help now") < html.index("What do you want to tell us?")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    # The only cookie is the CSRF one the form needs.
    assert set(response.cookies) == {"csrftoken"}


def test_form_shows_editor_topics_and_honest_next_steps(client, feedback_page):
    html = text_of(client.get(FORM_URL))
    # The English form offers the English topics; their translations are for the other languages.
    for topic in FeedbackTopic.objects.filter(locale__language_code="en-gb"):
        assert topic.name in html
    assert "Dom i rodzina" not in html
    assert "we may need to share it with people who can keep you safe" in html
    assert "secret" not in html.lower()
    # Anonymous by default: "No" is chosen.
    assert re.search(r'<input type="radio" name="wants_reply" value="no"[^>]*checked', html)


def test_anonymous_submission_is_stored_with_language_and_no_identifiers(client, send):
    topic = FeedbackTopic.objects.get(name="School or college")
    response = send(message="More clubs after school please", topics=[topic.pk], age_group="11-13")
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.message == "More clubs after school please"
    assert list(submission.topics.all()) == [topic]
    assert submission.age_group == "11-13"
    assert submission.language == "en-gb"
    assert not submission.urgent
    assert (submission.contact_name, submission.contact_detail, submission.wants_reply) == ("", "", False)
    stored = " ".join(str(value) for value in Submission.objects.values().get().values())
    assert "127.0.0.1" not in stored


def test_post_redirect_get_to_thank_you_page_with_help(client, send):
    response = send(follow=True)
    assert response.redirect_chain[0][0].startswith(FORM_URL + "thanks/?t=")
    html = text_of(response)
    assert "Thank you for telling us" in html
    assert "Get help now" in html
    assert 'href="/have-your-say/you-said-we-did/"' in html
    # Help comes after the thanks when nothing worrying was said.
    assert html.index("<h1>") < html.index("Get help now")
    assert "no-store" in response["Cache-Control"]
    # Refreshing the thank-you page sends nothing again.
    client.get(response.redirect_chain[0][0])
    assert Submission.objects.count() == 1


def test_disclosure_is_urgent_and_thank_you_puts_help_first_without_saying_so(client, send):
    html = text_of(send(message="My dad hits me when he has been drinking", follow=True))
    submission = Submission.objects.get()
    assert submission.urgent
    assert "hits me" in submission.matched_indicators
    assert html.index("Get help now") < html.index("<h1>")
    for word in ("urgent", "flag", "worrying"):
        assert word not in html.lower()


def test_forged_thanks_token_does_not_reveal_anything(client, feedback_page):
    html = text_of(client.get(FORM_URL + "thanks/?t=abc.def"))
    assert html.index("<h1>") < html.index("Get help now")


def test_reply_wanted_stores_name_and_one_way_to_reach(client, send):
    send(wants_reply="yes", contact_name="Sam", contact_method="email", contact_detail="sam@example.com")
    submission = Submission.objects.get()
    assert submission.wants_reply
    assert (submission.contact_name, submission.contact_method, submission.contact_detail) == (
        "Sam",
        "email",
        "sam@example.com",
    )


def test_contact_details_are_dropped_when_anonymous(client, send):
    send(wants_reply="no", contact_name="Sam", contact_method="phone", contact_detail="07700 900982")
    submission = Submission.objects.get()
    assert (submission.contact_name, submission.contact_detail) == ("", "")


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"message": ""}, "Write what you want to tell us."),
        ({"message": "x" * 2001}, "Your message is too long. Make it 2000 characters or fewer."),
        ({"wants_reply": "yes", "contact_method": "email", "contact_detail": "sam@"}, "Enter an email address like"),
        ({"wants_reply": "yes", "contact_method": "phone", "contact_detail": "call me"}, "Enter a phone number like"),
        ({"wants_reply": "yes", "contact_name": "Sam"}, "Choose email or phone."),
        ({"age_group": "99"}, "Choose an age group from the list."),
    ],
)
def test_errors_are_plain_linked_from_a_summary_and_keep_the_text(client, send, answers, message):
    answers = {"message": "Please keep this text", **answers}
    response = send(**answers)
    html = text_of(response)
    assert response.status_code == 200
    assert Submission.objects.count() == 0
    assert "There is a problem" in html
    summary = html[html.index('class="error-summary"') : html.index("</ul>", html.index('class="error-summary"'))]
    assert message in summary
    assert re.search(r'<a href="#id_\w+">', summary)
    assert "<title>Error:" in html
    if answers["message"] and len(answers["message"]) < 100:
        assert answers["message"] in html


def test_honeypot_looks_like_success_and_stores_nothing(client, send):
    response = send(website="http://spam.example")
    assert response.status_code == 302
    assert Submission.objects.count() == 0


def test_form_sent_too_quickly_is_refused_with_text_kept(client, settings, feedback_page):
    settings.KSCB_FEEDBACK_MIN_SECONDS = 60
    token = started_token(client)
    response = client.post(FORM_URL, {"message": "Hello there", "wants_reply": "no", "started": token})
    assert "That was very quick" in text_of(response)
    assert "Hello there" in text_of(response)
    assert Submission.objects.count() == 0


def test_forged_or_missing_start_time_is_refused(client, send):
    response = send(started="not-a-real-token")
    assert "send it again" in text_of(response)
    assert Submission.objects.count() == 0


def test_rate_limit_keeps_the_text_and_stores_nothing_more(client, send, settings):
    cache.clear()
    settings.KSCB_FEEDBACK_RATE_LIMIT = (5, 600)
    for _ in range(5):
        assert send().status_code == 302
    response = send(message="My sixth message")
    html = text_of(response)
    assert response.status_code == 200
    assert "You have sent a lot of messages in a short time" in html
    assert "My sixth message" in html
    assert Submission.objects.count() == 5
    # Nothing in the cache can be read back as an address.
    assert not any("127.0.0.1" in str(key) for key in cache._cache)  # noqa: SLF001
    cache.clear()


def test_missing_csrf_token_is_refused(db, no_min_time):
    client = Client(enforce_csrf_checks=True)
    token = started_token(client)
    response = client.post(FORM_URL, {"message": "hello", "wants_reply": "no", "started": token})
    assert response.status_code == 403
    assert Submission.objects.count() == 0


def test_submission_records_the_page_language(client, send):
    with translation.override("pl"):
        from feedback.intake import receive

        receive({"message": "Cześć", "topics": []})
    assert Submission.objects.get().language == "pl"


def test_ids_too_big_for_the_database_are_wrong_answers_not_errors(client, send):
    # Found by the fuzz test: SQLite cannot even compare with such a number.
    response = send(topics=["99999999999999999999"], area="99999999999999999999")
    html = text_of(response)
    assert response.status_code == 200
    assert "Choose topics from the list." in html and "Choose an area from the list." in html
    assert Submission.objects.count() == 0
