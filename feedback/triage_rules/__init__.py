"""The triage rules the site starts from, one readable file per language.

A data migration copies them into the database (`feedback.models.TriageRule`), where reviewers edit
them. Changing a file here changes only new installations: edit live rules in the admin.
See `feedback.triage` for how a rule word matches (``*`` endings, stems, "near" rules).
"""

JOKES = ["lol", "lmao*", "haha*", "jk", "joke", "joking", "xd", "hehe*", "😂"]
GAMES = [
    "fifa",
    "fortnite",
    "chess",
    "cricket",
    "football",
    "match",
    "game",
    "xbox",
    "playstation",
    "ps5",
    "pillow*",
    "play fight*",
    "snowball*",
    "water fight",
    "nerf",
    "controller",
    "level",
]


def phrases(name, category, words, unless=(), notes=""):
    return {
        "name": name,
        "category": category,
        "kind": "phrases",
        "phrases": list(words),
        "unless": list(unless),
        "near_words": [],
        "window": 0,
        "notes": notes,
    }


def near(name, category, people, harms, window=3, unless=(), notes=""):
    return {
        "name": name,
        "category": category,
        "kind": "near",
        "phrases": list(harms),
        "near_words": list(people),
        "window": window,
        "unless": list(unless),
        "notes": notes,
    }


def all_rules():
    """{language: [rule, ...]} for every language the form is offered in."""
    from . import ar, en, pl, ro

    return {"en": en.RULES, "pl": pl.RULES, "ro": ro.RULES, "ar": ar.RULES}


def rule_rows():
    """Every rule as the fields of a TriageRule: language, name, category, kind, phrases, near_words, window..."""
    rows = []
    for language, rules in all_rules().items():
        for rule in rules:
            rows.append(
                {
                    "language": language,
                    "name": rule["name"],
                    "category": rule["category"],
                    "kind": rule["kind"],
                    "phrases": "\n".join(rule["phrases"]),
                    "near_words": "\n".join(rule["near_words"]),
                    "window": rule["window"] or 4,
                    "unless": "\n".join(rule["unless"]),
                    "notes": rule.get("notes", ""),
                }
            )
    return rows
