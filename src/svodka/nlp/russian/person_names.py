"""A person's name in the nominative. natasha declines the names its dictionary knows; news is full of foreign and
rare names it does not know, whose case endings and gender are read here from the endings Russian gives them."""

from __future__ import annotations

import re

from svodka.nlp.russian.words import CYRILLIC_WORD, as_written, inflect

# Case endings of a masculine surname the dictionary does not know ("Ферстаппена", "Пущину", "Мюллером"),
# by the case natasha's tagger reads; natasha leaves such a surname as written.
SURNAME_ENDINGS = {"Gen": ("а", "я"), "Acc": ("а", "я"), "Dat": ("у", "ю"), "Ins": ("ом", "ем", "ём"), "Loc": ("е",)}
ALL_SURNAME_ENDINGS = ("ом", "ем", "ём", "а", "я", "у", "ю", "е")  # longest first: "-ом" before "-у"
# Endings only a woman's surname takes (a man's "Назарбаевой" does not exist): "-ов/-ев/-ин" then "-ой",
# and "-ск/-цк" then "-ой/-ую" (a man's are "-ского", "-скому"...). "-ову" is a man's dative as well.
# One list of the two surname stems serves both: telling a woman's surname and putting it in the nominative.
POSSESSIVE_SURNAME_STEM = r"[оеё]в|[иы]н"  # Назарбаев-, Ильин-: nominative "-а"
ADJECTIVAL_SURNAME_STEM = r"[сц]к"  # Быковск-, Троицк-: nominative "-ая"
POSSESSIVE_INSTRUMENTAL = re.compile(rf"(?<=[А-ЯЁа-яё]{{2}})(?:{POSSESSIVE_SURNAME_STEM})ым$")  # "Эргашевым", "Ильиным"
FEMININE_SURNAME = re.compile(rf"(?:{POSSESSIVE_SURNAME_STEM})(?:ой|ою)$|(?:{ADJECTIVAL_SURNAME_STEM})(?:ой|ую|ою)$")
FEMININE_SURNAME_ENDINGS = ((re.compile(rf"(?<={POSSESSIVE_SURNAME_STEM})(?:ой|ою|у)$"), "а"),
                            (re.compile(rf"(?<={ADJECTIVAL_SURNAME_STEM})(?:ой|ую|ою)$"), "ая"))
# A woman's first name the dictionary does not know declines as "-а" names do: "Дариги", "Дариге", "Даригу".
FEMININE_NAME_ENDINGS = ((re.compile(r"(?<=[гкхжшчщ])и$"), "а"), (re.compile(r"(?:ы|у|ой|ою)$"), "а"),
                         (re.compile(r"(?<=[гкхжшчщ])е$"), "а"), (re.compile(r"ю$"), "я"))
# The case endings of a woman's "-а" surname after her first name in that case: "Татьяну Навку", "Татьяны Навки".
# Only these: a surname ending otherwise ("Зеркаль", "Ротару") does not decline.
WOMANS_SURNAME_CASE_ENDINGS = {"Gen": ((re.compile(r"(?:ы|(?<=[гкхжшчщ])и)$"), "а"),),
                               "Dat": ((re.compile(r"(?<=[гкхжшчщ])е$"), "а"),),
                               "Loc": ((re.compile(r"(?<=[гкхжшчщ])е$"), "а"),),
                               "Acc": ((re.compile(r"у$"), "а"), (re.compile(r"ю$"), "я")),
                               "Ins": ((re.compile(r"(?:ой|ою)$"), "а"),)}


def person_nominative(normal: str, tokens, morph_vocab) -> str:
    """natasha's normal form of a person's name with the words it could not decline put in the nominative.

    natasha's tagger guesses the gender of a name it does not know from the context, often wrongly
    ("Дариги Назарбаевой" read as a man's): a surname's ending says the gender when it can only be a
    woman's ("-овой", "-иной", "-ской", "-скую"), and then every word takes the feminine nominative
    ("Дарига Назарбаева"). A man's name the dictionary misses is left as written: its case ending goes
    ("Акежана Кажегельдина" → "Акежан Кажегельдин"). Only when natasha's words are the tokens one to one
    (initials with their full stops are left as natasha gives them)."""
    words = normal.split()
    if len(words) != len(tokens):
        return normal
    if FEMININE_SURNAME.search(tokens[-1].text.lower()):
        return " ".join(_feminine_nominative(t.text, morph_vocab) for t in tokens)
    if len(tokens) > 1 and _womans_first_name(tokens[0].text, morph_vocab):
        endings = WOMANS_SURNAME_CASE_ENDINGS.get(tokens[0].feats.get("Case"), ())
        return " ".join([_feminine_nominative(tokens[0].text, morph_vocab)]
                        + [woman_surname(t.text) or _replaced_ending(t.text, endings) for t in tokens[1:]])
    case = tokens[-1].feats.get("Case")  # the words of a name share its case, which the surname shows best
    known = any(morph_vocab.word_is_known(t.text.lower()) for t in tokens[:-1])
    return " ".join(undeclined_masculine(w, t, case, morph_vocab, known) if w == t.text else w for w, t in zip(words, tokens))


def _womans_first_name(word: str, morph_vocab) -> bool:
    """A first name the dictionary knows only as a woman's ("Татьяну", not "Саша", "Женя" or a guess at an
    unknown "Маулен"): the surname after it is hers, whatever the tagger guessed ("Татьяну Навку" → "Татьяна
    Навка", not "Навк"), and it takes the first name's case ending, if any ("Софии Ротару" stays)."""
    names = [p for p in morph_vocab.parse(word) if "Name" in p.tag.grammemes]
    return morph_vocab.word_is_known(word.lower()) and bool(names) and all("femn" in p.tag.grammemes for p in names)


def _replaced_ending(word: str, endings) -> str:
    """The word with the first of the (pattern, replacement) endings it has replaced, else as it is."""
    for ending, replacement in endings:
        if ending.search(word):
            return ending.sub(replacement, word)
    return word


def _feminine_nominative(word: str, morph_vocab) -> str:
    """A woman's surname or first name in the nominative: "Назарбаевой" → "Назарбаева", "Быковскую" →
    "Быковская", "Татьяну" → "Татьяна" (by the dictionary), "Дариги" → "Дарига" (by its ending when the
    dictionary does not know the name)."""
    surname = woman_surname(word)
    if surname:
        return surname
    name = next((p for p in morph_vocab.parse(word) if {"Name", "femn"} <= p.tag.grammemes), None)
    if name is not None:
        form = inflect(name, {"nomn", "sing"})
        return as_written(word, form.word) if form else word
    if morph_vocab.word_is_known(word.lower()):
        return word
    return _replaced_ending(word, FEMININE_NAME_ENDINGS)


def woman_surname(word: str) -> str | None:
    """The woman's surname a declined form can be ("Антонову" is a man's dative or a woman's accusative:
    "Антонова"), or None when the word has no such ending. A surname alone links to a full name introduced
    before; when only a woman of that name was introduced, this is the form that finds her."""
    for ending, nominative_ending in FEMININE_SURNAME_ENDINGS:
        if ending.search(word):
            return ending.sub(nominative_ending, word)
    return None


def undeclined_masculine(word: str, token, case: str | None, morph_vocab, case_known: bool = False) -> str:
    """A masculine name natasha left as written put back in the nominative: "Ферстаппена" → "Ферстаппен"
    (the tagger reads a masculine animate genitive). Only when what remains ends in a hard consonant, as the
    foreign and rare names the dictionary misses do. The tagger's case of a word the dictionary does not
    know is a guess ("Акежана" read as a dative or, before a genitive surname, a nominative), so such a word
    loses any oblique case ending when the name's `case` is oblique, unless `case_known`: a first name the
    dictionary knows shows the case, and a surname without its ending stays whole ("Саттару Бахлулзаде")."""
    feats = token.feats
    if feats.get("Gender") != "Masc" or feats.get("Number") != "Sing" or case in (None, "Nom"):
        return word
    unknown = not morph_vocab.word_is_known(word.lower())
    if POSSESSIVE_INSTRUMENTAL.search(word) and (case == "Ins" or unknown):
        return word[:-2]  # "Эргашевым" → "Эргашев": after "-ов/-ев/-ин" "-ым" is an instrumental, whatever the tagger read
    endings = ALL_SURNAME_ENDINGS if unknown and not case_known else SURNAME_ENDINGS.get(case, ())
    for ending in endings:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) > 2 and CYRILLIC_WORD.fullmatch(stem) and stem[-1] not in "аеёиоуыэюяйь":
            return stem
    return word
