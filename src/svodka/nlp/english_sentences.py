"""English sentences: razdel's, rejoined after abbreviations that end no sentence, and cut at paragraph breaks.

razdel ends a sentence at a full stop before a capital or a digit, so English news comes
apart at its abbreviations: "an election on Dec. | 12", "Iowa Republican Sen. | Joni Ernst",
"Porter Jr. | 2-5", "St. | Petersburg". Cut there, the day leaves its month (a date read as
the whole of December), a title leaves the name it belongs to, and a summary or a comparison
shows half a sentence. Each abbreviation rejoins only before what it is written before: a
month's before a day, a title's before a name that is no sentence opener, a suffix's before
a small letter or a figure ("Saks Inc. | The company…" still ends there). razdel reads a
figure before a full stop as an ordinal and does not cut there ("on Nov. 14. The chairperson…"):
a day after its month does end a sentence there.
"""

from __future__ import annotations

import re
from itertools import pairwise

from razdel import sentenize
from razdel.substring import Substring

from svodka.nlp.paragraphs import paragraph_parts
from svodka.nlp.vocabulary import ABBREVIATED_TITLES

# Words that open an English sentence, never a name after a title ("…said Gen. | He added").
SENTENCE_OPENERS = r"(?:He|She|It|They|We|I|The|This|That|There|His|Her|Their|But|And|In|On|At|As|When|While)\b"
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")  # "May" has none
MONTH_ABBREVIATION = rf"(?<![\w.])(?:{'|'.join(MONTH_ABBREVIATIONS)})\."
MONTH_END = re.compile(rf"{MONTH_ABBREVIATION}$")
# People's titles and a saint's, mountain's or fort's abbreviation, each written before a name.
TITLES = (*ABBREVIATED_TITLES, "Lt", "Col", "Capt", "Sgt", "Rev", "St", "Mt", "Ft")
TITLE_END = re.compile(rf"(?<![\w.])(?:{'|'.join(TITLES)})\.$")
SUFFIX_END = re.compile(r"(?<![\w.])(?:Jr|Sr|Inc|Corp|Co|Ltd|No|vs)\.$")
NAME_START = re.compile(rf"(?!{SENTENCE_OPENERS})[A-Z][a-z]")
DAY_ENDING_A_SENTENCE = re.compile(rf"{MONTH_ABBREVIATION} \d{{1,2}}(?:, \d{{4}})?\.(?=\s+[A-Z\"“‘(])")


def english_sentences(text: str) -> list[Substring]:
    """The text's sentences as substrings of it."""
    joined: list[Substring] = []
    for sent in sentenize(text):
        if joined and _runs_on(joined[-1].text, sent.text):
            sent = Substring(joined[-1].start, sent.stop, text[joined[-1].start:sent.stop])
            joined.pop()
        joined.append(sent)
    return [Substring(start, stop, text[start:stop]) for sent in joined
            for piece_start, piece_stop in _cut_after_days(sent)
            for start, stop in paragraph_parts(text, piece_start, piece_stop)]


def _cut_after_days(sent: Substring) -> list[tuple[int, int]]:
    """The sentence's bounds, cut after each "Nov. 14." that ends a sentence within it."""
    cuts = [sent.start + m.end() for m in DAY_ENDING_A_SENTENCE.finditer(sent.text)]
    bounds = [sent.start, *cuts, sent.stop]
    return [(start, stop) for start, stop in pairwise(bounds) if stop > start]


def _runs_on(before: str, after: str) -> bool:
    """Whether razdel's cut between two pieces fell after an abbreviation that belongs to the next words."""
    if MONTH_END.search(before):
        return after[:1].isdigit()
    if TITLE_END.search(before):
        return bool(NAME_START.match(after))
    if SUFFIX_END.search(before):
        return after[:1].islower() or after[:1].isdigit()
    return False
