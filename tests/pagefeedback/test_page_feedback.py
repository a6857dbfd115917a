"""'Was this page useful?': on every page without making it uncacheable, stored first, rate-limited,
and any comment that triage flags handed to the children's voice reviewers as an urgent message."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client, RequestFactory
from wagtail.models import Locale, Page

from feedback import rate_limit
from feedback.models import FeedbackSettings, Submission
from pagefeedback.models import PageFeedback
from pagefeedback.views import answer_token
from tests.conftest import SignedInStaffClient
from tests.staff import make_user

ANSWER, COMMENT, THANKS = "/page-feedback/", "/page-feedback/comment/", "/page-feedback/thanks/"
DISCLOSURE = "my mums boyfriend slaps me and I am scared to go home"


@pytest.fixture
def reader():
    return Client(enforce_csrf_checks=True)  # a reader: no session, no cookies, and CSRF checked as in production


@pytest.fixture
def pages(db):
    """One live page of each type in the demo site."""
    seen = {}
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code="en-gb").specific().order_by("path"):
        seen.setdefault(type(page), page)
    return list(seen.values())


def answer(reader, page, useful="yes"):
    return reader.post(ANSWER, {"page": page.pk, "useful": useful})


def token_from(response):
    return parse_qs(urlparse(response["Location"]).query)["answer"][0]


def test_every_page_type_asks_without_a_token_or_cookie_so_it_stays_cacheable(reader, pages):
    assert len(pages) >= 8
    for page in pages:
        response = reader.get(page.url)
        if response.status_code != 200:
            continue
        html = response.content.decode()
        assert "Was this page useful?" in html, page.url
        form = re.search(
            r'<form class="page-feedback__form" method="post" action="/page-feedback/">.*?</form>', html, re.S
        )
        assert form and f'name="page" value="{page.pk}"' in form.group(0), page.url
        assert "csrfmiddlewaretoken" not in form.group(0)
        if getattr(page, "cache_publicly", True):
            assert "public" in response["Cache-Control"], page.url
            assert not response.cookies, page.url


def test_an_answer_is_stored_and_leads_to_a_never_cached_comment_page_without_cookies(reader, home_page):
    response = answer(reader, home_page, "no")
    assert response.status_code == 302 and response["Location"].startswith(COMMENT)
    assert "no-store" in response["Cache-Control"] and not response.cookies
    stored = PageFeedback.objects.get()
    assert (stored.page_id, stored.useful, stored.comment, stored.language) == (home_page.pk, False, "", "en-gb")

    page = reader.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200 and "no-store" in page["Cache-Control"] and not page.cookies
    assert "What could make this page better?" in html and "csrfmiddlewaretoken" not in html
    assert 'name="page-feedback' not in html, "the widget is not repeated on its own pages"


def test_a_comment_is_kept_with_its_answer_for_the_page_report(reader, home_page, admin_client):
    token = token_from(answer(reader, home_page, "no"))
    response = reader.post(COMMENT, {"answer": token, "comment": "  The opening times are hard to find.  "})
    assert response.status_code == 302 and response["Location"] == f"{THANKS}?page={home_page.pk}"
    assert PageFeedback.objects.get().comment == "The opening times are hard to find."
    thanks = reader.get(response["Location"]).content.decode()
    assert "Thank you for your comment" in thanks and 'href="/"' in thanks
    assert not Submission.objects.exists()

    report = admin_client.get(f"/admin/reports/page-feedback/{home_page.pk}/").content.decode()
    assert "The opening times are hard to find." in report
    # Sending the same form again adds nothing: one comment per answer.
    reader.post(COMMENT, {"answer": token, "comment": "again"})
    assert list(PageFeedback.objects.values_list("comment", flat=True)) == ["The opening times are hard to find."]


def test_a_disclosure_in_a_page_comment_reaches_reviewers_as_an_urgent_message_never_the_page_report(
    reader, home_page, admin_client, django_capture_on_commit_callbacks
):
    settings_row = FeedbackSettings.load()
    settings_row.duty_safeguarding_email = "duty@kscb.example"
    settings_row.save()
    token = token_from(answer(reader, home_page, "no"))
    with django_capture_on_commit_callbacks(execute=True):
        response = reader.post(COMMENT, {"answer": token, "comment": DISCLOSURE})
    assert response.status_code == 302
    thanks = reader.get(response["Location"]).content.decode()
    assert "Get help now" in thanks  # the same thank-you for everyone: nothing tells the reader

    submission = Submission.objects.get()
    assert submission.urgent and DISCLOSURE in submission.message and home_page.title in submission.message
    assert [email.to for email in mail.outbox] == [["duty@kscb.example"]]
    assert DISCLOSURE not in mail.outbox[0].body
    # Not a page comment: the answer keeps no words, and the page report shows none.
    assert PageFeedback.objects.get().comment == ""
    for url in ("/admin/reports/page-feedback/", f"/admin/reports/page-feedback/{home_page.pk}/"):
        assert "slaps me" not in admin_client.get(url).content.decode()

    reviewer = make_user("page-comment-reviewer", "Children's voice reviewers")
    inbox = SignedInStaffClient()
    inbox.force_login(reviewer)
    listing = inbox.get("/admin/childrens-voice/submissions/?urgent=true").content.decode()
    assert submission.reference in listing


def test_answers_are_rate_limited_apart_from_the_childrens_voice_form(reader, home_page, settings):
    settings.KSCB_PAGE_FEEDBACK_RATE_LIMIT = (2, 600)
    cache.clear()
    assert answer(reader, home_page).status_code == 302
    assert answer(reader, home_page).status_code == 302
    refused = answer(reader, home_page)
    assert refused.status_code == 429 and "Please try again later" in refused.content.decode()
    assert PageFeedback.objects.count() == 2
    # The children's voice form keeps its own count: a child here is not marked as a flood.
    settings.KSCB_FEEDBACK_RATE_LIMIT = (1, 600)
    assert rate_limit.allow(RequestFactory().post("/have-your-say/"))

    # Words are never refused: a comment sent over the limit is kept, marked for staff.
    first = PageFeedback.objects.first()
    reader.post(COMMENT, {"answer": answer_token(first), "comment": "Too long a page"})
    first.refresh_from_db()
    assert first.comment == "Too long a page" and first.possible_flood


def test_answers_are_stored_with_the_cache_down(reader, home_page, redis_down):
    response = answer(reader, home_page)
    assert response.status_code == 302
    assert reader.post(COMMENT, {"answer": token_from(response), "comment": "Clear, thank you"}).status_code == 302
    assert PageFeedback.objects.get().comment == "Clear, thank you"


@pytest.mark.parametrize(
    "data", [{"page": "999999", "useful": "yes"}, {"page": "x", "useful": "yes"}, {"useful": "maybe", "page": "3"}]
)
def test_a_bad_answer_is_refused_and_stores_nothing(reader, data, db):
    assert reader.post(ANSWER, data).status_code in (400, 404)
    assert reader.get(ANSWER).status_code == 405
    assert not PageFeedback.objects.exists()


def test_a_forged_or_expired_token_stores_no_comment(reader, home_page):
    answer(reader, home_page)
    response = reader.post(COMMENT, {"answer": "1:forged:token", "comment": "hello"})
    assert response.status_code == 400 and "This form has expired" in response.content.decode()
    assert reader.get(COMMENT + "?answer=nonsense").status_code == 400
    assert PageFeedback.objects.get().comment == ""


def test_an_empty_or_long_comment_is_explained_and_kept(reader, home_page):
    token = token_from(answer(reader, home_page))
    empty = reader.post(COMMENT, {"answer": token, "comment": "   "})
    assert empty.status_code == 400 and "Write a comment, or go back to the page." in empty.content.decode()
    long = reader.post(COMMENT, {"answer": token, "comment": "x" * 501})
    html = long.content.decode()
    assert long.status_code == 400 and "Your comment is too long" in html and "x" * 501 in html


def test_the_widget_and_its_pages_read_in_the_readers_language(reader, home_page):
    polish_home = home_page.get_translation_or_none(Locale.objects.get(language_code="pl"))
    assert polish_home is not None
    html = reader.get(polish_home.url).content.decode()
    assert "Czy ta strona była przydatna?" in html and 'action="/pl/page-feedback/"' in html
    response = reader.post("/pl/page-feedback/", {"page": polish_home.pk, "useful": "yes"})
    assert PageFeedback.objects.get().language == "pl"
    assert "Dziękujemy za odpowiedź" in reader.get(response["Location"]).content.decode()
