"""The story's title: the member headline that best represents the story.

A headline scores by how many of its content lemmas the other reports also use (a
central headline names what everyone reports), less a penalty for clickbait (a question
or exclamation, teasers like "раскрыл", "стало известно", "вот что"), which hides the
fact instead of stating it. Where no headline has enough content words to score, the first
headline is used; with no headline at all, the first report's lead.
"""

from __future__ import annotations

import re

from svodka.compare.align import Members
from svodka.model import Analysis, Article, Sentence

CLICKBAIT = re.compile(
    r"[?!]|\b(раскрыл\w*|рассказал\w*|назван\w*|стало известно|вот (что|как|почему)|шок\w*|"
    r"узнайте|удивил\w*|you won't|here's|this is why|revealed?)\b", re.IGNORECASE)
CLICKBAIT_PENALTY = 0.3  # one teaser costs about as much as a third of the headline being off-topic
MIN_HEADLINE_LEMMAS = 3  # "Пожар" alone is not informative


def story_title(members: Members) -> str:
    """The best-scoring headline (see the module docstring), or a fallback when none can be scored."""
    scored = []
    for index, (article, analysis) in enumerate(members):
        lemmas = headline_lemmas(article, analysis)
        if article.title and len(lemmas) >= MIN_HEADLINE_LEMMAS:
            scored.append((headline_score(article.title, lemmas, members, index), article.title))
    if scored:
        return max(scored)[1]
    titled = [article.title for article, _ in members if article.title]
    if titled:
        return titled[0]
    lead = _lead(members)
    return lead.text.strip() if lead else ""


def headline_lemmas(article: Article, analysis: Analysis) -> set[str]:
    title_end = len(article.title)  # the analysed text opens with the headline (nlp.article_text)
    return {lemma for s in analysis.sentences if s.start < title_end for lemma in s.lemmas}


def headline_score(title: str, lemmas: set[str], members: Members, index: int) -> float:
    """Share of the headline's lemmas found in the story's reports, less clickbait."""
    bags = [set(analysis.lemmas) for _, analysis in members]
    others = [bag for i, bag in enumerate(bags) if i != index] or bags
    coverage = sum(sum(lemma in bag for bag in others) / len(others) for lemma in lemmas) / len(lemmas)
    return coverage - CLICKBAIT_PENALTY * len(CLICKBAIT.findall(title))


def _lead(members: Members) -> Sentence | None:
    for _, analysis in members:
        if analysis.sentences:
            return analysis.sentences[0]
    return None
