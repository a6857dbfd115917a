"""Measure triage against labelled messages: how many urgent ones it finds, and how many ordinary ones it flags."""

import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from feedback import triage


def evaluate(rows, ruleset):
    """Figures and every miss and false positive for rows of {"text", "language", "urgent"}."""
    misses, false_positives, timings = [], [], []
    urgent = flagged_urgent = ordinary = 0
    by_language = {}
    for number, row in enumerate(rows, 1):
        started = time.process_time()
        matches = triage.assess(row["text"], row.get("language") or "en", rules=ruleset)
        timings.append(time.process_time() - started)
        entry = {
            "line": number,
            "language": row.get("language", ""),
            "text": row["text"],
            "matches": [match.as_json() for match in matches],
        }
        counts = by_language.setdefault(entry["language"], dict.fromkeys(("urgent", "found", "ordinary", "flagged"), 0))
        if row["urgent"]:
            urgent += 1
            flagged_urgent += bool(matches)
            counts["urgent"] += 1
            counts["found"] += bool(matches)
            if not matches:
                misses.append(entry)
        else:
            ordinary += 1
            counts["ordinary"] += 1
            counts["flagged"] += bool(matches)
            if matches:
                false_positives.append(entry)
    return {
        "messages": len(rows),
        "urgent": urgent,
        "ordinary": ordinary,
        "recall": flagged_urgent / urgent if urgent else 1.0,
        "false_positive_rate": len(false_positives) / ordinary if ordinary else 0.0,
        "ms_per_message": 1000 * sum(timings) / len(timings) if timings else 0.0,
        "ms_for_2000_characters": time_long_message(rows, ruleset),
        "by_language": {language: by_language[language] for language in sorted(by_language)},
        "misses": misses,
        "false_positives": false_positives,
    }


def time_long_message(rows, ruleset, repeats=20):
    """Processor time for a 2,000-character message made of the file's texts (best of several tries).

    Two such messages are timed, one of all the texts and one of the ordinary texts alone (no rule
    matches it, so the model is asked too); the slower is reported.
    """
    slowest = 0.0
    for chosen in (rows, [row for row in rows if not row["urgent"]]):
        text = " ".join(row["text"] for row in chosen)
        if not text:
            continue
        text = (text * (2000 // len(text) + 1))[:2000]
        best = float("inf")
        for _ in range(repeats):
            started = time.process_time()
            triage.assess(text, "en", rules=ruleset)
            best = min(best, time.process_time() - started)
        slowest = max(slowest, best)
    return 1000 * slowest


def read_rows(path):
    rows = []
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                row["text"], row["urgent"] = str(row["text"]), bool(row["urgent"])
            except (ValueError, KeyError, TypeError) as error:
                raise CommandError(f"{path}:{number}: not a JSON object with text and urgent ({error})") from error
            rows.append(row)
    return rows


class Command(BaseCommand):
    help = 'Evaluate triage on JSON lines {"text", "language", "urgent"}: recall, false-positive rate, timing.'

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON lines, one message each.")
        parser.add_argument(
            "--json",
            nargs="?",
            const="-",
            metavar="PATH",
            help="Write the results as JSON, to PATH or (without it) instead of the report.",
        )

    def handle(self, *args, file, json=None, **options):
        rows = read_rows(file)
        ruleset = triage.load_rules()
        results = evaluate(rows, ruleset)
        if json:
            text = _json_dumps(results)
            if json == "-":
                self.stdout.write(text)
                return
            Path(json).write_text(text + "\n", encoding="utf-8")
        self.stdout.write(self.report(results, len(ruleset)))

    def report(self, results, rule_count):
        lines = [
            f"Messages: {results['messages']} ({results['urgent']} urgent, {results['ordinary']} not), "
            f"{rule_count} rules",
            f"Recall: {results['recall']:.1%} ({results['urgent'] - len(results['misses'])} of {results['urgent']})",
            f"False-positive rate: {results['false_positive_rate']:.1%} "
            f"({len(results['false_positives'])} of {results['ordinary']})",
            f"Time per message: {results['ms_per_message']:.2f} ms; "
            f"a 2,000-character message: {results['ms_for_2000_characters']:.2f} ms (processor time)",
        ]
        for language, counts in results.get("by_language", {}).items():
            lines.append(
                f"  [{language or '?'}] found {counts['found']} of {counts['urgent']} urgent, "
                f"flagged {counts['flagged']} of {counts['ordinary']} ordinary"
            )
        lines.append(f"Missed ({len(results['misses'])}):")
        lines += [f"  [{row['language']}] {row['text']}" for row in results["misses"]] or ["  none"]
        lines.append(f"False positives ({len(results['false_positives'])}):")
        for row in results["false_positives"]:
            found = "; ".join(
                f"{match['category']}: {' '.join(word['text'] for word in match['words'])}" for match in row["matches"]
            )
            lines.append(f"  [{row['language']}] {row['text']}  <- {found}")
        if not results["false_positives"]:
            lines.append("  none")
        return "\n".join(lines)


def _json_dumps(results):
    return json.dumps(results, ensure_ascii=False, indent=2)
