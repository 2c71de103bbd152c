"""What an article looks like, as named numbers: the evidence the news filter weighs.

A news report tells what happened to someone at some time, in the third person and
the past tense, and says who said so: a dateline, named people and organisations,
reporting verbs, a day of the week. Service content looks different whatever its
topic: it addresses the reader ("вы", "you", imperatives), promises a list ("10
правил", "4 games to…", "the best X of 2020") or a guide in the headline, weighs a
product (a review's verdict and stars), sells (deals, promo codes, calls to buy or
subscribe), lists what's on (hours and tickets), tells the reader's fortune, speaks
in the first person like a column, or, as an essay about the past, dates only the
past. Every feature is a share, a count or a rate capped at a small number, so no
single cue can outweigh the rest; the patterns live in `news_cues.py`, the weights
in `news_weights.json`.
"""

from __future__ import annotations

import re
from datetime import datetime

from svodka.categorise.news_cues import (
    CALL_TO_ACT, DATELINE, DEAL_WORDS, EN_FIRST_PERSON, EN_IMPERATIVE_START, EN_PAST, EN_WE, EXPERT_TITLE,
    HISTORY_WORDS, HOROSCOPE_WORDS, HOWTO_TITLE, LISTICLE_TITLE, LISTING_WORDS, NEWS_SOURCE, NEWS_TIME, QUOTED,
    READER_WORDS, REVIEW_WORDS, RU_IMPERATIVE, RU_PAST, SERVICE_WORDS, TITLE_IMPERATIVE, ZODIAC_SIGNS,
)
from svodka.model import Analysis, Article

# A caption or a one-line post (a blog's picture, a joke) is not a report.
SHORT_WORDS = 40
SHORT_TITLE_WORDS = 4  # a news brief still has a sentence for a headline
# Rates are per 100 words and capped: a long guide and a short one speak alike.
PER_100_CAP = 4.0
COUNT_CAP = 3
# An essay about the past: every date it names is this many years before publication.
OLD_DATE_YEARS = 20
# Three signs of the zodiac in one text are a horoscope: a report names one at most ("Leo Tolstoy" aside).
HOROSCOPE_SIGNS = 3
# A report tells the event in the past and its background in the present or the future: past
# tense in half the sentences is already all the narration a report needs (our short examples
# narrate in nearly every sentence, scraped reports in about half: averaged on the dev files).
PAST_SHARE_FULL = 0.5
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
ODD_SPACE = re.compile(r"[^\S\n ]")


def news_features(article: Article, analysis: Analysis, hint: float) -> dict[str, float]:
    """Every feature by name; `hint` is 1.0 when the outlet's section or URL names service content."""
    # No-break and other odd spaces (a third of the scraped articles have them) would hide "по словам".
    body = ODD_SPACE.sub(" ", article.text)
    title = ODD_SPACE.sub(" ", article.title).strip()
    signs = {match.lower()[:4] for match in ZODIAC_SIGNS.findall(body)}
    horoscope = HOROSCOPE_WORDS.search(title) or len(signs) >= HOROSCOPE_SIGNS
    features = {"section": hint, "horoscope": float(bool(horoscope))}
    if not body.strip():
        return features  # a headline alone is little evidence: only the section and a horoscope speak
    english = analysis.language == "en"
    words = len(body.split())
    per_100 = 100.0 / words
    unquoted = QUOTED.sub(" ", body)
    sentences = [s for s in SENTENCE_END.split(unquoted) if s.strip()] or [unquoted]
    everything = f"{title}\n{body}"
    imperatives = EN_IMPERATIVE_START.findall(body) if english else RU_IMPERATIVE.findall(body)
    sources = len(NEWS_SOURCE.findall(body))
    recent, old = _dated(article, analysis)
    timed = bool(NEWS_TIME.search(body) or recent)
    named = sum(len(entity.mentions) for entity in analysis.entities if entity.type in ("PER", "ORG"))
    features |= {
        # The share of sentences that speak to the reader, outside quotations: a report may quote "you" once.
        "reader": _share(sentences, READER_WORDS),
        # A headline that speaks to the reader ("…if you're…", "Что вам…") sells a service; a report's names its subject.
        "title_reader": float(bool(READER_WORDS.search(QUOTED.sub(" ", title)))),
        # A column or a review says "I" outside quotations. English only: Russian "я" fills interviews run as dialogue.
        "first_person": _rate(len(EN_FIRST_PERSON.findall(unquoted)), per_100) if english else 0.0,
        # The newsroom's "we" ("we tested", "our pick") outside quotations; English only, as above.
        "we": _rate(len(EN_WE.findall(unquoted)), per_100) if english else 0.0,
        "imperative": _rate(len(imperatives), per_100),
        # A report narrates: the share of sentences with a past-tense verb, full at PAST_SHARE_FULL.
        "past": min(_share(sentences, EN_PAST if english else RU_PAST) / PAST_SHARE_FULL, 1.0),
        "call_to_act": _count(CALL_TO_ACT, everything),
        "listicle": float(bool(LISTICLE_TITLE.search(title))),
        "howto": float(bool(HOWTO_TITLE.search(title) or TITLE_IMPERATIVE.search(title))),
        "expert": float(bool(EXPERT_TITLE.search(title))),
        "review": _count(REVIEW_WORDS, everything),
        "deal": _count(DEAL_WORDS, everything),
        "listing": _count(LISTING_WORDS, body),
        "service": _count(SERVICE_WORDS, everything),
        "history": float(bool((old and not timed) or HISTORY_WORDS.search(everything))),
        "sources": float(min(sources, COUNT_CAP)),
        "timed": float(timed),
        "quotes": float(min(len(analysis.quotes), COUNT_CAP)),
        "named": _rate(named, per_100),
        "dateline": float(bool(DATELINE.match(body) or DATELINE.match(title))),
        "unanchored": float(not (sources or timed)),
        "too_short": float(words < SHORT_WORDS and len(title.split()) <= SHORT_TITLE_WORDS),
    }
    return features


def _rate(count: int, per_100: float) -> float:
    return min(count * per_100, PER_100_CAP)


def _count(pattern: re.Pattern, text: str) -> float:
    return float(min(len(pattern.findall(text)), COUNT_CAP))


def _share(sentences: list[str], pattern: re.Pattern) -> float:
    return sum(bool(pattern.search(sentence)) for sentence in sentences) / len(sentences)


def _dated(article: Article, analysis: Analysis) -> tuple[bool, bool]:
    """Whether the text names a recent date, and whether it names one OLD_DATE_YEARS before publication."""
    now = (article.published or datetime.now()).year
    years = [int(d.date[:4]) for d in analysis.dates if d.date and d.date[:4].isdigit()]
    recent = any(now - year < OLD_DATE_YEARS for year in years) or len(years) < len(analysis.dates)
    return recent, any(now - year >= OLD_DATE_YEARS for year in years)
