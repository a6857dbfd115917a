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


def test_reply_wanted_stores_name_one_way_to_reach_and_whether_it_is_safe(client, send):
    send(
        wants_reply="yes",
        contact_name="Sam",
        contact_method="email",
        contact_detail="sam@example.com",
        safe_to_contact="not-sure",
        good_time="after school",
    )
    submission = Submission.objects.get()
    assert submission.wants_reply
    assert (submission.contact_name, submission.contact_method, submission.contact_detail) == (
        "Sam",
        "email",
        "sam@example.com",
    )
    assert (submission.safe_to_contact, submission.good_time_to_contact) == ("not-sure", "after school")


def test_asking_for_a_reply_asks_if_it_is_safe_and_warns_about_shared_phones(client, send):
    html = text_of(client.get(FORM_URL))
    assert "Is it safe for us to contact you this way?" in html
    assert "When is a good time?" in html
    assert "If you share a phone, tablet or email with someone, they might see our message" in html
    # Asked, never forced: a message is not held back for want of an answer; reviewers see it was not given.
    response = send(wants_reply="yes", contact_name="Sam", contact_method="email", contact_detail="sam@example.com")
    assert response.status_code == 302
    assert Submission.objects.get().safe_to_contact == ""


def test_the_form_says_what_we_can_do_and_links_privacy_next_to_send(client, feedback_page):
    html = text_of(client.get(FORM_URL))
    assert "We read messages on weekdays, 9am to 5pm." in html
    assert "This is not an emergency service." in html
    assert "We won&#x27;t ask who you are." in html or "We won't ask who you are." in html
    send_button = html.index('id="feedback-send"')
    assert html.index('href="/have-your-say/privacy/"') - send_button < 300
    privacy = text_of(client.get("/have-your-say/privacy/"))
    assert "What happens to what you send" in privacy and "IP address" in privacy


def test_thank_you_page_shows_a_short_random_reference(client, send):
    html = text_of(send(follow=True))
    submission = Submission.objects.get()
    assert re.fullmatch(r"[ACDEFGHJKMNPQRTUVWXY34679]{6}", submission.reference)
    assert f'<strong id="reference">{submission.reference}</strong>' in html
    assert "We read messages on weekdays" in html and "not an emergency service" in html
    second = send()
    assert Submission.objects.exclude(pk=submission.pk).get().reference != submission.reference
    assert second.status_code == 302


def test_a_forged_reference_is_not_shown(client, feedback_page):
    html = text_of(client.get(FORM_URL + "thanks/?t=abc.ZZZZZZ.def"))
    assert "ZZZZZZ" not in html


def test_contact_details_are_dropped_when_anonymous(client, send):
    send(
        wants_reply="no",
        contact_name="Sam",
        contact_method="phone",
        contact_detail="07700 900982",
        safe_to_contact="yes",
        good_time="now",
    )
    submission = Submission.objects.get()
    assert (submission.contact_name, submission.contact_detail) == ("", "")
    assert (submission.safe_to_contact, submission.good_time_to_contact) == ("", "")


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"message": ""}, "Write what you want to tell us."),
        ({"message": "x" * 2001}, "Your message is too long. Make it 2000 characters or fewer."),
        ({"wants_reply": "yes", "contact_method": "email", "contact_detail": "sam@"}, "Enter an email address like"),
        ({"wants_reply": "yes", "contact_name": "Sam", "safe_to_contact": "maybe"}, "Choose an answer from the list."),
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


def test_honeypot_filled_still_stores_the_message_marked_and_thanks(client, send):
    # A browser's autofill can fill the hidden field: the words are kept, only marked.
    response = send(message="My dad hits me", website="http://spam.example", follow=True)
    assert "Thank you for telling us" in text_of(response)
    submission = Submission.objects.get()
    assert submission.message == "My dad hits me"
    assert submission.possible_spam and not submission.possible_flood
    assert "honeypot" in submission.spam_signs
    assert submission.urgent  # still triaged


def test_form_sent_too_quickly_is_stored_and_marked(client, settings, feedback_page):
    settings.KSCB_FEEDBACK_MIN_SECONDS = 60
    token = started_token(client)
    response = client.post(FORM_URL, {"message": "Hello there", "wants_reply": "no", "started": token})
    assert response.status_code == 302 and "/thanks/" in response["Location"]
    submission = Submission.objects.get()
    assert submission.message == "Hello there"
    assert submission.possible_spam and "faster than a person" in submission.spam_signs


@pytest.mark.parametrize("token", ["not-a-real-token", ""])
def test_forged_or_missing_start_time_still_stores_marked(client, send, token):
    response = send(started=token)
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.possible_spam and "start token" in submission.spam_signs


def test_expired_start_token_still_stores_marked(client, send, monkeypatch):
    from feedback import forms

    token = started_token(client)
    monkeypatch.setattr(forms, "STARTED_MAX_AGE", -1)
    assert send(started=token).status_code == 302
    assert Submission.objects.get().possible_spam


def test_replayed_start_token_is_stored_marked_the_second_time(client, send):
    cache.clear()
    token = started_token(client)
    send(message="first", started=token)
    send(message="second", started=token)
    first, second = Submission.objects.order_by("created_at", "pk")
    assert not first.possible_spam
    assert second.possible_spam and "used before" in second.spam_signs
    cache.clear()


def test_an_error_resend_keeps_the_token_usable(client, send):
    cache.clear()
    token = started_token(client)
    assert send(message="", started=token).status_code == 200  # the error page uses nothing up
    assert send(message="now with words", started=token).status_code == 302
    assert not Submission.objects.get().possible_spam
    cache.clear()


def test_over_the_rate_limit_messages_are_stored_marked_and_thanked(client, send, settings, caplog):
    cache.clear()
    settings.KSCB_FEEDBACK_RATE_LIMIT = (5, 600)
    for _ in range(5):
        assert send().status_code == 302
    response = send(message="My sixth message", follow=True)
    assert "Thank you for telling us" in text_of(response)
    assert Submission.objects.count() == 6
    assert list(Submission.objects.filter(possible_flood=True).values_list("message", flat=True)) == [
        "My sixth message"
    ]
    assert "stored and marked" in caplog.text
    # Nothing in the cache can be read back as an address.
    assert not any("127.0.0.1" in str(key) for key in cache._cache)  # noqa: SLF001
    cache.clear()


def test_forged_forwarded_for_does_not_dodge_or_share_the_limit(client, send, settings):
    cache.clear()
    settings.KSCB_FEEDBACK_RATE_LIMIT = (2, 600)
    for number in range(3):
        send(HTTP_X_FORWARDED_FOR=f"10.0.0.{number}")
    # No trusted proxy: every post counts against 127.0.0.1, whatever the header says.
    assert [s.possible_flood for s in Submission.objects.order_by("pk")] == [False, False, True]
    cache.clear()


def test_behind_one_trusted_proxy_each_child_has_their_own_limit(client, feedback_page, no_min_time, settings):
    cache.clear()
    settings.KSCB_FEEDBACK_RATE_LIMIT = (1, 600)
    settings.KSCB_TRUSTED_PROXY_COUNT = 1
    for child in ("203.0.113.7", "203.0.113.8"):
        # What the child forges comes first; the proxy appends the address it saw.
        client.post(
            FORM_URL,
            {"message": "hello", "wants_reply": "no", "started": started_token(client)},
            HTTP_X_FORWARDED_FOR=f"198.51.100.1, {child}",
        )
    assert not Submission.objects.filter(possible_flood=True).exists()
    cache.clear()


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "6.6.6.6", "127.0.0.1"),  # nobody trusted: a forged header changes nothing
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # the hop our proxy added, not the forged one
        (2, "6.6.6.6, 203.0.113.7, 10.0.0.2", "203.0.113.7"),  # CDN then load balancer
        (1, "", "127.0.0.1"),  # not through the proxy at all
        (1, "not-an-address", "127.0.0.1"),
    ],
)
def test_client_address_trusts_only_the_configured_proxies(rf, settings, proxies, forwarded, expected):
    from axes.helpers import get_client_ip_address

    from kscb_site.client_address import client_address

    settings.KSCB_TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected
    assert get_client_ip_address(request) == expected  # django-axes reads the same function


def test_csrf_failure_on_the_form_shows_it_again_with_the_text_kept(db, no_min_time):
    client = Client(enforce_csrf_checks=True)
    token = started_token(client)
    client.cookies.clear()  # as "Staying safe online" advises
    words = "Someone at home scares me & I don't know what to do"
    response = client.post(FORM_URL, {"message": words, "wants_reply": "no", "started": token, "age_group": "14-16"})
    html = text_of(response)
    assert response.status_code == 403
    assert Submission.objects.count() == 0
    assert "Your message has not been sent yet" in html
    assert "Someone at home scares me &amp; I don&#x27;t know what to do" in html
    assert re.search(r'name="age_group" value="14-16"[^>]*checked', html)
    assert "Exit this page" in html and 'href="tel:999"' in html and "Childline" in html
    assert "no-store" in response["Cache-Control"]
    # Ready to send: the page set a new CSRF cookie and carries its token.
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    started = re.search(r'name="started" value="([^"]+)"', html).group(1)
    again = client.post(
        FORM_URL, {"message": words, "wants_reply": "no", "started": started, "csrfmiddlewaretoken": csrf}
    )
    assert again.status_code == 302
    assert Submission.objects.get().message == words


def test_csrf_failure_elsewhere_is_in_the_site_layout_with_help(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/search/", {"q": "help"})
    html = text_of(response)
    assert response.status_code == 403
    assert "Your form was not sent" in html
    assert "Exit this page" in html and 'href="tel:999"' in html and "Childline" in html
    assert '<header class="site-header">' in html


def test_csrf_cookie_lasts_for_the_browser_session_only(client, feedback_page):
    cookie = client.get(FORM_URL).cookies["csrftoken"]
    assert not cookie["max-age"] and not cookie["expires"]


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


def test_reviewers_can_list_only_the_marked_messages(client, send, reviewer, settings):
    from django.urls import reverse

    cache.clear()
    settings.KSCB_FEEDBACK_RATE_LIMIT = (1, 600)
    send(message="first, not marked")
    send(message="second, over the limit")
    send(message="third, from a bot", website="x")
    plain, flood, spam = Submission.objects.order_by("pk")
    client.force_login(reviewer)
    index = reverse("feedback_submission:index")
    flooded = text_of(client.get(index + "?possible_flood=true"))
    assert flood.reference in flooded and plain.reference not in flooded
    spammy = text_of(client.get(index + "?possible_spam=true"))
    assert spam.reference in spammy and plain.reference not in spammy and flood.reference not in spammy
    details = text_of(client.get(reverse("feedback_submission:edit", args=[spam.pk])))
    assert "Possible spam: honeypot filled" in details and "A person may still have written it" in details
    cache.clear()
