"""Spans natasha tags that are no name to compare outlets by: kinds of things written short, words capitalised
only because they open a sentence, verbs, and names inside titles of works, codes of law and things called
after a person."""

from __future__ import annotations

import re

from svodka.nlp.aliases import alias_of, english_name, type_of
from svodka.nlp.russian.words import (
    CYRILLIC_WORD,
    INSTITUTION_WINDOW,
    NAME_GRAMMEMES,
    ORG_STEMS,
    is_abbreviation,
)
from svodka.nlp.span import Span

# Kinds of site written short, which natasha takes for names: shopping, business and housing centres.
DESCRIPTOR_ABBREVIATIONS = {"ТЦ", "ТРЦ", "ТРК", "БЦ", "ЖК", "СНТ", "ДК"}
# Abbreviations of common nouns, which natasha takes for organisations: "СМИ" are the media, not one outlet.
COMMON_ABBREVIATIONS = {"СМИ", "ВВП", "ДТП", "ЖКХ", "ВУЗ", "НДС", "ЧП", "ИИ", "ИП"}  # "ИП": a sole trader, any
# The internet, capitalised by Russian custom ("в Сети", "в Интернете"): a common noun, as "Internet" in English.
INTERNET_NOUNS = {"сеть", "интернет"}
# A site's own address is its name, lower-case as it is ("78.ru", "lenta.ru"): no capital needed.
SITE_NAME = re.compile(r"[\w-]+\.(?:ru|рф|su|com|net|org|info|media|fm|tv|ua|by|kz)", re.IGNORECASE)
# A brand glued to a common noun ("Telegram-канала", "Instagram-канале"): the channel, not a name.
BRANDED_NOUN = re.compile(r"[A-Za-z0-9]+-[а-яё]")
# Kinds of work, event, document and vehicle, whose name follows them in quotes ("спектакль «Гамлет»", "фестиваль
# «Легенды ретро FM»", "проект «Модернизация … Украины»", "катер «Бердянск»"): titles and vessels, not the people,
# bodies or places news is compared by, with any name inside the title ("Украины") part of it.
WORK_NOUNS = {"спектакль", "постановка", "опера", "оперетта", "балет", "мюзикл", "фильм", "мультфильм", "сериал",
              "шоу", "телепередача", "передача", "программа", "альбом", "сингл", "песня", "клип", "книга", "роман",
              "фестиваль", "конкурс", "турнир", "премия", "биеннале", "выставка", "проект", "операция", "игра",
              "судно", "корабль", "катер", "буксир", "трубоукладчик", "ледокол", "танкер", "теплоход", "яхта"}
# The kind noun, then the opening mark of the title holding the name, or of the last of a list of titles
# ("спектакля – «Сильва» и «Граф Люксембург»"); no closing mark stands between the title's opening and the name.
QUOTED_TITLE = re.compile(r"([А-ЯЁа-яё]+)\s*[–—:-]?\s*[«\"„“](?:[^«»\"„“”\n]*[»\"”“]\s*(?:,|и|или)\s*[«\"„“])*"
                          r"[^«»\"„“”\n]*$")
# Codes of law, abbreviated ("ч. 1 ст. 293 УК РФ") or spelt out ("Налогового кодекса России"), and the constitution:
# documents, whose country is part of their title, not a place the story is about ("СК РФ" is a body: left out).
CODE_ABBREVIATIONS = {"УК", "ГК", "НК", "УПК", "ГПК", "АПК", "КоАП", "КАС", "ТК", "ЖК", "ЗК", "БК", "ЛК", "ВК"}
DOCUMENT_NOUNS = {"кодекс", "конституция"}
# A person's name inside the name of a thing called after him: "премия имени Джозефа Конрада", "салон имени Саттара
# Бахлулзаде", "премии Гоголя", "болезнь Альцгеймера и Паркинсона". Part of a longer name, no mention of the person.
NAMED_AFTER = re.compile(r"(?:^|\s)(?<!от )(?<!по )(?:имени|им\.) $", re.IGNORECASE)
EPONYM_NOUNS = {"премия", "стипендия", "орден", "медаль", "болезнь", "синдром"}
TITLE_WINDOW = 120  # characters before a name searched for the title it is in: the golds' longest title runs 60
SENTENCE_WINDOW = 20  # characters before a name searched for the end of the previous sentence
# Parts of speech no name is made of: a verb ("Покрутил"), or a word of grammar opening a sentence ("Несмотря"),
# which natasha takes for a name by its capital. A name is a noun phrase.
VERB_POS = {"VERB", "INFN"}
NOMINAL_POS = {"NOUN", "ADJF", "ADJS", "PRTF", "NUMR", "NPRO"}
# Nouns of a group of people, which a describing word before and the people's kind after make a description, not a
# name: "Международная команда исследователей", "Российская группа учёных". A named team is quoted or has a name.
GROUP_NOUNS = {"команда", "группа", "коллектив", "консорциум"}
NEXT_WORD = re.compile(r"\s*([А-ЯЁа-яё]+)")
# What ends the text before a word capitalised by its place rather than as a name: a sentence, a line, a colon
# ("Исправление: в предыдущей версии…"), with the dash opening direct speech in between. An opening quote is
# none: a word in quotes is a title or a name («Локомотив» занимает…).
CLAUSE_ENDS = (".", "!", "?", "…", "\n", ":")
SPEECH_DASHES = " \t—–-"
TITLE_CASE_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?![\w-])")  # "Пожар"; not "МегаФон", "Усть-Кут", "СМИ"


def no_name(span: Span, text: str, morph_vocab) -> bool:
    """Spans natasha tags that name nothing: a kind of place or thing written short ("в одном из ТЦ",
    "онлайн-СМИ", "ИП"), the internet ("в Сети"), a word with no capital ("в море": names are capitalised), a capitalised role,
    a group of people described ("Международная команда исследователей")."""
    last = span.text.rsplit("-", 1)[-1]
    return (span.text in DESCRIPTOR_ABBREVIATIONS or BRANDED_NOUN.match(span.text) is not None or last in COMMON_ABBREVIATIONS
            or span.normal.lower() in INTERNET_NOUNS
            or span.text.islower() and not SITE_NAME.fullmatch(span.text)
            or _capitalised_role(span, text, morph_vocab) or _not_a_noun_phrase(span, morph_vocab)
            or _group_of_people(span, text, morph_vocab))


def common_noun_opening(span: Span, text: str, morph_vocab, tagged_pos: str | None) -> bool:
    """"Пожар на складе … произошёл утром", "Исправление. Ранее мы сообщали…": natasha takes a common noun,
    capitalised only because it opens a sentence, for a place or a person. One word the dictionary knows, first as a
    noun, in no reading as a name, and possibly a nominative (a sentence opens with its subject; "Наместников",
    "Кучеров", read only as genitives, are surnames), is none when natasha's tagger (`tagged_pos`, its part of speech
    for the word) reads a common noun too, or when, typed a person, it names a neuter thing: no one is called
    "Исправление", while "Мороз" or "Соловей" may be a surname. Kept when the text capitalises the word inside a
    sentence too (a name is capitalised wherever it stands), when svodka knows it as a name ("Кремль", "Сенат"),
    or when it is compounded with an organisation's word ("Сбербанк")."""
    if not TITLE_CASE_WORD.fullmatch(span.text) or not _capitalised_by_place(span.start, text):
        return False
    parses = morph_vocab.parse(span.text)
    if (not morph_vocab.word_is_known(span.text.lower()) or parses[0].tag.POS != "NOUN"
            or any(NAME_GRAMMEMES & p.tag.grammemes for p in parses) or not any("nomn" in p.tag for p in parses)):
        return False
    if tagged_pos != "NOUN" and not (span.type == "PER" and {"inan", "neut"} <= parses[0].tag.grammemes):
        return False
    return not (_known_name(span) or span.normal.lower().endswith(ORG_STEMS)
                or _capitalised_inside_sentence(span.text, span.start, text, morph_vocab))


def in_titled_work(start: int, text: str, morph_vocab) -> bool:
    """A name inside the quoted title of a work, event or vessel named by its kind just before ("в спектаклях
    «Белая гвардия», «Гамлет»", "проекта «Поддержка населения Украины»"): a title, not a name to compare."""
    title = QUOTED_TITLE.search(text, max(0, start - TITLE_WINDOW), start)
    if title is None:
        return False
    parses = morph_vocab.parse(title[1].lower())
    return bool(parses) and parses[0].normal_form in WORK_NOUNS


def named_after(span: Span, text: str, morph_vocab) -> bool:
    """A person's name in the name of an award, body or illness called after him: "премию имени Конрада",
    "музей им. Савицкого", "премии Гоголя" ("от имени Путина", on his behalf, names the man). After an award's
    or illness's noun only a lone surname: a first name there is its owner's ("болезни Анастасии")."""
    before = text[max(0, span.start - INSTITUTION_WINDOW):span.start]
    if NAMED_AFTER.search(before):
        return True
    word = re.search(r"(?:^|\s)([а-яё]+) $", before)
    if word is None or " " in span.text or morph_vocab.parse(word[1])[0].normal_form not in EPONYM_NOUNS:
        return False
    return not any("Name" in p.tag for p in morph_vocab.parse(span.text))


def in_document_title(span: Span, text: str, morph_vocab) -> bool:
    """"ст. 264 УК РФ", "Налогового кодекса России", "Конституции РФ": the place closing a code's or the
    constitution's title."""
    word = re.search(r"(?:^|\s)(\w+) $", text[max(0, span.start - INSTITUTION_WINDOW):span.start])
    if span.type != "LOC" or word is None:
        return False
    if word[1] in CODE_ABBREVIATIONS:
        return True
    parses = morph_vocab.parse(word[1].lower())
    return bool(parses) and parses[0].normal_form in DOCUMENT_NOUNS


def _not_a_noun_phrase(span: Span, morph_vocab) -> bool:
    """"Покрутил и отжал", «Пусть говорят»: a verb, or one word of grammar ("Несмотря на…"), capitalised at a
    sentence's or a title's start. A word the dictionary reads only as a verb is in no name (names are noun
    phrases; a show's or song's title is a phrase, and titles are no entity); a one-word span the dictionary
    reads as no noun, adjective or number at all is none either, nor one it reads only as a participle
    ("Прилетевший из Минска самолёт")."""
    words = [w for w in span.text.split() if CYRILLIC_WORD.fullmatch(w) and morph_vocab.word_is_known(w.lower())]
    pos = [[p.tag.POS for p in morph_vocab.parse(w)] for w in words]
    if any(kinds[0] in VERB_POS and not NOMINAL_POS.intersection(kinds) for kinds in pos):
        return True
    return len(span.text.split()) == 1 and len(words) == 1 and (
        not NOMINAL_POS.intersection(pos[0]) or set(pos[0]) == {"PRTF"})


def _capitalised_role(span: Span, text: str, morph_vocab) -> bool:
    """"Полузащитник «Шахтера» Александр Зубков…", "Общество Депутаты Госдумы…" (a rubric run into the
    first sentence): words capitalised only because they open a sentence, naming a kind of person, are
    no name. Every word is a capitalised common word the dictionary knows, one of them an animate noun;
    a name of common words keeps its inner words lower-case ("Союз журналистов")."""
    words = span.text.split()
    if not _opens_sentence(span.start, text) or not all(CYRILLIC_WORD.fullmatch(w) and w[0].isupper() and not is_abbreviation(w) for w in words):
        return False
    return _common_words(words, morph_vocab) and any(
        {"NOUN", "anim"} <= morph_vocab.parse(w)[0].tag.grammemes for w in words)


def _common_words(words: list[str], morph_vocab) -> bool:
    """Every word one the dictionary knows, in no reading a name."""
    return all(morph_vocab.word_is_known(w.lower()) and not any(NAME_GRAMMEMES & p.tag.grammemes for p in morph_vocab.parse(w))
               for w in words)


def _group_of_people(span: Span, text: str, morph_vocab) -> bool:
    """"Международная команда исследователей опубликовала…": common words ending in a noun of a group, followed by
    the kind of people in it (an animate noun in the genitive plural), describe who did something; capitalised only
    because they open a sentence, they are no organisation's name."""
    words = span.text.split()
    follower = NEXT_WORD.match(text, span.stop)
    if not follower or not all(CYRILLIC_WORD.fullmatch(w) and not is_abbreviation(w) for w in words):
        return False
    if morph_vocab.parse(words[-1].lower())[0].normal_form not in GROUP_NOUNS or not _common_words(words, morph_vocab):
        return False
    return any({"NOUN", "anim", "plur", "gent"} <= p.tag.grammemes for p in morph_vocab.parse(follower[1].lower()))


def _capitalised_by_place(start: int, text: str) -> bool:
    """Whether the word at `start` opens the text, a sentence, a line or what follows a colon, a dash of direct
    speech allowed before it."""
    before = text[max(0, start - SENTENCE_WINDOW):start].rstrip(SPEECH_DASHES)
    return start <= SENTENCE_WINDOW and not before or before[-1:] in CLAUSE_ENDS


def _capitalised_inside_sentence(word: str, start: int, text: str, morph_vocab) -> bool:
    """Whether a form of `word` (one of its lemmas, the same first letters) stands capitalised elsewhere in `text`
    at a place that does not capitalise it: "… произошёл в посёлке Пожар" makes "Пожар" a name at a sentence's start."""
    lemmas = {p.normal_form for p in morph_vocab.parse(word)}
    return any(match.start() != start and match[0][:3] == word[:3] and not _capitalised_by_place(match.start(), text)
               and lemmas & {p.normal_form for p in morph_vocab.parse(match[0])}
               for match in TITLE_CASE_WORD.finditer(text))


def _known_name(span: Span) -> bool:
    """A name svodka's tables know ("Кремль", "Сенат", "Белый дом"): an alias, a name with an English one, or a
    type it always has."""
    return (alias_of(span.normal, span.type) != span.normal or english_name(span.normal) != span.normal
            or type_of(span.normal, "") != "")


# Stricter than english._opens and boilerplate's _starts_sentence: either in its place changes the entities found.
def _opens_sentence(start: int, text: str) -> bool:
    """Whether only spaces stand between `start` and the text's start or a sentence's end (a bounded look
    back keeps a long paragraph's many names linear)."""
    before = text[max(0, start - SENTENCE_WINDOW):start].rstrip(" \t")
    return start <= SENTENCE_WINDOW and not before or before[-1:] in (".", "!", "?", "…", "\n")
