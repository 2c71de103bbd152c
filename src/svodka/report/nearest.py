"""Why a near report is not in a story: `svodka show ID --why` for what grouping left out.

A reader who expected an article in a story can only learn why it is not there by asking
grouping's own questions again: the reports are profiled as a run profiles them (a
`StoryGrouper` fed the store's grouped articles in their order), each outside report is
scored against the story's reports with `similarity.probability`, and the first of
grouping's checks it fails is named (`kept_out`), with the conflicting signals that
lowered its probability. Scores are today's: the term weights have grown since the
report was grouped, so a report may now pass checks it failed then (said so).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from svodka.stories import WINDOW, StoryGrouper
from svodka.stories.grouping import COHESION_PROBABILITY, COHESION_SAMPLE, JOIN_PROBABILITY, MIN_WORDS
from svodka.stories.similarity import CONFLICTS, Profile, WordVectors, days_apart, evidence, probability
from svodka.store import Store

# The last index of each open Store (the web app's nearest thread's own, a CLI's): its change mark (a connection's
# own count, not comparable across connections, so the key is the Store), the vectors it was profiled with.
_INDEXES: WeakKeyDictionary[Store, tuple[tuple[int, int], WordVectors | None, GroupingIndex]] = WeakKeyDictionary()
NEAREST_SHOWN = 3  # outside reports (or stories) listed: the near misses, not a ranking of the archive
# The conflict signals in words: what each says about the two reports (svodka.stories.similarity.signals).
CONFLICT_WORDS = {
    "other_day": "they name different days for the event",
    "other_names": "their headlines name different people or places",
    "other_subject": "their headlines have different subjects",
    "untold": "one headline's claim is not told by the other report",
    "recap": "one only recaps the other's event",
}


@dataclass
class NearReport:
    """A report outside a story, the story's report it is nearest, and why grouping kept them apart."""

    article: str
    story: str | None  # the story it is in instead (None: in none)
    near_story: str  # the story it was scored against
    neighbour: str  # the story's report it is nearest
    probability: float  # same event as `neighbour`, scored today
    signals: dict[str, float]
    kept_out: list[str] = field(default_factory=list)  # the check it fails, then the conflicts that fired


@dataclass
class GroupingIndex:
    """Every stored article profiled as grouping profiles it, and the stories' reports in their order."""

    profiles: dict[str, Profile]
    story_of: dict[str, str]  # grouped articles only
    members: dict[str, list[str]]
    news: dict[str, bool]  # ungrouped articles: whether judged news (else waiting to be grouped)


def grouping_index(store: Store, vectors: WordVectors | None = None) -> GroupingIndex:
    """The store's articles as the next run's grouping would see them (Engine.group_pending's order). Profiling
    every article is most of a nearest request's CPU (~0.2 s of ~0.3 s on 479 articles), so the index is kept per
    Store while its `change_mark` stays: read before the articles, a write in between moves it, and the next request
    profiles again. The index is shared: callers only read it."""
    mark = store.change_mark()
    cached = _INDEXES.get(store)
    if cached is not None and cached[0] == mark and cached[1] is vectors:
        return cached[2]
    index = _profiled_index(store, vectors)
    _INDEXES[store] = (mark, vectors, index)
    return index


def _profiled_index(store: Store, vectors: WordVectors | None) -> GroupingIndex:
    grouper = StoryGrouper(vectors=vectors)
    with store.reading():
        grouped = list(store.grouped_articles())
        waiting = store.pending_articles(include_non_news=True)
        news = {a.id for a in store.pending_articles()}
    for a in grouped:
        grouper.remember(a.id, a.terms, a.story, a.published, a.year_guessed)
    profiles = {a.id: grouper.profile_of(a.id) for a in grouped}
    for a in waiting:
        profiles[a.id] = grouper.outside_profile(a.terms, a.published, a.year_guessed)
    return GroupingIndex(profiles, {a.id: a.story for a in grouped}, grouper.stories(),
                         {a.id: a.id in news for a in waiting})


def nearest_outside(index: GroupingIndex, story_id: str, limit: int = NEAREST_SHOWN) -> list[NearReport]:
    """The reports outside a story nearest to it (highest probability against any of its reports), with why."""
    scored = [_near(index, article_id, story_id) for article_id in index.profiles
              if index.story_of.get(article_id) != story_id]
    return sorted((n for n in scored if n is not None), key=lambda n: -n.probability)[:limit]


def closest_stories(index: GroupingIndex, article_id: str, limit: int = NEAREST_SHOWN) -> list[NearReport]:
    """The stories an article is nearest besides its own, each as its nearest report there, with why it is not in."""
    own = index.story_of.get(article_id)
    scored = [_near(index, article_id, story_id) for story_id in index.members if story_id != own]
    return sorted((n for n in scored if n is not None), key=lambda n: -n.probability)[:limit]


def _near(index: GroupingIndex, article_id: str, story_id: str) -> NearReport | None:
    """An article against a story's reports it may be compared with (inside the window), or None when none is."""
    profile = index.profiles[article_id]
    reports = [m for m in index.members.get(story_id, []) if m != article_id]
    if not reports:
        return None
    scores = {m: probability(profile, index.profiles[m]) for m in reports}
    neighbour = max(scores, key=scores.get)
    found = evidence(profile, index.profiles[neighbour])
    return NearReport(article_id, index.story_of.get(article_id), story_id, neighbour, found.probability, found.signals,
                      _kept_out(index, article_id, story_id, scores[neighbour], found.signals))


def _kept_out(index: GroupingIndex, article_id: str, story_id: str, best: float, signals: dict[str, float]) -> list[str]:
    """Each of grouping's checks the article fails for the story, with the conflicts that lowered its score (an
    article judged not news, or too short to judge, is never compared: that alone is said)."""
    profile = index.profiles[article_id]
    if article_id in index.news and not index.news[article_id]:
        return [f"judged not news: kept out of every story (svodka label {article_id} --news to correct)"]
    if len(profile.words) < MIN_WORDS:
        return [f"fewer than {MIN_WORDS} distinct words: too little to judge, so it stands alone"]
    failed = []
    if best < JOIN_PROBABILITY:
        failed.append(f"same-event probability {best:.2f} is below the {JOIN_PROBABILITY:.2f} a report needs to join")
    else:
        sample = [m for m in index.members[story_id][:COHESION_SAMPLE] if m != article_id]
        mean = sum(probability(profile, index.profiles[m]) for m in sample) / len(sample) if len(sample) >= 2 else 1.0
        if mean < COHESION_PROBABILITY:
            failed.append(f"near one report, but its mean probability {mean:.2f} against the story's first"
                          f" {len(sample)} is below {COHESION_PROBABILITY:.2f}: it does not fit the story as a whole")
    apart = min(_days_apart(profile, index.profiles[m]) for m in index.members[story_id] if m != article_id)
    if apart > WINDOW.days:
        failed.append(f"{apart:.0f} days from the story's nearest report in time: grouping joins reports at most"
                      f" {WINDOW.days} days apart")
    if failed:
        return failed + [CONFLICT_WORDS.get(name, name) for name in CONFLICTS if signals.get(name)]
    if article_id in index.news:
        return ["waiting to be grouped: the next run (or a retry of the post) places it"]
    return ["it passes grouping's checks today; when it was grouped, the reports then in the story"
            " (and the term weights then) judged otherwise"]


def _days_apart(a: Profile, b: Profile) -> float:
    return days_apart(a.published, b.published, a.year_guessed or b.year_guessed)
