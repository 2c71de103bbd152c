"""The story's timeline: each dated fact once, at its most precise date.

Dates come from the aligned facts, so "на следующей неделе" in one report and
"28 декабря" in another become one event on 28 December cited by both, instead of two
entries that look like different events.
"""

from __future__ import annotations

from collections import Counter

from svodka.compare import Alignment, Members, story_alignment
from svodka.compare.align import Fact
from svodka.compare.similarity import Vectors
from svodka.compare.values import dates_agree
from svodka.model import DateRef, TimelineEvent


def story_timeline(members: Members, vectors: Vectors | None = None, alignment: Alignment | None = None) -> list[TimelineEvent]:
    facts = (alignment or story_alignment(members, vectors)).facts
    events = [event for fact in facts for event in fact_events(fact)]
    return sorted(events, key=lambda e: (e.date, e.text))


def fact_events(fact: Fact) -> list[TimelineEvent]:
    """One event per date the fact's reports give, dates that agree merged into the most precise."""
    refs = [(unit, ref) for unit in fact.units for ref in unit.dates if ref.date]
    events: list[TimelineEvent] = []
    for date in _distinct_dates([ref for _, ref in refs]):
        citing = sorted({unit.article for unit, ref in refs if dates_agree(ref.date or "", date)})
        unit = next(unit for unit, ref in refs if dates_agree(ref.date or "", date))
        events.append(TimelineEvent(date, unit.shown, citing))
    return events


def _distinct_dates(refs: list[DateRef]) -> list[str]:
    """The dates mentioned, an interval dropped when a more precise date inside it is given."""
    counted = Counter(ref.date for ref in refs if ref.date)
    by_precision = sorted(counted, key=lambda d: (len(d), -counted[d]))
    kept: list[str] = []
    for date in by_precision:
        if not any(dates_agree(date, k) for k in kept):
            kept.append(date)
    return kept
