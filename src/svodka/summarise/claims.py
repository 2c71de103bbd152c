"""Someone's claim told without its speaker: a sentence whose speaker the report names only around it.

"Фракция нарушила процедуру. Об этом рассказал Поляков." and "Силовики пытаются отомстить." between "Поклонская
сообщила, что…" and "Депутат подчеркнула, что…" are a politician's words, not the event: a summary printing the first
sentence alone states an opinion in svodka's own voice. The summary gives such a sentence with the sentence naming
its speaker, or, when no sentence names one (the speaker is a pronoun away: «По ее мнению, …»), leaves it out.
"""

from __future__ import annotations

import re

from svodka.compare.align import Unit

# The sentence after credits this one to a person: "Об этом сообщила депутат…", "Об этом последний рассказал…",
# "Об этом заявил Поляков" — a verb in the singular past, the speaker's own act. Not a body's report: "Об этом
# сообщает ТАСС" (an outlet, in the present), "Об этом сообщили в оперативном штабе" (plural, no one named).
PERSONAL_CREDIT = re.compile(
    r"^(?:об|о) этом\s+(?:\w+\s+){0,3}?(?:сообщил|заявил|рассказал|написал|сказал|напомнил|заявила|сообщила|"
    r"рассказала|написала|сказала|напомнила)\b(?![^.!?]*\b(?:пресс-служб|ведомств|министерств|агентств|издани|"
    r"телеканал|газет|штаб)\w*)", re.IGNORECASE)
# The sentence after goes on with the same speaker's views by a pronoun: «По ее мнению, это месть…», "She said…".
VIEWS_GO_ON = re.compile(
    r"^(?:по (?:его|её|ее|их) (?:мнению|словам|убеждению|оценке)|(?:he|she|they) (?:said|added|argued|claimed|"
    r"insisted|believes?)\b)", re.IGNORECASE)
# A sentence reporting someone's speech: "Поклонская сообщила, что…", "Депутат подчеркнула, что…", "He added that…".
REPORTED_SPEECH = re.compile(
    r"^(?:[\w\"«»-]+\s+){1,4}?(?:сообщил|заявил|подчеркнул|отметил|добавил|уточнил|считает|полагает|уверен|"
    r"said|added|stressed|claimed|argued|insisted)[аи]?,?\s+(?:что|that)\b", re.IGNORECASE)
SENTENCE = re.compile(r"[^.!?…]*[.!?…]+[»\"”]?")  # a sentence of plain text, to its final stop
SENTENCE_CHARS = 400  # how far the next or previous sentence is looked for


def claim_credit(unit: Unit, text: str) -> str | None:
    """For a sentence that is someone's claim (`text`: its article's analysed text), the next sentence when it names
    the speaker ("Об этом сообщила депутат Госдумы Наталья Поклонская."), "" when only a pronoun or the reported
    speech around it does (a claim the summary leaves out); None for a sentence in the report's own voice."""
    after = _next_sentence(text, unit.stop)
    if PERSONAL_CREDIT.match(after):
        return after
    if VIEWS_GO_ON.match(after):
        return ""
    before = _previous_sentence(text, unit.start)
    return "" if REPORTED_SPEECH.match(before) and REPORTED_SPEECH.match(after) else None


def _next_sentence(text: str, stop: int) -> str:
    match = SENTENCE.match(text[stop:stop + SENTENCE_CHARS].lstrip())
    return match.group().strip() if match else ""


def _previous_sentence(text: str, start: int) -> str:
    sentences = SENTENCE.findall(text[max(0, start - SENTENCE_CHARS):start])
    return sentences[-1].strip() if sentences else ""
