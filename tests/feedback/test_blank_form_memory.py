"""The blank form is rendered once per content generation ({% blankform %}): a later reader gets
the same fields with their own CSRF token and start time, and nothing anyone typed is ever kept."""

import re

from feedback.models import FeedbackTopic
from tests.rendering import view_counting_renders

from .conftest import FORM_URL

FIELD_TEMPLATE = "components/feedback/choice_group.html"


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


def test_a_second_reader_gets_the_kept_fields_with_their_own_token_and_start_time(client, feedback_page):
    first, rendered_first = view_counting_renders(client, FORM_URL, FIELD_TEMPLATE)
    client.cookies.clear()  # another reader, another CSRF cookie
    second, rendered_second = view_counting_renders(client, FORM_URL, FIELD_TEMPLATE)
    assert rendered_first >= 3 and rendered_second == 0
    assert hidden(first, "csrfmiddlewaretoken") != hidden(second, "csrfmiddlewaretoken")
    assert 'id="id_message"' in second and 'name="topics"' in second

    def fields(html):
        return re.sub(r'<input type="hidden" name="(csrfmiddlewaretoken|started)" value="[^"]+"', "", html)

    assert fields(first) == fields(second)


def test_what_a_reader_typed_is_never_shown_to_the_next(client, send):
    sent_back = send(message="", contact_name="Jamie from Huyton", wants_reply="yes").content.decode()
    assert "Jamie from Huyton" in sent_back  # their own words come back to them with the errors
    assert re.search(r'name="wants_reply" value="yes"[^>]*checked', sent_back)
    client.cookies.clear()
    html, _ = view_counting_renders(client, FORM_URL, FIELD_TEMPLATE)
    assert "Jamie from Huyton" not in html
    assert re.search(r'name="wants_reply" value="no"[^>]*checked', html)  # anonymous by default again


def test_a_renamed_topic_shows_on_the_next_view(client, feedback_page):
    client.get(FORM_URL)
    topic = FeedbackTopic.objects.for_active_locale().first()
    topic.name = "Feeling safe on the bus home"
    topic.save()  # as the snippet editor saves it
    assert "Feeling safe on the bus home" in client.get(FORM_URL).content.decode()


def test_a_view_that_reuses_the_kept_fields_builds_no_form(client, feedback_page, monkeypatch):
    from feedback.forms import FeedbackForm

    client.get(FORM_URL)
    built = []
    real_init = FeedbackForm.__init__
    monkeypatch.setattr(FeedbackForm, "__init__", lambda self, *a, **k: built.append(1) or real_init(self, *a, **k))
    html = client.get(FORM_URL).content.decode()
    assert built == []
    assert 'name="started" value="' in html and 'id="id_message"' in html
