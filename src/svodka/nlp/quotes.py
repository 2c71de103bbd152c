"""Quotes and who said them.

Direct speech is text in «…», „…“ or "…" long enough to be a statement; its speaker
is the person named in the attribution around it ("— сказал Путин", "Путин
заявил: «…»"). When the attribution names only a role ("сказал глава России") or a
pronoun, the speaker is the article's most-mentioned person, which is who news
attributes speech to by default. Indirect speech is "X заявил, что …", "По словам X, …".
"""

from __future__ import annotations

import re

from svodka.model import Entity, Quote

QUOTE_MARKS = re.compile(r"«(?P<a>[^«»]{20,}?)»|„(?P<b>[^„“]{20,}?)“|\"(?P<c>[^\"]{20,}?)\"|“(?P<d>[^“”]{20,}?)”")
SPEECH_VERBS = (
    r"(?:сказал|сказала|заявил|заявила|отметил|отметила|подчеркнул|подчеркнула|добавил|добавила|"
    r"сообщил|сообщила|пояснил|пояснила|считает|уверен|уверена|признал|признала|рассказал|рассказала|"
    r"said|says|told|added|noted|stressed|stated)"
)
INDIRECT = re.compile(
    r"(?:(?P<name1>[А-ЯЁA-Z][\w\-]+(?:\s[А-ЯЁA-Z][\w\-]+)?)\s+" + SPEECH_VERBS + r",\s+(?:что|that)\s+(?P<text1>[^.!?]{10,}))"
    r"|(?:По (?:словам|мнению|данным)\s+(?P<name2>[А-ЯЁ][\w\-]+(?:\s[А-ЯЁ][\w\-]+)?),\s+(?P<text2>[^.!?]{10,}))"
)
ATTRIBUTION_WINDOW = 120
PRONOUNS = {"он", "она", "he", "she"}


def find_quotes(text: str, entities: list[Entity]) -> list[Quote]:
    people = [e for e in entities if e.type == "PER"]
    quotes = []
    for match in QUOTE_MARKS.finditer(text):
        body = next(g for g in match.groups() if g)
        if not _is_speech(body):
            continue
        speaker = _speaker_near(text, match.start(), match.end(), people)
        quotes.append(Quote(body.strip(), speaker, "direct", match.start(), match.end()))
    for match in INDIRECT.finditer(text):
        name = match.group("name1") or match.group("name2")
        said = (match.group("text1") or match.group("text2")).strip()
        speaker = _entity_named(name, people)
        if speaker:
            quotes.append(Quote(said, speaker, "indirect", match.start(), match.end()))
    return sorted(quotes, key=lambda q: q.start)


def _is_speech(body: str) -> bool:
    """Names of things in quotes ("Манеж") are short; speech has several words."""
    return len(body.split()) >= 4


def _speaker_near(text: str, start: int, stop: int, people: list[Entity]) -> str | None:
    after = text[stop:stop + ATTRIBUTION_WINDOW]
    after = re.split(r"[.!?]\s", after, maxsplit=1)[0]
    before_start = text.rfind("\n", 0, start) + 1
    for lo, hi in ((stop, stop + len(after)), (max(before_start, start - ATTRIBUTION_WINDOW), start)):
        named = _mentioned_in(lo, hi, people)
        if named:
            return named
    return _main_person(people)


def _entity_named(name: str, people: list[Entity]) -> str | None:
    """The person a subject names; a pronoun ("Он отметил, что") is the main person."""
    if name.lower() in PRONOUNS:
        return _main_person(people)
    stem = name.split()[-1][:4].lower()
    return next((e.name for e in people if any(w.lower().startswith(stem) for w in e.name.split())), None)


def _mentioned_in(lo: int, hi: int, people: list[Entity]) -> str | None:
    for entity in people:
        if any(lo <= m.start < hi for m in entity.mentions):
            return entity.name
    return None


def _main_person(people: list[Entity]) -> str | None:
    return max(people, key=lambda e: len(e.mentions)).name if people else None
