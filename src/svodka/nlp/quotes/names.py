"""The people and organisations an article names, looked up by position: every quote asks who is named near
it, so the mentions are sorted once and found by binary search; and what a name tells of its bearer's gender."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from svodka.model import Entity
from svodka.nlp.quotes.patterns import BUSINESS_KINDS, OFFICE_KINDS
from svodka.nlp.vocabulary import ORG_WORDS

# "Sokolov's lawyer", "the players' union" (after a plural's "s" only: in "'Яндекс' объявил" the mark closes a name)
POSSESSIVE_MARKS = ("'s", "’s", "' ", "’ ")
# What a source writes or the office that speaks as it: "Kotaku's report", "Sunak's office said"
OWN_WORDS = re.compile(r"(?:['’]s?)[ \t]+(?:[a-z]+[ \t]+)?(?:report|statement|tweet|post|letter|website|account|"
                       r"announcement|filing|release|note|article|office)s?(?![\w-])")
# An indefinite article opening a role's phrase, up to three words before the role: "a senior Treasury spokesman";
# a determiner or a comma between them opens a new phrase ("In a statement the spokesman said")
INDEFINITE = re.compile(r"(?<![\w-])(?:an?|another)[ \t]+"
                        r"(?:(?!(?:the|this|that|these|those|his|her|its|their|our|my|your)\b)[\w'’-]+[ \t]+){0,3}$",
                        re.IGNORECASE)
# A lower-case Russian word right before a name: the role or post the name's genitive owns ("адвокат Воронцова")
ROLE_BEFORE = re.compile(r"(?<![\w-])[а-яё][а-яё-]+[ \t]+$")
INDEFINITE_REACH = 60  # the article, three words and their spacing
# Men's first names ending in -a, which otherwise marks a woman's first name in Latin script (see looks_female)
MEN_ENDING_IN_A = {"joshua", "luca", "nikita", "ilya", "kuzma", "foma", "mustafa", "musa", "isa", "akira"}


@dataclass
class Person:
    start: int
    stop: int
    name: str


@dataclass
class Names:
    """Mentions in text order, looked up by position with a binary search: every quote asks who is named near
    it, and a scan of all mentions per quote would make the time grow with the square of the text."""
    items: list[Person]
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.items]

    def within(self, lo: int, hi: int) -> list[Person]:
        """The mentions that start in [lo, hi), in text order."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def first_in(self, lo: int, hi: int) -> str | None:
        inside = self.within(lo, hi)
        return inside[0].name if inside else None

    def first_speaking(self, text: str, lo: int, hi: int) -> str | None:
        """The first mention in [lo, hi) that is not a possessor: in "Sokolov's lawyer Alexander Pochuev said" the
        lawyer speaks, in "Biden's aides said" the aides, whom no name names."""
        inside = self.within(lo, hi)
        speaking = [m for m, after in zip(inside, inside[1:] + [None])
                    if not possessor(text, m) and not role_genitive(text, m, after)]
        return speaking[0].name if speaking else None

    def backwards(self, lo: int, hi: int) -> Iterator[Person]:
        """The mentions that lie within [lo, hi), the last first."""
        for i in range(bisect_left(self.starts, hi) - 1, bisect_left(self.starts, lo) - 1, -1):
            if self.items[i].stop <= hi:
                yield self.items[i]

    def last_before(self, position: int) -> str | None:
        """The last mention (in text order) ending by position."""
        return next((m.name for m in self.backwards(0, position)), None)

    def only(self, keep: Callable[[str], bool]) -> Names:
        return Names([m for m in self.items if keep(m.name)])

    @cached_property
    def names(self) -> set[str]:
        return {m.name for m in self.items}

    @cached_property
    def by_gender(self) -> dict[bool | None, Names]:
        return {female: self.only(lambda name, f=female: looks_female(name) is f) for female in (False, True, None)}

    @cached_property
    def by_kind(self) -> dict[str, Names]:
        return {kind: self.only(lambda name, k=kind: k in name.lower()) for kind in BUSINESS_KINDS + OFFICE_KINDS}

    @cached_property
    def leading(self) -> list[Person]:
        """The organisations the article names most, first the ones that call themselves a business
        ("Baltic Ferry Company" for "the operator")."""
        counts = Counter(o.name for o in self.items)

        def rank(name: str) -> tuple[int, bool]:
            return counts[name], any(k in name.lower().split() for k in BUSINESS_KINDS)

        best = max(map(rank, counts))
        return [o for o in self.items if rank(o.name) == best]


def possessor(text: str, mention: Person) -> bool:
    """Whether a mention owns who acts in its sentence ("Harper's officials", "Biden's aides"), and so is not who
    acts; what it wrote speaks for it ("Kotaku's report cautions that …")."""
    owns = text.startswith(POSSESSIVE_MARKS[:2], mention.stop) or (
        text.startswith(POSSESSIVE_MARKS[2:], mention.stop) and text[mention.stop - 1:mention.stop] == "s")
    return owns and not OWN_WORDS.match(text, mention.stop)


def role_genitive(text: str, mention: Person, after: Person | None) -> bool:
    """Whether a Russian mention is the genitive owning a role whose holder the next name is: in «адвокат Воронцова
    Игорь Шестаков» the lawyer Шестаков speaks, not Воронцов (a lower-case role word before, a name right after)."""
    return (after is not None and after.name != mention.name and not text[mention.stop:after.start].strip()
            and ROLE_BEFORE.search(text, max(0, mention.start - INDEFINITE_REACH), mention.start) is not None)


def name_mentions(entities: list[Entity], of_type: Callable[[str], bool], text: str) -> Names:
    """The mentions of the entities whose type of_type keeps, in text order; a role after an indefinite article
    ("a Treasury spokesman", "an official") is someone new, not the person given that role before."""
    return Names(sorted((Person(m.start, m.stop, e.name) for e in entities if of_type(e.type) for m in e.mentions
                         if m.kind != "role" or not INDEFINITE.search(text, max(0, m.start - INDEFINITE_REACH), m.start)),
                        key=lambda p: p.start))


# Ranks and titles written before a surname ("DI Quilty", "Dr Hollingbury"): a person however entity recognition typed it
RANK_TITLES = frozenset("DI DCI DS DC PC Sgt Det Insp Supt Dr Mr Mrs Ms Prof Capt Col Gen Lt".split())


def person_shaped(name: str) -> bool:
    """Whether an organisation's name is written as a person's: two or three capitalised Latin words, none
    an organisation word ("Jack Ma", "Tim Tebow"; not "Apple", "BBC News", "Alibaba Group"). Such a speaker, when
    entity recognition took it for a body, is still who "he"/"she" stands for after it."""
    words = name.split()
    ranked = len(words) > 1 and words[0] in RANK_TITLES  # "DI Quilty": a rank and a surname are a person's name
    words = words[ranked:]
    return (1 if ranked else 2) <= len(words) <= 3 and all(
        w.isascii() and w.isalpha() and w[0].isupper() and w[1:].islower() and w.lower() not in ORG_WORDS for w in words)


def looks_female(name: str) -> bool | None:
    """Whether a name is a woman's, None when it does not tell. Russian surnames and most first names of women
    end in -а/-я (Ильина, Svetlana Ilyina); in Latin script a surname's ending tells nothing (Jack Ma, Gupta),
    so only a first name ending in -a does (Katya Jones, Martha Tsamis), except men's names of that ending."""
    if re.search(r"[а-яё]", name, re.I):
        return name.lower().endswith(("а", "я"))
    words = name.lower().split()
    if len(words) > 1 and words[0].endswith("a") and words[0] not in MEN_ENDING_IN_A:
        return True
    return None
