"""Updates: a figure a later report gives as the new state of a developing fact is no disagreement.

A fire's area of 2000 m² at 07:40 and 5000 m² at 10:05 («Площадь пожара выросла до 5000») are two moments of one
story, not two outlets contradicting each other. Two values of one quantity are an update, ordered by when each was
published (a live blog's entry by its own time, `align.entry_time`), when the later one
- comes from the same outlet: an outlet does not dispute itself, its newer report supersedes its older;
- is printed as a change (`CHANGE_CUE`: «выросла до», «увеличилось до», "rose to", "now"); or
- counts something that develops through a day (`DEVELOPING`: the injured, the dead, cases, the evacuated, an area),
  is larger, and was published UPDATE_GAP or more after the earlier one.
A correction (`CORRECTION`: «Исправление:», "Correction:", «В предыдущей версии … ошибочно») takes the figure its
outlet printed before out of the story: it is no side of a conflict (`current`), and an editor sees it as the update's
state after the figure it corrects, marked (`correcting`, `correction_text`: "7 человек → исправление: 4 человека").
An update is a difference of its own kind, "update", listing its states in time order (`model.State`,
`update_line`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from svodka.model import Difference, State
from svodka.times import as_utc

if TYPE_CHECKING:  # values reads updates, updates reads values' readings
    from svodka.compare.align import Fact, Unit
    from svodka.compare.values import Reading

# Hours between two reports after which a larger count of something developing is its later state: a toll or a fire's
# area is re-reported every hour or two on a live desk, while outlets disagreeing on one count publish near together
# (the gold's real conflicts are reports of one morning). Set by reading the tester's fire story, not fitted.
UPDATE_GAP = timedelta(hours=2)
CUE_REACH = 40  # characters before a figure looked at for a word of change ("выросла до ", "has now risen to ")
# A word of change, then at most a few words before the figure: «выросла до 5000», «увеличилось до 15 человек»,
# "rose to 12", "has climbed to 40", "the toll now stands at 9".
CHANGE_CUE = re.compile(
    r"(?<!\w)(?:вырос\w*|увеличил\w*|возрос\w*|достиг\w*|дош[её]л|дошл\w*|сократил\w*|снизил\w*|уменьшил\w*|упал[аио]?|"
    r"подн(?:ял|им)\w*|повысил\w*|понизил\w*|опустил\w*|"
    r"теперь|rose|risen|grew|grown|climb\w*|increas\w*|reach\w*|fell|fallen|dropp\w*|declin\w*|jump\w*|now)"
    r"(?:\s+[\w-]+){0,3}?\s+$", re.IGNORECASE)
# A change up to a figure: «выросла до 5000» is 5000 exactly, not "up to 5000" (`values.HEDGE` reads «до» so).
RAISED_TO = re.compile(r"(?<!\w)(?:вырос\w*|увеличил\w*|возрос\w*|сократил\w*|снизил\w*|уменьшил\w*|упал[аио]?|"
                       r"подн(?:ял|им)\w*|повысил\w*|понизил\w*|опустил\w*|"
                       r"дош[её]л|дошл\w*)\s+до\s*$", re.IGNORECASE)
# What counts something a developing story re-reports through the day, as the beginning of a lemma or English stem.
# Word openings, and English words whole where an opening would take others ("deadline", "diet", "casein").
DEVELOPING = re.compile(r"(?:пострада|погиб|жертв|ранен|ранил|госпитализ|заболе|зараз|инфицир|выздоров|эвакуир|эвакуац|"
                        r"площад|injur|hurt|death|kill|victim|infect|hospital|recover|evacuat|"
                        r"(?:dead|die[sd]?|dying|tolls?|cases?|areas?)$)")
# A report correcting an earlier one of its outlet: its headline or a paragraph opens with the word, or it says what an
# earlier version got wrong.
CORRECTION = re.compile(
    r"^\s*(?:исправление|correction)\b|в (?:предыдущей|прежней|первоначальной) версии[^.!?]{0,200}?ошибочно|"
    r"an earlier version of this (?:article|story|report)[^.!?]{0,200}?(?:incorrectly|wrongly|misstated|misspelled)|"
    r"an earlier version (?:of this (?:article|story|report) )?(?:said|stated|reported|gave)|"
    r"(?:this|the) (?:article|story|report) (?:has been|was) (?:corrected|amended)",
    re.IGNORECASE | re.MULTILINE)
# The figure a correction says was wrong: "corrected to show that about 200 homes were evacuated, not 2,000",
# «погибли 4 человека, а не 7». A report of another outlet printing it (a wire copy taken before the correction) is
# corrected too.
CORRECTED_FIGURE = re.compile(r"(?:\bnot|,\s*а не|\bвместо)\s+(?:about |around |около )?(\d[\d,. \u00a0]*\d|\d)",
                              re.IGNORECASE)
# How a state a correction gives is marked, in its report's language (English for any other): "исправление: 4 человека"
CORRECTION_LABEL = {"ru": "исправление", "en": "correction"}

# The stages a fire (or an outbreak) is reported through, in order, as openings of lemmas: «пожар локализован» at 10:05
# is an earlier state than «ликвидирован» or «потушен» at 13:05, "contained" than "extinguished"; a later report's
# later stage supersedes the earlier one (`phase_update`), which no longer stands behind it (`values.standing_behind`).
PHASES = (("локализ", "contain"), ("ликвид", "потуш", "extinguish"))


def as_update(a: Reading, b: Reading, text_of: dict[str, str]) -> tuple[Reading, Reading] | None:
    """(earlier, later) when the two disagreeing readings of one quantity are two states of it (the later one's report
    correcting the earlier figure by name too: `corrected_figures`), else None."""
    when_a, when_b = epoch_seconds(a.unit.published), epoch_seconds(b.unit.published)
    if when_a is None or when_b is None or when_a == when_b:
        return None
    earlier, later = (a, b) if when_a < when_b else (b, a)
    if (earlier.unit.outlet == later.unit.outlet or changed(later, text_of[later.unit.article])
            or names_corrected(later, earlier, text_of)):
        return earlier, later
    apart = abs(when_b - when_a) >= UPDATE_GAP.total_seconds()
    return (earlier, later) if apart and later.value > earlier.value and developing(earlier) and developing(later) \
        else None


def changed(reading: Reading, text: str) -> bool:
    """The figure is printed as a change: a word of change just before it in its sentence."""
    at = text.find(reading.text, reading.unit.start, reading.unit.stop)
    return at >= 0 and bool(CHANGE_CUE.search(text[max(reading.unit.start, at - CUE_REACH):at]))


def developing(reading: Reading) -> bool:
    """The figure's sentence counts something re-reported as a story develops (`DEVELOPING`)."""
    return any(DEVELOPING.match(word) for word in reading.unit.lemmas | reading.counts)


def current(readings: list[Reading], text_of: dict[str, str],
            disagree: Callable[[Reading, Reading], bool]) -> list[Reading]:
    """The readings less those a later correction of their outlet (`CORRECTION`) gives another value for
    (`disagree`: one quantity, values apart)."""
    corrections = [r for r in readings if CORRECTION.search(text_of[r.unit.article])]
    return [r for r in readings if not any(_corrects(c, r, disagree, text_of) for c in corrections)]


def correcting(readings: list[Reading], text_of: dict[str, str],
               disagree: Callable[[Reading, Reading], bool]) -> list[Reading]:
    """The readings of a correction (`CORRECTION`) that take back an earlier figure of their outlet: an editor is
    shown each as a state of its own, marked (`correction_text`), after the figure it corrects."""
    corrections = [r for r in readings if CORRECTION.search(text_of[r.unit.article])]
    return [c for c in corrections if any(_corrects(c, r, disagree, text_of) for r in readings)]


def correction_text(shown: str, language: str) -> str:
    """A state a correction gives, marked in its report's language: "исправление: 4 человека"."""
    return f"{CORRECTION_LABEL.get(language, CORRECTION_LABEL['en'])}: {shown}"


def is_correction(state: State) -> bool:
    """The state is a figure a report's correction gives (`correction_text`)."""
    return state.text.startswith(tuple(f"{label}: " for label in CORRECTION_LABEL.values()))


def _corrects(correction: Reading, reading: Reading, disagree: Callable[[Reading, Reading], bool],
              text_of: dict[str, str]) -> bool:
    """An earlier figure of the correction's outlet, or one the correction names as wrong (`CORRECTED_FIGURE`)."""
    when, earlier = epoch_seconds(correction.unit.published), epoch_seconds(reading.unit.published)
    named = correction.unit.outlet == reading.unit.outlet or names_corrected(correction, reading, text_of)
    return named and when is not None and earlier is not None and earlier < when and disagree(correction, reading)


def names_corrected(correction: Reading, reading: Reading, text_of: dict[str, str]) -> bool:
    """The correction's report names the reading's figure as the wrong one (`corrected_figures`): "not 2,000"."""
    return reading.value in corrected_figures(text_of[correction.unit.article])


def corrected_figures(text: str) -> set[float]:
    """The figures a report's correction notes say were wrong (`CORRECTED_FIGURE`, read as `values` reads a figure)."""
    from svodka.compare.values import printed_figures  # values reads updates

    return {value for note in CORRECTION.finditer(text)
            for wrong in CORRECTED_FIGURE.finditer(text, note.start(), _sentence_end(text, note.end()))
            for _, _, value in printed_figures(wrong.group(1))}


def _sentence_end(text: str, at: int) -> int:
    stop = re.compile(r"[.!?](?:\s|$)").search(text, at)
    return stop.end() if stop else len(text)


def epoch_seconds(published: datetime | None) -> float | None:
    """Seconds since the epoch, a time without a zone read as UTC (`svodka.times.as_utc`), so that times with and
    without zones order alike."""
    return None if published is None else as_utc(published).replace(tzinfo=UTC).timestamp()


def when_shown(published: datetime | None, one_day: bool) -> str:
    """'10:05' in a story told in one day, '2020-05-12 10:05' otherwise; '?' undated."""
    if published is None:
        return "?"
    return published.strftime("%H:%M" if one_day else "%Y-%m-%d %H:%M")


def update_line(update: Difference) -> str:
    """An update's states on one line, oldest first, the latest marked: "2000 квадратных (Подмосковье сегодня, 07:40)
    → 5000 квадратных (Московский вестник, Регион-инфо, 10:05, latest)"; a day with each time when they span days."""
    one_day = told_in_one_day(update)
    return " → ".join(f"{state.text} ({', '.join(state.outlets)}, {when_shown(state.published, one_day)}"
                      f"{', latest' if state.latest else ''})" for state in update.states)


def told_in_one_day(update: Difference) -> bool:
    """An update's dated states all fall on one day: their times are shown without it."""
    return len({state.published.date() for state in update.states if state.published}) < 2


def phase(unit: Unit) -> int | None:
    """The latest stage of `PHASES` the sentence reports, None when it reports none."""
    return max((i for i, openings in enumerate(PHASES) for lemma in unit.lemmas if lemma.startswith(openings)),
               default=None)


def superseded(unit: Unit, others: list[Unit]) -> bool:
    """A later report among `others` gives a later stage (`phase`) than the sentence: «локализован» beside a later
    «ликвидирован» is no longer the story's state."""
    stage, when = phase(unit), epoch_seconds(unit.published)
    return stage is not None and when is not None and any(
        (later := phase(other)) is not None and later > stage and (epoch_seconds(other.published) or 0.0) > when
        for other in others)


def phase_update(fact: Fact) -> Difference | None:
    """A fact told at successive stages (`PHASES`), each stage first published after the one before: an update of
    those stages, shown by the first sentence of the latest, each state the stage's word as its first report prints
    it. None when the fact has one stage, or its reports give the stages out of time order."""
    by_stage: dict[int, list[Unit]] = {}
    for unit in sorted(fact.units, key=lambda u: epoch_seconds(u.published) or 0.0):
        if (stage := phase(unit)) is not None:
            by_stage.setdefault(stage, []).append(unit)
    firsts = [epoch_seconds(by_stage[stage][0].published) for stage in sorted(by_stage)]
    if len(by_stage) < 2 or None in firsts or firsts != sorted(firsts):
        return None
    states = [State(_stage_word(units[0], stage), units[0].published, sorted({u.article for u in units}),
                    sorted({u.outlet for u in units}), latest=stage == max(by_stage))
              for stage, units in sorted(by_stage.items())]
    return Difference("update", by_stage[max(by_stage)][0].shown, sorted({a for s in states for a in s.articles}),
                      states=states)


def _stage_word(unit: Unit, stage: int) -> str:
    """The word of the stage as the sentence prints it ("локализован")."""
    found = re.search(rf"(?<!\w)(?:{'|'.join(PHASES[stage])})\w*", unit.text, re.IGNORECASE)
    return found.group() if found else PHASES[stage][0]
