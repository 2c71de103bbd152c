"""Incremental grouping: each new article joins the story of its most similar report.

An article joins the story holding its nearest neighbour when their cosine similarity
reaches SAME_EVENT_THRESHOLD (single link); when it reaches that threshold with
members of two stories, it bridges them and the stories merge, the older id kept.
Candidates come from an inverted index over each article's rarest terms, so adding
an article costs the same however large the archive. A story whose last report is
older than the window stops taking new ones.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from svodka.stories.vectors import Vector, cosine, tfidf

# Calibrated with `python -m benchmarks.pairs` on tgcontest ru_pairs_dev_a + _c
# (file b held out): see benchmarks/pairs.py for the sweep and README for figures.
SAME_EVENT_THRESHOLD = 0.30
INDEX_TERMS = 12  # rarest terms of an article that go into the candidate index
MAX_POSTINGS = 2000  # a term shared by more articles than this is no evidence
WINDOW = timedelta(days=7)


@dataclass
class Placement:
    """Where a new article went, and why (for `svodka show --why`)."""

    story: str
    neighbour: str | None
    similarity: float
    shared_terms: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)


@dataclass
class Member:
    vector: Vector
    story: str
    published: datetime | None
    year_guessed: bool


class StoryGrouper:
    """The in-memory index of grouped articles; the store feeds it and persists its choices."""

    def __init__(self, window: timedelta = WINDOW, threshold: float = SAME_EVENT_THRESHOLD) -> None:
        self.window = window
        self.threshold = threshold
        self.df: dict[str, int] = defaultdict(int)
        self.documents = 0
        self.members: dict[str, Member] = {}
        self.postings: dict[str, list[str]] = defaultdict(list)
        self.story_last: dict[str, datetime] = {}
        self.story_members: dict[str, list[str]] = defaultdict(list)
        self.created: dict[str, int] = {}  # story -> creation order, so a merge keeps the older id

    def remember(self, article_id: str, counts: dict[str, float], story: str,
                 published: datetime | None, year_guessed: bool = False, count_df: bool = True) -> None:
        """Add an already-grouped article to the index (also used when loading the store)."""
        if count_df:
            for term in counts:
                self.df[term] += 1
            self.documents += 1
        vector = tfidf(counts, self.df, self.documents)
        self.members[article_id] = Member(vector, story, published, year_guessed)
        self.story_members[story].append(article_id)
        self.created.setdefault(story, len(self.created))
        for term in self._index_terms(vector):
            postings = self.postings[term]
            if len(postings) < MAX_POSTINGS:
                postings.append(article_id)
        if published is not None:
            last = self.story_last.get(story)
            self.story_last[story] = max(last, published) if last else published

    def place(self, article_id: str, counts: dict[str, float], published: datetime | None,
              year_guessed: bool = False) -> Placement:
        """Choose the story for a new article and remember it there."""
        for term in counts:
            self.df[term] += 1
        self.documents += 1
        vector = tfidf(counts, self.df, self.documents)
        best_by_story: dict[str, tuple[float, str]] = {}
        for candidate in self._candidates(vector):
            member = self.members[candidate]
            story = member.story
            if not self._in_window(story, published, year_guessed):
                continue
            similarity = cosine(vector, member.vector)
            if similarity >= self.threshold and similarity > best_by_story.get(story, (0.0, ""))[0]:
                best_by_story[story] = (similarity, candidate)
        if not best_by_story:
            placement = Placement(story=article_id, neighbour=None, similarity=0.0)
        else:
            ranked = sorted(best_by_story.items(), key=lambda item: -item[1][0])
            story, (similarity, neighbour) = ranked[0]
            stories = [s for s, _ in ranked]
            keeper = min(stories, key=lambda s: self.created[s])
            placement = Placement(
                story=keeper, neighbour=neighbour, similarity=similarity,
                shared_terms=_top_shared(vector, self.members[neighbour].vector),
                merged=[s for s in stories if s != keeper],
            )
            for old in placement.merged:
                self._merge(old, keeper)
        self.remember(article_id, counts, placement.story, published, year_guessed, count_df=False)
        return placement

    def _candidates(self, vector: Vector) -> set[str]:
        found: set[str] = set()
        for term in self._index_terms(vector):
            found.update(self.postings.get(term, ()))
        return found

    def _index_terms(self, vector: Vector) -> list[str]:
        return sorted(vector, key=lambda t: -vector[t])[:INDEX_TERMS]

    def _in_window(self, story: str, published: datetime | None, year_guessed: bool) -> bool:
        last = self.story_last.get(story)
        if last is None or published is None:
            return True
        gap = abs(_naive(published) - _naive(last))
        if year_guessed:  # the year is a guess: judge by the day of the year only
            gap = timedelta(days=min(gap.days % 365, 365 - gap.days % 365))
        return gap <= self.window

    def _merge(self, old: str, keeper: str) -> None:
        for article_id in self.story_members.pop(old, []):
            self.members[article_id].story = keeper
            self.story_members[keeper].append(article_id)
        if old in self.story_last:
            last = self.story_last.pop(old)
            self.story_last[keeper] = max(self.story_last.get(keeper, last), last)


def _top_shared(a: Vector, b: Vector, n: int = 8) -> list[str]:
    shared = sorted(set(a) & set(b), key=lambda t: -(a[t] * b[t]))
    return shared[:n]


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None) - (moment.utcoffset() or timedelta())
