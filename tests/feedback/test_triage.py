"""Safeguarding indicators are found however a young person writes them."""

import pytest

from feedback.triage import find_indicators, normalise

PHRASES = ["hits me", "kill myself", "self harm", "not safe at home", "abuse", "county lines", "run away"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My step-dad HITS ME!!", "hits me"),
        ("he keeps hitting me", "hits me"),
        ("he hit me yesterday", "hits me"),
        ("sometimes i want to kms", "kill myself"),
        ("I've been self-harming", "self harm"),
        ("selfharm", "self harm"),
        ("I'm NOT safe at home.", "not safe at home"),
        ("she was abused", "abuse"),
        ("my mum is being abusive", "abuse"),
        ("they make me do County-Lines runs", "county lines"),
        ("I ran away... again", "run away"),
        ("I keep running away", "run away"),
        ("Je me sens pas bien, not safe at hôme", "not safe at home"),
    ],
)
def test_indicator_is_found_in_any_form(text, expected):
    assert expected in find_indicators(text, PHRASES)


@pytest.mark.parametrize(
    "text",
    ["I love my school and my friends", "White lines on the pitch", "My dad hit the ball over the fence"],
)
def test_ordinary_messages_are_not_urgent(text):
    assert find_indicators(text, PHRASES) == []


def test_normalise_removes_case_accents_and_punctuation():
    assert normalise("  Café—I’M   scared!! ") == "cafe i am scared"
