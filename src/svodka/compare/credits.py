"""Who a report credits a statement to: a quoted speaker, or "по данным X" / "according to X".

Two outlets may state one fact on the authority of different bodies ("7,4 млрд, по данным
министерства" / "7,8 млрд, сообщили в компании «СВ-Мостострой»"): that is an attribution
difference. It needs a NAMED body on both sides: "оперативные службы" or "the company's
timetable" names nobody another outlet could be said to contradict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from svodka.nlp.translit import name_key

if TYPE_CHECKING:  # align drops editors' notes (`editors_note`) from what it compares
    from svodka.compare.align import Unit

# "по данным регионального министерства транспорта", "according to the private forecaster Meridian":
# the credited body runs from the cue to the next punctuation mark.
CREDIT_CUE = re.compile(
    r"\b(?:по (?:данным|информации|сведениям|оценк[еа]м?|расч[её]там|подсч[её]там)|according to|citing)\s+"
    r"([^,.;:()\n—–]+)", re.IGNORECASE)
# «…, сообщили в полиции», «сообщили в МЧС»: the body the reporter asked, one to three words after the verb.
TOLD_IN = re.compile(r"\b(?:сообщили|сообщают|заявили|рассказали|уточнили|пояснили)\s+в\s+(\w+(?:[ -]\w+){0,2}?)(?=[,.;:()\n—–]|$)",
                     re.IGNORECASE)
SPACED_HYPHEN = re.compile(r"\s-\s")  # a hyphen typed for a dash ends the phrase; "СВ-Мостострой" does not
# Nouns of a body that a qualifier turns into a name ("министерства транспорта", "transport ministry"),
# as word beginnings; "ведомство", "служба" and "the company" alone point back or name nobody.
BODY_NOUNS = ("министерств", "минтранс", "управлени", "департамент", "комитет", "администраци", "правительств",
              "мэри", "компани", "институт", "центр", "ministry", "department", "committee", "administration",
              "government", "council", "agency", "institute", "centre", "center")
# What «сообщили в …» names one body by alone: a body noun, the police, the prosecutors, a press office.
TOLD_BODIES = BODY_NOUNS + ("полици", "прокуратур", "следствен", "пресс-служб", "мвд", "минздрав", "кремл", "мэри")
# News agencies and their sites: who passed a statement on, never who made it («Песков, РИА Новости», "according to
# Reuters", «tass.ru»): no side of an attribution.
NEWS_AGENCY = re.compile(r"(?<![\w-])(?:[\w-]+\.(?:ru|com|net|org|ua|by|kz)|РИА\s+Новости|РИА|Интерфакс\w*|ТАСС\w*|Синьхуа|Рейтер\w*|Блумберг\w*|"
                         r"Reuters|Associated\s+Press|AP|AFP|Agence\s+France-Presse|Bloomberg|Xinhua|Interfax|TASS|"
                         r"RIA(?:\s+Novosti)?)(?![\w-])", re.IGNORECASE)
# The nouns a report names another outlet by, as word openings: «газета "Ведомости"», "the newspaper Kommersant"
PRESS_NOUN = (r"(?<!\w)(?:газет|издани|агентств|телеканал|радиостанци|портал|newspaper|paper|agency|broadcaster|"
              r"channel|outlet|website)\w*")
MIN_KEY_LETTERS = 3  # words shorter than this ("в", "the", "of") identify nothing
STEM_LETTERS = 5  # "министерства" / "министерство" meet on their first letters
DETERMINERS = {"the", "a", "an", "its", "their", "его", "их"}
# A sentence that only says who told the story: «Об этом сообщает ТАСС.», «Информация предоставлена оперативным
# штабом …», "Reuters reported.", "This was reported by the BBC." It states no fact two reports could share.
# An opening that points at the news, a verb of telling and no figure (a name's "COVID-19" is none): "Информация о
# пострадавших уточняется" has no verb of telling, "Об этом сообщил мэр, добавив, что 15 школ закрыты" a figure.
# After a comma only who passed it on may follow («…, передает РБК», «…, ссылаясь на источники»): «…, добавив, что
# школы закрыты», «…, сообщив о гибели троих человек» go on to state a fact told in words.
CREDIT_GOES_ON = r",\s*(?=(?:пиш|переда|сообща|информиру|ссылаясь|со ссылкой|опубликованн)\w*\s)"
RU_CREDIT = re.compile(r"^(?:(?:об|о) этом|эт[уа] информаци\w*|информаци[яю]|эти данные|такие данные)\b"
                       r"(?=[^.!?]*?\b(?:сообщ|переда|заяв|рассказ|пиш|предостав|привод|привел|привёл|опубликова|"
                       rf"распространи|информир|цитиру))(?:[^.!?\d,]|(?<=-)\d+|{CREDIT_GOES_ON})*[.!]?$", re.IGNORECASE)
# A credit is a few words and the source's name: the credit sentences of the dev articles (/tmp/s12/dev.jsonl) run
# 5-17 words, 26 with a committee's full name; a longer sentence tells more than who told it
MAX_CREDIT_WORDS = 30
EN_CREDIT = re.compile(r"^(?:(?:[Tt]his|[Tt]hat|It) (?:was|is|has been) (?:reported|announced|confirmed) by "
                       r"[^.!?\d\",]*|"
                       r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:reported|reports|said|says|announced)"
                       r"(?: on \w+| in a statement)?)\.?$")


# The outlet talking to its readers about its own report, as a credit tells who told it: «Редакция приносит извинения
# читателям», "We apologise for the error", «Обновлено: 12 мая», "Updated 14:05", "This article has been updated" (not
# «Обновлено дорожное покрытие улицы», the road's new surface). No fact of the story: never a summary sentence, a shared
# fact or one report's detail.
EDITORS_NOTE = re.compile(
    r"^(?:(?:редакция|мы)\s+(?:\w+\s+)?(?:приносит|приносим)\s+(?:свои\s+)?извинения|приносим\s+(?:свои\s+)?извинения|"
    r"(?:статья|материал|текст|новость)\s+(?:был\w*\s+)?(?:исправлен|обновл[её]н|дополнен)\w*|"
    r"(?:исправлено|обновлено|updated|corrected)\s*(?::|\d|$)|"
    r"we\s+(?:apologi[sz]e|regret)\b)", re.IGNORECASE)
MAX_NOTE_WORDS = 15  # "We apologise to X for the error and to our readers": longer tells more than the note
# A notice of the report's own change, a note however long it runs: "This story has been corrected to show that about
# 200 homes were evacuated, not 2,000", "An earlier version of this article said…" (what it corrects is `updates`').
CHANGE_NOTICE = re.compile(r"^(?:(?:this|the)\s+(?:article|story|report)\s+(?:has\s+been|was)\s+"
                           r"(?:updated|corrected|amended)|an\s+earlier\s+version\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Credit:
    """A body or person a report credits a statement to, keyed so two wordings of one meet."""

    shown: str
    language: str  # of the report
    names: frozenset[str]  # spelling-independent name keys (any language)
    words: frozenset[str] = frozenset()  # word stems ("минис"), comparable in one language only

    def same(self, other: Credit) -> bool:
        """One body: a name or, in one language, a word in common; every word of one's name in the other's
        («МЧС» in «ГУ МЧС по Московской области», "Kravtsov" in "Oleg Kravtsov"); or one's acronym of the other's
        words ("IMD", "India Meteorological Department")."""
        return bool(self.names & other.names or self.language == other.language and self.words & other.words
                    or _name_within(self.shown, other.shown) or _name_within(other.shown, self.shown)
                    or _acronym_of(self.shown, other.shown) or _acronym_of(other.shown, self.shown))

    def comparable(self, other: Credit) -> bool:
        """Two credits can be told apart by their names, or by their words in one language."""
        return bool(self.names and other.names) or self.language == other.language


def _name_within(short: str, long: str) -> bool:
    """Every word of the shorter name, as a name key, among the longer name's words."""
    keys = lambda name: {name_key(w) for w in re.findall(r"[\w'-]+", name) if len(w) >= 2}
    short_keys = keys(short)
    return bool(short_keys) and short_keys <= keys(long)


def _acronym_of(short: str, long: str) -> bool:
    """The shorter name is an acronym of the longer's capitalised words: "IMD" of "India Meteorological Department",
    «МЧС» of «Министерство по Чрезвычайным Ситуациям» (words of three letters or fewer may be left out)."""
    acronym = short.strip()
    initials = [w[0].upper() for w in re.findall(r"[\w'-]+", long) if w[:1].isupper() or len(w) > 3]
    return acronym.isupper() and 2 <= len(acronym) <= len(initials) and acronym in {
        "".join(initials), "".join(w[0].upper() for w in re.findall(r"[\w'-]+", long) if w[:1].isupper())}


def news_agency(name: str) -> bool:
    """The credit names only a news agency or a site (`NEWS_AGENCY`): who passed the statement on."""
    return not without_agency(name)


def press_named(name: str, sentence: str) -> bool:
    """The sentence names the credit as a newspaper, channel or agency («Газета "Ведомости" сообщала», "the newspaper
    Kommersant reported"): another outlet, who reported it first, not who said it."""
    return bool(name.strip()) and re.search(PRESS_NOUN + r"\s+[«\"“„']?" + re.escape(name.strip()), sentence,
                                             re.IGNORECASE) is not None


def without_agency(name: str) -> str:
    """The name less the news agencies it gives (`NEWS_AGENCY`): «Песков, РИА Новости» is Peskov."""
    return NEWS_AGENCY.sub("", name).strip(" ,.;-—–«»\"'")


def name_of(key: str) -> str:
    """The name part of an entity or speaker key ("PER:zviagin"), "yo" and "ё" spelt alike."""
    return key.partition(":")[2].replace("io", "e")


def speaker_credit(speaker: str, key: str, language: str) -> Credit:
    """A quoted speaker, known by their entity key."""
    return Credit(speaker, language, frozenset({name_of(key)}))


def phrase_credits(unit: Unit) -> list[Credit]:
    """The named bodies the sentence credits with "по данным …" or "according to …", and the body a report says told
    it («сообщили в полиции»)."""
    found = []
    for match in CREDIT_CUE.finditer(unit.text):
        phrase = SPACED_HYPHEN.split(match.group(1))[0].strip()
        words = [w for w in re.findall(r"[\w'-]+", phrase) if w.lower() not in DETERMINERS]
        names = {name_key(w) for w in words if w[:1].isupper()}
        names |= {name_of(key) for key, name in unit.entity_names.items() if name.split()[-1] in phrase}
        described = len(words) >= 2 and any(w.lower().startswith(BODY_NOUNS) for w in words)
        if (names or described) and not news_agency(phrase) and not re.match(PRESS_NOUN, phrase, re.IGNORECASE):
            stems = {w.lower()[:STEM_LETTERS] for w in words if len(w) >= MIN_KEY_LETTERS}
            found.append(Credit(phrase, unit.language, frozenset(names), frozenset(stems)))
    for match in TOLD_IN.finditer(unit.text):  # «сообщили в полиции»: a body named by what it is, one word will do
        words = match.group(1).split()
        if news_agency(match.group(1)) or not any(w.isupper() and len(w) > 1 or w.lower().startswith(TOLD_BODIES)
                                                   for w in words):
            continue  # «в оперативных службах» names nobody, «в Москве» a place: an acronym or a body's noun names one
        found.append(Credit(match.group(1), unit.language, frozenset(name_key(w) for w in words if w[:1].isupper()),
                            frozenset(w.lower()[:STEM_LETTERS] for w in words if len(w) >= MIN_KEY_LETTERS)))
    return found


def credit_words(text: str) -> list[str]:
    """The words of the sentence's credits («по данным МЧС», «сообщили в полиции», "according to the county police"),
    named or not: who told it, never what happened. A credit is its sentence's alone: «Погибли 12 человек. Среди
    погибших двое детей, сообщили в полиции.» credits the children to the police, not the toll told a sentence before.
    """
    return [word for cue in (CREDIT_CUE, TOLD_IN) for match in cue.finditer(text)
            for word in re.findall(r"[\w'-]+", match.group(0))]


def credited_apart(ours: list[Credit], theirs: list[Credit], ours_mention: set[str], theirs_mention: set[str]) -> bool:
    """Two sources credit a fact to different named bodies.

    Not when they share a credit, when no pair of credits can be compared, or when each
    source also names the other's credit (the speaker and his forecaster «Меридиан»: both
    outlets know both, they only chose whom to cite in this sentence).
    """
    if not ours or not theirs or any(a.same(b) for a in ours for b in theirs):
        return False
    if not any(a.comparable(b) for a in ours for b in theirs):
        return False
    knows = lambda credits, mentions: any(c.names and c.names <= mentions for c in credits)
    return not (knows(ours, theirs_mention) and knows(theirs, ours_mention))


def credit_only(sentence: str) -> bool:
    """The sentence only credits the story to someone (`RU_CREDIT`, `EN_CREDIT`): never a fact of its own."""
    text = sentence.strip()
    return len(text.split()) <= MAX_CREDIT_WORDS and bool(RU_CREDIT.match(text) or EN_CREDIT.match(text))


def editors_note(sentence: str) -> bool:
    """The outlet speaking of its own report: an apology, an update or correction notice (`EDITORS_NOTE`, short;
    `CHANGE_NOTICE`, any length)."""
    text = sentence.strip()
    return bool(CHANGE_NOTICE.match(text)) or len(text.split()) <= MAX_NOTE_WORDS and bool(EDITORS_NOTE.match(text))
