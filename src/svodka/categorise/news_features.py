"""What an article looks like, as named numbers: the evidence the news filter weighs.

A news report tells what happened to someone at some time, in the third person and
the past tense, and says who said so: a dateline, named people and organisations,
reporting verbs, a day of the week. Service content looks different whatever its
topic: it addresses the reader ("вы", "you", imperatives), promises a list ("10
правил", "4 games to…") or a guide in the headline, sells (prices, promo codes,
calls to buy or subscribe), tells the reader's fortune, speaks in the first person
like a column or a review, or, as an essay about the past, dates only the past.
Every feature is a count or a rate capped at a small number, so no single cue can
outweigh the rest; the weights live in `news.py`.
"""

from __future__ import annotations

import re
from datetime import datetime

from svodka.model import Analysis, Article

# A caption or a one-line post (a blog's picture, a joke) is not a report.
SHORT_WORDS = 40
SHORT_TITLE_WORDS = 4  # a news brief still has a sentence for a headline
# Rates are per 100 words and capped: a long guide and a short one speak alike.
PER_100_CAP = 4.0
COUNT_CAP = 3
# An essay about the past: every date it names is this many years before publication.
OLD_DATE_YEARS = 20

QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]")
READER_WORDS = re.compile(
    r"\b(?:вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашу|вашим|ваших|себе|you|your|yours|yourself|you're|you've|"
    r"you'll)\b",
    re.IGNORECASE,
)
EN_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|myself)\b")
RU_IMPERATIVE = re.compile(r"\b[а-яё]{3,}(?:йте|ите)(?:сь)?\b", re.IGNORECASE)
EN_IMPERATIVE_START = re.compile(
    r"(?:^|[.!?]\s+)(?:try|make|use|add|take|get|keep|avoid|choose|check|remember|don't|do|buy|play|watch|read|"
    r"start|stop|let|mix|cook|bake|put|go|grab|save|pick|shop|order|head|look|consider|find|learn|enjoy|whisk|heat|"
    r"serve|close|plan|answer|share|sign)\b",
    re.IGNORECASE,
)
LISTICLE_TITLE = re.compile(
    r"(?:^|[.:!?]\s+|\b(?:эти|these|the)\s+)(?:(?:топ|top)\b|(?:\d{1,2}|три|четыре|пять|шесть|семь|восемь|девять|десять|"
    r"three|four|five|six|seven|eight|nine|ten)\s+(?!(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"процент|млн|млрд|тыс|человек|year|percent|million|billion|people|killed|dead)))",
    re.IGNORECASE,
)
HOWTO_TITLE = re.compile(
    r"(?:^|[.:!?]\s+)(?:как|почему|зачем|что такое|что делать|чем|сколько|какие|какой|где|how|why|what|which|where|when|"
    r"should you|do you|can you|is it|here are|everything you need|all you need)\b|\?$|"
    r"\b(?:explained|guide|tips|ways to|things to|reasons|what you need to know|deals?|"
    r"инструкция|гид|советы|правил\w*|причин\w*|ошиб\w*)\b",
    re.IGNORECASE,
)
# A headline that tells the reader what to do ("Avoid the…", "Узнайте, …") is a guide or an advert.
TITLE_IMPERATIVE = re.compile(
    r"(?:^|[.:!?]\s+)(?:avoid|try|make|get|keep|choose|save|buy|shop|grab|stop|learn|discover|protect|boost|"
    r"optimi[sz]e|upgrade|prepare|don't|never|subscribe|узнайте|попробуйте|сделайте|выбирайте|купите|избегайте|"
    r"приготовьте|сохраните|не делайте|проверьте|подпишитесь)\b",
    re.IGNORECASE,
)
# "…рассказал кондитер", "объясняет психолог": an expert's advice, not an event.
EXPERT_TITLE = re.compile(
    r"\b(?:рассказ\w*|объясн\w*|совету\w*|ответил\w*|назвал\w*|колонка|experts?|doctors?|dietitians?)\s+"
    r"(?:психолог|врач|диетолог|эксперт|кондитер|повар|шеф-повар|стилист|юрист|косметолог|дерматолог|"
    r"нутрициолог|тренер|астролог|сексолог|say|says|explain\w*|recommend\w*)\w*",
    re.IGNORECASE,
)
HISTORY_WORDS = re.compile(
    r"\b(?:в древности|в старину|в средние века|в средневековье|веками|много веков|века назад|столетия назад|"
    r"in ancient times|in the middle ages|centuries ago|for centuries)\b",
    re.IGNORECASE,
)
HOROSCOPE_WORDS = re.compile(r"\b(?:гороскоп\w*|астролог\w*|horoscope\w*|astrolog\w*|zodiac\w*)\b", re.IGNORECASE)
SERVICE_WORDS = re.compile(
    r"\b(?:рецепт\w*|ингредиент\w*|столов\w+ ложк\w*|чайн\w+ ложк\w*|по вкусу|советы|совет\w* эксперт\w*|лайфхак\w*|"
    r"подборк\w*|чек-лист|промокод\w*|скидк\w*|реклама|на правах рекламы|партнерский материал|"
    r"читайте в нашем материале|предлагаем|рассказываем|разбираемся|"
    r"recipe\w*|ingredients?|tablespoons?|teaspoons?|to taste|tips|how to|step-by-step|promo code|coupon\w*|discount\w*|"
    r"sponsored|advertisement|best deals?|deals?|black friday|cyber monday|\d+% off|on sale|"
    r"lowest price|price drop|our pick|we tested|we recommend|we've rounded up|affiliate|commission|"
    r"(?:at|from) (?:amazon|walmart|best buy|target)|save \$\d+|\$\d+ off)\b",
    re.IGNORECASE,
)
# A call to act on the spot: buy, order, subscribe, share, sign up. A report tells; an advert asks.
CALL_TO_ACT = re.compile(
    r"\b(?:купите|закажите|заказывайте|успейте|подпишитесь|подписывайтесь|делитесь|поделитесь|переходите|"
    r"скачайте|регистрируйтесь|звоните|спешите|buy now|shop now|order now|sign up|subscribe|share (?:it|this|your)|"
    r"click here|don't miss|hurry|grab (?:one|yours|it)|check out)\b",
    re.IGNORECASE,
)
NEWS_SOURCE = re.compile(
    r"\((?:reuters|ap|afp|ians|pti|ani|рейтер|тасс|риа новости|интерфакс)\)|"
    r"\b(?:сообщил\w*|заявил\w*|рассказал\w*|отметил\w*|передает|сообщает|по данным|по словам|пресс-служб\w+|"
    r"said|says|told|announced|according to|reported|confirmed|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
NEWS_TIME = re.compile(
    r"\b(?:вчера|сегодня|накануне|в понедельник|во вторник|в среду|в четверг|в пятницу|в субботу|в воскресенье|"
    r"yesterday|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last week|this week)\b",
    re.IGNORECASE,
)
# "МОСКВА, 3 апреля.", "LONDON (Reuters) -", "/ТАСС/.": where and when the wire filed it.
DATELINE = re.compile(
    r"^\s*(?:[A-ZА-ЯЁ][A-ZА-ЯЁ .\-]{2,30},\s+\d{1,2}\s+[а-яё]+|[A-ZА-ЯЁ][A-ZА-ЯЁ .\-]{2,30}(?:,\s+[A-Za-z]+\.?\s+\d{1,2})?"
    r"\s*\([A-Za-zА-Яа-яЁё ]+\)\s*[-–—]|.{0,60}/[А-ЯЁA-Z][^/\n]{1,40}/\.)",
)


def news_features(article: Article, analysis: Analysis, hint: float) -> dict[str, float]:
    """Every feature by name; `hint` is 1.0 when the outlet's section or URL names service content."""
    body = article.text
    title = article.title.strip()
    features = {"section": hint, "horoscope": float(bool(HOROSCOPE_WORDS.search(title)))}
    if not body.strip():
        return features  # a headline alone is little evidence: only the section and a horoscope speak
    words = len(body.split())
    per_100 = 100.0 / words
    unquoted = QUOTED.sub(" ", body)
    everything = f"{title}\n{body}"
    imperatives = RU_IMPERATIVE.findall(body) if analysis.language == "ru" else EN_IMPERATIVE_START.findall(body)
    first_person = EN_FIRST_PERSON.findall(unquoted) if analysis.language == "en" else []
    sources = len(NEWS_SOURCE.findall(body))
    recent, old = _dated(article, analysis)
    timed = bool(NEWS_TIME.search(body) or recent)
    named = sum(len(entity.mentions) for entity in analysis.entities if entity.type in ("PER", "ORG"))
    features |= {
        "reader": _rate(len(READER_WORDS.findall(unquoted)), per_100),
        # A headline that speaks to the reader ("…if you're…", "Что вам…") sells a service; a report's names its subject.
        "title_reader": float(bool(READER_WORDS.search(QUOTED.sub(" ", title)))),
        # A column or a review says "I" outside quotations. English only: Russian "я" fills interviews run as dialogue.
        "first_person": _rate(len(first_person), per_100),
        "imperative": _rate(len(imperatives), per_100),
        "call_to_act": float(min(len(CALL_TO_ACT.findall(everything)), COUNT_CAP)),
        "listicle": float(bool(LISTICLE_TITLE.search(title))),
        "howto": float(bool(HOWTO_TITLE.search(title) or TITLE_IMPERATIVE.search(title))),
        "expert": float(bool(EXPERT_TITLE.search(title))),
        "service": float(min(len(SERVICE_WORDS.findall(everything)), COUNT_CAP)),
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


def _dated(article: Article, analysis: Analysis) -> tuple[bool, bool]:
    """Whether the text names a recent date, and whether it names one OLD_DATE_YEARS before publication."""
    now = (article.published or datetime.now()).year
    years = [int(d.date[:4]) for d in analysis.dates if d.date and d.date[:4].isdigit()]
    recent = any(now - year < OLD_DATE_YEARS for year in years) or len(years) < len(analysis.dates)
    return recent, any(now - year >= OLD_DATE_YEARS for year in years)
