"""The story's title: the member headline that best represents the story.

A headline scores by how many of its content lemmas the other reports also use (a
central headline names what everyone reports), less a penalty for clickbait (a question
or exclamation, teasers like "раскрыл", "стало известно", "вот что"), which hides the
fact instead of stating it. A headline giving one side of a figure the reports dispute is no title for all of
them: one without it comes first (`without_disputed`). Where no headline has enough content words to score, the first
headline is used; with no headline at all, the first report's lead.
"""

from __future__ import annotations

import re

from svodka.compare import Alignment
from svodka.compare.align import Members, number_key
from svodka.compare.values import disputed_numbers
from svodka.model import Analysis, Article, Sentence
from svodka.nlp import article_text
from svodka.stories.vectors import RUBRIC_TAG

CLICKBAIT = re.compile(
    r"[?!]|\b(раскрыл\w*|рассказал\w*|назван\w*|стало известно|вот (что|как|почему)|шок\w*|"
    r"узнайте|удивил\w*|you won't|here's|this is why|revealed?)\b", re.IGNORECASE)
CLICKBAIT_PENALTY = 0.3  # one teaser costs about as much as a third of the headline being off-topic
MIN_HEADLINE_LEMMAS = 3  # "Пожар" alone is not informative
CLAUSE_BREAK = re.compile(r"\s*[:;,]\s+|\s+[—–-]\s+")  # where a headline's clauses part: "Пожар в ТЦ: 12 пострадавших"
FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w.,]?\d)")  # a figure in digits: "15", "7,8"
# A wire's label joined by a hyphen ("UPDATE 2-", "EXCLUSIVE-", "REFILE-"), in capitals: the colon form («Срочно:»,
# "BREAKING:", "WATCH:") and the rubric tags in brackets are `stories.vectors.RUBRIC_TAG`, which grouping ignores.
WIRE_LABEL = re.compile(r"^\s*(?-i:UPDATE(?:\s+\d+)?|EXCLUSIVE|REFILE|CORRECTED)\s*-\s*")
# A bracketed tag a title loses: the medium or the state of a release ("[ВИДЕО]", "(обновлено)"), not a bracketed
# part of the claim ("(США)", "[/link]" of a headline that only looks like markup).
BRACKET_RUBRIC = re.compile(r"\+?\s*(видео|фото|фоторепортаж|инфографика|обновлено|дополнено|молния|срочно|эксклюзив"
                            r"|video|photos?|updated?|live|breaking|exclusive|watch|audio|аудио)", re.IGNORECASE)


def story_title(members: Members, alignment: Alignment | None = None) -> str:
    """The best-scoring headline (see the module docstring), or a fallback when none can be scored.

    With the story's `alignment`, a headline giving a figure the reports dispute ("…: 12 пострадавших" where
    others say 15) takes one side: one that states none is preferred, or a headline less the clause giving it.
    """
    return without_labels(_best_title(members, alignment))


def without_labels(title: str) -> str:
    """The title less the wire labels and rubric tags opening or closing it («Срочно: министр…» → «Министр…»,
    "UPDATE 2-Oil rises"): the urgency or the medium of one release, no word of the story; the title alone if
    nothing else is left."""
    stripped = title
    while (label := _label(stripped)) and label.group().strip() != stripped:
        stripped = (stripped[:label.start()] + stripped[label.end():]).strip()
    return stripped[:1].upper() + stripped[1:] if stripped != title.strip() else title


def _label(title: str) -> re.Match | None:
    """The first wire label or rubric tag of a title (`without_labels`); a bracketed tag only of BRACKET_RUBRIC."""
    if wire := WIRE_LABEL.match(title):
        return wire
    for tag in RUBRIC_TAG.finditer(title):
        bracketed = tag[1] or tag[2]
        if bracketed is None or BRACKET_RUBRIC.fullmatch(bracketed.strip()):
            return tag
    return None


def _best_title(members: Members, alignment: Alignment | None) -> str:
    """The best-scoring headline, or the fallback (`story_title`)."""
    disputed = _disputed_numbers(members, alignment) if alignment else set()
    scored = []
    for index, (article, analysis) in enumerate(members):
        lemmas = headline_lemmas(article, analysis)
        if article.title and len(lemmas) >= MIN_HEADLINE_LEMMAS:
            title = without_disputed(article, analysis, disputed)
            scored.append((title is not None, headline_score(article.title, lemmas, members, index),
                           title or article.title))
    if scored:
        return max(scored)[-1]
    titled = [article.title for article, _ in members if article.title]
    if titled:
        return titled[0]
    lead = _lead(members)
    return lead.text.strip() if lead else ""


def _disputed_numbers(members: Members, alignment: Alignment) -> set[str]:
    text_of = {article.id: article_text(article) for article, _ in members}
    return set().union(*(disputed_numbers(fact, text_of) for fact in alignment.facts))


def without_disputed(article: Article, analysis: Analysis, disputed: set[str]) -> str | None:
    """The headline less its clauses giving a disputed figure ("Пожар в торговом центре «Радуга» в Екатеринбурге"
    of "…: 12 пострадавших"), or None if nothing whole is left: such a headline takes a side."""
    title = article.title
    spans = [(n.start, n.stop) for n in analysis.numbers if n.stop <= len(title) and number_key(n.value) in disputed]
    spans += [m.span() for m in FIGURE.finditer(title) if number_key(float(m.group().replace(",", "."))) in disputed]
    if not spans:
        return title
    bounds = [0] + [i for m in CLAUSE_BREAK.finditer(title) for i in m.span()] + [len(title)]
    clauses = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    kept = [title[a:b] for a, b in clauses if not any(x < b and a < y for x, y in spans)]
    left = ", ".join(kept)
    return left if kept and len(left.split()) >= MIN_HEADLINE_LEMMAS else None


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
