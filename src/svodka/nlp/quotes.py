"""Quotes and who said them.

Direct speech is text in «…», „…“, "…", “…” or a dialogue paragraph opened by a
dash ("— …, — сказал он"), long enough to be a statement. Its speaker is the person
the attribution names — by name, by a role ("сказал глава России", which entity
grouping has already tied to a person) or by a pronoun ("он", "she"), which stands for
the previous speaker or else the person last named before. Indirect speech is "X
отметил, что …", "По словам X, …", "X said (that) …" with X a person, role or pronoun.
Every pattern is bounded in length, so unbalanced quote marks cost linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from svodka.model import Entity, Quote, Sentence

MAX_QUOTE = 3000  # longer than any quoted statement; bounds the scan after an unbalanced mark
DIRECT = re.compile(
    rf"«(?P<a>[^«»\n]{{8,{MAX_QUOTE}}}?)»|„(?P<b>[^„“”\n]{{8,{MAX_QUOTE}}}?)[“”]"
    rf"|\"(?P<c>[^\"\n]{{8,{MAX_QUOTE}}}?)\"|“(?P<d>[^“”\n]{{8,{MAX_QUOTE}}}?)”"
    rf"|(?m:^[ \t]*[—–][ \t]+(?P<e>[^\n]{{8,{MAX_QUOTE}}}?)[,!?….]?[ \t]+[—–][ \t]+(?=[а-яё]))"
)
MIN_WORDS = 4  # names of things in quotes ("Манеж", "Радуга") are shorter than any statement
RU_VERB = (
    r"(?:сказал|заявил|отметил|подчеркнул|добавил|сообщил|пояснил|рассказал|признал|уточнил|напомнил|указал|"
    r"констатировал|предупредил|пообещал|призвал|выразил надежду|выразил уверенность|обратил внимание|"
    r"заверил|убежден|уверен)(?:а|и|ы)?|считает|полагает|надеется|рассчитывает|уверен[аы]?"
)
EN_VERB = r"said|says|added|noted|stressed|warned|told reporters|told journalists|told [A-Z][\w ]{1,30}?|insisted|explained"
RU_INDIRECT = re.compile(
    rf"(?<![\w-])(?P<verb>{RU_VERB})(?![\w-])(?:[ \t]+[^\s,.!?:;«»\"]+){{0,4}}?(?:,[ \t]+что|:)[ \t]+(?P<said>[^\n]{{10,{MAX_QUOTE}}})"
)
RU_ACCORDING = re.compile(
    rf"(?<![\w-])[Пп]о (?:словам|мнению|оценке|убеждению)[ \t]+(?P<who>[^,\n]{{2,80}}),[ \t]*(?P<said>[^\n]{{10,{MAX_QUOTE}}})"
)
EN_INDIRECT = re.compile(
    rf"(?<![\w-])(?P<verb>{EN_VERB})(?:[ \t]+(?:on|in|at)[ \t]+[\w ]{{1,30}}?)?,?[ \t]+(?:that[ \t]+)?(?!(?:in|on|at|to|by|of|for)\b)(?P<said>[a-z][^\n]{{10,{MAX_QUOTE}}})"
)
ATTRIBUTION_WINDOW = 150
# The subject of an indirect quote ends this close to its verb ("Владимир Путин заявил",
# "Российский лидер также подчеркнул"); further back a person is not the one speaking.
SUBJECT_GAP = 25
PRONOUNS = {"он", "она", "he", "she"}
FEMALE_PRONOUNS = {"она", "she"}
SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")


@dataclass
class _Person:
    start: int
    stop: int
    name: str


def find_quotes(text: str, entities: list[Entity], sentences: list[Sentence] | None = None) -> list[Quote]:
    """Direct and indirect quotes in text order, each with its speaker's canonical name."""
    mentions = sorted(
        (_Person(m.start, m.stop, e.name) for e in entities if e.type == "PER" for m in e.mentions),
        key=lambda p: p.start,
    )
    main = _main_person(entities)
    found: list[tuple[int, int, str, str, str]] = []  # start, stop, text, kind, how the speaker is named
    for match in DIRECT.finditer(text):
        body = next(g for g in match.groups() if g).strip()
        if len(body.split()) >= MIN_WORDS:
            found.append((match.start(), match.end(), body, "direct", ""))
    direct_spans = [(start, stop) for start, stop, *_ in found]
    for pattern in (RU_INDIRECT, RU_ACCORDING, EN_INDIRECT):
        for match in pattern.finditer(text):
            said = _clause(match["said"])
            start = match.start()
            if len(said.split()) < MIN_WORDS:
                continue
            if any(lo <= start < hi or lo < match.start("said") + len(said) <= hi for lo, hi in direct_spans):
                continue
            found.append((start, match.start("said") + len(said), said, "indirect", "according" if "who" in match.groupdict() else ""))
    quotes: list[Quote] = []
    previous: str | None = None
    for start, stop, body, kind, how in sorted(found):
        if kind == "direct":
            speaker = _direct_speaker(text, start, stop, mentions, previous, main)
        elif how == "according":
            speaker = _named_in(mentions, start, start + len(text[start:stop].split(",")[0]))
            if speaker is None:
                continue  # "по данным МЧС": a source, not a speaker
        else:
            speaker = _subject(text, start, mentions, previous)
            if speaker is _NOBODY:
                continue
        quotes.append(Quote(body, speaker, kind, start, stop))
        previous = speaker or previous
    return quotes


_NOBODY = "\0"  # an indirect-speech verb with no person as its subject: not a quote


def _clause(said: str) -> str:
    """The reported clause: up to the end of its sentence."""
    end = SENTENCE_END.search(said)
    return said[: end.start()].strip() if end else said.strip()


def _direct_speaker(text: str, start: int, stop: int, mentions: list[_Person], previous: str | None,
                    main: str | None) -> str | None:
    after_end = stop + ATTRIBUTION_WINDOW
    tail = text[stop:after_end]
    cut = re.search(r"[.!?…](?=\s|$)|\n", tail)
    after = (stop, stop + (cut.start() if cut else len(tail)))
    head = text[max(0, start - ATTRIBUTION_WINDOW):start]
    cuts = list(re.finditer(r"[.!?…»”\"](?=\s)|\n", head))
    before = (start - len(head) + (cuts[-1].end() if cuts else 0), start)
    for lo, hi in (after, before):
        named = _named_in(mentions, lo, hi)
        if named:
            return named
        pronoun = _pronoun_in(text[lo:hi])
        if pronoun:
            return _antecedent(pronoun, lo, mentions, previous)
    return previous or main


def _subject(text: str, verb_start: int, mentions: list[_Person], previous: str | None) -> str | None:
    """Who the verb's subject names: a person or role ending just before it, or a pronoun."""
    line_start = max(text.rfind("\n", 0, verb_start), max(text.rfind(". ", 0, verb_start), 0)) + 1
    before = [m for m in mentions if line_start <= m.start and m.stop <= verb_start]
    if before and verb_start - before[-1].stop <= SUBJECT_GAP:
        return before[-1].name
    words = text[line_start:verb_start].split()
    pronoun = next((w.lower() for w in words[:1] + words[-3:] if w.lower() in PRONOUNS), None)
    if pronoun:
        return _antecedent(pronoun, line_start, mentions, previous)
    return _NOBODY


def _named_in(mentions: list[_Person], lo: int, hi: int) -> str | None:
    return next((m.name for m in mentions if lo <= m.start < hi), None)


def _pronoun_in(window: str) -> str | None:
    return next((w for w in re.findall(r"\w+", window.lower()) if w in PRONOUNS), None)


def _antecedent(pronoun: str, position: int, mentions: list[_Person], previous: str | None) -> str | None:
    """The previous speaker, else the person last named; "она"/"she" only a woman."""
    female = pronoun in FEMALE_PRONOUNS
    if previous and _looks_female(previous) == female:
        return previous
    earlier = [m.name for m in mentions if m.stop <= position and _looks_female(m.name) == female]
    return earlier[-1] if earlier else previous


def _looks_female(name: str) -> bool:
    """Russian surnames and most first names of women end in -а/-я (Ильина, Svetlana Ilyina)."""
    return name.lower().endswith(("а", "я", "a"))


def _main_person(entities: list[Entity]) -> str | None:
    people = [e for e in entities if e.type == "PER"]
    return max(people, key=lambda e: len(e.mentions)).name if people else None
