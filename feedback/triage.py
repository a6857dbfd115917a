"""Find signs that a young person is being hurt in what they wrote, in English, Polish, Romanian or Arabic.

Matching is deliberately generous: a false alarm costs a reviewer a minute, a missed disclosure costs
far more. Triage is only a priority: every message is still read by a person.

Text and rules are reduced the same way (`normalise`): case, accents and diacritics, Arabic letter
forms and vowel marks, repeated letters, and common text spellings ("dont", "u", "bf"). A rule word
then matches a word of the message when

- they are the same, or have the same light stem in the rule's language ("hits", "hitting" ~ "hit");
- the rule word ends in ``*`` and the message word starts with it ("bij*" finds "bije", "bijesz");
- the rule word starts with ``*`` and the message word ends with it ("*ني" finds "ضربني");
- the rule word starts and ends in ``*`` and the message word contains it ("*ضرب*" finds "بيضربني").

A phrase is several rule words that must follow one another. A "near" rule matches when a phrase from
one list (people: "dad", "my uncle") comes within a number of words of a phrase from another (harm:
"hit*", "touch*"), in either order, unless a phrase from its "unless" list is in that stretch too
(games and jokes: "fifa", "lol").

Rules live in the database (`feedback.models.TriageRule`), seeded from ``feedback/triage_rules/``.
Every message is checked against the rules of every language, since a child may write in Polish on
the English site; the site's language only decides which language's rules are listed first.
"""

import json
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# Common ways young people write the same thing, after case, accents and apostrophes are removed.
SPELLINGS = {
    "im": "i am",
    "ive": "i have",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "cannot": "can not",
    "wont": "will not",
    "isnt": "is not",
    "wasnt": "was not",
    "havent": "have not",
    "aint": "is not",
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    "theyll": "they will",
    "itll": "it will",
    "il": "i will",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "u": "you",
    "ya": "you",
    "ur": "your",
    "r": "are",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "bro": "brother",
    "sis": "sister",
    "mom": "mum",
    "mam": "mum",
    "mommy": "mum",
    "mummy": "mum",
    "daddy": "dad",
    "stepdad": "step dad",
    "stepmum": "step mum",
    "stepmom": "step mum",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "bc": "because",
    "ppl": "people",
    "idk": "i do not know",
    "noone": "nobody",
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "myslef": "myself",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "sucidal": "suicidal",
    "threatend": "threatened",
    "threatned": "threatened",
    "thretened": "threatened",
    "thretend": "threatened",
    "wacks": "whacks",
    "wacked": "whacked",
    "wacking": "whacking",
    "tuched": "touched",
    "tuches": "touches",
    "tuch": "touch",
    "slef": "self",
    "rapped": "raped",
    "scard": "scared",
    "skared": "scared",
    "alot": "a lot",
    "nudez": "nudes",
    "pix": "pics",
    # Arabic "and" and "not" written onto the next word: "وما بدي" is "و ما بدي", "مابدي" is "ما بدي".
    "وما": "و ما",
    "ولا": "و لا",
    "ومش": "و مش",
    "وانا": "و انا",
    "مابدي": "ما بدي",
    "مابي": "ما ابي",
    "مابغي": "ما ابغي",
    "مااقدر": "ما اقدر",
    "ماقدر": "ما اقدر",
    "مشعايز": "مش عايز",
}

ARABIC_LETTERS = str.maketrans(
    {
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ـ": None,  # tatweel
        "گ": "ك",
        "ک": "ك",
        "ی": "ي",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
    }
)
OTHER_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "’": "", "'": "", "`": ""}
# Laughing faces read as "lol", so a rule can tell a joke ("gonna kill her 😂") from a threat.
OTHER_LETTERS.update(dict.fromkeys("😂🤣😆😹", " lol "))
REPEATS = re.compile(r"(\D)\1+")
# A written word: letters with their accents and vowel marks, and apostrophes inside it; or a laughing face.
RAW_WORD = re.compile(
    r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640]+(?:['’`][\w\u0300-\u036f]+)*|[😂🤣😆😹]"
)


@lru_cache(maxsize=4096)
def _fold_character(char):
    if char in OTHER_LETTERS:
        return OTHER_LETTERS[char]
    folded = unicodedata.normalize("NFKD", char.casefold())
    folded = "".join(OTHER_LETTERS.get(c, c) for c in folded if not unicodedata.combining(c))
    return folded.translate(ARABIC_LETTERS)


@lru_cache(maxsize=65536)
def fold(word):
    """Case, accents, Arabic forms and repeated letters removed: 'Bił' -> 'bil', 'HELLLP' -> 'help'."""
    return REPEATS.sub(r"\1", "".join(_fold_character(c) for c in word))


# The spellings as words are looked up: folded, so "wanna" (folded "wana") and "theyll" are found too.
FOLDED_SPELLINGS = {fold(written): meant for written, meant in SPELLINGS.items()}


@lru_cache(maxsize=65536)
def _words_of(raw):
    # A written word as the words triage compares: "don't" -> ("do", "not"), "Bił" -> ("bil",).
    word = fold(raw).strip("_")
    if not word:
        return ()
    return tuple(fold(part) for part in FOLDED_SPELLINGS.get(word, word).split())


def tokens(text):
    """The words of text as (word, start, end) in the original text, spellings unified."""
    return [
        (word, found.start(), found.end())
        for found in RAW_WORD.finditer(text or "")
        for word in _words_of(found.group())
    ]


def normalise(text):
    """Text reduced to words as triage compares them: 'I’M   scared!!' -> 'i am scared'."""
    return " ".join(word for word, _start, _end in tokens(text))


# Light stems: enough that the usual endings of a word agree, never a full dictionary.
IRREGULAR = {"ran": "run", "beaten": "beat", "hid": "hide", "took": "take", "gave": "give", "threw": "throw"}
ENDINGS = {
    "en": ("ing", "ive", "ed", "es", "er", "in", "s", "e"),  # "in": "hittin", "punchin" as written
    "pl": ("ami", "ach", "ego", "emu", "owi", "cie", "esz", "emy", "ecie", "ie", "ia", "a", "e", "i", "y", "o", "u"),
    "ro": ("ului", "ilor", "ele", "ile", "ul", "ea", "ii", "le", "a", "e", "i", "u"),
    "ar": ("ني", "ها", "هم", "هن", "كم", "نا", "ون", "ين", "ات", "وا", "ه", "ك", "ي"),
}
ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف")


@lru_cache(maxsize=65536)
def stem(word, language="en"):
    """A light stem of a folded word: 'hits', 'hitting' -> 'hit'; 'bije' -> 'bij'."""
    if language == "en":
        word = IRREGULAR.get(word, word)
    elif language == "ar":
        for prefix in ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix) :]
                break
    for ending in ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True, eq=False)  # one object per distinct rule word (see parse), so hashing is by identity
class RuleWord:
    text: str
    how: str  # "word", "prefix", "suffix", "contains"
    language: str

    @staticmethod
    @lru_cache(maxsize=65536)
    def parse(raw, language):
        if raw.startswith("*") and raw.endswith("*") and len(raw) > 2:
            return RuleWord(fold(raw.strip("*")), "contains", language)
        if raw.endswith("*") and len(raw) > 1:
            return RuleWord(fold(raw.rstrip("*")), "prefix", language)
        if raw.startswith("*") and len(raw) > 1:
            return RuleWord(fold(raw.lstrip("*")), "suffix", language)
        return RuleWord(stem(fold(raw), language), "word", language)


def parse_phrases(lines, language):
    """Each line a phrase: a tuple of RuleWords. Spellings are unified as in messages."""
    phrases = []
    for line in lines:
        words = []
        for raw in line.split():
            if raw.endswith("*") or raw.startswith("*"):
                words.append(RuleWord.parse(raw, language))
            else:
                words.extend(RuleWord.parse(word, language) for word, _s, _e in tokens(raw))
        if words:
            phrases.append(tuple(words))
    return phrases


@dataclass
class CompiledRule:
    pk: object
    name: str
    category: str
    language: str
    phrases: list  # for a "near" rule, the harm phrases
    near: list = field(default_factory=list)  # people phrases, for a "near" rule
    window: int = 0
    unless: list = field(default_factory=list)


@dataclass(frozen=True)
class Match:
    category: str
    rule: str
    rule_id: object
    words: tuple  # ((word as written, start, end), ...)

    def as_json(self):
        return {
            "category": self.category,
            "rule": self.rule,
            "rule_id": self.rule_id,
            "words": [{"text": text, "start": start, "end": end} for text, start, end in self.words],
        }


def _trie_add(trie, text, rule_word):
    node = trie
    for char in text:
        node = node.setdefault(char, {})
    node.setdefault(None, set()).add(rule_word)


def _trie_walk(trie, chars, found):
    node = trie
    for char in chars:
        node = node.get(char)
        if node is None:
            return
        if None in node:
            found.update(node[None])


class Ruleset:
    """Compiled rules with every rule word indexed, so a message's words are looked up, not searched for.

    ``model`` (see `TriageModel`) is asked only when no rule matches.
    """

    def __init__(self, rules, model=None):
        self.rules = list(rules)
        self.model = model
        self.languages = sorted({rule.language for rule in self.rules})
        self.exact = {}  # (language, stem) -> rule words
        self.prefixes, self.suffixes, self.infixes = {}, {}, {}  # tries of characters
        # A rule's phrases are tried only when their longest (rarest) word is in the message; its "near" and
        # "unless" phrases only when one of its phrases was found (see Message.spans).
        self.by_key_word = {}  # rule word -> [(rule number, "phrases", phrase)]
        # Many rules share their lists of people or exceptions (VICTIMS + PEOPLE, GAMES + JOKES): each distinct
        # list gets a number, so that a message looks for it once however many rules use it.
        self.list_number = {}  # (rule number, "near"/"unless") -> number of the distinct list
        distinct = {}
        for number, rule in enumerate(self.rules):
            for phrase in rule.phrases:
                key = max(phrase, key=lambda word: len(word.text))
                self.by_key_word.setdefault(key, []).append((number, "phrases", phrase))
            for role in ("near", "unless"):
                self.list_number[(number, role)] = distinct.setdefault(tuple(getattr(rule, role)), len(distinct))
            for phrase in (*rule.phrases, *rule.near, *rule.unless):
                for word in phrase:
                    if word.how == "word":
                        self.exact.setdefault((word.language, word.text), set()).add(word)
                    elif word.how == "prefix":
                        _trie_add(self.prefixes, word.text, word)
                    elif word.how == "suffix":
                        _trie_add(self.suffixes, word.text[::-1], word)
                    else:
                        _trie_add(self.infixes, word.text, word)
        self._matching = {}  # folded word -> rule words; grows only with the words of messages read

    def __len__(self):
        return len(self.rules)

    def words_matching(self, token):
        """Every rule word that matches one (folded) word of a message."""
        found = self._matching.get(token)
        if found is not None:
            return found
        found = set()
        arabic = "\u0600" <= token[:1] <= "\u06ff"
        for language in self.languages:
            # A word in Arabic letters is looked up in the Arabic rules only; a word in Latin letters in
            # every language's, Arabic too (Arabic written in Latin letters and digits: "3ayza amoot").
            if language == "ar" or not arabic:
                found.update(self.exact.get((language, token), ()))
                found.update(self.exact.get((language, stem(token, language)), ()))
        _trie_walk(self.prefixes, token, found)
        _trie_walk(self.suffixes, token[::-1], found)
        for start in range(len(token)):
            _trie_walk(self.infixes, token[start:], found)
        if len(self._matching) < 100_000:
            self._matching[token] = found
        return found


class Message:
    """A message's words, and where each rule word occurs in it."""

    def __init__(self, text, ruleset):
        self.text = text or ""
        self.words = tokens(self.text)
        self.hits = {}  # rule word -> set of positions
        places = {}
        for position, (word, _start, _end) in enumerate(self.words):
            places.setdefault(word, []).append(position)
        for word, positions in places.items():
            for rule_word in ruleset.words_matching(word):
                if rule_word in self.hits:
                    self.hits[rule_word].update(positions)
                else:
                    self.hits[rule_word] = set(positions)
        # Where each rule's phrases occur: (rule number, role) -> [(first, last), ...]. The "near" and "unless"
        # phrases are looked for later, and only for the rules whose phrases were found.
        self.ruleset = ruleset
        self.found = {}
        self._starts = {}  # the same phrase ("me", "my dad") is in many rules: it is looked for once
        self._list_spans = {}  # and so is the same list of people or exceptions (see Ruleset.list_number)
        for rule_word in self.hits:
            for number, role, phrase in ruleset.by_key_word.get(rule_word, ()):
                spans = self.starts_of(phrase)
                if spans:
                    self.found.setdefault((number, role), []).extend(spans)

    def starts_of(self, phrase):
        spans = self._starts.get(phrase)
        if spans is None:
            spans = self._starts[phrase] = self.phrase_starts(phrase)
        return spans

    def phrase_starts(self, phrase):
        """Each occurrence of phrase, as (first position, last position)."""
        hits = self.hits
        starts = hits.get(phrase[0], ())
        for offset in range(1, len(phrase)):
            positions = hits.get(phrase[offset])
            if not positions:
                return []
            starts = [start for start in starts if start + offset in positions]
        return [(start, start + len(phrase) - 1) for start in sorted(starts)]

    def spans(self, number, role):
        """Where the rule's phrases (role "phrases"), people ("near") or exceptions ("unless") occur."""
        if role == "phrases":
            return self.found.get((number, role), ())
        key = self.ruleset.list_number[(number, role)]
        spans = self._list_spans.get(key)
        if spans is None:
            phrases = getattr(self.ruleset.rules[number], role)
            hits = self.hits  # a phrase whose first word is not in the message is not there
            spans = sorted(span for phrase in phrases if phrase[0] in hits for span in self.starts_of(phrase))
            self._list_spans[key] = spans
        return spans

    def quoted(self, first, last):
        seen, result = set(), []
        for _word, start, end in self.words[first : last + 1]:
            if (start, end) not in seen:
                seen.add((start, end))
                result.append((self.text[start:end], start, end))
        return result


# How far (in words) a rule's "unless" phrase reaches from a match: "kill me ... if i fail my mocks haha".
UNLESS_REACH = 8


def _cancelled(message, number, rule, first, last):
    unless = message.spans(number, "unless")
    if not unless:
        return False
    reach = max(rule.window, UNLESS_REACH)
    low, high = first - reach, last + reach
    return any(low <= a and b <= high for a, b in unless)


def match_rule(message, number, rule):
    """The first place a rule (the ruleset's rule number) matches the message, as a Match, or None."""
    harms = sorted(message.spans(number, "phrases"))
    if not harms:
        return None
    if not rule.near:
        for first, last in harms:
            if not _cancelled(message, number, rule, first, last):
                return Match(rule.category, rule.name, rule.pk, tuple(message.quoted(first, last)))
        return None
    people = message.spans(number, "near")  # sorted
    if not people:
        return None
    # Only the people that can be within the window of a harm are tried (found by halving, not one by one).
    firsts = [person_first for person_first, _last in people]
    longest = max(last - first for first, last in people)
    for harm_first, harm_last in harms:
        low = bisect_left(firsts, harm_first - rule.window - 1 - longest)
        high = bisect_right(firsts, harm_last + rule.window + 1)
        for person_first, person_last in people[low:high]:
            gap = max(harm_first - person_last, person_first - harm_last) - 1  # words between them
            if gap <= rule.window and (harm_first, harm_last) != (person_first, person_last):
                first, last = min(harm_first, person_first), max(harm_last, person_last)
                if not _cancelled(message, number, rule, first, last):
                    quoted = message.quoted(person_first, person_last) + message.quoted(harm_first, harm_last)
                    return Match(rule.category, rule.name, rule.pk, tuple(sorted(set(quoted), key=lambda w: w[1])))
    return None


def compile_rules(rules, model=None):
    """A Ruleset from TriageRule-like objects (or dicts with the same fields), and the model if given."""
    compiled = []
    for rule in rules:
        get = rule.get if isinstance(rule, dict) else lambda name, default=None, rule=rule: getattr(rule, name, default)
        language = get("language") or "en"
        kind = get("kind") or ("near" if get("near_words") else "phrases")
        compiled.append(
            CompiledRule(
                pk=get("pk"),
                name=get("name"),
                category=get("category"),
                language=language,
                phrases=parse_phrases(_lines(get("phrases")), language),
                near=parse_phrases(_lines(get("near_words", "")), language) if kind == "near" else [],
                window=get("window", 0) or 0,
                unless=parse_phrases(_lines(get("unless", "")), language),
            )
        )
    return Ruleset(compiled, model=model)


def _lines(value):
    if not value:
        return []
    if isinstance(value, str):
        value = value.splitlines()
    return [line.strip() for line in value if line.strip() and not line.strip().startswith("#")]


def load_rules(language="en"):
    """The enabled rules, compiled, the site language's first; phrases still in the earlier list too."""
    from feedback.models import SafeguardingIndicator, TriageRule
    from feedback.models.triage import INDICATOR_CATEGORIES

    rules = list(TriageRule.objects.for_triage(language))
    earlier = {}
    for category, phrase in SafeguardingIndicator.objects.values_list("category", "phrase"):
        earlier.setdefault(INDICATOR_CATEGORIES.get(category, category), []).append(phrase)
    rules += [
        {"pk": None, "name": "Safeguarding phrases list", "category": category, "language": "en", "phrases": phrases}
        for category, phrases in earlier.items()
    ]
    return compile_rules(rules, model=load_model())


def assess(text, language="en", rules=None):
    """Every rule that matches text, as a list of Matches (one per rule, in the order of the rules).

    ``rules`` is a compiled Ruleset (see `compile_rules`); without them the enabled rules are read from
    the database, with the site language's rules first.
    """
    if rules is None:
        rules = load_rules(language)
    message = Message(text, rules)
    numbers = sorted({number for number, role in message.found if role == "phrases"})
    found = [found for number in numbers if (found := match_rule(message, number, rules.rules[number]))]
    if not found and rules.model is not None:
        found = rules.model.assess(message)
    return found


# The statistical model: naive Bayes over pieces of 3 to 5 letters of the normalised words, trained by
# `manage.py train_triage_model` from the labelled messages in the repository (see docs/triage.md).
MODEL_PATH = Path(__file__).parent / "triage_rules" / "model.json"
MODEL_CATEGORY = "model"
GRAM_SIZES = (3, 4, 5)


@lru_cache(maxsize=4096)
def word_grams(word):
    """The pieces of 3 to 5 characters of " word " (a space each side marks its start and end)."""
    text = f" {word} "
    return frozenset(text[i : i + n] for n in GRAM_SIZES for i in range(len(text) - n + 1))


def grams(words):
    """The distinct pieces of all the words (each word on its own: fast, and word order does not matter)."""
    pieces = set()
    for word in set(words):
        pieces |= word_grams(word)
    return pieces


class TriageModel:
    """Weights of letter pieces (log odds of urgent against ordinary, from naive Bayes).

    A message's score is the sum of the weights of the pieces it has, divided by the square root of how
    many it has: long ordinary messages would otherwise add up to a high score by length alone.
    """

    def __init__(self, weights, threshold, about=None):
        self.weights, self.threshold, self.about = weights, threshold, about or {}

    @classmethod
    def train(cls, rows, threshold=0.0, min_count=2):
        """Naive Bayes from rows of {"text", "urgent"}; pieces seen fewer than min_count times are left out."""
        counts = {True: {}, False: {}}
        documents = {True: 0, False: 0}
        for row in rows:
            label = bool(row["urgent"])
            documents[label] += 1
            for gram in grams(normalise(row["text"]).split()):
                counts[label][gram] = counts[label].get(gram, 0) + 1
        weights = {}
        for gram in counts[True].keys() | counts[False].keys():
            urgent, ordinary = counts[True].get(gram, 0), counts[False].get(gram, 0)
            if urgent + ordinary >= min_count:
                seen_urgent = (urgent + 1) / (documents[True] + 2)
                seen_ordinary = (ordinary + 1) / (documents[False] + 2)
                weights[gram] = round(math.log(seen_urgent) - math.log(seen_ordinary), 3)
        return cls(weights, threshold, {"urgent": documents[True], "ordinary": documents[False]})

    def score(self, words):
        known = [weight for weight in map(self.weights.get, grams(words)) if weight is not None]
        return sum(known) / math.sqrt(len(known)) if known else 0.0

    def assess(self, message):
        """[Match] when the message's score reaches the threshold, quoting the words that weighed most."""
        words = [word for word, _start, _end in message.words]
        if not words:
            return []
        score = self.score(words)
        if score < self.threshold:
            return []
        weights = self.weights
        weight = {word: sum(weights.get(gram, 0.0) for gram in grams([word])) for word in set(words)}
        heaviest = sorted(set(words), key=weight.get, reverse=True)[:3]
        positions = [position for position, word in enumerate(words) if word in heaviest and weight[word] > 0]
        quoted = [piece for position in positions for piece in message.quoted(position, position)]
        rule = f"Statistical model: score {score:.2f} (flags at {self.threshold:g}); no rule matched"
        return [Match(MODEL_CATEGORY, rule, None, tuple(dict.fromkeys(quoted)))]

    def as_json(self):
        return {"threshold": self.threshold, "about": self.about, "weights": self.weights}

    @classmethod
    def from_json(cls, data):
        return cls(data["weights"], data["threshold"], data.get("about"))


@lru_cache(maxsize=4)
def _read_model(path, modified):
    return TriageModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def load_model(path=MODEL_PATH):
    """The trained model kept with the rules (a file in the repository), or None when there is none.

    It is read once per process and again when the file changes: it is code-like data, not a page.
    """
    path = Path(path)
    try:
        modified = path.stat().st_mtime_ns
    except FileNotFoundError:
        return None
    return _read_model(str(path), modified)


def summary(matches):
    """One line per match for people and exports: 'Self-harm and suicide: cutting my'."""
    from feedback.models.triage import TriageCategory

    labels = {**dict(TriageCategory.choices), MODEL_CATEGORY: "Statistical model"}
    return "\n".join(
        f"{labels.get(m.category, m.category)}: {' '.join(word for word, _s, _e in m.words)}" for m in matches
    )


def highlight(text, matches):
    """The message as HTML, every matched word wrapped in <mark>; all of the text escaped."""
    from django.utils.html import escape
    from django.utils.safestring import mark_safe

    spans = sorted({(w["start"], w["end"]) for m in matches or [] for w in m.get("words", []) if w["start"] < w["end"]})
    text = text or ""
    pieces, cursor = [], 0
    for start, end in spans:
        if start < cursor or end > len(text):
            continue
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(escape(text[cursor:]))
    html = "".join(pieces).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
    return mark_safe(html)  # noqa: S308 - every piece of the text is escaped above


# The earlier phrase-list interface, still used by the benchmark data builder.
def stems(text):
    return " ".join(stem(word) for word in normalise(text).split())


def find_indicators(text, phrases):
    """The phrases (from those given) that occur in text."""
    haystack = f" {stems(text)} "
    return [phrase for phrase in phrases if (needle := stems(phrase)) and f" {needle} " in haystack]
