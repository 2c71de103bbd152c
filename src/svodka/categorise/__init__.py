"""News filter and category: what kind of article this is, for the front page.

Labels are those of the Telegram Data Clustering Contest markup: society, economy,
technology, sports, entertainment, science, other; an article that is not news
(how-to, listicle, recipe, advertising, essay) gets `news = False` and keeps its
best category.

What ships is our own: hand-written lexicons (`lexicon_ru.json`, `lexicon_en.json`:
lemmas and prefixes per category; `lexicon_hints.json`: section and URL words) with
hand-set weights for the category (`category.py`), and for news-or-not (`news.py`) a logistic regression over
named structural cues (`news_features.py`, patterns in `news_cues.py`) whose weights
(`news_weights.json`) were fitted by `python -m svodka.categorise.news_fit` on
`news_examples.json`, 380 short fictional ru/en news reports and service pieces written
for svodka. Nothing is read from ../shared at run time. A category's score is the lexicon weight of its words,
the headline counting TITLE_WEIGHT times, plus SECTION_WEIGHT when the outlet's own
section or the URL names it; the best score wins, an article little speaks for
is `society`, the commonest label, and one no word speaks for at all is `other`. Text in a language with no lexicon
(anything but ru/en) is filed by its section or URL alone, else `other`, and the news filter weighs only its
structure (`news_features`). Why a lexicon and not a fitted model for the
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

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from svodka.categorise.news import NOT_NEWS_THRESHOLD, not_news_score
from svodka.lazy import lazy_names
from svodka.model import Analysis, Article
from svodka.settings import CATEGORIES

if TYPE_CHECKING:
    from svodka.categorise.category import SECTION_WEIGHT, category_scores, section_hints

__all__ = ["CATEGORIES", "NOT_NEWS", "SECTION_WEIGHT", "Categorised", "categorise", "category_scores", "section_hints",
           "story_category", "with_category"]
# The lexicons' scores read lemmas and stems (svodka.nlp.english: the cleaner's patterns with it, ~0.5 s): loaded when
# an article is categorised, not when an export or a page reads the why the analysis kept.
__getattr__ = lazy_names(__name__, dict.fromkeys(("SECTION_WEIGHT", "category_scores", "section_hints"), ".category"))

NOT_NEWS = "not_news"


@dataclass
class Categorised:
    news: bool
    category: str
    scores: dict[str, float] = field(default_factory=dict)
    not_news_score: float = 0.0
    cues: dict[str, float] = field(default_factory=dict)  # each news-filter feature's share of not_news_score


def categorise(article: Article, analysis: Analysis) -> Categorised:
    """Whether the article is news, and its category, with the scores that decided."""
    from svodka.categorise.category import SECTION_WEIGHT, best_category, category_scores, section_hints

    scores = category_scores(article, analysis)
    hint = section_hints(article).get(NOT_NEWS, 0.0) / SECTION_WEIGHT
    score, cues = not_news_score(article, analysis, hint)
    score = round(score, 3)  # decided on the score kept, so the why (explain.Explanation.news) says what was decided
    return Categorised(score <= NOT_NEWS_THRESHOLD, best_category(scores), scores, score, cues)


def with_category(article: Article, analysis: Analysis) -> Analysis:
    """A copy of the analysis with `news` and `category` filled in, and the evidence for them (the engine's step
    after `analyse`)."""
    result = categorise(article, analysis)
    return replace(analysis, news=result.news, category=result.category, not_news_score=result.not_news_score,
                   news_cues=result.cues, category_scores=result.scores)


def story_category(categories: list[str | None], scores: list[dict[str, float]] | None = None) -> str | None:
    """The majority category of a story's articles, oldest first. A tie goes to the tied category its articles' words
    speak for most (each article's `category_scores`, summed), and only then to the earliest article's: two reports
    of a strike filed one under economy, one under society, belong where their text leans, not where the first landed.
    An article no lexicon word speaks for (all its `scores` 0: a language with no lexicon, a text of no category's
    words) abstains while another votes: a Ukrainian report's `other` does not outvote its Russian twin's `society`."""
    spoken = [c for c, s in zip(categories, scores) if c and any(s.values())] if scores else []
    counts = Counter(spoken or [c for c in categories if c])
    if not counts:
        return None
    best = max(counts.values())
    tied = [c for c in dict.fromkeys(categories) if c and counts[c] == best]  # in order of first appearance
    summed = {c: sum(article.get(c, 0.0) for article in scores or []) for c in tied}
    return max(tied, key=summed.__getitem__)  # max keeps the first of equal sums: the earliest article's
