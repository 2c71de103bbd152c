"""Which category an article's words speak for: each category's lexicon score, and the best of them. Kept apart
from the news filter (`news.py`), which weighs how an article is written, not what it is about; how the scores are
made, and why by hand-written lexicons rather than a fitted model, is in the package's docstring."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from svodka.categorise.lexicon import LEXICON_LANGUAGES, Lexicon, load_lexicon
from svodka.model import Analysis, Article
from svodka.settings import CATEGORIES

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
# A section's compound has a few words ("nauka_i_tehnika", "Vidy_sporta"); a longer one is a headline's slug
# ("Microsoft_pokazhet_svoi_igry_dlya_Xbox", "Kak_proiti_test_na_…"), whose words are the text's, not the outlet's
# filing: its parts would put a "test" or a "guide" of the headline on a par with the outlet's own section.
SECTION_PARTS = 3


def category_scores(article: Article, analysis: Analysis) -> dict[str, float]:
    """Each of CATEGORIES with how much the article speaks for it: the lexicon weight of its headline's lemmas
    (TITLE_WEIGHT times), of its body's (per BODY_SCALE lemmas), and SECTION_WEIGHT when its section or URL names
    it. The lexicon is the text's language's (LEXICON_LANGUAGES); a text in another is scored by its section alone."""
    title_end = len(article.title)
    title_lemmas = [lemma for s in analysis.sentences if s.start < title_end for lemma in s.lemmas]
    body_lemmas = [lemma for s in analysis.sentences if s.start >= title_end for lemma in s.lemmas]
    lexicon = load_lexicon(analysis.language) if analysis.language in LEXICON_LANGUAGES else None
    title = _lexicon_sum(lexicon, title_lemmas)
    body = _lexicon_sum(lexicon, body_lemmas)
    hints = section_hints(article)
    scale = BODY_SCALE / max(len(body_lemmas), BODY_SCALE)
    return {
        c: round(TITLE_WEIGHT * title.get(c, 0.0) + scale * body.get(c, 0.0) + hints.get(c, 0.0), 3)
        for c in CATEGORIES
    }


def best_category(scores: dict[str, float]) -> str:
    """The category scored highest (the first of CATEGORIES on a tie); FALLBACK below MIN_SCORE, UNCLAIMED at 0."""
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= MIN_SCORE else FALLBACK if scores[best] > 0 else UNCLAIMED


def section_hints(article: Article) -> dict[str, float]:
    """SECTION_WEIGHT for each category the section or the URL path names."""
    lexicon = load_lexicon("hints")
    path = urlsplit(article.url or article.origin or "").path if "://" in (article.url or article.origin or "") else ""
    words = HINT_WORD.findall(f"{article.section or ''} {path}".lower())
    found: dict[str, float] = {}
    for word in words[:12]:  # a slug's later words are the headline's, not a section
        named = lexicon.weights(word)
        parts = HINT_PART.split(word)
        if not named and "_" in word and len(parts) <= SECTION_PARTS:  # "nauka_i_tehnika": what its parts name
            named = {c: w for part in parts for c, w in lexicon.weights(part).items()}
        for category in named:
            found[category] = SECTION_WEIGHT
    return found


def _lexicon_sum(lexicon: Lexicon | None, lemmas: list[str]) -> dict[str, float]:
    """Each category's summed weight over the lemmas; nothing without a lexicon for the text's language."""
    totals: dict[str, float] = {}
    if lexicon is None:
        return totals
    for lemma in lemmas:
        for category, weight in lexicon.weights(lemma).items():
            totals[category] = totals.get(category, 0.0) + weight
    return totals
