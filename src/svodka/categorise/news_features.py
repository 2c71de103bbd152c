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
in `news_weights.json`. Words that real reports carry too are taken out or counted
narrowly: the site's furniture (sign-up boxes, "click here") is removed first, orders
and calls to act are counted outside quotations, the reviews', deals' and service
words are rates per 100 words (a long report that mentions a discount twice is not an
advert), and a question headline that narrates in the past ("Как прошел форум") is a
report's, not a guide's. How densely the body names people and organisations is not weighed: fitted on our
short examples it pointed away from news (celebrity roundups and product pages are as full of names as reports),
which a reader's why could not honestly say; a headline that names who or where (`title_named`) stays.

The cues are words of Russian and English (`CUE_LANGUAGES`), read only in a text the analysis found to be in that
language: Russian endings read Bulgarian definite plurals ("политиците", "кварталите") as orders and Bulgarian or
Serbian past participles as narration. A text in any other language (uk, be, bg, sr, kk, mk…) is weighed by its
structure alone: the outlet's section or URL, the dates, names and quotations the analysis found in it, a dateline,
a headline that credits a speaker, its length. Its word features are left out of the dict, and a feature left out
weighs nothing, as a 0 would: the model is a sum. The same weights and intercept apply, so with no evidence either way
the intercept (+0.19) calls it service content: a report needs a recent date, a quotation or a name in its headline
to stay news, and a service piece is caught by its section, its URL or its lack of a report's structure.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from svodka.categorise.news_cues import (
    AD_MARK,
    ADVERTISER,
    CALL_TO_ACT,
    CUE_LANGUAGES,
    DATELINE,
    DEAL_WORDS,
    DEATH_NOTICE,
    EN_FIRST_PERSON,
    EN_IMPERATIVE_START,
    EN_PAST,
    EN_WE,
    EN_WILL,
    EXPERT_TITLE,
    FURNITURE,
    GUIDE_TITLE,
    HISTORY_WORDS,
    HOROSCOPE_WORDS,
    INSTRUCTION_CLAUSE,
    LISTICLE_TITLE,
    LISTING_WORDS,
    NEWS_SOURCE,
    NEWS_TIME,
    QUESTION_TITLE,
    QUOTED,
    RANKING_TITLE,
    READER_WORDS,
    REPORT_SALE,
    REVIEW_WORDS,
    RU_CLAUSE_OPENER,
    RU_IMPERATIVE,
    RU_PAST,
    SERVICE_WORDS,
    TITLE_IMPERATIVE,
    TITLE_SPEAKER,
    TITLE_START,
    TITLE_TELLER,
    TITLE_WHEN,
    ZODIAC_SIGNS,
)
from svodka.model import Analysis, Article
from svodka.nlp.russian.words import OPENING_QUOTES

if TYPE_CHECKING:
    from svodka.nlp.models import MorphVocab

# Where a headline's clause ends: a mark of punctuation or a dash between clauses.
CLAUSE_END = re.compile(r"[:;,.!?]|\s[—–-]\s")
# The writer's own voice in a headline: "мы выбрали", "я попробовала" make a roundup or a column, not a report.
WRITER = re.compile(r"\b(?:мы|я|наш[а-я]*)\b", re.IGNORECASE)
# A caption or a one-line post (a blog's picture, a joke) is not a report.
SHORT_WORDS = 40
SHORT_TITLE_WORDS = 4  # a news brief still has a sentence for a headline
# Rates are per 100 words and capped: a long guide and a short one speak alike.
PER_100_CAP = 4.0
COUNT_CAP = 3
# An essay about the past: every date it names is this many years before publication.
OLD_DATE_YEARS = 20
# How much of each word of an advertiser's name must open a word of the report for the report to name it: enough to
# tell «Ромашка» from «Роман», short enough to pass the endings («Волгакредитбанка», «в Сбербанке»).
ADVERTISER_STEM = 5
# Three signs of the zodiac in one text are a horoscope: a report names one at most ("Leo Tolstoy" aside).
HOROSCOPE_SIGNS = 3
# A report tells the event in the past and its background in the present or the future: past
# tense in half the sentences is already all the narration a report needs (our short examples
# narrate in nearly every sentence, scraped reports in about half: averaged on the dev files).
PAST_SHARE_FULL = 0.5
# Scraped texts often run sentences together ("…the capital.The protests…"): a full stop
# after a lowercase word and before a capital ends a sentence even without a space.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[a-zа-яё][.!?])(?=[A-ZА-ЯЁ])|\n+")
ODD_SPACE = re.compile(r"[^\S\n ]")


def news_features(article: Article, analysis: Analysis, hint: float) -> dict[str, float]:
    """Every feature by name; `hint` is 1.0 when the outlet's section or URL names service content. The word features
    only for a text in one of CUE_LANGUAGES; for any other, the structure's alone (see the module's docstring)."""
    # No-break and other odd spaces (a third of the scraped articles have them) would hide "по словам".
    body = FURNITURE.sub(" ", ODD_SPACE.sub(" ", article.text))
    title = ODD_SPACE.sub(" ", article.title).strip()
    cued = analysis.language in CUE_LANGUAGES
    features = {"marked": hint}
    if cued:
        features |= _declared_features(article, title, body)
    if not body.strip():
        return features  # a headline alone is little evidence: only the section and a horoscope speak
    english = analysis.language == "en"
    words = len(body.split())
    unquoted = QUOTED.sub(" ", body)
    sentences = [s for s in SENTENCE_END.split(unquoted) if s.strip()] or [unquoted]
    everything = f"{title}\n{body}"
    sources = bool(TITLE_SPEAKER.match(title)) + (len(NEWS_SOURCE.findall(body)) if cued else 0)
    recent, old = _dated(article, analysis)
    timed = recent or (cued and bool(NEWS_TIME.search(body)))
    history = (old and not timed) or (cued and bool(HISTORY_WORDS.search(everything)))
    features |= {
        "history": float(history),
        "sources": float(min(sources, COUNT_CAP)),
        "timed": float(timed),
        "quotes": float(min(len(analysis.quotes), COUNT_CAP)),
        # A report's headline says who or where ("В Тамбовской области…", "Kremlin says…"); a guide's,
        # a list's or a gallery's names a topic ("Как оформить пенсию", "Маникюр 2020").
        "title_named": float(_names_in_title(analysis, len(article.title))),
        "dateline": float(bool(DATELINE.match(body) or DATELINE.match(title))),
        "unanchored": float(not (sources or timed)),
        "too_short": float(words < SHORT_WORDS and len(title.split()) <= SHORT_TITLE_WORDS),
    }
    if not cued:
        return features
    per_100 = 100.0 / words
    # Orders given in quotations are the speaker's ("Stay home," the mayor said), not the article's.
    imperatives = EN_IMPERATIVE_START.findall(unquoted) if english else RU_IMPERATIVE.findall(unquoted)
    past = EN_PAST if english else RU_PAST
    reported = _credited(title, analysis) or (not english and _told_after_colon(title, analysis, past))
    return features | {
        # The share of sentences that speak to the reader, outside quotations: a report may quote "you" once.
        "reader": _share(sentences, READER_WORDS),
        # A headline that speaks to the reader ("…if you're…", "Что вам…") sells a service; a report's names its
        # subject.
        "title_reader": float(bool(READER_WORDS.search(QUOTED.sub(" ", title)))),
        # A column or a review says "I" outside quotations. English only: Russian "я" fills interviews run as dialogue.
        "first_person": _per_100(per_100, EN_FIRST_PERSON, unquoted) if english else 0.0,
        # The newsroom's "we" ("we tested", "our pick") outside quotations; English only, as above.
        "we": _per_100(per_100, EN_WE, unquoted) if english else 0.0,
        "imperative": _rate(len(imperatives), per_100),
        # A report narrates: the share of sentences with a past-tense verb, full at PAST_SHARE_FULL.
        "past": min(_share(sentences, past) / PAST_SHARE_FULL, 1.0),
        "call_to_act": _count(CALL_TO_ACT, f"{title}\n{unquoted}"),
        "listicle": float(bool(LISTICLE_TITLE.search(title)) and not reported and (english or not _count_told(title))),
        "howto": float(_guide_title(title, past, history, english) and not reported),
        "expert": float(bool(EXPERT_TITLE.search(title))),
        "review": _per_100(per_100, REVIEW_WORDS, everything),
        "deal": _per_100(per_100, DEAL_WORDS, everything),
        # What's on, and a paid death notice's visitation and service: hours and places to go, not an event.
        "listing": float(min(len(LISTING_WORDS.findall(body)) + len(DEATH_NOTICE.findall(body)), COUNT_CAP)),
        # A research firm's page selling its report: the seller's copy, whatever its figures and sources say.
        "report_sale": _count(REPORT_SALE, everything),
        "service": _per_100(per_100, SERVICE_WORDS, everything),
    }


def _declared_features(article: Article, title: str, body: str) -> dict[str, float]:
    """What the page says it is in words: an advertising label, a horoscope (by its word or three signs)."""
    signs = {match.lower()[:4] for match in ZODIAC_SIGNS.findall(body)}
    horoscope = HOROSCOPE_WORDS.search(title) or len(signs) >= HOROSCOPE_SIGNS
    # An advertising label in the headline or the kept text says what the page is; so does one the cleaner cut as
    # boilerplate (kept in `removed`), unless it is an ad inserted in the report (`_declares_the_page`).
    report = f"{article.title}\n{article.text}"
    advert = _labelled(report) or any(_labelled(piece.text) and _declares_the_page(piece.text, report)
                                      for piece in article.removed)
    return {"advert": float(advert), "horoscope": float(bool(horoscope))}


def _labelled(text: str) -> bool:
    """Whether the text carries an advertising label (`AD_MARK`). A label opening a quotation is named, not declared:
    a report of a fine "за рекламу без пометки «На правах рекламы»". Only the label's own opening mark counts: a
    quotation span read from a straight quote mark can run across sentences ('Телевизор 55"… ООО "Северный"') and
    swallow a real label between."""
    return any(not (mark.start() and text[mark.start() - 1] in OPENING_QUOTES) for mark in AD_MARK.finditer(text))


def _declares_the_page(label: str, report: str) -> bool:
    """Whether a label the cleaner cut declares the page rather than an ad inserted in it: it names no advertiser
    («На правах рекламы», "Paid partnership"), or one the headline or the text names too. A sponsored post promotes its
    advertiser; an ad slot's creative between a report's paragraphs («Реклама. ООО «Ромашка-Трейд». erid: …» in a
    report on school closures) names one the report never mentions. The cleaner keeps no position, so the advertiser
    is what tells them apart. A name matches by its words' first letters: the text inflects it
    («у Волгакредитбанка»)."""
    advertiser = ADVERTISER.search(label)
    if not advertiser:
        return True
    stems = [word[:ADVERTISER_STEM] for word in re.findall(r"[^\W\d_]{4,}", advertiser["name"])]
    return not stems or any(re.search(rf"\b{re.escape(stem)}", report, re.IGNORECASE) for stem in stems)


def _names_in_title(analysis: Analysis, title_end: int) -> bool:
    return any(mention.start < title_end for entity in analysis.entities for mention in entity.mentions
               if mention.kind == "name")


def _credited(title: str, analysis: Analysis) -> bool:
    """Whether the headline names who tells (a person or a body named before its verb of telling): a report of what
    someone said, however its advice or list reads ("В ВОЗ рассказали, как утилизировать маски")."""
    named = [mention.stop for entity in analysis.entities for mention in entity.mentions
             if mention.kind == "name" and mention.start < len(title)]
    return any(stop <= verb.start() for verb in TITLE_TELLER.finditer(title) for stop in named)


def _told_after_colon(title: str, analysis: Analysis, past: re.Pattern) -> bool:
    """Whether a part of the headline after a colon tells an event of someone named: a name, then a past-tense verb
    ("Как оформить новое пособие: Госдума приняла закон", "Как записаться на прививку: в Казани открыли 20 пунктов"),
    or a deed in its first clause, whoever did it ("Как сэкономить на ЖКУ: правительство продлило мораторий",
    "…: авиакомпании обязали вернуть деньги": `_acts`). The how-to before it is the report's service part. A guide's
    told part names a role that tells ("Как выбрать шины: эксперты рассказали") or drops its subject, the writer's
    ("…: собрали главное"), and stays a guide. Russian only: English "-ed" reads a ranking's moves as narration
    ("power rankings: Jackson, Murray rise, Mayfield dropped")."""
    colon = title.find(":")
    if colon < 0 or QUESTION_TITLE.match(title[colon + 1:].lstrip()):  # "…: как Гитлер планировал…" asks, not tells
        return False
    named = [mention.stop for entity in analysis.entities for mention in entity.mentions
             if mention.kind == "name" and colon < mention.start < len(title)]
    return any(past.search(title, stop) for stop in named) or _acts(_first_clause(title[colon + 1:]))


def _guide_word_acts(title: str, end: int) -> bool:
    """Whether a Russian guide word is the subject of an event its own clause tells: "Гид Michelin впервые присвоил
    звезды", "Советы не помогли: жители остались без воды". A guide's word names the piece ("пошаговая инструкция",
    "советы диетолога") with no verb of its own after it."""
    return _acts(_first_clause(title[end:]), subject=True)


def _first_clause(text: str) -> str:
    """Text up to the first clause's end: a punctuation mark or a clause opener ("…, которые", "что", "как")."""
    return RU_CLAUSE_OPENER.split(CLAUSE_END.split(text)[0])[0]


def _acts(clause: str, subject: bool = False) -> bool:
    """Whether a Russian clause tells of a deed in the past ("правительство продлило мораторий"): a verb in the past
    or a short participle that is no verb of telling ("эксперты рассказали" hands advice, not news: `TITLE_TELLER`),
    after its subject, a noun or a name (or the guide word before the clause: `subject`). The subject is not the
    writer's "мы" or "я", nor is the deed done in "our" piece ("мы выбрали 10 подарков", "…сохранены в нашей подборке"
    are roundups), nor is the subject left out: editorial Russian drops "мы", and a clause opening with its verb is the
    writer's voice ("собрали главное", "проверили 10 марок", "проверено редакцией")."""
    if TITLE_TELLER.search(clause) or WRITER.search(clause):
        return False
    for word in re.findall(r"[^\W\d_]+", clause):
        if not re.match(r"[а-яё]", word, re.IGNORECASE):  # a name in Latin letters ("Michelin", "Apple")
            subject = subject or word[0].isupper()
            continue
        tag = _morphology().parse(word.lower())[0].tag
        if tag.POS == "PRTS" or (tag.POS == "VERB" and "past" in tag):
            return subject
        subject = subject or tag.POS in ("NOUN", "NPRO")
    return False


def _count_told(title: str) -> bool:
    """Whether a Russian count headline tells an event: its own clause has a verb in the past or a short participle
    ("84 новых случая… зафиксировано", "11 спортсменок вызваны в сборную", "6 обстрелов, один военный ранен"). A list's
    count heads a noun phrase ("10 правил идеальных выходных"), its verbs about the items ("…, которые мешают…").
    English is left out: "10 things we learned" narrates and is a list."""
    return _tells(RU_CLAUSE_OPENER.split(title)[0])


def _tells(clause: str) -> bool:
    """Whether a Russian clause has a verb in the past or a short participle (pymorphy's first reading)."""
    return any(tag.POS == "PRTS" or (tag.POS == "VERB" and "past" in tag) for tag in _readings(clause))


def _readings(clause: str) -> list:
    return [_morphology().parse(word)[0].tag for word in re.findall(r"[а-яё]+", clause.lower())]


def _scheduled(clause: str, title: str, english: bool) -> bool:
    """Whether a question asks what will happen, or goes on, on a day the headline names: service news ("Как будут
    работать магазины в праздники", "Какие продукты подорожают в феврале", "Подорожает ли бензин с 1 марта?", "What will
    change for drivers from Monday"). A guide's question has no day, or an infinitive ("Как сэкономить в праздники"),
    or a target ("…похудеть к лету"): `TITLE_WHEN`. Russian by a finite verb in the present or future (pymorphy)."""
    if not TITLE_WHEN.search(title):
        return False
    if english:
        return bool(EN_WILL.search(clause))
    return any(tag.POS == "VERB" and tag.tense in ("pres", "futr") for tag in _readings(clause))


@cache
def _morphology() -> MorphVocab:
    """pymorphy's dictionary (natasha's), loaded on the first Russian count headline only: natasha is slow to import."""
    from svodka.nlp.models import MorphVocab

    return MorphVocab()


def _guide_title(title: str, past: re.Pattern, history: bool, english: bool) -> bool:
    """A headline that promises a guide: asks a question it does not answer with an event, or gives an order, or
    names a ranking it does not report.

    A question told in the past ("как Гитлер планировал…") is an essay's, not a report's, when
    the text dates only the distant past (`history`); one about what will happen on a named day is service news, and so
    is a how-to whose headline names the day a change starts (`TITLE_START`: "Как получить новую выплату с 1 июля")."""
    named_guide = any(english or not _guide_word_acts(title, word.end()) for word in GUIDE_TITLE.finditer(title))
    if named_guide or TITLE_IMPERATIVE.search(title):
        return True
    if not english and RANKING_TITLE.search(title) and not _tells(title):
        return True
    if title.endswith("?"):
        *told, question = SENTENCE_END.split(title)  # the headline's sentences before its question
        if not any(past.search(sentence) for sentence in told) and not _scheduled(question, title, english):
            return True
    return any(history or _guide_clause(clause, title, past, english)
               for clause in (match["clause"] for match in QUESTION_TITLE.finditer(title)))


def _guide_clause(clause: str, title: str, past: re.Pattern, english: bool) -> bool:
    """Whether a question's clause promises a guide: instructions ("how to…", "как оформить…") unless the headline names
    the day a change starts (`TITLE_START`), or a question that neither narrates nor asks what a named day brings."""
    if INSTRUCTION_CLAUSE.match(clause):
        return not TITLE_START.search(title)
    return not (past.search(clause) or _scheduled(clause, title, english))


def _per_100(per_100: float, pattern: re.Pattern, text: str) -> float:
    return _rate(len(pattern.findall(text)), per_100)


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
