"""Site search ranked in this process from the search index Wagtail keeps in PostgreSQL.

Wagtail's database backend finds the pages holding every word of a search, then ranks
each with `ts_rank` in SQL and counts them in a second query: at 10,000 resources a
search such as "domestic abuse" matches 2,200 pages and spends 45 ms in PostgreSQL,
several times a page's whole budget. The vectors it reads (wagtailsearch_indexentry)
change only when something is published, unpublished, moved or deleted, or a document
is saved, and each of those starts a new cache generation (home/cache.py). So each
process reads the vectors once per generation and, per lexeme, what it adds to each
page's rank; a search then adds up a few numbers per match.

Which pages match is the backend's: those holding every word, in title or body.
The rank is PostgreSQL's `ts_rank` for the words joined by OR (tsrank.c, calc_rank_or:
how often each word appears and in which field, the title's share times its
`title_norm`, weights from modelsearch), not the AND form the backend uses, which also
weighs how close the words are and so cannot be summed per word ahead of time; ties go
to the newest page, as in the backend. tests/home/test_search_index.py checks matches,
count and rank against PostgreSQL's own.

PostgreSQL still turns the reader's words into lexemes (`to_tsquery`, one query), so
stemming and stop words stay the database's. A search whose words do not come out as
plain lexemes, and every search on SQLite (the demo's database, whose FTS5 index holds
no vectors to read), goes to Wagtail's backend as before. Nothing of the reader's words
is kept.
"""

import heapq
import re

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Page, get_page_models

from home.memory import remembered
from home.view_restrictions import public

# modelsearch splits a plain-text query into terms on spaces and hyphens.
TERM_SEPARATORS = re.compile(r"[\s\-]+")
# One lexeme of a tsvector's text form: 'word':1A,5,9B (quotes doubled inside).
VECTOR_ENTRY = re.compile(r"'((?:[^']|'')*)'(?::([0-9A-D,]+))?")
# A tsquery that is only lexemes joined by AND: 'abus' & 'domest'.
AND_OF_LEXEMES = re.compile(r"^'(?:[^']|'')*'(?: & '(?:[^']|'')*')*$")
QUERY_LEXEME = re.compile(r"'((?:[^']|'')*)'")
# calc_rank_or divides each lexeme's score by the limit of sum(1/i^2), pi^2/6.
PI_SQUARED_OVER_6 = 1.64493406685
WEIGHT_INDEX = {"D": 0, "C": 1, "B": 2, "A": 3}


def available():
    return connection.vendor == "postgresql"


class Postings:
    """Per lexeme, the entries that hold it and what it adds to each one's rank (before the
    division by the number of words, which changes no order)."""

    def __init__(self, scores):
        self.scores = scores  # {lexeme: {object id: score}}
        # Each lexeme's entries best first, ties newest first: (score, id) descending.
        self.best_first = {
            lexeme: sorted(((score, pk) for pk, score in per_entry.items()), reverse=True)
            for lexeme, per_entry in scores.items()
        }

    def count(self, lexemes):
        """How many entries hold every lexeme."""
        common = self.scores.get(lexemes[0], {}).keys()
        for lexeme in lexemes[1:]:
            common = common & self.scores.get(lexeme, {}).keys()  # set intersection, in C
        return len(common)

    def top(self, lexemes, k):
        """The ids of the best `k` entries holding every lexeme: rank descending, then id descending.

        Fagin's threshold algorithm: walk every lexeme's entries best first, side by side,
        adding up each new entry's rank; stop once the k-th best beats anything not yet
        seen, whose rank is at most the sum of the scores just read (and, on a tie, whose id
        is lower than every id just read, as the lists put the newest first on a tie). A
        page of results reads a few dozen entries, not the 2,000 that match.
        """
        if k <= 0:
            return []
        lists = [self.best_first.get(lexeme, []) for lexeme in lexemes]
        per_entry = [self.scores.get(lexeme, {}) for lexeme in lexemes]
        best, seen = [], set()  # best: a min-heap of (rank, id), at most k long
        for depth in range(min(map(len, lists))):
            threshold, lowest_id = 0.0, None
            for entries in lists:
                score, pk = entries[depth]
                threshold += score
                lowest_id = pk if lowest_id is None else min(lowest_id, pk)
                if pk in seen:
                    continue
                seen.add(pk)
                scores = [entry_scores.get(pk) for entry_scores in per_entry]
                if None not in scores:
                    item = (sum(scores), pk)  # summed in lexeme order, like the threshold
                    if len(best) < k:
                        heapq.heappush(best, item)
                    elif item > best[0]:
                        heapq.heapreplace(best, item)
            if len(best) == k and best[0] >= (threshold, lowest_id):
                break
        # Past the shortest list every entry holding all lexemes has been seen.
        return [pk for _, pk in sorted(best, reverse=True)]


class SearchResults:
    """The ids of the matching pages, best first, sliced lazily like a queryset for Paginator."""

    def __init__(self, postings, lexemes):
        self._postings, self._lexemes = postings, lexemes
        self._count = postings.count(lexemes) if lexemes else 0

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        # Only as far as the page asked for: page 1 of 2,000 matches ranks a few dozen.
        stop = key.stop if isinstance(key, slice) else key + 1
        wanted = self._count if stop is None else min(stop, self._count)
        return self._postings.top(self._lexemes, wanted)[key] if self._lexemes else [][key]


def page_matches(request, lexemes, locale_id):
    """SearchResults: the live public pages in the locale holding every lexeme, best first."""
    if not lexemes:
        return SearchResults(None, [])
    postings = remembered(request, ("search-postings", "pages", locale_id), lambda: _page_postings(locale_id))
    return SearchResults(postings, lexemes)


def best_document_ids(request, lexemes, limit):
    """The ids of the best `limit` documents holding every lexeme."""
    if not lexemes:
        return []
    postings = remembered(request, ("search-postings", "documents"), _document_postings)
    return postings.top(lexemes, limit)


def query_lexemes(words):
    """The distinct lexemes PostgreSQL makes of `words` as modelsearch queries them (each term
    quoted, joined by AND), [] when all are stop words, None when the backend must decide (not
    PostgreSQL, or a term that becomes more than a lexeme, such as "e_mail")."""
    if not available():
        return None
    terms = [term for term in TERM_SEPARATORS.split(words) if term]
    if not terms:
        return []
    quoted = " & ".join("'{}'".format(term.replace("'", "''").replace("\\", "\\\\")) for term in terms)
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsquery(%s)::text", [quoted])
        (tsquery,) = cursor.fetchone()
    if not tsquery:
        return []
    if not AND_OF_LEXEMES.match(tsquery):
        return None
    return sorted({lexeme.replace("''", "'") for lexeme in QUERY_LEXEME.findall(tsquery)})


def _page_postings(locale_id):
    live_public = set(public(Page.objects.live().filter(locale_id=locale_id)).order_by().values_list("pk", flat=True))
    page_types = [ct.pk for ct in ContentType.objects.get_for_models(*get_page_models()).values()]
    return _postings({"content_type_id__in": page_types}, only=live_public)


def _document_postings():
    return _postings({"content_type": ContentType.objects.get_for_model(get_document_model())})


def _postings(entries_filter, only=None):
    """Postings of the index entries matching `entries_filter` (of the ids in `only`, if given)."""
    from modelsearch.backends.database.postgres.weights import WEIGHTS_VALUES
    from wagtail.search.models import IndexEntry

    entries = IndexEntry.objects.filter(**entries_filter).order_by()
    scores = {}
    lexeme_score = _LexemeScores(WEIGHTS_VALUES)
    for object_id, title, body, title_norm in entries.values_list("object_id", "title", "body", "title_norm"):
        pk = int(object_id)
        if only is not None and pk not in only:
            continue
        for vector, factor in ((title, title_norm), (body, 1.0)):
            for match in VECTOR_ENTRY.finditer(vector or ""):
                per_entry = scores.setdefault(match.group(1).replace("''", "'"), {})
                per_entry[pk] = per_entry.get(pk, 0.0) + lexeme_score(match.group(2)) * factor
    return Postings(scores)


class _LexemeScores(dict):
    """A lexeme's share of ts_rank before dividing by the query's size, from its positions
    ("1A,5,9B"), as PostgreSQL's calc_rank_or computes it (src/backend/utils/adt/tsrank.c).
    It depends only on the weight of each position in turn, so it is computed once per
    pattern of weights (",B,": three positions, the second weighted B): 200,000 lexemes of
    10,000 pages come in a few hundred patterns."""

    DIGITS = str.maketrans("", "", "0123456789")

    def __init__(self, weights):
        super().__init__()
        self.weights = weights

    def __call__(self, positions):
        pattern = positions.translate(self.DIGITS) if positions else None
        score = self.get(pattern)
        if score is None:
            score = self[pattern] = self._score(pattern)
        return score

    def _score(self, pattern):
        # A lexeme stored without positions counts once, at the lowest weight (D).
        letters = pattern.split(",") if pattern is not None else [""]
        total, best, best_at = 0.0, -1.0, 0
        for j, letter in enumerate(letters):
            weight = self.weights[WEIGHT_INDEX.get(letter, 0)]
            total += weight / ((j + 1) * (j + 1))
            if weight > best:
                best, best_at = weight, j
        return (best + total - best / ((best_at + 1) * (best_at + 1))) / PI_SQUARED_OVER_6
