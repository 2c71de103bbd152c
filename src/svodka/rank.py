"""Story importance: the order of the front page, from evidence a reader would accept.

    rank = log2(1 + outlets)
           × (1 + PICKUP_WEIGHT · pickup)
           × (RECENCY_FLOOR + (1 − RECENCY_FLOOR) · recency)
           × (1 + ENTITY_WEIGHT · entities)

- outlets: distinct outlets that reported it; a reprint (Story.reprints) is left out,
  so a copy of a wire story adds nothing. The logarithm: the tenth outlet matters
  less than the second. Reports that name no outlet (cleaning takes a URL's site
  when there is a URL, so these are mostly pasted texts) count together as one
  outlet, "unknown outlet": a folder of pastes from one site must not rank like many
  outlets, and while two unknown reports may come from two outlets, nothing says so,
  and the rank counts what the reports say. The story list and the story page count
  outlets the same way (`outlet_count`).
- pickup (0–1): how fast a second outlet followed the first report,
  1 / (1 + hours / PICKUP_HOURS); 0 when only one outlet reported it or times are
  unknown. News others rush to repeat is news that matters. Only times that state a
  time of day count: a report that gave a day alone (its URL's day, "15 ноября 2019";
  Article.published_day_only) carries an hour svodka chose (noon, 00:00), so two such
  reports of one day would read as a pickup within the hour. Such a report counts here
  as undated: its outlet still counts among the outlets, it gives no pickup evidence.
- recency (0–1): 0.5 ** (hours from its latest report to the reference time /
  RECENCY_HALF_LIFE_HOURS). The reference is the newest report in the store, so a
  digest of an archive ranks as it would have on its day, and ranks are reproducible.
  A time whose year was guessed (an article printing "11 ноября") is weaker evidence
  than one printed in full: the reference is the newest time printed in full (a
  guessed one only when the store has none), and a guessed time counts in the latest
  year not after the reference, as cleaning guesses against the clock. So one 2019
  report guessed as 2026 can neither make every dated story of an archive "old" nor
  rank itself as news from the future.
  Undated stories count as old (0): a reader accepts "no time known, no bonus for
  being new" but not a bonus invented for a time nobody printed; RECENCY_FLOOR bounds
  the cost to half the rank, so a widely reported undated story still ranks high, and
  a store of undated reports only (the tgcontest dumps) ranks on the other factors
  alone. A story whose times are all guessed gets its recency from the guesses,
  re-placed as above: the day and month were printed, only the year is inferred.
- entities (0–1): the weight of the people, organisations and places involved: for
  the story's ENTITY_COUNT most reported entities, the share of all stories that
  also name them (log-scaled), averaged. A story about actors who are in many
  stories (a president, a central bank) is more consequential than one about a
  name seen once.

Every component is kept in Story.rank_components so the web app and the JSON export
can show why a story is where it is.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Protocol

from svodka.model import Story
from svodka.times import as_utc

UNKNOWN_OUTLET = "unknown outlet"  # every report of a story that names no outlet: one source, as a reader may assume
PICKUP_WEIGHT = 0.5  # a story picked up within the hour ranks like one with ~1.5× the outlets
PICKUP_HOURS = 3.0  # a second outlet within 3 hours gives half the pickup bonus
RECENCY_HALF_LIFE_HOURS = 24.0  # a day-old story counts half: a daily digest's horizon
RECENCY_FLOOR = 0.5  # recency at most doubles a rank: outlets stay the main evidence
ENTITY_WEIGHT = 0.5
ENTITY_COUNT = 3
FORMULA = (f"log2(1 + outlets) × (1 + {PICKUP_WEIGHT:g}·pickup)"
           f" × ({RECENCY_FLOOR:g} + {1 - RECENCY_FLOOR:g}·recency) × (1 + {ENTITY_WEIGHT:g}·entities)")


class Report(Protocol):
    """What ranking needs to know of one article (the store's ReportTime)."""

    id: str
    outlet: str | None
    published: datetime | None
    year_guessed: bool  # the article printed its date without a year
    day_only: bool  # the article gave a day, no time of day


def story_rank(story: Story, reports: Mapping[str, Report], entity_stories: Counter[str], total_stories: int,
               reference: datetime | None) -> tuple[float, dict[str, float]]:
    """The story's rank and its components (see the module docstring for the formula)."""
    reprinted = {reprint.article for reprint in story.reprints}
    members = [reports[a] for a in story.articles if a in reports and a not in reprinted]
    outlets = outlet_count(member.outlet for member in members)
    components = {
        "outlets": float(outlets),
        "pickup": round(pickup_speed(members), 4),
        "recency": round(recency(members, reference), 4),
        "entities": round(entity_weight(story, entity_stories, total_stories), 4),
    }
    return round(math.prod(rank_factors(components).values()), 4), components


def outlet_name(outlet: str | None) -> str:
    """The source a report counts as (see the module docstring: outlets)."""
    return outlet or UNKNOWN_OUTLET


def outlet_count(outlets: Iterable[str | None]) -> int:
    """How many outlets reported a story, given its reports' outlets: one rule for the rank, the story list, the story
    page and the terminal."""
    return len({outlet_name(outlet) for outlet in outlets})


RANK_COMPONENTS = ("outlets", "pickup", "recency", "entities")  # what rank_factors multiplies


def rank_factors(components: Mapping[str, float]) -> dict[str, float]:
    """Each component's factor in the rank, by component: the rank is their product.

    What the story page shows, so a reader can check the rank against the formula. A story ranked by none (a
    store written before ranking, or a story caught between a writer's statements) has no factors: no breakdown
    is shown, rather than a page that fails.
    """
    if not all(name in components for name in RANK_COMPONENTS):
        return {}
    return {
        "outlets": math.log2(1 + components["outlets"]),
        "pickup": 1 + PICKUP_WEIGHT * components["pickup"],
        "recency": RECENCY_FLOOR + (1 - RECENCY_FLOOR) * components["recency"],
        "entities": 1 + ENTITY_WEIGHT * components["entities"],
    }


def pickup_speed(members: list[Report]) -> float:
    first_by_outlet: dict[str, datetime] = {}
    for member in members:
        if member.published is None or member.day_only:  # a day alone says nothing of the hour it came out
            continue
        key = outlet_name(member.outlet)
        if key not in first_by_outlet or as_utc(member.published) < first_by_outlet[key]:
            first_by_outlet[key] = as_utc(member.published)
    if len(first_by_outlet) < 2:
        return 0.0
    first, second = sorted(first_by_outlet.values())[:2]
    hours = (second - first).total_seconds() / 3600
    return 1 / (1 + hours / PICKUP_HOURS)


def recency(members: list[Report], reference: datetime | None) -> float:
    if reference is None:
        return 0.0
    dates = [as_utc(placed) for m in members if (placed := _placed(m, reference)) is not None]
    if not dates:
        return 0.0
    hours = max((as_utc(reference) - max(dates)).total_seconds() / 3600, 0.0)
    return 0.5 ** (hours / RECENCY_HALF_LIFE_HOURS)


def entity_weight(story: Story, entity_stories: Counter[str], total_stories: int) -> float:
    if total_stories < 2 or not story.entities:
        return 0.0
    top = sorted(story.entities, key=lambda e: (-len(e.articles), e.name))[:ENTITY_COUNT]
    scale = math.log2(1 + total_stories)
    return sum(math.log2(1 + entity_stories[e.name]) / scale for e in top) / len(top)


def reference_time(reports: Iterable[Report]) -> datetime | None:
    """The newest publication time printed in full among the reports ("now" for recency); the newest guessed
    one when no report printed its year."""
    dated = [r for r in reports if r.published is not None]
    known = [as_utc(r.published) for r in dated if not r.year_guessed]
    return max(known or (as_utc(r.published) for r in dated), default=None)


def _placed(report: Report, reference: datetime) -> datetime | None:
    """The report's time; a guessed year re-guessed against the reference rather than the ingest clock."""
    if report.published is None or not report.year_guessed:
        return report.published
    from svodka.clean.dates import latest_not_after  # the cleaner (~0.5 s of patterns): only for a guessed year

    return latest_not_after(as_utc(report.published), reference)


def entity_story_counts(stories: list[Story]) -> Counter[str]:
    """In how many stories each entity (by canonical name) appears."""
    return Counter(name for story in stories for name in {e.name for e in story.entities})


def rank_formula(components: Mapping[str, float]) -> str:
    """The rank's product with one story's numbers, each factor followed by its component."""
    factors = rank_factors(components)
    return " × ".join(
        f"{factors[name]:.2f} ({name} {components[name]:{'g' if name == 'outlets' else '.2f'}})" for name in factors
    )
