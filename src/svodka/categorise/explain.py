"""Why an article was called news or not, and given its category, in words a reader can check.

The news filter is a logistic regression over named features (`news_features`), so its
decision is a sum: each feature's share of the log-odds that the article is not news
(`news.not_news_cues`). `with_category` keeps those shares and the category scores in the
analysis beside the decision; an `Explanation` reads them back, and `CUE_PHRASES` is the one
place that names each feature for a reader. Nothing here decides anything: the CLI, the web
pages and the export show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol

from svodka.categorise import categorise
from svodka.categorise.lexicon import LEXICON_LANGUAGES
from svodka.categorise.news import NOT_NEWS_THRESHOLD
from svodka.model import Analysis, Article

# Every feature of news_features.py, as a reader would say it. A positive share points away from news.
CUE_PHRASES = {
    "marked": "its section or URL names service content",
    "advert": "the outlet labels it as advertising",
    "horoscope": "reads like a horoscope",
    "reader": "addresses the reader",
    "title_reader": "headline speaks to the reader",
    "first_person": "speaks in the first person",
    "we": "speaks as \"we\", the newsroom",
    "imperative": "tells the reader what to do",
    "past": "narrates in the past tense",
    "call_to_act": "asks the reader to buy, subscribe or share",
    "listicle": "headline promises a list",
    "howto": "headline promises a guide",
    "expert": "headline gives an expert's advice",
    "review": "weighs a product like a review",
    "deal": "offers prices and deals",
    "listing": "lists opening hours and tickets, or a funeral notice's visitation",
    "report_sale": "sells a research report (sample, licence, key players)",
    "service": "gives tips or service advice",
    "history": "tells of the distant past",
    "sources": "cites its sources",
    "timed": "says when it happened",
    "quotes": "quotes people",
    # Weighed until session 11 (see news_features): kept so the why an older store kept still reads as words.
    "named": "names people and organisations",
    "title_named": "headline names who or where",
    "dateline": "opens with a dateline",
    "unanchored": "names no source and no time",
    "too_short": "too short for a report",
}
LOUDEST = 3  # cues shown on each side: enough to see the decision, few enough to read at a glance
SILENT = 0.05  # a share that shows as ±0.0 (one decimal) said nothing: it is not listed
SCORES_SHOWN = 3  # category scores shown, best first


@dataclass(frozen=True)
class Cue:
    name: str
    phrase: str
    share: float  # of the not-news log-odds: positive points away from news


@dataclass
class Explanation:
    """The model's evidence for one article: the not-news log-odds, each feature's share, the category scores."""

    not_news_score: float
    cues: dict[str, float] = field(default_factory=dict)
    category_scores: dict[str, float] = field(default_factory=dict)
    language: str = ""  # the article's (Analysis.language); "" when not known (a store listing's why)

    def loudest(self, news: bool, count: int = LOUDEST) -> tuple[list[Cue], list[Cue]]:
        """The cues that speak for the label `news` and those against it, loudest first."""
        named = [Cue(name, CUE_PHRASES.get(name, name), share) for name, share in self.cues.items()
                 if abs(share) >= SILENT]
        towards_news = sorted((c for c in named if c.share < 0), key=lambda c: c.share)[:count]
        away = sorted((c for c in named if c.share > 0), key=lambda c: -c.share)[:count]
        return (towards_news, away) if news else (away, towards_news)

    @property
    def news(self) -> bool:
        """The model's own decision (a reader's correction may differ)."""
        return self.not_news_score <= NOT_NEWS_THRESHOLD

    def news_reason(self) -> str:
        """'Not news (log-odds +3.1): headline promises a guide (+2.8), …; against: cites its sources (−0.9)'."""
        news = self.news
        supporting, against = self.loudest(news)
        line = f"{'News' if news else 'Not news'} (log-odds {signed(self.not_news_score)}): " + _cues(supporting)
        return line + (f"; against: {_cues(against)}" if against else "")

    def category_reason(self) -> str:
        """'economy 14.2, society 3.1, science 1.0': the best category scores. For a language no lexicon covers,
        says so: its scores can only come from its section or URL ('no category lexicon covers its language (bg)')."""
        best = sorted(self.category_scores.items(), key=lambda item: -item[1])[:SCORES_SHOWN]
        scores = ", ".join(f"{name} {score:.1f}" for name, score in best if score > 0)
        if not self.language or self.language in LEXICON_LANGUAGES:
            return scores or "no category word found"
        uncovered = f"no category lexicon covers its language ({self.language})"
        return f"{scores} (from its section or URL alone: {uncovered})" if scores else uncovered


class KeptEvidence(Protocol):
    """The evidence an analysis keeps beside its decision (Analysis, or a store listing read from it)."""

    not_news_score: float | None  # None: analysed before svodka kept its evidence
    news_cues: dict[str, float]
    category_scores: dict[str, float]


def kept_explanation(kept: KeptEvidence) -> Explanation | None:
    """The evidence as the analysis keeps it; None for one analysed before svodka kept it (an older store's)."""
    if kept.not_news_score is None:
        return None
    return Explanation(kept.not_news_score, kept.news_cues, kept.category_scores)


def explanation(article: Article, analysis: Analysis) -> Explanation:
    """What the news filter and the categoriser weighed for this article: as kept in the analysis, or
    weighed now for one analysed before svodka kept it (a store from an older version)."""
    kept = kept_explanation(analysis)
    if kept is not None:
        return replace(kept, language=analysis.language)
    decided = categorise(article, analysis)
    return Explanation(decided.not_news_score, decided.cues, decided.scores, analysis.language)


def signed(value: float) -> str:
    """+2.8 / −0.9, with a real minus sign."""
    return f"{value:+.1f}".replace("-", "−")


def _cues(cues: list[Cue]) -> str:
    return ", ".join(f"{cue.phrase} ({signed(cue.share)})" for cue in cues) or "nothing"
