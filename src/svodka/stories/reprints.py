"""Reprints: near copies of an earlier report, linked to the earliest copy.

Outlets often republish an agency's text with a new headline or a trimmed ending.
Such a copy adds no second witness, so a story shows it as a reprint of the first
publication (who published first, who copied) and counts it once in its weight. A copy
dated by its day alone yields to one of that day that printed a time (`_publication_order`).

Candidates come from MinHash LSH over word shingles (cheap, finds copies among many
texts); each candidate is then verified with rapidfuzz on the texts themselves, so a
shared paragraph of boilerplate does not make two different reports copies.

A copy must also print its original's figures (`changes_figures`): one that keeps the words and changes what they
report (1200 passengers an hour for 1000, «4 года» for «3 года», 11 billion for 9; similarity 0.99) is a rewrite
with other facts, a witness of its own that comparison must set against the original, not a reprint cited with it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from svodka.model import Article, Reprint
from svodka.nlp.numbers import find_numbers
from svodka.times import as_utc

SHINGLE_WORDS = 5
PERMUTATIONS = 64
LSH_THRESHOLD = 0.5  # estimated Jaccard of shingles for a candidate; the check below decides
COPY_RATIO = 85  # rapidfuzz ratio (0–100) of the texts: an edited copy keeps ≥ 85% in place
COMPARED_CHARS = 4000  # the head of each text suffices to tell a copy and keeps the check fast
MIN_WORDS = 20  # texts shorter than this say too little to call one a copy of another
WORD = re.compile(r"\w+")
ANCHOR_WORDS = 2  # a figure's place: "рассчитан на", "обошлось в", "этого дня" tell each figure of TERMINAL apart
ANCHOR_CHARS = 60  # enough text before a figure to hold its two words
# Years counted («3 года», "5 years"); at most three digits, as «15 ноября 2019 года» names a year, counts none.
YEARS_COUNTED = re.compile(r"(?<![\w.,])(\d{1,3})\s+(?:года?|лет|years?)(?!\w)", re.IGNORECASE)


def find_reprints(articles: Sequence[Article]) -> list[Reprint]:
    """Each article that copies an earlier one, linked to the earliest copy."""
    ordered = sorted(articles, key=_publication_order)
    lsh = MinHashLSH(num_perm=PERMUTATIONS, params=_lsh_bands())
    original_of: dict[str, str] = {}
    texts = {a.id: _normalised(a.text) for a in ordered}
    figures = {a.id: figures_of(a.text) for a in ordered}
    reprints = []
    for article in ordered:
        words = texts[article.id].split()
        if len(words) < MIN_WORDS:
            continue
        signature = _minhash(words)
        candidates = [c for c in lsh.query(signature) if not changes_figures(figures[c], figures[article.id])]
        best = _closest_copy(texts[article.id], candidates, texts)
        if best is not None:
            earlier, ratio = best
            original = original_of.get(earlier, earlier)
            original_of[article.id] = original
            reprints.append(Reprint(article=article.id, original=original, similarity=round(ratio / 100, 3)))
        lsh.insert(article.id, signature)
    return reprints


@functools.cache
def _lsh_bands() -> tuple[int, int]:
    """LSH bands and rows for LSH_THRESHOLD, found once: datasketch derives them by numeric integration."""
    prototype = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=PERMUTATIONS)
    return prototype.b, prototype.r


def _closest_copy(text: str, candidates: list[str], texts: dict[str, str]) -> tuple[str, float] | None:
    scored = [(c, fuzz.ratio(text[:COMPARED_CHARS], texts[c][:COMPARED_CHARS])) for c in candidates]
    copies = [item for item in scored if item[1] >= COPY_RATIO]
    return max(copies, key=lambda item: item[1]) if copies else None


def figures_of(text: str) -> Counter[tuple[str, float]]:
    """The quantities a text prints, each with the words just before it and as often as printed: `find_numbers`
    values ("9 миллиардов" is 9e9, «три человека» 3) and the years it counts («3 года», "5 years", left by
    `find_numbers` to the dates). Dates and bare digits are left out: a copy often swaps a dateline ("6 мая
    (Рейтер)") or a photo caption ("1 / 3") for its own. (`compare.values.printed_figures` reads figures too, but
    compare imports this package.)"""
    years = Counter((_words_before(text, m.start()), float(m.group(1))) for m in YEARS_COUNTED.finditer(text))
    return years + Counter((_words_before(text, number.start), number.value) for number in find_numbers(text, str.lower))


def _words_before(text: str, start: int) -> str:
    """Where a figure stands in the text: the words just before it, which a copy keeps and a rewrite too."""
    return " ".join(_normalised(text[max(0, start - ANCHOR_CHARS):start]).split()[-ANCHOR_WORDS:])


def changes_figures(original: Counter[tuple[str, float]], copy: Counter[tuple[str, float]]) -> bool:
    """Whether a copy prints another figure where its original prints one: after the same words, each prints a
    value the other lacks ("рассчитан на 1000" / "рассчитан на 1200"). A value on one side only is a passage cut
    or added (a trimmed ending, a credit line, a date line, a recap of other news), not a change."""
    return bool({words for words, _ in original - copy} & {words for words, _ in copy - original})


def _minhash(words: list[str]) -> MinHash:
    signature = MinHash(num_perm=PERMUTATIONS)
    for i in range(max(1, len(words) - SHINGLE_WORDS + 1)):
        signature.update(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
    return signature


def _normalised(text: str) -> str:
    return " ".join(WORD.findall(text.lower().replace("ё", "е")))


def _publication_order(article: Article) -> tuple[bool, date, bool, datetime]:
    """Earliest first; undated last, in the order given (the sort is stable). A report that gave its day alone
    (Article.published_day_only: a URL's day at noon, "15 ноября" at 00:00) comes after the reports of that day
    that stated a time: its hour is svodka's, and a copy with a real time is the better evidence of who was first."""
    if article.published is None:
        return True, date.max, False, datetime.max
    published = as_utc(article.published)
    return False, published.date(), article.published_day_only, published
