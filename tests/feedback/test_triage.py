"""Triage finds a young person's disclosure however and in whichever of the form's languages they write it,
records what it found, and shows the reviewer the words; reviewers edit the rules in the admin."""

import importlib
import json
import time
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from feedback import triage
from feedback.models import SafeguardingIndicator, Submission, TriageRule
from feedback.triage_rules import rule_rows

RULES = triage.compile_rules(rule_rows())  # the rules as shipped, without a database


def categories(text, language="en"):
    return {match.category for match in triage.assess(text, language, rules=RULES)}


# The messages the issue found unflagged, and others written the ways young people write.
@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("I dont feel safe at home", "en", "unsafe_home"),
        ("my dad hit my mum", "en", "physical_abuse"),
        ("I dont want to be alive anymore", "en", "self_harm"),
        ("he punched me", "en", "physical_abuse"),
        ("my mums boyfriend slaps me", "en", "physical_abuse"),
        ("I have been cutting", "en", "self_harm"),
        ("nobody feeds me", "en", "neglect"),
        ("Tata mnie bije", "pl", "physical_abuse"),
        ("MY STEPDAD HITTTING ME AGAIN", "en", "physical_abuse"),
        ("wanna kms", "en", "self_harm"),
        ("my friend says her uncle touches her", "en", "sexual_abuse"),
        ("ojciec bił mamę", "pl", "physical_abuse"),
        ("Ojciec BIJĄ nas", "pl", "physical_abuse"),
        ("tatăl meu mă bate", "ro", "physical_abuse"),
        ("tatal meu ma bate", "ro", "physical_abuse"),
        ("vreau să mor", "ro", "self_harm"),
        ("أبوي يضربني", "ar", "physical_abuse"),
        ("أَبُوي يَضْرِبُنِي", "ar", "physical_abuse"),  # with vowel marks
        ("ابوي يـضـربني", "ar", "physical_abuse"),  # with tatweel
        ("صرت افكر انتحر", "ar", "self_harm"),
        ("a man online says he will post my pics unless i send more", "en", "online_abuse"),
        ("they make me hold drugs for them", "en", "exploitation"),
        ("im 14 and they are making me marry my cousin", "en", "forced_marriage_fgm"),
        ("he said he is going to stab me", "en", "threats_to_life"),
        ("mum says i am worthless and wishes i was never born", "en", "emotional_abuse"),
        ("got kicked out and slept in the park", "en", "unsafe_home"),
    ],
)
def test_disclosures_are_flagged_in_every_language(text, language, category):
    assert category in categories(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "I am afraid of spiders",
        "my dad hit a six at cricket",
        "my brother always beats me at fifa",
        "my mum is gonna kill me when she sees my hair lol",
        "the talk about knife crime was good",
        "we learned about online grooming in PSHE",
        "I'd die for a longer lunch break",
        "i cut my finger in food tech lol",
        "mama mnie zabije jak zobaczy oceny xD",
        "fratele meu m-a batut la sah",
        "رح موت من الملل 😂",
        "I love my school and my friends",
    ],
)
def test_ordinary_messages_are_not_flagged(text):
    assert triage.assess(text, "en", rules=RULES) == []


def test_the_rules_alone_find_every_probe_of_their_families_and_few_ordinary_probes():
    # Messages written on 3 December 2026 to probe each family of words (and ordinary ones close to them),
    # in every language: a change to a rule that loses a family shows here. The model is left out.
    rows = [json.loads(line) for line in (Path(__file__).parent / "data" / "rule_family_probes.jsonl").open()]
    rules = triage.compile_rules(rule_rows())
    missed = [row["text"] for row in rows if row["urgent"] and not triage.assess(row["text"], row["language"], rules)]
    flagged = [row["text"] for row in rows if not row["urgent"] and triage.assess(row["text"], row["language"], rules)]
    assert {row["language"] for row in rows} == {"en", "pl", "ro", "ar"}
    assert not missed
    assert len(flagged) <= 0.1 * sum(not row["urgent"] for row in rows), flagged


def test_a_polish_message_on_the_english_site_is_still_flagged():
    assert "self_harm" in categories("nie chce mi sie zyc", language="en")


def test_match_gives_category_rule_and_the_words_with_their_places():
    text = "Honestly... my step-dad PUNCHES me"
    [match] = [m for m in triage.assess(text, "en", rules=RULES) if m.rule == "A person hurting someone"]
    assert match.category == "physical_abuse"
    words = [word for word, _start, _end in match.words]
    assert words == ["step", "dad", "PUNCHES"]
    for word, start, end in match.words:
        assert text[start:end] == word
    start = text.index("PUNCHES")
    assert match.as_json()["words"][-1] == {"text": "PUNCHES", "start": start, "end": start + 7}


def test_normalise_removes_case_accents_marks_and_unifies_spellings():
    assert triage.normalise("  Café—I’M   scared!! ") == "cafe i am scared"
    assert triage.normalise("Ąę ŁÓDŹ ș ş ț ţ ă â î") == "ae lodz s s t t a a i"
    assert triage.normalise("أُمّي إلى آخِر مدرسة") == "امي الي اخر مدرسه"
    assert triage.normalise("u dont no ur bf") == "you do not no your boyfriend"
    assert triage.normalise("sooooo scaaared") == "so scared"


def test_stems_let_inflections_match():
    for word in ("hit", "hits", "hitting"):
        assert "physical_abuse" in categories(f"my dad {word} me")
    for word in ("bije", "bił", "biją"):
        assert "physical_abuse" in categories(f"ojciec {word} mnie", "pl")


def test_a_rule_can_be_cancelled_by_its_unless_words_nearby():
    rules = triage.compile_rules(
        [
            {
                "name": "hit near me",
                "category": "physical_abuse",
                "language": "en",
                "kind": "near",
                "phrases": "hit*",
                "near_words": "me",
                "window": 2,
                "unless": "pillow*",
            }
        ]
    )
    assert triage.assess("he hit me", rules=rules)
    assert not triage.assess("he hit me with a pillow", rules=rules)


def test_near_rule_needs_the_words_within_the_window():
    rules = triage.compile_rules(
        [
            {
                "name": "dad hits",
                "category": "physical_abuse",
                "language": "en",
                "kind": "near",
                "phrases": "hit*",
                "near_words": "dad",
                "window": 2,
            }
        ]
    )
    assert triage.assess("dad always really hits", rules=rules)
    assert not triage.assess("dad said that the boy in class hits", rules=rules)


def test_a_2000_character_message_never_backtracks_for_long():
    # The 5 ms figure is measured by `evaluate_triage` (1.7 ms here); this only catches a rule that explodes.
    text = ("my dad hit my mum and i dont feel safe at home, tata mnie bije, أبوي يضربني, mama ma bate " * 30)[:2000]
    triage.assess(text, "en", rules=RULES)
    best = float("inf")
    for _ in range(10):
        started = time.process_time()
        triage.assess(text, "en", rules=RULES)
        best = min(best, time.process_time() - started)
    assert best < 0.05


def test_highlight_marks_matched_words_and_escapes_everything():
    text = "<b>he</b> hits me\nnow"
    matches = [m.as_json() for m in triage.assess(text, "en", rules=RULES)]
    html = triage.highlight(text, matches)
    assert "<mark>hits</mark>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert "<br>" in html


# With the database: the seeded rules, the reviewer's edits, the submission and the admin.


def test_rules_are_seeded_for_every_language_and_category(db):
    seeded = set(TriageRule.objects.values_list("language", "category"))
    languages = {language for language, _category in seeded}
    assert languages == {"en", "pl", "ro", "ar"}
    assert {category for _language, category in seeded} >= {
        "self_harm",
        "physical_abuse",
        "sexual_abuse",
        "neglect",
        "exploitation",
        "online_abuse",
        "unsafe_home",
        "forced_marriage_fgm",
        "threats_to_life",
        "emotional_abuse",
    }
    assert TriageRule.objects.filter(kind="near").exists()


def test_earlier_safeguarding_phrases_were_moved_into_rules(db):
    earlier = TriageRule.objects.filter(name__startswith="Earlier safeguarding phrases")
    assert earlier.filter(enabled=True, phrases__contains="hits me").exists()
    # "afraid of" flagged "I am afraid of spiders": kept for reviewers to see, but off.
    assert earlier.filter(enabled=False, phrases__contains="afraid of").exists()
    assert not triage.assess("I am afraid of spiders")


def test_a_phrase_still_added_to_the_earlier_list_is_found(db):
    SafeguardingIndicator.objects.create(category="unsafe", phrase="purple elephant")
    [match] = triage.assess("there is a Purple Elephant in my house")
    assert match.category == "unsafe_home"


def test_reviewer_edits_to_a_rule_take_effect(db):
    def rules_matching(text):  # the statistical model (asked when no rule matches) may read "is after me" as a threat
        return [match.rule for match in triage.assess(text) if match.category != triage.MODEL_CATEGORY]

    assert not rules_matching("the zorblax is after me")
    rule = TriageRule.objects.create(name="Test rule", language="en", category="threats_to_life", phrases="zorblax*")
    assert rules_matching("the zorblax is after me") == ["Test rule"]
    rule.enabled = False
    rule.save()
    assert not rules_matching("the zorblax is after me")


def test_rule_validation_explains_mistakes(db):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="person words"):
        TriageRule(name="x", language="en", category="neglect", kind="near", phrases="hit").full_clean()
    with pytest.raises(ValidationError, match="three letters"):
        TriageRule(name="x", language="en", category="neglect", phrases="h*").full_clean()
    TriageRule(name="x", language="en", category="neglect", phrases="h* me").full_clean()  # specific beside a word


def test_every_seeded_rule_can_be_saved_by_an_editor(db):
    """An editor switching a seeded rule off or on saves it through the same validation."""
    rules = list(TriageRule.objects.all())
    assert len(rules) > 100
    for rule in rules:
        rule.full_clean()


def test_sent_disclosure_records_category_and_words(send, db):
    send(message="tata mnie bije codziennie")
    submission = Submission.objects.get()
    assert submission.urgent
    categories = {match["category"] for match in submission.triage_matches}
    assert "physical_abuse" in categories
    words = {word["text"] for match in submission.triage_matches for word in match["words"]}
    assert "bije" in words
    assert "bije" in submission.matched_indicators


def test_reviewer_sees_matched_words_highlighted_and_escaped(client, reviewer, db):
    text = "<script>x</script> my dad punches me"
    matches = [m.as_json() for m in triage.assess(text)]
    submission = Submission.objects.create(language="en", message=text, urgent=True, triage_matches=matches)
    client.force_login(reviewer)
    html = client.get(reverse("feedback_submission:edit", args=[submission.pk])).content.decode()
    assert "<mark>punches</mark>" in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "<script>x</script>" not in html
    assert "Physical abuse and violence at home" in html


def test_reviewer_can_read_and_edit_rules_in_the_admin(client, reviewer, db):
    client.force_login(reviewer)
    listing = client.get(reverse("feedback_triage_rule:index") + "?language=pl")
    assert listing.status_code == 200
    rule = TriageRule.objects.filter(language="pl").first()
    assert rule.name in listing.content.decode()
    response = client.get(reverse("feedback_triage_rule:edit", args=[rule.pk]))
    assert response.status_code == 200
    assert "A person word near a harm word" in response.content.decode()


def test_other_staff_cannot_edit_rules(client, editor, db):
    client.force_login(editor)
    response = client.get(reverse("feedback_triage_rule:index"))
    assert response.status_code in (302, 403)


# The statistical model, asked when no rule matches.

ZORBLAX_ROWS = [
    *({"text": f"the zorblax {verb} me again", "urgent": True} for verb in ("grabbed", "found", "followed", "hurt")),
    *({"text": f"we had a {thing} at the park", "urgent": False} for thing in ("picnic", "race", "party", "walk")),
]


def test_the_model_flags_what_no_rule_catches_and_says_model_score_and_words():
    model = triage.TriageModel.train(ZORBLAX_ROWS, threshold=0.5, min_count=1)
    rules = triage.compile_rules([], model=model)
    text = "The ZORBLAX is back"
    [match] = triage.assess(text, rules=rules)
    assert match.category == "model"
    assert match.rule.startswith("Statistical model: score ") and "(flags at 0.5)" in match.rule
    assert ("ZORBLAX", 4, 11) in match.words
    assert all(text[start:end] == word for word, start, end in match.words)
    assert triage.assess("a picnic at the park", rules=rules) == []
    assert triage.summary([match]).startswith("Statistical model: ")


def test_the_model_is_not_asked_when_a_rule_matched():
    flags_everything = triage.TriageModel.train(ZORBLAX_ROWS, threshold=-100, min_count=1)
    rule = {"name": "hit", "category": "physical_abuse", "language": "en", "phrases": "hit*"}
    rules = triage.compile_rules([rule], model=flags_everything)
    assert [match.rule for match in triage.assess("he hit me", rules=rules)] == ["hit"]
    assert [match.category for match in triage.assess("a picnic", rules=rules)] == ["model"]


def test_a_long_ordinary_message_does_not_score_high_by_length_alone():
    model = triage.TriageModel.train(ZORBLAX_ROWS, min_count=1)
    short = model.score(triage.normalise("we had a picnic at the park").split())
    long = model.score(triage.normalise("we had a picnic at the park and a race and a walk " * 40).split())
    assert long <= short + 0.5


def test_the_model_is_read_from_its_file_and_again_when_it_changes(tmp_path):
    path = tmp_path / "model.json"
    assert triage.load_model(path) is None
    model = triage.TriageModel.train(ZORBLAX_ROWS, threshold=1.0, min_count=1)
    path.write_text(triage.json.dumps(model.as_json()), encoding="utf-8")
    assert triage.load_model(path).threshold == 1.0
    data = model.as_json() | {"threshold": 2.0}
    path.write_text(triage.json.dumps(data), encoding="utf-8")
    import os

    os.utime(path, ns=(1, 1))  # a different modification time, however fast the writes
    assert triage.load_model(path).threshold == 2.0


def test_the_shipped_rules_and_model_leave_ordinary_messages_alone_in_the_database(db):
    assert triage.load_model() is not None  # shipped with the rules, trained by `manage.py train_triage_model`
    for text in ("I am afraid of spiders", "more clubs please", "my dad hit a six at cricket"):
        assert triage.assess(text) == [], text


# The migrations that bring seeded rules up to date (0007, then 0009): new rules added, untouched rules
# updated, a reviewer's edits kept.

WIDENED = importlib.import_module("feedback.migrations.0007_triage_rules_widened")
GENERALISED = importlib.import_module("feedback.migrations.0009_triage_rules_generalised")
UPDATES = [WIDENED, GENERALISED]  # in order; the last carries the rules as the files have them now
UPDATE = UPDATES[-1]


def _as_file(rule):
    return {name: getattr(rule, name) for name in ("language", "name", *UPDATE.FIELDS)}


def _key(row):
    return (row["language"], row["name"])


def test_the_update_migration_carries_the_rules_in_the_files():
    previous, seed = UPDATE._rows()
    now = {_key(row): row for row in rule_rows()}
    assert seed and all(now[_key(row)] == row for row in seed)
    assert all(key in now for key in previous)


def test_each_update_carries_the_rules_as_the_next_update_found_them():
    # A rule an earlier update seeded is, in the next update's "previous", exactly as that update left it.
    for earlier, later in zip(UPDATES, UPDATES[1:], strict=False):
        _previous, seed = earlier._rows()
        later_previous, _seed = later._rows()
        for row in seed:
            assert later_previous.get(_key(row), row) == row, _key(row)


def test_after_migrating_the_rules_in_the_database_match_the_files(db):
    in_files = sorted(rule_rows(), key=lambda row: (row["language"], row["name"]))
    seeded = TriageRule.objects.exclude(name__startswith="Earlier safeguarding phrases").order_by("language", "name")
    assert [_as_file(rule) for rule in seeded] == sorted(in_files, key=lambda row: (row["language"], row["name"]))


@pytest.mark.parametrize("update", UPDATES, ids=lambda update: update.__name__.rsplit(".", 1)[-1])
def test_the_update_migration_updates_untouched_rules_adds_new_ones_and_keeps_a_reviewers_edits(db, update):
    previous, seed = update._rows()
    carried = {_key(row): row for row in seed}
    # A database seeded before the update: the earlier text of changed rules, and no new rules.
    for row in seed:
        key = _key(row)
        rule = TriageRule.objects.get(language=row["language"], name=row["name"])
        if key in previous:
            TriageRule.objects.filter(pk=rule.pk).update(**{n: previous[key][n] for n in update.FIELDS})
        else:
            rule.delete()
    changed = list(previous)
    edited_key, untouched_key = changed[0], changed[-1]
    assert edited_key != untouched_key
    edited = TriageRule.objects.get(language=edited_key[0], name=edited_key[1])
    edited.phrases += "\r\nzorblax"  # a reviewer's addition
    edited.save()
    untouched = TriageRule.objects.get(language=untouched_key[0], name=untouched_key[1])
    untouched.enabled = False  # switched off, text unchanged: the text is updated, it stays off
    untouched.phrases = untouched.phrases.replace("\n", "\r\n")  # as a browser sends it back
    untouched.save()
    new_count = sum(1 for row in seed if _key(row) not in previous)
    before = TriageRule.objects.count()

    update.update_rules(django_apps, None)

    assert TriageRule.objects.count() == before + new_count
    now = {_key(row): row for row in rule_rows()}
    edited.refresh_from_db()
    assert edited.phrases.endswith("zorblax") and edited.phrases != carried[edited_key]["phrases"]
    untouched.refresh_from_db()
    assert untouched.phrases == carried[untouched_key]["phrases"] and not untouched.enabled
    for key, row in now.items():
        if key != edited_key:
            assert _as_file(TriageRule.objects.get(language=key[0], name=key[1])) == carried.get(key, row)

    update.restore_rules(django_apps, None)  # and back again
    assert TriageRule.objects.count() == before
    untouched.refresh_from_db()
    assert untouched.phrases == previous[untouched_key]["phrases"]
