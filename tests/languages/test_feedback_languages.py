"""The children's voice form in every language: its words, its errors, its thank-you page and what it records."""

import re

import pytest
from django.urls import reverse

from feedback.models import FeedbackArea, FeedbackTopic, Submission

POLISH_FORM = "/pl/have-your-say/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_min_time(settings):
    settings.KSCB_FEEDBACK_MIN_SECONDS = 0


def started_token(client, url):
    return re.search(r'name="started" value="([^"]+)"', client.get(url).content.decode()).group(1)


def test_polish_form_speaks_polish(client):
    html = client.get(POLISH_FORM).content.decode()
    assert '<html lang="pl" dir="ltr">' in html
    assert "<h1>Powiedz nam, co myślisz</h1>" in html
    for text in ("Co chcesz nam powiedzieć?", "Ile masz lat?", "Od 11 do 13 lat", "Co dalej", "Wyślij"):
        assert text in html
    # The demo's topics and areas are translated through wagtail-localize.
    assert "Czego to dotyczy?" in html and "Dom i rodzina" in html and "Home and family" not in html


def test_topics_not_yet_translated_are_offered_in_english(client):
    english = FeedbackTopic.objects.get(name="Home and family")
    FeedbackTopic.objects.get(translation_key=english.translation_key, locale__language_code="pl").delete()
    html = client.get(POLISH_FORM).content.decode()
    assert "Home and family" in html and "Związki i relacje" in html


def test_polish_errors_are_in_polish(client, no_min_time):
    token = started_token(client, POLISH_FORM)
    response = client.post(
        POLISH_FORM, {"message": "", "wants_reply": "yes", "contact_method": "email", "started": token}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wystąpił problem" in html
    assert "Napisz, co chcesz nam powiedzieć." in html
    assert "Podaj imię lub pseudonim, żebyśmy wiedzieli, z kim rozmawiamy." in html
    assert Submission.objects.count() == 0


def test_submitting_in_polish_records_polish_and_thanks_in_polish(client, no_min_time):
    topic = FeedbackTopic.objects.get(name="Staying safe online")
    polish_topic = FeedbackTopic.objects.get(translation_key=topic.translation_key, locale__language_code="pl")
    area = FeedbackArea.objects.get(name="Huyton", locale__language_code="pl")
    token = started_token(client, POLISH_FORM)
    response = client.post(
        POLISH_FORM,
        {
            "message": "Chcę więcej klubów młodzieżowych",
            "topics": [polish_topic.pk],
            "area": area.pk,
            "wants_reply": "no",
            "started": token,
        },
        follow=True,
    )
    submission = Submission.objects.get()
    assert submission.language == "pl"
    # Recorded as the English topic and area, so reviewers read and filter one list.
    assert list(submission.topics.all()) == [topic]
    assert submission.area == FeedbackArea.objects.get(name="Huyton", locale__language_code="en-gb")
    assert response.redirect_chain[-1][0].startswith("/pl/have-your-say/thanks/")
    html = response.content.decode()
    assert '<html lang="pl" dir="ltr">' in html
    assert "<h1>Dziękujemy, że nam o tym napisałeś</h1>" in html
    assert "Otrzymaliśmy Twoją wiadomość. Przeczyta ją ktoś z naszych pracowników." in html
    assert "Powiedz nam coś jeszcze" in html


def test_arabic_form_reads_right_to_left_and_records_arabic(client, no_min_time):
    url = "/ar/have-your-say/"
    html = client.get(url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html and "ماذا تريد أن تخبرنا؟" in html
    assert "البيت والعائلة" in html and "هايتون" in html
    client.post(url, {"message": "مرحبا", "wants_reply": "no", "started": started_token(client, url)})
    assert Submission.objects.get().language == "ar"


def test_reviewers_see_every_language_in_one_list_and_filter_by_language(admin_client):
    for language, message in (("en-gb", "English message"), ("pl", "Polska wiadomość"), ("ar", "رسالة عربية")):
        Submission.objects.create(language=language, message=message)
    index = reverse("feedback_submission:index")
    everything = admin_client.get(index).content.decode()
    polish_only = admin_client.get(index + "?language=pl").content.decode()
    references = {submission.language: submission.reference for submission in Submission.objects.all()}
    assert all(reference in everything for reference in references.values())
    assert references["pl"] in polish_only
    assert references["en-gb"] not in polish_only and references["ar"] not in polish_only
