"""Titles and roles that name a person: "президент России", "глава государства", "the Russian leader".

News introduces a person once with the role in apposition ("Президент России
Владимир Путин") and later calls them by the role alone ("глава России", "российский
лидер"). A role is reduced to (kind, country, qualifiers): heads of state share one
kind (президент, глава, лидер, president, leader), the country comes from a genitive
("России") or an adjective ("российский"), reduced to a five-letter stem so that
Россия, российский, РФ and Russia, Russian each meet. A role alone resolves to the
person introduced with a matching role; "глава государства" with no country, to the
most mentioned head the article introduced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from svodka.nlp.aliases import alias_of
from svodka.nlp.vocabulary import SPOKESPERSON_TITLES

HEAD = "head"
RU_ROLE_KINDS = {"президент": HEAD, "глав": HEAD, "лидер": HEAD, "руководител": HEAD}
EN_ROLE_KINDS = {"president": HEAD, "leader": HEAD, "head of state": HEAD}
RU_ROLE = re.compile(
    r"(?<![\w-])(?:(?P<ord>[Пп]ерв|[Бб]ывш|[Нн]ов)[а-яё]{1,3}\s+|(?P<ex>[Ээ]кс-))?(?:(?P<adj>[А-ЯЁа-яё]{3,}ск(?:ий|ого|ому|им|ом))\s+)?"
    r"(?P<role>(?i:президент|лидер|министр|премьер-министр|премьер|мэр|губернатор|канцлер|спикер|посол|мэр)"
    r"(?:а|у|ом|е|ы|ов)?|(?i:глав)(?:а|ы|е|у|ой|ою)|(?i:руководител|председател|пресс-секретар)(?:ь|я|ю|ем|е|и|ей))"
    r"(?![\w-])(?P<rest>(?:\s+(?!\w*(?:ла|ли|ло|л|ет|ит)\b)[а-яё]{3,}(?:ого|его|ых|их|ии|ия|ы|и|а|я|ей|ов)\b){0,2})"
)
EN_ROLE = re.compile(
    r"(?<![\w-])(?:(?P<ord>[Ff]ormer(?:\s+(?![A-Z][a-z]+(?:an|ish|ese|i|kh)\s)[A-Z][\w-]+)?|[Ff]irst|[Nn]ew)\s+|(?P<ex>[Ee]x-))?(?:(?P<adj>[A-Z][a-z]+(?:an|ish|ese|i|kh))\s+)?"
    r"(?P<role>(?i:president|prime minister|foreign minister|minister|secretary|leader|head of state|chancellor|mayor|"
    rf"governor|{'|'.join(SPOKESPERSON_TITLES)}|ambassador))(?![\w-])"
    r"(?:\s+of\s+(?P<of>[A-Z][\w-]+))?"
)
# How far after a role its person's name may start to count as apposition ("Президент России Владимир Путин").
APPOSITION_GAP = 2
ORDINALS = {"перв", "бывш", "нов", "first", "forme", "new"}  # a first or new president is not the president
# "ex-governor", «экс-губернатор»: the former one ("former Severorechensk governor" too, the place between), as "former governor", «бывший губернатор» say (ORDINALS)
FORMER = {True: "forme", False: "бывш"}
GENERIC_COUNTRY = {"госуд", "стран", "респу", "state", "count"}


@dataclass(frozen=True)
class Role:
    kind: str
    country: str | None
    qualifiers: frozenset[str]


@dataclass
class NamedSpan:
    start: int
    stop: int
    name: str


@dataclass
class TitleMention:
    start: int
    stop: int
    text: str
    person: str


def title_mentions(text: str, people: Sequence[NamedSpan], places: Sequence[NamedSpan], english: bool,
                   bodies: Sequence[NamedSpan] = ()) -> list[TitleMention]:
    """Role phrases standing for a person, each with the person's canonical name.

    Roles in apposition to a name bind the role to that person and are not mentions of
    their own; the person's name is. A role headed by a body ("глава Нафтогаза Андрей
    Коболев") is that body's head: its name follows the body, and alone it names no head
    of state.
    """
    starts = {p.start: p for p in people}
    place_at = {p.start: p for p in places}
    body_at = {b.start: b for b in bodies}
    bound: list[tuple[Role, str]] = []
    alone: list[tuple[int, int, Role]] = []
    for match in (EN_ROLE if english else RU_ROLE).finditer(text):
        role, end = _role(match, place_at, body_at, english)
        person = _span_after(end, text, starts)
        if person:
            bound.append((role, person.name))
        else:
            alone.append((match.start(), end, role))
    counts: dict[str, int] = {}
    for p in people:
        counts[p.name] = counts.get(p.name, 0) + 1
    found = []
    for start, end, role in alone:
        person = _person_holding(role, bound, counts)
        if person:
            found.append(TitleMention(start, end, text[start:end], person))
    return found


def _role(match: re.Match[str], place_at: dict[int, NamedSpan], body_at: dict[int, NamedSpan],
          english: bool) -> tuple[Role, int]:
    """The role a phrase gives (its kind, country and qualifiers, stemmed) and where the phrase ends, a place or
    a body right after it included: "президент России", "глава Нафтогаза", "the Russian leader"."""
    word = match["role"].lower()
    kinds = EN_ROLE_KINDS if english else RU_ROLE_KINDS
    kind = next((k for stem, k in kinds.items() if word.startswith(stem)), word[:5])
    country = _stem(match["adj"]) if match["adj"] else None
    qualifiers = {_stem(w) for w in match["rest"].split()} if not english and match["rest"] else set()
    end = match.end()
    if english and match["of"]:
        country = _stem(match["of"])
    generic = qualifiers & GENERIC_COUNTRY
    qualifiers -= generic
    place = _span_after(end, match.string, place_at) if not qualifiers and not generic else None
    if place:
        country, end = _stem(alias_of(place.name)), place.stop
    body = _span_after(end, match.string, body_at) if not english else None
    if body:
        qualifiers.add(_stem(body.name))
        end = body.stop
    if match["ord"]:
        qualifiers.add(_stem(match["ord"]))
    if match["ex"]:
        qualifiers.add(FORMER[english])
    return Role(kind, country, frozenset(qualifiers)), end


def _span_after(end: int, text: str, starts: dict[int, NamedSpan]) -> NamedSpan | None:
    """The span that follows `end` across nothing but a space or two."""
    for gap in range(1, APPOSITION_GAP + 1):
        if end + gap in starts and text[end:end + gap].isspace():
            return starts[end + gap]
    return None


def _person_holding(role: Role, bound: list[tuple[Role, str]], counts: dict[str, int]) -> str | None:
    """The person a role alone names: one the article gave that role to (a role with fewer qualifiers
    covers one with more; an ordinal must agree), the most mentioned of several."""
    candidates = {
        person for other, person in bound
        if other.kind == role.kind
        and (role.country is None or other.country == role.country)
        and role.qualifiers <= other.qualifiers
        and other.qualifiers & ORDINALS == role.qualifiers & ORDINALS
    }
    if not candidates:
        return None
    return max(sorted(candidates), key=lambda name: counts.get(name, 0))


def _stem(word: str) -> str:
    """Five letters are enough to meet России/российский/Россия and Russia/Russian."""
    return word.lower()[:5]
