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
from typing import TYPE_CHECKING

from svodka.months import EN_ABBREVIATIONS
from svodka.nlp.paragraphs import paragraph_parts
from svodka.nlp.vocabulary import ABBREVIATED_TITLES

if TYPE_CHECKING:
    from razdel.substring import Substring

# Words that open an English sentence, never a name after a title ("…said Gen. | He added").
SENTENCE_OPENERS = r"(?:He|She|It|They|We|I|The|This|That|There|His|Her|Their|But|And|In|On|At|As|When|While)\b"
MONTH_ABBREVIATION = rf"(?<![\w.])(?:{'|'.join(EN_ABBREVIATIONS)})\."
MONTH_END = re.compile(rf"{MONTH_ABBREVIATION}$")
# People's titles and a saint's, mountain's or fort's abbreviation, each written before a name.
TITLES = (*ABBREVIATED_TITLES, "Lt", "Col", "Capt", "Sgt", "Rev", "St", "Mt", "Ft")
TITLE_END = re.compile(rf"(?<![\w.])(?:{'|'.join(TITLES)})\.$")
SUFFIX_END = re.compile(r"(?<![\w.])(?:Jr|Sr|Inc|Corp|Co|Ltd|No|vs)\.$")
NAME_START = re.compile(rf"(?!{SENTENCE_OPENERS})[A-Z][a-z]")
DAY_ENDING_A_SENTENCE = re.compile(rf"{MONTH_ABBREVIATION} \d{{1,2}}(?:, \d{{4}})?\.(?=\s+[A-Z\"“‘(])")
# A sentence glued to the next by a page that lost the space between its paragraphs ("…it was his turn.Fifteen
# minutes later", "…for all citizens.According to…"), which razdel reads as one: a word of two small letters or more,
# its full stop (and closing quote mark), a capitalised word. Not after an initial or an abbreviation's letters
# ("a.m.The" is left to razdel), nor before a web address's capitals ("ASP.NET").
GLUED_SENTENCE_END = re.compile(r"(?<![\w.])[A-Za-z]?[a-z]{2,}[.!?][\"”’)]?(?=[A-Z][a-z]|[AI][ \t])")


def english_sentences(text: str) -> list[Substring]:
    """The text's sentences as substrings of it."""
    from razdel import sentenize  # here: `stem`'s readers (search, compare) import this module and never cut sentences
    from razdel.substring import Substring

    joined: list[Substring] = []
    for sent in sentenize(text):
        if joined and _runs_on(joined[-1].text, sent.text):
            sent = Substring(joined[-1].start, sent.stop, text[joined[-1].start:sent.stop])
            joined.pop()
        joined.append(sent)
    return [Substring(start, stop, text[start:stop]) for sent in joined
            for piece_start, piece_stop in _cut_within(sent)
            for start, stop in paragraph_parts(text, piece_start, piece_stop)]


def _cut_within(sent: Substring) -> list[tuple[int, int]]:
    """The sentence's bounds, cut after each "Nov. 14." that ends a sentence within it, and after each sentence
    glued to the next (see GLUED_SENTENCE_END) but a title's ("Gen.Smith")."""
    cuts = [sent.start + m.end() for m in DAY_ENDING_A_SENTENCE.finditer(sent.text)]
    cuts += [sent.start + m.end() for m in GLUED_SENTENCE_END.finditer(sent.text)
             if not (TITLE_END.search(m.group().rstrip("\"”’)")) or SUFFIX_END.search(m.group().rstrip("\"”’)"))
                     or MONTH_END.search(m.group().rstrip("\"”’)")))]
    bounds = [sent.start, *sorted(cuts), sent.stop]
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
