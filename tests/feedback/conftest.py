"""Fixtures for the children's voice: the demo form page, a way to send it, and the people who use the admin."""

import re

import pytest
from wagtail.models import Locale

from feedback.models import FeedbackPage
from tests.staff import make_user

FORM_URL = "/have-your-say/"
REVIEWERS = "Children's voice reviewers"


@pytest.fixture
def feedback_page(db):
    return FeedbackPage.objects.get(slug="have-your-say", locale=Locale.get_default())


@pytest.fixture
def no_min_time(settings):
    settings.KSCB_FEEDBACK_MIN_SECONDS = 0
    return settings


def started_token(client):
    html = client.get(FORM_URL).content.decode()
    return re.search(r'name="started" value="([^"]+)"', html).group(1)


@pytest.fixture
def send(client, no_min_time, feedback_page):
    """Send the form as a browser would: fetch it first, then post the answers."""

    def post(follow=False, **answers):
        data = {"message": "I like the youth club", "wants_reply": "no", "started": started_token(client)}
        data.update(answers)
        return client.post(FORM_URL, data, follow=follow)

    return post


@pytest.fixture
def reviewer(db):
    return make_user("test-reviewer", REVIEWERS, first_name="Rita", last_name="Reviewer")


@pytest.fixture
def editor(db):
    return make_user("test-editor", "Editors")


@pytest.fixture
def moderator(db):
    return make_user("test-moderator", "Moderators")
