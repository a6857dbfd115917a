"""Find safeguarding indicators in what a young person wrote.

Matching is deliberately generous: a false alarm costs a reviewer a minute,
a missed disclosure costs far more. Text and phrases are reduced the same
way (case, accents, punctuation, common spellings, word endings) and a
phrase matches when its words appear together in the text.
"""

import re
import unicodedata

# Common ways of writing the same thing.
SPELLINGS = {
    "im": "i am",
    "dont": "do not",
    "cant": "cannot",
    "wanna": "want to",
    "gonna": "going to",
    "u": "you",
    "ur": "your",
    "selfharm": "self harm",
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "myslef": "myself",
    "sucide": "suicide",
    "suicde": "suicide",
    "rapped": "raped",
}
# Word forms that endings alone do not explain.
IRREGULAR = {"ran": "run", "beaten": "beat", "hid": "hide", "took": "take", "gave": "give", "threw": "throw"}
ENDINGS = ("ing", "ive", "ed", "es", "er", "s", "e")
DOUBLE_CONSONANT = re.compile(r"([bcdfgklmnprstvz])\1$")


def normalise(text):
    """Lower case, no accents, no punctuation, single spaces, common spellings unified."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    words = []
    for word in re.split(r"[^\w'’]+", text):
        word = word.replace("’", "").replace("'", "").strip("_")
        if word:
            words.append(SPELLINGS.get(word, word))
    return " ".join(" ".join(words).split())


def stem(word):
    """A light stem, so that 'hits', 'hitting' and 'hit' (or 'abuse', 'abused', 'abusive') agree."""
    word = IRREGULAR.get(word, word)
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            return DOUBLE_CONSONANT.sub(r"\1", word) if ending in ("ing", "ed", "er") else word
    return word


def stems(text):
    return " ".join(stem(word) for word in normalise(text).split())


def find_indicators(text, phrases):
    """The phrases (from those given) that occur in text."""
    haystack = f" {stems(text)} "
    return [phrase for phrase in phrases if (needle := stems(phrase)) and f" {needle} " in haystack]
