"""The quotes found so far and where sentences start, both looked up by binary search, so that the time stays
linear in the text's size however many quotes it holds."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from svodka.nlp.quotes.patterns import SENTENCE_CUT


@dataclass
class Found:
    start: int
    stop: int
    text: str
    kind: str
    who: tuple[int, int] | None = None  # where the attribution names its source
    # Whether the statement stands with no one named as its source ("эксперты считают" does; "added" with
    # no person as subject or "по данным отчётности" are no speech).
    anonymous: bool = True
    named: bool = False  # whether the attribution names its source in the nominative (see reported.SINGULAR_VERB)


@dataclass
class Spans:
    """The quotes found so far, which never overlap, in text order: whether a new one overlaps one of them
    is a binary search, not a scan of all of them."""
    items: list[Found] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def __iter__(self) -> Iterator[Found]:
        return iter(self.items)

    def overlapping(self, lo: int, hi: int) -> list[Found]:
        """The quotes that share a character with [lo, hi), in text order (only the one before lo can reach
        into it)."""
        first = max(bisect_right(self.starts, lo) - 1, 0)
        last = bisect_left(self.starts, hi)
        return [f for f in self.items[first:last] if f.start < hi and lo < f.stop]

    def add(self, quote: Found) -> None:
        i = bisect_right(self.starts, quote.start)
        self.items.insert(i, quote)
        self.starts.insert(i, quote.start)

    def remove(self, quotes: Iterable[Found]) -> None:
        for quote in quotes:
            i = bisect_left(self.starts, quote.start)
            del self.items[i], self.starts[i]


@dataclass
class Lines:
    """Where the sentences and lines of a text start, found once: a search back from each quote would cost
    the length of its paragraph every time."""
    text: str
    stops: list[int] = field(init=False)  # the positions of sentence ends on a line (see patterns.SENTENCE_CUT)
    breaks: list[int] = field(init=False)  # the positions of line breaks

    def __post_init__(self) -> None:
        self.stops = [m.start() for m in SENTENCE_CUT.finditer(self.text) if not m["abbreviation"] and m[0] != "\n"]
        self.breaks = [m.start() for m in re.finditer(r"\n", self.text)]

    def start_before(self, position: int) -> int:
        """Where the sentence or line holding position starts."""
        stop = bisect_right(self.stops, position - 2) - 1
        line = bisect_left(self.breaks, position) - 1
        return max(self.breaks[line] + 1 if line >= 0 else 0, self.stops[stop] + 2 if stop >= 0 else 0)
