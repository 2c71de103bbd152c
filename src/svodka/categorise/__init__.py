"""News filter and category: what kind of article this is, for the front page.

Labels are those of the Telegram Data Clustering Contest markup: society, economy,
technology, sports, entertainment, science, other; an article that is not news
(how-to, listicle, recipe, advertising, essay) gets `news = False` and keeps its
best category.

What ships is our own: hand-written lexicons (`lexicon_ru.json`, `lexicon_en.json`:
lemmas and prefixes per category; `lexicon_hints.json`: section and URL words) with
hand-set weights for the category, and for news-or-not a logistic regression over
named structural cues (`news_features.py`, patterns in `news_cues.py`) whose weights
(`news_weights.json`) were fitted by `python -m svodka.categorise.news_fit` on
`news_examples.json`, 380 short fictional ru/en news reports and service pieces written
for svodka. Nothing is read from ../shared at run time. A category's score is the lexicon weight of its words,
the headline counting TITLE_WEIGHT times, plus SECTION_WEIGHT when the outlet's own
section or the URL names it; the best score wins, an article little speaks for
is `society`, the commonest label, and one no word speaks for at all is `other`. Why a lexicon and not a fitted model for the
category: the labelled articles we may use for measuring number 339 in all, too few
to fit a model that generalises, and a fitted model would either ship their
text-derived weights or need them at run time. `python -m benchmarks.categories`
reports what ships on every file, and, for comparison, a TF-IDF logistic regression
fitted at benchmark time on the tgcontest files with cross-validation.

How the lexicons and the news filter were developed, and each round's figures: see
docs/news-filter-rounds.md. Horoscopes are not news here (issue 8), though the tgcontest
markup files them under `other`: the benchmark counts that disagreement as an error.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from svodka.categorise.lexicon import Lexicon, load_lexicon
from svodka.categorise.news import NOT_NEWS_THRESHOLD, not_news_score
from svodka.categorise.news_features import is_cyrillic
from svodka.model import Analysis, Article

CATEGORIES = ("society", "economy", "technology", "sports", "entertainment", "science", "other")
NOT_NEWS = "not_news"
FALLBACK = "society"  # the commonest label in every tgcontest file; chosen when few words speak
UNCLAIMED = "other"  # the markup's label for what no category claims: no word at all speaks (a flash of one line)

# The headline states the topic in a few words; counted this many times over a body word.
# Hand-set; the dev files score within one article of each other for 2 to 6 (round 9).
TITLE_WEIGHT = 4.0
# An outlet's own section ("Спорт", /sport/ in the URL) outweighs a few words of text.
# Hand-set; 4 to 12 score the same on the dev files within one article (round 9).
SECTION_WEIGHT = 12.0
# Body scores are per this many lemmas, so a long article does not drown its headline.
# Hand-set; 100 to 400 score the same on the dev files (round 9).
BODY_SCALE = 100
# Below this total score nothing really speaks for a category: FALLBACK. With lexicons of
# a few hundred entries nearly every article scores above it (0.5 to 4 score the same).
MIN_SCORE = 1.0

# A section word, compounds kept whole ("shou_biznes", "hi-tech"): "biznes" alone would say economy.
HINT_WORD = re.compile(r"[a-zа-яё0-9]+(?:[-_][a-zа-яё0-9]+)*", re.IGNORECASE)
HINT_PART = re.compile(r"[-_]")


@dataclass
class Categorised:
    news: bool
    category: str
    scores: dict[str, float] = field(default_factory=dict)
    not_news_score: float = 0.0
    cues: dict[str, float] = field(default_factory=dict)  # each news-filter feature's share of not_news_score


def categorise(article: Article, analysis: Analysis) -> Categorised:
    """Whether the article is news, and its category, with the scores that decided."""
    scores = category_scores(article, analysis)
    best = max(scores, key=scores.__getitem__)
    category = best if scores[best] >= MIN_SCORE else FALLBACK if scores[best] > 0 else UNCLAIMED
    hint = section_hints(article).get(NOT_NEWS, 0.0) / SECTION_WEIGHT
    score, cues = not_news_score(article, analysis, hint)
    score = round(score, 3)  # decided on the score kept, so the why (explain.Explanation.news) says what was decided
    return Categorised(score <= NOT_NEWS_THRESHOLD, category, scores, score, cues)


def with_category(article: Article, analysis: Analysis) -> Analysis:
    """The analysis with `news` and `category` filled in, and the evidence for them (the engine's step after `analyse`)."""
    result = categorise(article, analysis)
    analysis.news, analysis.category = result.news, result.category
    analysis.not_news_score, analysis.news_cues, analysis.category_scores = result.not_news_score, result.cues, result.scores
    return analysis


def story_category(categories: list[str | None]) -> str | None:
    """The majority category of a story's articles (ties: the first article's)."""
    counts = Counter(c for c in categories if c)
    if not counts:
        return None
    best = max(counts.values())
    return next(c for c in categories if c and counts[c] == best)


def category_scores(article: Article, analysis: Analysis) -> dict[str, float]:
    lexicon = load_lexicon("ru" if is_cyrillic(article.title + article.text[:200]) else "en")
    title_end = len(article.title)
    title_lemmas = [lemma for s in analysis.sentences if s.start < title_end for lemma in s.lemmas]
    body_lemmas = [lemma for s in analysis.sentences if s.start >= title_end for lemma in s.lemmas]
    title = _lexicon_sum(lexicon, title_lemmas)
    body = _lexicon_sum(lexicon, body_lemmas)
    hints = section_hints(article)
    scale = BODY_SCALE / max(len(body_lemmas), BODY_SCALE)
    return {
        c: round(TITLE_WEIGHT * title.get(c, 0.0) + scale * body.get(c, 0.0) + hints.get(c, 0.0), 3)
        for c in CATEGORIES
    }


def section_hints(article: Article) -> dict[str, float]:
    """SECTION_WEIGHT for each category the section or the URL path names."""
    lexicon = load_lexicon("hints")
    path = urlsplit(article.url or article.origin or "").path if "://" in (article.url or article.origin or "") else ""
    words = HINT_WORD.findall(f"{article.section or ''} {path}".lower())
    found: dict[str, float] = {}
    for word in words[:12]:  # a slug's later words are the headline's, not a section
        named = lexicon.weights(word)
        if not named and "_" in word:  # "nauka_i_tehnika": an unknown compound names what its parts name
            named = {c: w for part in HINT_PART.split(word) for c, w in lexicon.weights(part).items()}
        for category in named:
            found[category] = SECTION_WEIGHT
    return found


def _lexicon_sum(lexicon: Lexicon, lemmas: list[str]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for lemma in lemmas:
        for category, weight in lexicon.weights(lemma).items():
            totals[category] = totals.get(category, 0.0) + weight
    return totals
