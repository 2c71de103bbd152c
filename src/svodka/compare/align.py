"""Sentence alignment across a story's articles: which sentences tell the same fact.

Two sentences of different articles are aligned when they share enough rare lemmas,
names and numbers, or enough near lemmas in navec (`similarity`). Reprints — near copies of
another member — keep their own sentences but count as their original's source, so a
copied sentence is never a second witness; nor is an outlet's second report (`pooled_sources`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from svodka.clean.text import DATELINE
from svodka.compare.credits import editors_note
from svodka.compare.lexicon import concept
from svodka.model import Analysis, Article, DateRef, NumberFact, Quote
from svodka.nlp import article_text
from svodka.nlp.english import stem

# Exact lemma overlap (`overlap`) from which two sentences state one fact: on the seeds
# the paraphrased pairs score 0.44–0.71 and different facts of the story at most 0.37.
ALIGN_THRESHOLD = 0.45
# Shorter sentences ("Подробнее.") carry no comparable fact, unless they count MIN_SHARED_FIGURE or more of something:
# «Всего вылечились 564 пациента.» is one report's wording of the count another prints in a long sentence (`figures`
# joins the two); «Для нее будут задействованы два зала.» would lend its "2" to any sentence giving two of anything.
MIN_LEMMAS = 4
# A figure this large is rarely shared by chance in one story ("84", "2 232"); smaller ones are ages, ranks and
# counts of a few («трое пациентов», «от 18 до 30 лет»). Set by reading the gold's COVID stories, not fitted.
MIN_SHARED_FIGURE = 10
ASIDE = re.compile(r"^\(.*\)\.?$")  # "($1 = 88.14 roubles)": an editor's note in brackets, no fact of the story
DATELINE_CHARS = 60  # a "CITY, date — Outlet." line is shorter than this
# What is left of a sentence after the headline, to count as a body sentence, unless it counts something: «Погибли 12
# человек.» (19 characters) is a fact.
MIN_BODY_CHARS = 20
# "САНКТ-ПЕТЕРБУРГ, 2 марта." split off as a sentence: where and when, but no fact.
BARE_DATELINE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ\- ]{2,},\s*[^.]{0,30}\.?$")
# A lone sentence giving the same count of the same thing as another report's sentence joins its fact this far below
# the same-fact margin: the corpus's "пострадали 12 человек" is -0.08 from a long lead with "Двенадцать человек
# пострадали"; benchmarks.compare's shared and unique figures hold with it.
COUNTED_SLACK = 0.1
# A live blog's entry opens its paragraph with the time it was posted: "10:00 Площадь возгорания выросла до 5000 …",
# "16:05 — The fire is out". The entry's sentences were published then, not when the blog was last saved.
ENTRY_STAMP = re.compile(r"[ \t]*([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:.])[ \t]*[—–-]?[ \t]*(?=\w)")
LEADING_NUMBER = re.compile(r"^\d+")  # "87-й", "34" among the lemmas: a score, a minute, an ordinal
DIGIT_GROUP = re.compile(r"\d+")  # the digits of a printed number, as the tokenizer splits them into lemmas
NOUN_STEM = 4  # letters two inflections of a counted noun share ("человек" / "человека", "euros" / "euro")

Members = list[tuple[Article, Analysis]]  # a story's articles with their analyses, in story order


@dataclass
class Unit:
    """A body sentence of one article, with what it states, ready to be compared."""

    article: str
    outlet: str
    source: str  # the article it originates from (itself, or the original it reprints)
    text: str
    lemmas: frozenset[str]
    start: int = 0
    stop: int = 0
    numbers: list[NumberFact] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)  # resolved ones only
    # Every date expression, resolved or not: the day of an undated report's "9 декабря" is no bare figure.
    date_spans: tuple[tuple[int, int], ...] = ()
    entity_names: dict[str, str] = field(default_factory=dict)  # key -> canonical name
    entity_printed: dict[str, str] = field(default_factory=dict)  # key -> the name as the sentence prints it
    quotes: list[Quote] = field(default_factory=list)
    language: str = "ru"
    lemmas_in_order: tuple[str, ...] = ()  # as the sentence gives them, to find a number's neighbours
    # When the sentence was published: its report's time, or its live-blog entry's (`entry_time`); None undated or
    # dated to a day only. `stamped`: the sentence opens that entry, the time printed before it.
    published: datetime | None = None
    stamped: bool = False
    # `values.readings` of the sentence by its report's text, read once for all who ask; never copied by `replace`
    read: dict[str, tuple] = field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property  # a unit is compared with every other of its story: worked out once
    def anchors(self) -> frozenset[str]:
        """What survives translation: names, numbers (with what they count), resolved days, lexicon concepts."""
        numbers = {f"#{float(m[0]):g}" for lemma in self.lemmas if (m := LEADING_NUMBER.match(lemma))}
        numbers |= {number_key(n.value) for n in self.numbers}
        counted = {f"{number_key(n.value)} {concept(n.unit, self.language)}" for n in self.numbers if concept(n.unit, self.language)}
        days = {f"@{d.date}" for d in self.dates if d.date and "/" not in d.date}
        concepts = {f"~{c}" for lemma in self.lemmas if (c := concept(lemma, self.language))}
        return frozenset(self.entity_names.keys() | numbers | counted | days | concepts)

    @cached_property
    def shown(self) -> str:
        """The sentence as a reader sees it: a lead without its "CITY, date /Outlet/ —" dateline (where and
        when the report was filed, not what it states); the whole sentence if little else is left."""
        match = DATELINE.match(self.text)
        rest = self.text[match.end():].lstrip(" —–-") if match else ""
        return rest if len(rest) >= MIN_BODY_CHARS else self.text.strip()

    @cached_property
    def features(self) -> frozenset[str]:
        """Lemmas plus names and numbers, which survive paraphrase and translation; a number by its value and by its
        value with what it counts ("#281752 случай"), not by the digit groups it is printed in: «281 752» is the lemmas
        "281" and "752", «281752» one lemma, and the two reports' sentences met on neither."""
        numbers = {number_key(number.value) for number in self.numbers}
        counted = {f"{number_key(number.value)} {number.unit}" for number in self.numbers if number.unit}
        printed = {group for number in self.numbers for group in DIGIT_GROUP.findall(number.text)}
        return (self.lemmas - printed) | self.entity_names.keys() | numbers | counted


@dataclass
class Fact:
    """Sentences of several articles that state the same thing."""

    units: list[Unit]

    @property
    def articles(self) -> list[str]:
        return sorted({unit.article for unit in self.units})

    @property
    def outlets(self) -> list[str]:
        return sorted({unit.outlet for unit in self.units})

    @property
    def sources(self) -> list[str]:
        """Independent witnesses: a reprint and its original are one."""
        return sorted({unit.source for unit in self.units})


def sentence_units(article: Article, analysis: Analysis, source: str | None = None) -> list[Unit]:
    """The article's body sentences (headline left out) with their numbers, dates, names, quotes."""
    outlet = article.outlet or article.id
    title_end = len(article.title)  # the analysed text always opens with the headline (nlp.article_text)
    byline = _outlet_words(article.outlet or "")
    # The lead tells the headline's fact: carrying the headline's lemmas, leads that word one event differently
    # still align (the corpus's ferry and snowstorm leads: without them benchmarks.compare finds three more wrong
    # shared and unique differences).
    headline_lemmas = [lemma for s in analysis.sentences if s.stop <= title_end for lemma in s.lemmas]
    units = []
    text_analysed = article_text(article)
    for s in analysis.sentences:
        if s.stop <= title_end:
            continue
        start = max(s.start, title_end)  # a body opening with the headline's words runs into them
        text = s.text[start - s.start:].strip()
        inside = lambda span: start <= span.start < s.stop
        counting = (any(inside(n) and n.unit and n.value >= MIN_SHARED_FIGURE for n in analysis.numbers)
                    and not ASIDE.match(text))
        counted = any(inside(n) and n.unit for n in analysis.numbers) and not ASIDE.match(text)
        if (s.stop - start < MIN_BODY_CHARS and not counted or len(set(s.lemmas)) < MIN_LEMMAS and not counting
                or _dateline_only(text, article) or editors_note(text)):
            continue
        sentence_lemmas, headline_lemmas = headline_lemmas + s.lemmas, []  # the lead's: the first body sentence kept
        dateline_end = _dateline_end(s.text[start - s.start:], start)
        posted, stamped = entry_time(article, text_analysed, start)
        lemmas = _without_byline(sentence_lemmas, byline)
        units.append(Unit(
            article.id, outlet, source or article.id, text, frozenset(lemmas), start, s.stop,
            numbers=[n for n in analysis.numbers if inside(n)],
            dates=[d for d in analysis.dates if d.date and inside(d) and d.start >= dateline_end],
            date_spans=tuple((d.start, d.stop) for d in analysis.dates if inside(d)),
            entity_names={e.key or e.name.lower(): e.name for e in analysis.entities
                          if any(map(inside, e.mentions)) and e.name.lower() != outlet.lower()},
            entity_printed={e.key or e.name.lower(): next(m.text for m in e.mentions if inside(m))
                            for e in analysis.entities if any(map(inside, e.mentions))},
            quotes=[q for q in analysis.quotes if q.start < s.stop and s.start < q.stop],
            language=analysis.language,
            lemmas_in_order=tuple(lemmas),
            published=posted,
            stamped=stamped,
        ))
    return units


def entry_time(article: Article, text: str, start: int) -> tuple[datetime | None, bool]:
    """When the sentence at `start` of the report's analysed `text` was published, and whether it opens a live-blog
    entry: the time its paragraph opens with ("13:05 Пожар локализован…"), on the report's day and no later than the
    report, else the report's own time. None for a report dated to a day only: its hour is unknown."""
    published = article.published
    if published is None or article.published_day_only:
        return None, False
    stamp = ENTRY_STAMP.match(text, text.rfind("\n", 0, start) + 1)
    if not stamp:
        return published, False
    posted = published.replace(hour=int(stamp[1]), minute=int(stamp[2]), second=0, microsecond=0)
    return (posted, start <= stamp.end()) if posted <= published else (published, False)


def _outlet_words(outlet: str) -> list[set[str]]:
    """Each word of the outlet's name, as a Russian lemma or an English stem would read it."""
    return [{word.lower(), stem(word.lower())} for word in re.findall(r"\w+", outlet)]


def _without_byline(lemmas: list[str], byline: list[set[str]]) -> list[str]:
    """The sentence's lemmas less the outlet's own name when all of it is there.

    "сообщили «Деловому обзору»" says who reported, not what happened; "городской" alone
    in a report of «Городской курьер» is still a word of the fact.
    """
    present = set(lemmas)
    if not byline or not all(forms & present for forms in byline):
        return lemmas
    own = set().union(*byline)
    return [lemma for lemma in lemmas if lemma not in own]


def overlap(a: frozenset[str], b: frozenset[str], weights: dict[str, float] | None = None) -> float:
    """Half containment of the shorter side, half Jaccard (paraphrases drop words), optionally weighted."""
    if not a or not b:
        return 0.0
    weight = (lambda items: sum(weights.get(i, 1.0) for i in items)) if weights else len
    common = weight(a & b)
    return common / min(weight(a), weight(b)) * 0.5 + common / weight(a | b) * 0.5


def pooled_sources(source_of: dict[str, str], outlet_of: dict[str, str]) -> dict[str, str]:
    """Each article's witness: its source (itself, or the original it reprints), pooled by that source's outlet into
    the first such source (in `source_of`'s order). Two reports of one outlet, hours apart, are one outlet telling
    the story twice: a fact both print is that outlet's alone, not shared, and the outlet counts once."""
    first: dict[str, str] = {}
    for article, source in source_of.items():
        if source == article:
            first.setdefault(outlet_of.get(article, article), article)
    return {article: first.get(outlet_of.get(source, source), source) for article, source in source_of.items()}


def align(units: list[Unit], margin: Callable[[Unit, Unit], float]) -> list[Fact]:
    """Greedy single-link alignment: each sentence joins the fact it best matches in another article.

    A sentence may join a fact its own article is already in: one outlet's long sentence
    is often two short ones in another.

    `margin(a, b)` is how far two sentences are past the same-fact threshold (≥ 0: same fact). Each sentence's source
    is first pooled by outlet (`pooled_sources`): an outlet's reports are one witness.
    """
    pooled = pooled_sources({u.article: u.source for u in units}, {u.article: u.outlet for u in units})
    for unit in units:
        unit.source = pooled[unit.article]
    facts: list[Fact] = []
    for unit in units:
        best, best_score = None, 0.0
        for fact in facts:
            others = [other for other in fact.units if other.article != unit.article]
            if not others:
                continue
            score = max(margin(unit, other) for other in others)
            if score >= best_score:
                best, best_score = fact, score
        if best is None:
            facts.append(Fact([unit]))
        else:
            best.units.append(unit)
    return _restatements_joined(facts, margin)


def _restatements_joined(facts: list[Fact], margin: Callable[[Unit, Unit], float]) -> list[Fact]:
    """Facts of one article joined to the fact of other articles they restate.

    An article telling a fact twice ("…направит 58 млрд рублей на 40 школ", then "Общая стоимость программы
    оценивается в 58 млрд рублей") makes two facts before any other article is read; another article's
    sentence joins one of them, and the other would stand as the article's "unique" fact although the
    other reports tell it too.
    """
    told_by_several = [fact for fact in facts if len({u.article for u in fact.units}) > 1]
    kept = []
    for fact in facts:
        articles = {u.article for u in fact.units}
        if len(articles) == 1 and told_by_several:
            score, best = max(((max(_restating(u, o, margin) for u in fact.units for o in other.units
                                    if o.article not in articles), i)
                               for i, other in enumerate(told_by_several)), key=lambda pair: pair[0])
            if score >= 0:
                told_by_several[best].units.extend(fact.units)
                continue
        kept.append(fact)
    return kept


def _restating(unit: Unit, other: Unit, margin: Callable[[Unit, Unit], float]) -> float:
    """How far `unit` is past the line of restating `other`: the same-fact margin, less strict when both give the
    same count of the same thing ("пострадали 12 человек" / "Двенадцать человек пострадали…" in a long lead)."""
    counted = {a for a in unit.anchors if a.startswith("#") and " " in a}
    return margin(unit, other) + (COUNTED_SLACK if counted & other.anchors else 0.0)


def _dateline_end(text: str, start: int) -> int:
    """Where a dateline opening the sentence ends: its date is the day of publication, not a fact of the story."""
    match = DATELINE.match(text.lstrip())
    return start + len(text) - len(text.lstrip()) + match.end() if match else start


def _dateline_only(text: str, article: Article) -> bool:
    """'САМАРА, 11 мар — Вестник Приволжья.' or 'САНКТ-ПЕТЕРБУРГ, 2 марта.' split off as a sentence: no fact."""
    by_outlet = bool(article.outlet) and len(text) < DATELINE_CHARS and article.outlet.lower() in text.lower()
    return by_outlet or bool(BARE_DATELINE.match(text))


def number_key(value: float) -> str:
    """A number by value alone: "800 кв. м", "800 квадратных метров" and "800 square metres" are one detail."""
    return f"#{value:g}"


def dates_agree(a: str, b: str) -> bool:
    """Two resolved dates (ISO day or 'start/end' interval) agree when they overlap."""
    try:
        (a0, a1), (b0, b1) = date_interval(a), date_interval(b)
    except ValueError:  # a resolution we cannot read cannot contradict anything
        return True
    return a0 <= b1 and b0 <= a1


def date_interval(value: str) -> tuple[date, date]:
    start, _, stop = value.partition("/")
    return date.fromisoformat(start[:10]), date.fromisoformat((stop or start)[:10])
