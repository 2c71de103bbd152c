"""Incremental grouping: each new article joins the story that tells of its event.

For each new article, candidates come from an inverted index over every grouped
article's heaviest lemmas and its entities, so adding an article costs the same
however large the archive. A candidate story is joined when

  1. its closest member is the same event with probability ≥ JOIN_PROBABILITY
     (see `similarity` for the model), and
  2. the article also fits the story as a whole: its mean probability against the
     story's first COHESION_SAMPLE members is ≥ COHESION_PROBABILITY.

Check 2 stops chaining — A like B, B like C, so A, B and C are one story although
A and C tell different events — which single-link grouping suffers from when one
topic (a pandemic, a war) yields many events. When the article passes both checks
for several stories it bridges them: they merge, the oldest id kept and the others
recorded. A story whose last report is older than the window takes no new ones.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from svodka.settings import WINDOW
from svodka.stories.similarity import (Evidence, Profile, WordVectors, article_profile, days_apart, evidence,
                                       name_sounds, probability)
from svodka.stories.vectors import DESIGNATION
from svodka.times import as_utc

# Calibrated with `python -m benchmarks.pairs --sweep` on tgcontest ru_pairs_dev_a + _c
# (file b held out), favouring precision: see benchmarks/pairs.py and the README.
# JOIN_PROBABILITY on a+c: P 0.86 R 0.82 (0.55: P 0.90 R 0.82, but held out R 0.74, see
# docs/similarity-experiments.md); the two seed reports join at p 0.61.
JOIN_PROBABILITY = 0.5
COHESION_PROBABILITY = 0.4
COHESION_SAMPLE = 8
INDEX_TERMS = 12  # heaviest lemmas of an article that go into the candidate index
RECENT_POSTINGS = 100  # an index term keeps its latest articles only, so a lookup costs the same at any archive size
COMPARED = 40  # candidates sharing the most index terms are scored with the full model
MIN_WORDS = 5  # fewer distinct lemmas than this (a bare headline) is too little to tell one event from another
# Reports in two languages share no lemma, and a name the keys miss ("Aldmouth" / «Олдмут») no entity term: each name's
# sound (`similarity.name_sounds`) is indexed under the report's language, and looked up under the other languages only
# (within one language the keys compare names already), and only for the names whose key finds no report in another
# language already ("Путин" finds "Putin"). See docs/similarity-experiments.md (Sessions 14 and 15).
SOUND = "sound:"


@dataclass
class Placement:
    """Where a new article went, and why (for `svodka show --why`)."""

    story: str
    neighbour: str | None
    evidence: Evidence | None = None
    merged: list[str] = field(default_factory=list)

    @property
    def similarity(self) -> float:
        return self.evidence.probability if self.evidence else 0.0


@dataclass(slots=True)
class Member:
    profile: Profile
    story: str


@dataclass
class Candidate:
    story: str
    neighbour: str
    probability: float


class StoryGrouper:
    """The in-memory index of grouped articles; the store feeds it and persists its choices."""

    def __init__(self, window: timedelta = WINDOW, vectors: WordVectors | None = None,
                 join: float = JOIN_PROBABILITY, cohesion: float = COHESION_PROBABILITY) -> None:
        self.window = window
        self.vectors = vectors
        self.join = join
        self.cohesion = cohesion
        self.df: Counter[str] = Counter()
        self.documents = 0
        self.members: dict[str, Member] = {}
        self.postings: dict[str, list[str]] = defaultdict(list)  # a list, not a deque: 64 bytes, not 760, per term
        self.story_last: dict[str, datetime] = {}
        self.story_members: dict[str, list[str]] = defaultdict(list)
        self.created: dict[str, int] = {}  # story -> creation order, so a merge keeps the older id
        self.languages: set[str] = set()  # of the articles indexed, for `_sounds_elsewhere`

    def remember(self, article_id: str, counts: dict[str, float], story: str,
                 published: datetime | None, year_guessed: bool = False) -> None:
        """Add an already-grouped article to the index (also used when loading the store)."""
        self._count(counts)
        self._add(article_id, self._profile(counts, published, year_guessed), story)

    def place(self, article_id: str, counts: dict[str, float], published: datetime | None,
              year_guessed: bool = False) -> Placement:
        """Choose the story for a new article and remember it there."""
        self._count(counts)
        profile = self._profile(counts, published, year_guessed)
        if len(profile.words) < MIN_WORDS:  # a title alone, or nothing analysable: no evidence either way
            self.members[article_id] = Member(profile, article_id)
            self.story_members[article_id].append(article_id)
            self.created.setdefault(article_id, len(self.created))
            return Placement(story=article_id, neighbour=None)
        scores: dict[str, float] = {}  # probability against each member scored so far: cohesion reuses them
        fitting = [c for c in self._closest_by_story(profile, scores) if self._coheres(profile, c, scores)]
        if not fitting:
            placement = Placement(story=article_id, neighbour=None)
        else:
            best = max(fitting, key=lambda c: c.probability)
            keeper = min((c.story for c in fitting), key=lambda s: self.created[s])
            placement = Placement(
                story=keeper, neighbour=best.neighbour,
                evidence=evidence(profile, self.members[best.neighbour].profile),
                merged=[c.story for c in fitting if c.story != keeper],
            )
            for old in placement.merged:
                self._merge(old, keeper)
        self._add(article_id, profile, placement.story)
        return placement

    def story_of(self, article_id: str) -> str:
        return self.members[article_id].story

    def profile_of(self, article_id: str) -> Profile:
        """A grouped article as placement compared it (term weights of when it was remembered)."""
        return self.members[article_id].profile

    def stories(self) -> dict[str, list[str]]:
        """Each story's articles in the order they joined (its first ones are the cohesion sample): a copy."""
        return {story: list(articles) for story, articles in self.story_members.items()}

    def outside_profile(self, counts: dict[str, float], published: datetime | None,
                        year_guessed: bool = False) -> Profile:
        """An article not grouped, profiled with today's term weights, the index unchanged (it is not counted)."""
        return self._profile(counts, published, year_guessed)

    def _closest_by_story(self, profile: Profile, scores: dict[str, float]) -> list[Candidate]:
        best: dict[str, Candidate] = {}
        for candidate in self._candidates(profile):
            member = self.members[candidate]
            if not self._in_window(member.story, profile):
                continue
            p = self._probability(profile, candidate, scores)
            if p >= self.join and p > getattr(best.get(member.story), "probability", 0.0):
                best[member.story] = Candidate(member.story, candidate, p)
        return list(best.values())

    def _coheres(self, profile: Profile, candidate: Candidate, scores: dict[str, float]) -> bool:
        sample = self.story_members[candidate.story][:COHESION_SAMPLE]
        if len(sample) < 2:
            return True
        mean = sum(self._probability(profile, m, scores) for m in sample) / len(sample)
        return mean >= self.cohesion

    def _probability(self, profile: Profile, article_id: str, scores: dict[str, float]) -> float:
        """The new article against a member, each member scored once per placement."""
        if article_id not in scores:
            scores[article_id] = probability(profile, self.members[article_id].profile)
        return scores[article_id]

    def _candidates(self, profile: Profile) -> list[str]:
        shared: Counter[str] = Counter()
        for term in _index_terms(profile) + self._sounds_elsewhere(profile):
            shared.update(self.postings.get(term, ()))
        return [article_id for article_id, _ in shared.most_common(COMPARED)]

    def _count(self, counts: dict[str, float]) -> None:
        self.df.update(counts.keys())  # the keys, not the dict: each term counts one document
        self.documents += 1

    def _profile(self, counts: dict[str, float], published: datetime | None, year_guessed: bool) -> Profile:
        return article_profile(counts, self.df, self.documents, self.vectors, published, year_guessed)

    def _add(self, article_id: str, profile: Profile, story: str) -> None:
        self.members[article_id] = Member(profile, story)
        self.story_members[story].append(article_id)
        self.created.setdefault(story, len(self.created))
        if profile.language:
            self.languages.add(profile.language)
        for term in _index_terms(profile) + _sounds(profile):
            posting = self.postings[term]
            posting.append(article_id)
            if len(posting) > RECENT_POSTINGS:
                del posting[0]
        if profile.published is not None:
            last = self.story_last.get(story)
            self.story_last[story] = max(last, profile.published, key=as_utc) if last else profile.published

    def _sounds_elsewhere(self, profile: Profile) -> list[str]:
        """The index terms under which reports in the other languages name what this one names by sound: of the names
        their keys do not already find in another language ("Путин" meets "Putin" by its key, "Олдмут" not)."""
        others = [language for language in self.languages if language != profile.language]
        if not (profile.language and others):
            return []
        return [f"{SOUND}{language}:{sound}" for term in profile.entities if not self._named_elsewhere(term, profile)
                for sound in name_sounds(term) for language in others]

    def _named_elsewhere(self, term: str, profile: Profile) -> bool:
        """Whether a report in another language than the profile's is indexed under this entity term."""
        return any(self.members[article_id].profile.language != profile.language
                   for article_id in self.postings.get(term, ()))

    def _in_window(self, story: str, profile: Profile) -> bool:
        last = self.story_last.get(story)
        return days_apart(last, profile.published, profile.year_guessed) <= self.window.total_seconds() / 86400

    def _merge(self, old: str, keeper: str) -> None:
        for article_id in self.story_members.pop(old, []):
            self.members[article_id].story = keeper
            self.story_members[keeper].append(article_id)
        if old in self.story_last:
            last = self.story_last.pop(old)
            self.story_last[keeper] = max(self.story_last.get(keeper, last), last, key=as_utc)


def _index_terms(profile: Profile) -> list[str]:
    """Its heaviest lemmas, its names and its designations ("№orbit 9": the one term a Russian and an English report
    of one phone or planet may share besides names)."""
    return (list(profile.words)[:INDEX_TERMS] + list(profile.entities)
            + [term for term in profile.facts if term[:1] == DESIGNATION])


def _sounds(profile: Profile) -> list[str]:
    """The profile's name sounds as index terms under its language (none when its language is unknown)."""
    if not profile.language:
        return []
    return [f"{SOUND}{profile.language}:{sound}" for term in profile.entities for sound in name_sounds(term)]


def placement_evidence(placement: Placement) -> dict:
    """What the store keeps of a placement, for `svodka show --why`."""
    found = placement.evidence
    return {
        "neighbour": placement.neighbour,
        "similarity": found.probability if found else 0.0,
        "signals": found.signals if found else {},
        "shared_terms": found.shared_terms if found else [],
        "shared_entities": found.shared_entities if found else [],
    }
