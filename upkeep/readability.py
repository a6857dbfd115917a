"""How old a reader must be to read a text with ease: the Flesch-Kincaid grade, as a reading age.

Pure Python, for English (the default language's pages). Grade = 0.39 x words per sentence
+ 11.8 x syllables per word - 15.59; a UK reading age is the US school grade + 5. The syllable
count is a rule of thumb (vowel groups, a silent final "e"), good enough to flag hard text.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
# A sentence ends at . ! ? or a line break (headings and list items are sentences too).
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")
VOWEL_GROUP = re.compile(r"[aeiouy]+")
# Too little text for the measure to say anything.
MIN_WORDS = 20


def syllables(word):
    word = word.lower().replace("’", "'").split("'")[0]
    if len(word) <= 3:
        return 1
    count = len(VOWEL_GROUP.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    silent_ending = word.endswith(("ed", "es")) and word[-3] not in "aeiouy"
    if silent_ending and not word.endswith(("ted", "ded", "ses", "zes", "ces", "ges")) and count > 1:
        count -= 1
    return max(count, 1)


@dataclass(frozen=True)
class Reading:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self):
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    @property
    def reading_age(self):
        """Whole years, never below 5 (the measure is meaningless for the very first readers)."""
        return max(5, round(self.grade + 5))

    @property
    def enough_text(self):
        return self.words >= MIN_WORDS


def measure(text):
    """The reading of a plain or HTML text; None when there are no words."""
    plain = strip_tags(text.replace("</p>", "</p>\n").replace("</li>", "</li>\n").replace("<br>", "\n"))
    sentences = [part for part in SENTENCE_END.split(plain) if WORD.search(part)]
    words = WORD.findall(plain)
    if not words:
        return None
    return Reading(words=len(words), sentences=max(1, len(sentences)), syllables=sum(map(syllables, words)))
