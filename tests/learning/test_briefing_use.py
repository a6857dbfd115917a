"""'My team used this briefing': one POST, no cookie, no personal data; a signed token, an
Origin check, once a day per address and a rate limit keep repeats from inflating the count."""

import pytest
from django.test import override_settings
from django.urls import reverse

from learning.models import BriefingUse
from learning.views import briefing_token

URL = "/briefings-used/"


def used(client, briefing, token=None, **extra):
    return client.post(URL, {"briefing": token or briefing_token(briefing)}, **extra)


def total(briefing):
    return sum(BriefingUse.objects.filter(page=briefing).values_list("count", flat=True))


def test_the_button_counts_one_use_and_sets_no_cookie(client, briefing):
    response = used(client, briefing)
    assert response.status_code == 200
    assert not response.cookies
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert "We have counted that your team used" in response.content.decode()
    assert total(briefing) == 1


def test_two_teams_at_different_addresses_both_count(client, briefing):
    used(client, briefing, REMOTE_ADDR="192.0.2.1")
    used(client, briefing, REMOTE_ADDR="192.0.2.2")
    assert total(briefing) == 2


def test_a_repeat_from_the_same_address_the_same_day_is_thanked_but_not_counted(client, briefing):
    first = used(client, briefing)
    second = used(client, briefing)
    assert first.status_code == second.status_code == 200
    assert total(briefing) == 1


@override_settings(KSCB_BRIEFING_USE_RATE_LIMIT=(3, 3600))
def test_repeats_beyond_the_rate_limit_are_not_counted(client, library, briefing):
    from .conftest import add_items

    add_items(library, 10)
    briefings = list(type(briefing).objects.live().child_of(library))
    for page in briefings:
        used(client, page, REMOTE_ADDR="192.0.2.9")
    assert sum(BriefingUse.objects.values_list("count", flat=True)) == 3


@pytest.mark.parametrize("token", ["", "123", "not-a-token"])
def test_a_forged_or_missing_token_counts_nothing(client, briefing, token):
    response = client.post(URL, {"briefing": token})
    assert response.status_code == 400
    assert not BriefingUse.objects.exists()


def test_a_token_for_another_page_is_refused(client, review):
    from django.core import signing

    from learning.views import TOKEN_SALT

    assert client.post(URL, {"briefing": signing.dumps(review.pk, salt=TOKEN_SALT)}).status_code == 400


def test_a_post_from_another_site_is_refused(client, briefing):
    assert used(client, briefing, HTTP_ORIGIN="https://elsewhere.example").status_code == 403
    assert used(client, briefing, HTTP_ORIGIN="http://testserver").status_code == 200
    assert total(briefing) == 1


def test_get_is_not_allowed(client):
    assert client.get(URL).status_code == 405


def test_staff_see_the_counts_in_a_report(admin_client, client, briefing):
    used(client, briefing)
    response = admin_client.get(reverse("learning_briefing_use_report"))
    assert response.status_code == 200
    text = response.content.decode()
    assert briefing.title in text
    csv = admin_client.get(reverse("learning_briefing_use_report") + "?export=csv")
    assert csv.status_code == 200
    lines = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert briefing.title in lines and ",1" in lines
