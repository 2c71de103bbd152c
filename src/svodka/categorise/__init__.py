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
`news_examples.json`, 291 short fictional ru/en news reports and service pieces written
for svodka. Nothing is read from ../shared at run time. A category's score is the lexicon weight of its words,
the headline counting TITLE_WEIGHT times, plus SECTION_WEIGHT when the outlet's own
section or the URL names it; the best score wins, and an article nothing speaks for
is `society`, the commonest label. Why a lexicon and not a fitted model for the
category: the labelled articles we may use for measuring number 339 in all, too few
to fit a model that generalises, and a fitted model would either ship their
text-derived weights or need them at run time. `python -m benchmarks.categories`
reports what ships on every file, and, for comparison, a TF-IDF logistic regression
fitted at benchmark time on the tgcontest files with cross-validation.

Development: the lexicons were written from general knowledge, then checked against
errors on the ru/en training files and the ru dev file; the news filter's features
and examples were written from general knowledge of the genres, then checked against
errors on the same development files (no threshold tuned: probability one half). The ru and
en exam files and the en honey file were not looked at row by row, so their figures
are the held-out ones. Horoscopes are not news here (issue 8), though the tgcontest
markup files them under `other`: the benchmark counts that disagreement as an error.

Measured (python -m benchmarks.categories, 2026-11-24), second round of the news filter
(24 cues, 250 examples; the first had 19 cues, 102 examples): ru exam (held out)
accuracy 0.875, macro-F1 0.832, not-news F1 0.833, P 0.71 R 1.00 (first round: 0.900 /
0.883 / 0.889, P 1.00 R 0.80); one of its two false alarms is a horoscope the markup
files under `other`. en exam + honey (held out) accuracy 0.862, macro-F1 0.691, not-news
F1 0.421, P 0.36 R 0.50 (first round: 0.854 / 0.676 / 0.375). Development files,
not-news F1: ru training + dev 0.900 (first round 0.872), en training 0.667 (0.667).
The held-out figures were read twice in this round (`benchmarks.categories --dev`
measured every other step), as in the round before. English not-news stays the weak
spot: the markup counts reviews, "here are N games" roundups and launch posts as news,
and it has only 10 English not-news articles (2 in the development file) to measure on.

Third round (same 24 features, narrower cues, 291 examples), developed on the dev files
and on the unlabelled real reports of the pair files (en_pairs_dev, ru_pairs_dev_*: 66 and
239 articles, nearly all news) to find false alarms; the held-out files were not read.
Dev not-news F1: ru training + dev 0.900 (unchanged), en training 1.000 (was 0.667: the
iPad review the markup calls technology is now news). Pair files flagged as not news: en 2
of 66 (was 5: a stubble-burning report, a match-day column, a mixtape release; the two left
are a TV promo and a podcast promo), ru 2 of 239 (was 5: the two left are a how-to and a
five-line health snippet). Held-out, read once after the round (the third read in all):
ru exam not-news F1 0.769 (P 0.62 R 1.00; was 0.833: one more false alarm), en exam +
honey 0.375 (P 0.38 R 0.38; was 0.421: two fewer false alarms, one not-news missed). On
all real reports seen (pair files and held-out), false alarms fell from 19 to 12 and
not-news found from 9 to 8: kept for the precision, the goal of 0.90 is not reached.
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
FALLBACK = "society"  # the commonest label in every tgcontest file; chosen when no word speaks

# The headline states the topic in a few words; counted this many times over a body word.
TITLE_WEIGHT = 4.0
# An outlet's own section ("Спорт", /sport/ in the URL) outweighs a few words of text.
SECTION_WEIGHT = 12.0
# Body scores are per this many lemmas, so a long article does not drown its headline.
BODY_SCALE = 100
# Below this total score nothing really speaks for a category: FALLBACK.
MIN_SCORE = 1.0

HINT_WORD = re.compile(r"[a-zа-яё0-9]+(?:-[a-zа-яё0-9]+)*", re.IGNORECASE)


@dataclass
class Categorised:
    news: bool
    category: str
    scores: dict[str, float] = field(default_factory=dict)
    not_news_score: float = 0.0


def categorise(article: Article, analysis: Analysis) -> Categorised:
    """Whether the article is news, and its category, with the scores that decided."""
    scores = category_scores(article, analysis)
    best = max(scores, key=scores.__getitem__)
    category = best if scores[best] >= MIN_SCORE else FALLBACK
    hint = section_hints(article).get(NOT_NEWS, 0.0) / SECTION_WEIGHT
    score = not_news_score(article, analysis, hint)
    return Categorised(score <= NOT_NEWS_THRESHOLD, category, scores, round(score, 3))


def with_category(article: Article, analysis: Analysis) -> Analysis:
    """The analysis with `news` and `category` filled in (the engine's step after `analyse`)."""
    result = categorise(article, analysis)
    analysis.news, analysis.category = result.news, result.category
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
        for category in lexicon.weights(word):
            found[category] = SECTION_WEIGHT
    return found


def _lexicon_sum(lexicon: Lexicon, lemmas: list[str]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for lemma in lemmas:
        for category, weight in lexicon.weights(lemma).items():
            totals[category] = totals.get(category, 0.0) + weight
    return totals
