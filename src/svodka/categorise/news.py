"""News or not: how-tos, listicles, recipes, advertising and essays are not news.

A news report tells what happened to someone at some time, in the third person and
the past tense, and says who said so. Service pieces address the reader ("вы",
"you", imperatives), promise a list ("10 правил", "4 games to…") or ask a question
in the headline, and name no one and no date. The score adds the cues that point
away from news and subtracts those that point to it; each weight is a small
integer set by hand on the development files (see the package docstring).
"""

from __future__ import annotations

import re

from svodka.model import Analysis, Article

# At or above this not-news score an article is service content. Calibrated on the
# development files (ru training + dev, en training): the best not-news F1 of
# thresholds 0.5…2.5 in steps of 0.25; an article with no date and no source but
# no other cue scores 1.0 and stays news.
NOT_NEWS_THRESHOLD = 1.25

# No source and no time: nobody says when it happened or who said so.
UNANCHORED = 1.0
# A caption or a one-line post (a blog's picture, a joke) is not a report.
SHORT_WORDS = 40
SHORT_TITLE_WORDS = 4  # a news brief still has a sentence for a headline
# Addressing the reader: per 100 words, outside quotations (speakers say "вы" too).
READER_WEIGHT = 0.5
QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]")
TOO_SHORT = 2.0

READER_WORDS = re.compile(
    r"\b(?:вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашу|вашим|ваших|себе|you|your|yours|yourself)\b",
    re.IGNORECASE,
)
RU_IMPERATIVE = re.compile(r"\b[а-яё]{3,}(?:йте|ите)(?:сь)?\b", re.IGNORECASE)
EN_IMPERATIVE_START = re.compile(
    r"(?:^|[.!?]\s+)(?:try|make|use|add|take|get|keep|avoid|choose|check|remember|don't|do|buy|play|watch|read|"
    r"start|stop|let|mix|cook|bake|put|go)\b", re.IGNORECASE,
)
LISTICLE_TITLE = re.compile(
    r"(?:^|[.:!?]\s+|\b(?:эти|these|the)\s+)(?:(?:топ|top)\b|(?:\d{1,2}|три|четыре|пять|шесть|семь|восемь|девять|десять|"
    r"three|four|five|six|seven|eight|nine|ten)\s+(?!(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"процент|млн|млрд|тыс|человек|year|percent|million|billion|people|killed|dead)))",
    re.IGNORECASE,
)
HOWTO_TITLE = re.compile(
    r"(?:^|[.:!?]\s+)(?:как|почему|зачем|что такое|что делать|чем|сколько|какие|какой|где|how|why|what|which|where|when|"
    r"should you|do you|can you|is it)\b|\?$",
    re.IGNORECASE,
)
SERVICE_WORDS = re.compile(
    r"\b(?:рецепт\w*|ингредиент\w*|столов\w+ ложк\w*|чайн\w+ ложк\w*|по вкусу|советы|совет\w* эксперт\w*|лайфхак\w*|"
    r"подборк\w*|чек-лист|промокод\w*|скидк\w*|закажите|купите|реклама|на правах рекламы|партнерский материал|"
    r"recipe\w*|ingredients?|tablespoons?|teaspoons?|to taste|tips|how to|step-by-step|promo code|discount|"
    r"sponsored|advertisement|buy now|shop now|best deals?|our pick|we tested|we recommend)\b",
    re.IGNORECASE,
)
NEWS_SOURCE = re.compile(
    r"\((?:reuters|ap|afp|ians|pti|ani|рейтер|тасс|риа новости|интерфакс)\)|"
    r"\b(?:сообщил\w*|заявил\w*|рассказал\w*|отметил\w*|передает|сообщает|по данным|по словам|пресс-служб\w+|"
    r"said|says|told|announced|according to|reported|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
NEWS_TIME = re.compile(
    r"\b(?:вчера|сегодня|накануне|в понедельник|во вторник|в среду|в четверг|в пятницу|в субботу|в воскресенье|"
    r"yesterday|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last week|this week)\b",
    re.IGNORECASE,
)


def not_news_score(article: Article, analysis: Analysis, hint: float) -> float:
    """How strongly the article reads as service content rather than a report (higher: less news)."""
    body = article.text
    if not body.strip():
        return hint  # a headline alone is no evidence either way: only the section speaks
    words = len(body.split())
    per_100 = 100.0 / words
    score = hint
    unquoted = QUOTED.sub(" ", body)
    score += min(len(READER_WORDS.findall(unquoted)) * per_100 * READER_WEIGHT, 2.0)
    imperatives = RU_IMPERATIVE.findall(body) if analysis.language == "ru" else EN_IMPERATIVE_START.findall(body)
    score += min(len(imperatives) * per_100, 2.0)
    title = article.title.strip()
    score += 1.5 if LISTICLE_TITLE.search(title) else 0.0
    score += 1.0 if HOWTO_TITLE.search(title) else 0.0
    score += min(len(SERVICE_WORDS.findall(f"{title}\n{body}")), 3) * 0.75
    sources = len(NEWS_SOURCE.findall(body))
    timed = bool(NEWS_TIME.search(body) or analysis.dates)
    score -= min(sources, 4) * 0.5 + (1.0 if timed else 0.0) + min(len(analysis.quotes), 2) * 0.5
    score += UNANCHORED if not (sources or timed) else 0.0
    score += TOO_SHORT if words < SHORT_WORDS and len(title.split()) <= SHORT_TITLE_WORDS else 0.0
    return score

