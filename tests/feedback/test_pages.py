"""The children's voice pages render, live where they belong, and appear in the demo."""

from wagtail.test.utils import WagtailPageTestCase

from feedback.models import FeedbackPage, YouSaidWeDidPage
from home.models import HomePage


def test_you_said_we_did_renders_the_seed_pairs(client, db):
    response = client.get("/have-your-say/you-said-we-did/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h3>You said</h3>") == 4 and html.count("<h3>We did</h3>") == 4
    for fact in ("1,800 secondary school pupils", "drama company", "(PSHE) education curriculum", "focus group"):
        assert fact in html
    assert "public" in response["Cache-Control"]


def test_feedback_page_is_in_the_main_navigation(client, db):
    html = client.get("/").content.decode()
    assert 'href="/have-your-say/"' in html


def test_thank_you_page_links_to_you_said_we_did(client, db):
    html = client.get("/have-your-say/thanks/").content.decode()
    assert 'href="/have-your-say/you-said-we-did/"' in html
    assert "reference" not in html.lower()  # no reference without a message sent


def test_privacy_summary_is_a_page_of_its_own_in_each_language(client, db):
    response = client.get("/have-your-say/privacy/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "We won't ask who you are." in html or "We won&#x27;t ask who you are." in html
    assert 'href="/have-your-say/"' in html and "Exit this page" in html
    assert "no-store" in response["Cache-Control"]


def test_reading_times_and_privacy_summary_are_translatable(db):
    fields = {field.field_name for field in FeedbackPage.translatable_fields}
    assert {"reading_times", "privacy_summary"} <= fields


class TestWhereTheyLive(WagtailPageTestCase):
    def test_feedback_page_under_home(self):
        self.assertCanCreateAt(HomePage, FeedbackPage)

    def test_you_said_we_did_under_the_form(self):
        self.assertCanCreateAt(FeedbackPage, YouSaidWeDidPage)
        self.assertCanNotCreateAt(YouSaidWeDidPage, FeedbackPage)
