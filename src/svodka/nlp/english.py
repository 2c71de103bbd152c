"""A light English analysis: sentences, stemmed content words, capitalised-name spans.

natasha is Russian-only; English is a minority of svodka's input, so a rule-based
pass serves until a measured reason asks for more.
"""

from __future__ import annotations

import re

from razdel import sentenize

from svodka.model import Sentence
from svodka.nlp.english_types import NameMention, typed_names
from svodka.nlp.russian import Span

# A name made an adjective by a hyphened word ("Tallinn-based", "Kremlin-backed", "state-owned").
ADJECTIVE_ENDINGS = r"-(?:based|born|owned|backed|led|made|listed|registered|headquartered|bound)"
HYPHENED_ADJECTIVE = re.compile(ADJECTIVE_ENDINGS + "$")
# Where a run of capitalised words holds two names: a possessive or a place made an adjective before another name.
OWNER_BREAK = re.compile(rf"['’]s[ \t]|{ADJECTIVE_ENDINGS}[ \t]")
STOPWORDS = set(
    "a an the and or but if of to in on at by for with from as is are was were be been being has have had "
    "do does did this that these those it its he she they them his her their we our you your i me my "
    "not no so than then there here which who whom whose what when where why how all any some more most "
    "will would can could should may might must also into over after before about said says say".split()
)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+(?:[.,]\d+)?")
LOWER = "a-zà-öø-ÿ"
NAME_WORD = rf"(?:[A-Z][{LOWER}]+(?:[-'’][A-Z]?[{LOWER}]+)?|[A-Z]{{2,}})"
NAME = re.compile(rf"\b{NAME_WORD}(?:[ \t]+(?:of[ \t]+|de[ \t]+)?{NAME_WORD})*")
# Capitalised words that name no one: calendar words, prepositions, nationalities, sentence openers and roles.
NOT_NAMES = set(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Day In At On For From With By After Before During As But And If When "
    "While The A An This That It He She They We I Mr Mrs Ms Dr Chief Executive "
    "President Minister Prime Governor Mayor Lab Head Coach Substitute Goalkeeper Defender Related Share Photo "
    "Reporting Editing Published Russian Estonian Siberian Chinese Western European Lithuanian American Kazakh "
    "Ukrainian Belarusian British German French Local Independent Researchers Officials Investigators "
    "Greek Swedish Finnish Polish Norwegian Danish Dutch Italian Spanish Turkish Japanese Korean Latvian Georgian "
    "Armenian Azerbaijani Uzbek Tatar Series GMT UTC One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve "
    "Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Hundred".split()
)


def stem(word: str) -> str:
    """A crude suffix stripper: enough to meet "talks"/"talk" and "reported"/"report"."""
    word = word.lower().strip("'")
    for suffix in ("ies", "'s", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def analyse_english(text: str) -> tuple[list[Sentence], list[Span]]:
    sentences = []
    names: list[NameMention] = []
    midsentence = _midsentence_names(text)
    lowercase = set(re.findall(rf"\b[{LOWER}]+\b", text))
    for sent in sentenize(text):
        lemmas = [stem(w) for w in WORD.findall(sent.text) if w.lower() not in STOPWORDS]
        sentences.append(Sentence(sent.start, sent.stop, sent.text, lemmas))
        for match in NAME.finditer(sent.text):
            words = match.group().split()
            offset = match.start()
            opening = not sent.text[:offset].strip(" \"“'(-—")
            # a capitalised sentence opener is dropped unless the text shows it is a name: seen mid-sentence, or
            # opening a run of names while never written in lower case ("Timur Safin headed…", not "Officials said")
            while words and (words[0] in NOT_NAMES or (opening and words[0] not in midsentence
                                                       and (len(words) < 2 or words[0].lower() in lowercase))):
                offset += len(words[0]) + 1
                words.pop(0)
                opening = False
            if not words:
                continue
            run = " ".join(words)
            breaks = list(OWNER_BREAK.finditer(run))  # "Russia's Kaliningrad", "Samara-based Volgakreditbank": two names
            name = run[breaks[-1].end():] if breaks else run
            if breaks:
                owner_start = breaks[-2].end() if len(breaks) > 1 else 0
                owner = run[owner_start:breaks[-1].start()]
                if " " not in owner:  # one word ("Russia"); "International Women's Day" is no name of a woman
                    at = sent.start + offset + owner_start
                    names.append(NameMention(at, at + len(owner), owner))
            offset += len(run) - len(name)
            name = name[:-2] if name.endswith(("'s", "’s")) else name
            name = HYPHENED_ADJECTIVE.sub("", name)  # "Tallinn-based": the place, without the adjective it makes
            if name in NOT_NAMES:
                continue  # "International Women's Day": a holiday, no one's day
            start = sent.start + offset
            names.append(NameMention(start, start + len(name), name))
    types = typed_names(names, text)
    return sentences, [Span(n.start, n.stop, types[n.name.lower()], n.name, n.name) for n in names]


def _midsentence_names(text: str) -> set[str]:
    """Capitalised words seen inside a sentence: names, as opposed to capitalised sentence openers."""
    # every word of the name counts, so "Marina Svetlova" mid-sentence makes a later "Svetlova declined…" a name
    return {w for m in re.finditer(rf"[a-z,;][ \t]+({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})", text) for w in m.group(1).split()}

