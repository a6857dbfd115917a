"""`manage.py evaluate_triage` measures triage on labelled messages, and the rules keep their figures."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

DATA = Path(__file__).parent / "data"


def evaluate(path, tmp_path):
    report, out = StringIO(), tmp_path / "results.json"
    call_command("evaluate_triage", str(path), json=str(out), stdout=report)
    return report.getvalue(), json.loads(out.read_text(encoding="utf-8"))


def test_development_set_recall_100_and_false_positives_at_most_15_percent(db, tmp_path):
    report, results = evaluate(DATA / "dev.jsonl", tmp_path)
    assert results["messages"] == 160
    assert results["recall"] == 1.0, [row["text"] for row in results["misses"]]
    assert results["false_positive_rate"] <= 0.15, [row["text"] for row in results["false_positives"]]
    assert 0 < results["ms_for_2000_characters"] < 50  # reported; the 5 ms floor is read from the report
    assert "Recall: 100.0% (74 of 74)" in report
    assert "False-positive rate:" in report and "Time per message:" in report


def test_own_held_out_messages_meet_the_held_out_targets(db, tmp_path):
    _report, results = evaluate(DATA / "own_holdout.jsonl", tmp_path)
    assert {row["language"] for row in map(json.loads, (DATA / "own_holdout.jsonl").open())} == {"en", "pl", "ro", "ar"}
    assert results["recall"] >= 0.9, [row["text"] for row in results["misses"]]
    assert results["false_positive_rate"] <= 0.2, [row["text"] for row in results["false_positives"]]


def test_report_lists_each_miss_and_false_positive(db, tmp_path):
    data = tmp_path / "few.jsonl"
    rows = [
        {"text": "the weather is nice", "language": "en", "urgent": True},
        {"text": "he punches me every day", "language": "en", "urgent": True},
        {"text": "I dont feel safe at home", "language": "en", "urgent": False},
        {"text": "more clubs please", "language": "en", "urgent": False},
    ]
    data.write_text("\n".join(json.dumps(row) for row in rows) + "\n\n", encoding="utf-8")
    report, results = evaluate(data, tmp_path)
    assert results["recall"] == 0.5 and results["false_positive_rate"] == 0.5
    assert [row["text"] for row in results["misses"]] == ["the weather is nice"]
    assert results["false_positives"][0]["matches"][0]["category"] == "unsafe_home"
    assert "Recall: 50.0% (1 of 2)" in report
    assert results["by_language"]["en"] == {"urgent": 2, "found": 1, "ordinary": 2, "flagged": 1}
    assert "[en] found 1 of 2 urgent, flagged 1 of 2 ordinary" in report
    assert "[en] the weather is nice" in report
    assert "I dont feel safe at home  <- unsafe_home:" in report


def test_json_alone_prints_json(db, tmp_path):
    data = tmp_path / "one.jsonl"
    data.write_text('{"text": "he hit me", "language": "en", "urgent": true}\n', encoding="utf-8")
    out = StringIO()
    call_command("evaluate_triage", str(data), "--json", stdout=out)
    assert json.loads(out.getvalue())["recall"] == 1.0


def test_a_malformed_line_is_reported_with_its_number(db, tmp_path):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"text": "fine", "urgent": false}\n{"language": "en"}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="bad.jsonl:2"):
        call_command("evaluate_triage", str(data), stdout=StringIO())


def test_train_triage_model_writes_a_model_that_flags_at_most_the_allowed_share_out_of_fold(tmp_path):
    out, report = tmp_path / "model.json", StringIO()
    call_command("train_triage_model", "--out", str(out), "--max-false-positives", "0.1", stdout=report)
    text = report.getvalue()
    assert "Trained on " in text and "flags at score " in text
    false_positive_rate = float(text.split("false-positive rate ")[1].split("%")[0])
    assert false_positive_rate <= 10.0
    from feedback import triage

    model = triage.load_model(out)
    assert model.threshold > 0 and len(model.weights) > 1000


def test_the_shipped_model_is_the_one_trained_from_the_data_in_the_repository(tmp_path):
    from feedback import triage

    out = tmp_path / "model.json"
    call_command("train_triage_model", "--out", str(out), stdout=StringIO())
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(triage.MODEL_PATH.read_text(encoding="utf-8"))
