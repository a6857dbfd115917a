"""Arbitrary posts to the booking form and the emailed-link steps: a clear answer, never a server error.

TRAINING_FUZZ_EXAMPLES sets how many inputs hypothesis tries (default 100)."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("TRAINING_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
FIELDS = ["name", "email", "organisation", "other_organisation", "role", "access_needs", "csrfmiddlewaretoken"]
NASTY_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=1100),
    st.sampled_from(
        [
            "<script>alert(1)</script>",
            "=cmd|' /C calc'!A0",
            "other",
            "1",
            "-1",
            "99999999999999999999",
            "a@b.example",
            "ZOFIA@example.org ",
            "\u202e\u0000\ufeff",
            "Zofia Wójcik",
            "محمد",
        ]
    ),
)
VALUES = st.one_of(NASTY_TEXT, st.lists(NASTY_TEXT, max_size=3), st.integers().map(str))


@FUZZ
@given(answers=st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=len(FIELDS)))
def test_any_booking_post_gets_an_answer_never_a_server_error(client, session, answers):
    response = client.post(f"/training-sessions/{session.pk}/", answers)
    assert response.status_code in (200, 302, 400, 409, 410)
    assert b"<script>alert(1)</script>" not in response.content


@FUZZ
@given(
    token=st.text(st.characters(exclude_characters="/?#\x00", exclude_categories=["Cs"]), min_size=1, max_size=200),
    step=st.sampled_from(["confirm", "cancel", "accept"]),
)
def test_any_token_gets_an_answer_never_a_server_error(client, db, token, step):
    from urllib.parse import quote

    response = client.post(f"/training-sessions/{step}/{quote(token, safe='')}/")
    assert response.status_code in (404, 410)
