"""The nominative of an organisation's or place's name, capitalisation kept: one written form per name, so that
"Банка России" and "Банк России" are one entity. natasha's own normal form lower-cases and misreads many of them."""

from __future__ import annotations

import re
from functools import lru_cache
from os.path import commonprefix

from natasha import MorphVocab
from natasha.doc import DocSpan
from pymorphy2.analyzer import Parse

from svodka.nlp.russian.person_names import person_nominative, undeclined_masculine
from svodka.nlp.russian.words import (
    CYRILLIC_WORD,
    RELATIONAL_ADJECTIVE,
    as_written,
    inflect,
    is_abbreviation,
)

MAX_NAME_WORDS = 4  # longer organisation names carry their own grammar; natasha's form is kept
TAGGED_CASES = {"Gen": "gent", "Dat": "datv", "Ins": "ablt", "Loc": "loct"}  # natasha's oblique cases, as pymorphy names them
# The genitive ending of an "-а" noun that looks like a plural to a dictionary that does not know it: "Тампы".
PLURAL_LOOKING_GENITIVE = re.compile(r"(?:ы|(?<=[гкхжшчщ])и)$")
ORG_HEAD_NOUNS = {"банк", "группа", "холдинг", "компания", "капитал", "фонд", "арена"}  # a brand's noun ("Альфа Банк", "Газпром Арена")
COORDINATED_NAME = re.compile(r"([А-ЯЁ][а-яё]+) и ([А-ЯЁ][а-яё]+)")  # "Босния и Герцеговина"
NAME_CACHE = 20_000  # names recur across a story's reports: each put in the nominative once


def span_nominative(span: DocSpan, morph_vocab: MorphVocab) -> str:
    """The normal form of a span natasha tagged and normalised: natasha's own, unless the rules for its kind put
    the name in the nominative better (a word it does not know, a case it reads from the context)."""
    normal = span.normal or span.text
    if span.type in ("ORG", "LOC") and _unknown_as_written(span.tokens, morph_vocab):
        normal = span.text
    elif span.type in ("ORG", "LOC"):
        normal = (_coordinated_nominative(span.text, morph_vocab) or nominative(span.text, morph_vocab)
                  or head_nominative(span.text, morph_vocab) or normal)
        normal = _masculine_unknown(span.text, normal, span.tokens, morph_vocab)
        normal = _nominative_by_tagged_case(span.text, normal, span.tokens, morph_vocab)
    elif span.type == "PER" and span.tokens:
        normal = person_nominative(normal, span.tokens, morph_vocab)
    return normal


def _masculine_unknown(written: str, normal: str, tokens, morph_vocab) -> str:
    """A one-word place or body the dictionary does not know, which the tagger reads as a masculine in an
    oblique case ("в Совфеде", "Совфедом"): its case ending goes ("Совфед"), as a man's rare name's does. The
    dictionary's guesses would give it a feminine "-а"/"-я" ("Совфедя", by analogy with "Федя") or keep it as
    written; a guess of another kind ("Роскачестве" → "Роскачество") is kept."""
    if (len(tokens) != 1 or tokens[0].text != written or morph_vocab.word_is_known(written.lower())
            or not (normal == written or normal.endswith(("а", "я")))):
        return normal
    stem = undeclined_masculine(written, tokens[0], tokens[0].feats.get("Case"), morph_vocab)
    return stem if stem != written else normal


def _nominative_by_tagged_case(written: str, normal: str, tokens, morph_vocab) -> str:
    """A one-word place or body in the oblique case the tagger reads from its context, put in the nominative
    singular by the dictionary's reading in that case: "ввода Нацгвардии" → "Нацгвардия", "столице Поморья" →
    "Поморье" (read alone, the form is a plural nominative too, which a written plural name keeps, and the name
    stays as written). A masculine inanimate accusative is its nominative: "входит в Ростех" (not a guessed
    plural "Ростёхи"). A plural name ("Ведомостей") has no singular reading in its case and is left alone."""
    if len(tokens) != 1 or tokens[0].text != written or not CYRILLIC_WORD.fullmatch(written) or is_abbreviation(written):
        return normal
    feats = tokens[0].feats
    if (feats.get("Case"), feats.get("Gender"), feats.get("Animacy"), feats.get("Number")) == ("Acc", "Masc", "Inan", "Sing"):
        return written
    case = TAGGED_CASES.get(feats.get("Case"))
    if case is None or normal != written:
        return normal
    parses = [p for p in morph_vocab.parse(written) if "NOUN" in p.tag and {case, "sing"} <= p.tag.grammemes]
    form = inflect(parses[0], {"nomn", "sing"}) if parses else None
    return as_written(written, form.word.rsplit("-", 1)[-1]) if form else normal


def _unknown_as_written(tokens, morph_vocab) -> bool:
    """A one-word name the dictionary does not know, which the tagger reads as a nominative from its context
    ("в провинции Хубэй"): written as it is named. The dictionary's guesses would decline it ("Хубэи", as
    if "Хубэй" were the genitive plural of a "хубэя")."""
    return (len(tokens) == 1 and tokens[0].feats.get("Case") == "Nom" and CYRILLIC_WORD.fullmatch(tokens[0].text) is not None
            and not morph_vocab.word_is_known(tokens[0].text.lower()))


def _coordinated_nominative(name: str, morph_vocab) -> str | None:
    """"Боснии и Герцеговины", "Тринидада и Тобаго": a country named by two proper names joined by "и", each of
    which declines ("Босния и Герцеговина"); the head-and-genitive reading would keep the second as written.
    A common noun after "и" ("Института вулканологии и сейсмологии") belongs to a name of another shape."""
    parts = COORDINATED_NAME.fullmatch(name)
    if parts is None:
        return None
    first, second = nominative(parts[1], morph_vocab), nominative(parts[2], morph_vocab)
    return f"{first} и {second}" if first and second else None


def head_nominative(name: str, morph_vocab) -> str | None:
    """A long name with its head in the nominative and its dependents as written: "МХТ имени А. П. Чехова",
    "Московского художественного театра (МХТ) им. А. П. Чехова" → "Московский художественный театр (МХТ)
    им. А. П. Чехова" (natasha would inflect the dependents too: "МХТ имя А. П. Чехов"). The longest
    opening words that `nominative` can read, then the rest of the name unchanged."""
    words = name.split()
    for count in range(min(len(words) - 1, MAX_NAME_WORDS), 0, -1):
        opening = " ".join(words[:count])
        head = nominative(opening, morph_vocab)
        if head and name.startswith(opening):
            return head + name[len(opening):]
    return None


@lru_cache(maxsize=NAME_CACHE)
def nominative(name: str, morph_vocab: MorphVocab) -> str | None:
    """The name in the nominative, capitalisation kept: "Банка России" → "Банк России", "Тюменской областях"
    → "Тюменская область", "Усть-Луги" → "Усть-Луга".

    natasha's normal form lower-cases organisations and inflects only some words; here the head
    (the first noun) goes to the nominative, the adjectives before it agree with it, and
    what follows it (a genitive: "России", "Урала") stays as written. The head keeps the number
    it is written in: a name in the plural is plural ("Ведомостей" → "Ведомости", "Военно-морских
    сил" → "Военно-морские силы"), unless its adjective is singular (a noun shared by a list of
    places, "Тюменской областях"). An abbreviation ("ФОМ", "МИД России") is not a word to inflect: read as one, "ФОМ"
    would become the name "Фома". None when a word is unknown.
    """
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or not all(CYRILLIC_WORD.fullmatch(w) for w in words):
        return None
    parses = [morph_vocab.parse(w.rsplit("-", 1)[-1]) for w in words]
    branded = _branded(parses)
    head = len(words) - 1 if branded else next(
        (i for i, (w, p) in enumerate(zip(words, parses))
         if is_abbreviation(w) or p and {"NOUN", "Name", "Surn", "Geox"} & set(map(str, p[0].tag.grammemes))
         and not _modifies_next(i, parses)), None)
    if head is None:
        return None
    if is_abbreviation(words[head]):
        return name if head == 0 else None
    if head == len(words) - 1 and _unknown_nominative(words[head], parses[head], morph_vocab):
        return name if head == 0 else None  # "Митридат": the dictionary's guesses would decline a nominative
    if len(words) == 1 and _unknown_plural(words[0], parses[0], morph_vocab):
        return PLURAL_LOOKING_GENITIVE.sub("а", name)
    nouns = [p for p in parses[head] if "NOUN" in p.tag]
    agreeing = [p for p in nouns if head == 0 or any(_agrees(a, p) for a in parses[head - 1])] or nouns
    noun = max(agreeing, key=lambda p: _name_likeness(p, words[head].rsplit("-", 1)[-1].lower()), default=parses[head][0])
    # "Тюменской областях": an adjective that cannot be plural says the noun is shared by a list of places
    singular = head > 0 and not any(p.tag.number == "plur" for p in parses[head - 1])
    wanted = ("plur" if noun.tag.number == "plur" and not singular else "sing")
    form = inflect(noun, {"nomn", wanted}) or inflect(noun, {"nomn"})
    if form is None:
        return None
    out = list(words)
    out[head] = as_written(words[head], form.word)
    # adjectives agree with the head: "Набережные Челны" (plural only), "Тюменская область"
    agreement = {"nomn", "plur"} if form.tag.number == "plur" else {"nomn", "sing"} | ({form.tag.gender} - {None})
    for i in range(0 if branded else head):
        adjective = next((p for p in parses[i] if _adjective_like(p, words[i])), None)
        if adjective is None:
            return None
        agreed = inflect(adjective, agreement)
        if agreed is None:
            return None
        out[i] = as_written(words[i], agreed.word)
    return " ".join(out)


def _modifies_next(i: int, parses: list[list[Parse]]) -> bool:
    """Whether the word can be an adjective agreeing with the noun after it: "Петербургского метрополитена"
    is the metro, whatever surname ("Петербургский") the dictionary reads first in the adjective."""
    return i + 1 < len(parses) and any(_agrees(a, n) for a in parses[i] for n in parses[i + 1] if "NOUN" in n.tag)


def _adjective_like(parse: Parse, word: str) -> bool:
    """An adjective's reading, or a surname's with an adjective's ending ("Борщаговском путепроводе": the
    dictionary knows "Борщаговский" only as a surname, but before a noun of its case it is the adjective)."""
    return "ADJF" in parse.tag or "PRTF" in parse.tag or (
        "Surn" in parse.tag and RELATIONAL_ADJECTIVE.search(word.lower()) is not None)


def _unknown_nominative(word: str, parses: list[Parse], morph_vocab) -> bool:
    """A word the dictionary does not know that can be a nominative singular as written: the guesses
    that decline it ("Митридат" as the genitive plural of a "митридата") are only guesses."""
    return not morph_vocab.word_is_known(word.lower()) and any(
        {"nomn", "sing"} <= p.tag.grammemes for p in parses if "NOUN" in p.tag)


def _unknown_plural(word: str, parses: list[Parse], morph_vocab) -> bool:
    """A word the dictionary does not know, ending in "-ы"/"-и", that it can only guess as a plural ("Тампы" as
    the plural of a "тамп"): a place or club is one thing, so the ending is the genitive of an "-а" name."""
    return (not morph_vocab.word_is_known(word.lower()) and PLURAL_LOOKING_GENITIVE.search(word) is not None
            and bool(parses) and all(p.tag.number == "plur" for p in parses if "NOUN" in p.tag))


def _agrees(adjective: Parse, noun: Parse) -> bool:
    """Whether an adjective's reading agrees with a noun's: "национального парка" is the park (masculine
    genitive), not the parka (feminine), whatever the dictionary scores first."""
    tag, other = adjective.tag, noun.tag
    return _adjective_like(adjective, adjective.word) and tag.case == other.case and tag.number == other.number and (
        tag.number == "plur" or tag.gender == other.gender)


def _branded(parses: list[list[Parse]]) -> bool:
    """"ВолгаУрал Банка", "Альфа Группы": a brand that does not decline, then the organisation's noun, which does."""
    return len(parses) > 1 and bool(parses[-1]) and parses[-1][0].normal_form in ORG_HEAD_NOUNS and not any(
        p and ({"ADJF", "PRTF"} & p[0].tag.grammemes or p[0].tag.case not in (None, "nomn")) for p in parses[:-1])


def _name_likeness(parse: Parse, written: str) -> tuple[bool, float, bool, bool, int]:
    """How likely a parse is the one a name takes: a place or organisation reading first ("Луга" the town,
    not "луг" the meadow), then pymorphy's score; on a tie the word as written if it can be a nominative
    ("Меркатор"), then a lemma keeping the written stem ("парка" → "парк", not "парок": fleeting vowels
    belong to common nouns more than to names), else the longer lemma ("Самару" → "Самара", not "Самар"),
    which keeps more of what was written when the dictionary cannot tell."""
    stem = len(commonprefix([parse.normal_form, written])) >= min(len(parse.normal_form), len(written)) - 1
    return bool({"Geox", "Orgn"} & parse.tag.grammemes), parse.score, "nomn" in parse.tag, stem, len(parse.normal_form)
