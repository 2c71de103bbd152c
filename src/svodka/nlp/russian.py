"""Russian analysis with natasha: sentences, content lemmas and named-entity spans."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from os.path import commonprefix

from natasha import Doc, MorphVocab
from pymorphy2.analyzer import Parse

from svodka.model import Sentence
from svodka.nlp.aliases import abbreviates, alias_of
from svodka.nlp.models import NlpModels

SOFT_HYPHEN = "\u00ad"
# Parts of speech that carry what a sentence is about; the rest is grammar.
CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB", "NUM", "X"}
MAX_NAME_WORDS = 4  # longer organisation names carry their own grammar; natasha's form is kept
CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
RELATIONAL_ADJECTIVE = re.compile(r"ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")
TAGGED_CASES = {"Gen": "gent", "Dat": "datv", "Ins": "ablt", "Loc": "loct"}  # natasha's oblique cases, as pymorphy names them
NAME_GRAMMEMES = {"Orgn", "Geox", "Name", "Surn"}  # pymorphy's marks of a proper name
PERSON_GRAMMEMES = {"Name", "Surn", "Patr"}
# Words organisations compound into their names ("Сбербанк", "Уралинвестбанк", "Татнефть", "Главстрой").
# Kinds of site written short, which natasha takes for names: shopping, business and housing centres.
DESCRIPTOR_ABBREVIATIONS = {"ТЦ", "ТРЦ", "ТРК", "БЦ", "ЖК", "СНТ", "ДК"}
# Abbreviations of common nouns, which natasha takes for organisations: "СМИ" are the media, not one outlet.
COMMON_ABBREVIATIONS = {"СМИ", "ВВП", "ДТП", "ЖКХ", "ВУЗ", "НДС", "ЧП", "ИИ", "ИП"}  # "ИП": a sole trader, any
# The internet, capitalised by Russian custom ("в Сети", "в Интернете"): a common noun, as "Internet" in English.
INTERNET_NOUNS = {"сеть", "интернет"}
# Legal forms written before an organisation's quoted name ("ООО «Ромашка»", "КГУП «Приморский водоканал»"):
# what kind of company it is, not its name, and outlets differ in giving it.
LEGAL_FORMS = {"ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ГУП", "МУП", "КГУП", "ФГУП", "ГБУ", "МБУ", "АНО", "НКО"}
# A site's own address is its name, lower-case as it is ("78.ru", "lenta.ru"): no capital needed.
SITE_NAME = re.compile(r"[\w-]+\.(?:ru|рф|su|com|net|org|info|media|fm|tv|ua|by|kz)", re.IGNORECASE)
# Opening quote marks: a name in quotes after words naming its kind ("Агентство «Москва»", "театра «Талия»").
OPENING_QUOTES = "«\"„“"
# marks that end a name only after their opening pair ("ООО «Ромашка»"), with the marks that open them
CLOSING_PAIRS = {")": "(", "»": "«", "”": "“„", "“": "„", "\"": "\"", "'": "'", "`": "`"}
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
# The genitive ending of an "-а" noun that looks like a plural to a dictionary that does not know it: "Тампы".
PLURAL_LOOKING_GENITIVE = re.compile(r"(?:ы|(?<=[гкхжшчщ])и)$")
# A brand glued to a common noun ("Telegram-канала", "Instagram-канале"): the channel, not a name.
BRANDED_NOUN = re.compile(r"[A-Za-z0-9]+-[а-яё]")
# Nouns of a street or square before its name ("проспекта Гагарина", "площади Тяньаньмэнь", "ул. Ленина").
STREET_NOUN = re.compile(r"(?:^|(?<=\s))(улиц[аеуыи]|улицей|ул\.|проспект[аеу]?|просп\.|пр-т|площад[иьью]|пл\.|"
                         r"переул(?:ок|ка|ке)|пер\.|бульвар[аеу]?|б-р|шоссе|набережн(?:ая|ой|ую)|наб\.|проезд[аеу]?) $",
                         re.IGNORECASE)
# The area a territorial body serves, after "по": "УМВД России по ЕАО", "Следственного комитета по Челябинской
# области", "УФСБ по Петербургу и области" (the region around the city, named by its noun alone).
AREA_GAP = " по "
AREA_TAIL = re.compile(r" и (?:[А-ЯЁ][а-яё]+(?:ой|ому) )?(?:области|краю|району)\b")  # "и области", "и Ленинградской области"
ROUTE_DASH = re.compile(r"(?<=\w)[—–](?=[А-ЯЁA-Z])")  # "Джубга—Сочи": a road or flight between two places
SITE_WORDS = re.compile(r"(?:\bЖК|стадион\w*|аэропорт\w*|парк\w*|микрорайон\w*|сквер\w*|вокзал\w*|станци\w*)\s*«$")
SITE_WINDOW = 20  # characters before a quoted name searched for the kind of site
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
# A body or site named after a person by a common noun, lower-case, with any relational adjectives before it (their
# "-н-", "-ск-", "-ов-" suffixes: "выставочном зале имени Ваджии Самедовой", "музыкального училища имени Гнесиных";
# not "бывший"), which natasha does not tag. The noun phrase ends where "имени" starts; the person's name follows.
NAMED_AFTER_WORD = re.compile(r"(?:^|\s)(?:имени|им\.)\s*", re.IGNORECASE)
NAMED_AFTER_HEAD = re.compile(r"(?<![А-ЯЁа-яё])((?:[а-яё]+(?:н|ск|цк|ов)(?:ый|ий|ой|ого|ому|ым|ом|ая|ую|ое|ые|ых|ыми)\s+)*)([а-яё]+)\s*$")
NAMED_AFTER_PERSON = re.compile(r"(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)?")
NAMED_AFTER_WINDOW = 60  # characters before "имени" searched for the noun phrase
# A settlement named by an adjective agrees with its kind ("в селе Ленинском" → "Ленинское", "хутор Весёлый");
# without its noun, the gender its nominative is written in elsewhere in the text tells it ("в Петровском" where
# the text also writes "Петровское"); else natasha's masculine stands.
SETTLEMENT_GENDERS = {"село": "neut", "посёлок": "masc", "поселок": "masc", "хутор": "masc", "деревня": "femn",
                      "станица": "femn"}
CAPITALISED_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")
TITLE_WINDOW = 120  # characters before a name searched for the title it is in: the golds' longest title runs 60
# Institutions named by their noun and the place they govern ("Правительство Татарстана", "Мэрия Казани"):
# with a capital only; lower-case, the noun is a common one before a place ("при правительстве США").
INSTITUTIONS = {"правительство", "министерство", "мэрия", "администрация", "парламент", "госсовет"}
# A body whose official name is written lower-case: "прокуратура Челябинской области".
LOWER_CASE_BODIES = {"прокуратура"}
# A country's mission abroad is named by its country and its seat, lower-case too: "посольство РФ в США".
MISSIONS = {"посольство", "консульство", "генконсульство", "представительство", "постпредство",
            "диппредставительство", "торгпредство"}
SEAT_GAP = " в "
INSTITUTION_WINDOW = 20  # characters before a place searched for the institution's noun
SENTENCE_WINDOW = 20  # characters before a name searched for the end of the previous sentence
ORG_HEAD_NOUNS = {"банк", "группа", "холдинг", "компания", "капитал", "фонд", "арена"}  # a brand's noun ("Альфа Банк", "Газпром Арена")
ORG_STEMS = ("банк", "пром", "строй", "холдинг", "инвест", "телеком", "нефть", "трейд", "лизинг")
# Parts of speech no name is made of: a verb ("Покрутил"), or a word of grammar opening a sentence ("Несмотря"),
# which natasha takes for a name by its capital. A name is a noun phrase.
VERB_POS = {"VERB", "INFN"}
NOMINAL_POS = {"NOUN", "ADJF", "ADJS", "PRTF", "NUMR", "NPRO"}
# A name with its abbreviation in brackets after it, which natasha takes as one: "Корпус стражей исламской
# революции (КСИР)". The two are mentions of one body, named by the long form.
BRACKETED_ABBREVIATION = re.compile(r"(?P<name>.*\S)\s*\((?P<short>[A-ZА-ЯЁ][A-ZА-ЯЁ\d-]+)\)$")
COORDINATED_NAME = re.compile(r"([А-ЯЁ][а-яё]+) и ([А-ЯЁ][а-яё]+)")  # "Босния и Герцеговина"
COORDINATION_GAP = re.compile(r"\s*(?:,|и|или|,\s*и)\s*")  # between the places of a list
# Distinct (word, tag) pairs remembered: the 640 tgcontest articles hold 25k of them (30k
# more tokens were repeats) and the cache added 13 MB to that run's peak, so a full one stays near 30 MB.
LEMMA_CACHE = 50_000
NAME_CACHE = 20_000  # names recur across a story's reports: each put in the nominative once


@dataclass
class Span:
    start: int
    stop: int
    type: str
    text: str
    normal: str


def analyse_russian(text: str, models: NlpModels) -> tuple[list[Sentence], list[Span]]:
    """Sentences and name spans of a Russian text. Soft hyphens, the invisible break points some sites leave
    inside words ("Рос\u00adсии"), are dropped before natasha reads the text: a word cut by one is unknown to
    its dictionary and neither found nor declined. Offsets and written forms are the text's own."""
    if SOFT_HYPHEN not in text:
        return _analysed(text, models)
    kept = [i for i, char in enumerate(text) if char != SOFT_HYPHEN]
    sentences, spans = _analysed(text.replace(SOFT_HYPHEN, ""), models)

    def in_text(part):
        start = kept[part.start] if part.start < len(kept) else len(text)
        stop = kept[part.stop - 1] + 1 if part.stop else 0
        return replace(part, start=start, stop=stop, text=text[start:stop])
    return [in_text(s) for s in sentences], [in_text(s) for s in spans]


def _analysed(text: str, models: NlpModels) -> tuple[list[Sentence], list[Span]]:
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph_tagger)
    doc.tag_ner(models.ner_tagger)
    sentences = []
    for sent in doc.sents:
        lemmas = []
        for token in sent.tokens:
            if token.pos in CONTENT_POS and any(c.isalnum() for c in token.text):
                lemmas.append(lemma(models.morph_vocab, token.text, token.pos, "|".join(f"{k}={v}" for k, v in token.feats.items())).lower())
        sentences.append(Sentence(sent.start, sent.stop, sent.text, lemmas))
    spans = []
    eponym_stop = -1  # where the last name inside a thing called after a person ended: a list goes on after it
    for span in doc.spans:
        span.normalize(models.morph_vocab)
        normal = span.normal or span.text
        if span.type in ("ORG", "LOC") and _unknown_as_written(span.tokens, models.morph_vocab):
            normal = span.text
        elif span.type in ("ORG", "LOC"):
            normal = (_coordinated_nominative(span.text, models.morph_vocab) or nominative(span.text, models.morph_vocab)
                      or _head_nominative(span.text, models.morph_vocab) or normal)
            normal = _masculine_unknown(span.text, normal, span.tokens, models.morph_vocab)
            normal = _nominative_by_tagged_case(span.text, normal, span.tokens, models.morph_vocab)
        elif span.type == "PER" and span.tokens:
            normal = _person_nominative(normal, span.tokens, models.morph_vocab)
        person = span.type == "PER" and _after_person_noun(span.start, text, models.morph_vocab)
        span = _balanced(_first_line(Span(span.start, span.stop, span.type, span.text, normal)))
        if not span.text or _no_name(span, text, models.morph_vocab):
            continue
        if span.type == "PER" and (_named_after(span, text, models.morph_vocab)
                                   or eponym_stop >= 0 and COORDINATION_GAP.fullmatch(text[eponym_stop:span.start])):
            eponym_stop = span.stop
            continue
        span = _substantive_adjective(span, models.morph_vocab)
        for part in _with_bracketed_abbreviation(_route_ends(span, models.morph_vocab), models.morph_vocab):
            part = _without_descriptor(_quoted_name(_balanced(part)), models.morph_vocab)
            if _in_titled_work(part.start, text, models.morph_vocab) or _in_document_title(part, text, models.morph_vocab):
                continue
            spans.append(_sited(_retyped(part, models.morph_vocab, person), text))
    spans = _with_their_places(_joined_abbreviations(spans, text), text, models.morph_vocab)
    spans = _with_their_areas(_with_street_nouns(spans, text, models.morph_vocab), text, models.morph_vocab)
    spans = _with_settlement_genders(spans, text, models.morph_vocab)
    spans = _named_abbreviations(_completed_coordinations(spans, text, models.morph_vocab), text)
    return sentences, _with_named_after_sites(spans, text, models.morph_vocab)


@lru_cache(maxsize=LEMMA_CACHE)
def lemma(morph_vocab: MorphVocab, word: str, pos: str, feats: str) -> str:
    """natasha's lemma of a tagged word, remembered: news repeats its words, and natasha asks
    pymorphy afresh for every token. `feats` as "Case=Nom|Number=Sing": one string keeps the cache small."""
    return morph_vocab.lemmatize(word, pos, dict(feat.split("=", 1) for feat in feats.split("|") if feat))


def _without_descriptor(span: Span, morph_vocab) -> Span:
    """natasha glues a describing word to a name: "самарским Волгакредитбанком", "Самарский Волгакредитбанк",
    "Калининградский «Маяк»", "КГУП «Приморский водоканал»".

    A lower-case first word is never part of a name; a relational adjective ("самарский",
    "екатеринбургский") or a kind of site written short ("ЖК «Весенний»") before a name in quotes, or before a single word that is a proper name (marked
    as one in the dictionary, or not in it), describes it. "Уральский Ураган" keeps its adjective:
    "ураган" is a common noun, so the adjective is the name's own.
    """
    words = span.text.split()
    if len(words) < 2 or not CYRILLIC_WORD.fullmatch(words[0]):
        return span
    relational = RELATIONAL_ADJECTIVE.search(words[0].lower()) is not None or words[0] in DESCRIPTOR_ABBREVIATIONS or words[0] in LEGAL_FORMS
    quoted = relational and words[1].startswith("«")
    describes = words[0].islower() or quoted or (relational and len(words) == 2 and _is_proper(words[1], morph_vocab))
    if not describes:
        return span
    offset = span.text.index(words[1], len(words[0]))
    rest = span.text[offset:]
    if quoted:
        offset, rest = offset + 1, rest[1:].removesuffix("»")
    normal = (nominative(rest, morph_vocab) if span.type != "PER" else None) or " ".join(span.normal.split()[1:]) or rest
    return Span(span.start + offset, span.start + offset + len(rest), span.type, rest, normal.strip("«»"))


def _person_nominative(normal: str, tokens, morph_vocab) -> str:
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
    return " ".join(_undeclined_masculine(w, t, case, morph_vocab, known) if w == t.text else w for w, t in zip(words, tokens))


def _womans_first_name(word: str, morph_vocab) -> bool:
    """A first name the dictionary knows only as a woman's ("Татьяну", not "Саша", "Женя" or a guess at an
    unknown "Маулен"): the surname after it is hers, whatever the tagger guessed ("Татьяну Навку" → "Татьяна
    Навка", not "Навк"), and it takes the first name's case ending, if any ("Софии Ротару" stays)."""
    names = [p for p in morph_vocab.parse(word) if "Name" in p.tag.grammemes]
    return morph_vocab.word_is_known(word.lower()) and bool(names) and all("femn" in p.tag.grammemes for p in names)


def _replaced_ending(word: str, endings) -> str:
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
        form = _inflect(name, {"nomn", "sing"})
        return _as_written(word, form.word) if form else word
    if morph_vocab.word_is_known(word.lower()):
        return word
    for ending, nominative_ending in FEMININE_NAME_ENDINGS:
        if ending.search(word):
            return ending.sub(nominative_ending, word)
    return word


def woman_surname(word: str) -> str | None:
    """The woman's surname a declined form can be ("Антонову" is a man's dative or a woman's accusative:
    "Антонова"), or None when the word has no such ending. A surname alone links to a full name introduced
    before; when only a woman of that name was introduced, this is the form that finds her."""
    for ending, nominative_ending in FEMININE_SURNAME_ENDINGS:
        if ending.search(word):
            return ending.sub(nominative_ending, word)
    return None


def _undeclined_masculine(word: str, token, case: str | None, morph_vocab, case_known: bool = False) -> str:
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


def _masculine_unknown(written: str, normal: str, tokens, morph_vocab) -> str:
    """A one-word place or body the dictionary does not know, which the tagger reads as a masculine in an
    oblique case ("в Совфеде", "Совфедом"): its case ending goes ("Совфед"), as a man's rare name's does. The
    dictionary's guesses would give it a feminine "-а"/"-я" ("Совфедя", by analogy with "Федя") or keep it as
    written; a guess of another kind ("Роскачестве" → "Роскачество") is kept."""
    if (len(tokens) != 1 or tokens[0].text != written or morph_vocab.word_is_known(written.lower())
            or not (normal == written or normal.endswith(("а", "я")))):
        return normal
    stem = _undeclined_masculine(written, tokens[0], tokens[0].feats.get("Case"), morph_vocab)
    return stem if stem != written else normal


def _nominative_by_tagged_case(written: str, normal: str, tokens, morph_vocab) -> str:
    """A one-word place or body in the oblique case the tagger reads from its context, put in the nominative
    singular by the dictionary's reading in that case: "ввода Нацгвардии" → "Нацгвардия", "столице Поморья" →
    "Поморье" (read alone, the form is a plural nominative too, which a written plural name keeps, and the name
    stays as written). A masculine inanimate accusative is its nominative: "входит в Ростех" (not a guessed
    plural "Ростёхи"). A plural name ("Ведомостей") has no singular reading in its case and is left alone."""
    if len(tokens) != 1 or tokens[0].text != written or not CYRILLIC_WORD.fullmatch(written) or _is_abbreviation(written):
        return normal
    feats = tokens[0].feats
    if (feats.get("Case"), feats.get("Gender"), feats.get("Animacy"), feats.get("Number")) == ("Acc", "Masc", "Inan", "Sing"):
        return written
    case = TAGGED_CASES.get(feats.get("Case"))
    if case is None or normal != written:
        return normal
    parses = [p for p in morph_vocab.parse(written) if "NOUN" in p.tag and {case, "sing"} <= p.tag.grammemes]
    form = _inflect(parses[0], {"nomn", "sing"}) if parses else None
    return _as_written(written, form.word.rsplit("-", 1)[-1]) if form else normal


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


def _head_nominative(name: str, morph_vocab) -> str | None:
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


def _after_person_noun(start: int, text: str, morph_vocab) -> bool:
    """"гражданина Пущина", "сына Иванова", "журналиста Петрова": a lower-case animate common noun just before
    a name says the name is a person's."""
    word = re.search(r"(?:^|\s)([а-яё]+) $", text[max(0, start - INSTITUTION_WINDOW):start])
    parses = morph_vocab.parse(word[1]) if word else []
    return bool(parses) and {"NOUN", "anim"} <= parses[0].tag.grammemes and not NAME_GRAMMEMES & parses[0].tag.grammemes


def _quoted_name(span: Span) -> Span:
    """"Агентство «Москва", "Гамбургского театра «Талия": natasha takes the words naming a kind of organisation
    with the name in quotes after them. The name is what the quotes hold, written in the nominative
    whatever the case of the words before it."""
    cut = next((i for i, c in enumerate(span.text) if c in OPENING_QUOTES), 0)
    if not cut or not span.text[:cut].strip():
        return span
    name = span.text[cut + 1:].rstrip("»\"“”")
    if not name.strip():
        return span
    start = span.start + cut + 1
    return Span(start, start + len(name), span.type, name, name)


def _no_name(span: Span, text: str, morph_vocab) -> bool:
    """Spans natasha tags that name nothing: a kind of place or thing written short ("в одном из ТЦ",
    "онлайн-СМИ", "ИП"), the internet ("в Сети"), a word with no capital ("в море": names are capitalised), a capitalised role."""
    last = span.text.rsplit("-", 1)[-1]
    return (span.text in DESCRIPTOR_ABBREVIATIONS or BRANDED_NOUN.match(span.text) is not None or last in COMMON_ABBREVIATIONS
            or span.normal.lower() in INTERNET_NOUNS
            or span.text.islower() and not SITE_NAME.fullmatch(span.text)
            or _capitalised_role(span, text, morph_vocab) or _not_a_noun_phrase(span, morph_vocab))


def _in_titled_work(start: int, text: str, morph_vocab) -> bool:
    """A name inside the quoted title of a work, event or vessel named by its kind just before ("в спектаклях
    «Белая гвардия», «Гамлет»", "проекта «Поддержка населения Украины»"): a title, not a name to compare."""
    title = QUOTED_TITLE.search(text, max(0, start - TITLE_WINDOW), start)
    if title is None:
        return False
    parses = morph_vocab.parse(title[1].lower())
    return bool(parses) and parses[0].normal_form in WORK_NOUNS


def _named_after(span: Span, text: str, morph_vocab) -> bool:
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


def _in_document_title(span: Span, text: str, morph_vocab) -> bool:
    """"ст. 264 УК РФ", "Налогового кодекса России", "Конституции РФ": the place closing a code's or the
    constitution's title."""
    word = re.search(r"(?:^|\s)(\w+) $", text[max(0, span.start - INSTITUTION_WINDOW):span.start])
    if span.type != "LOC" or word is None:
        return False
    parses = morph_vocab.parse(word[1].lower())
    return word[1] in CODE_ABBREVIATIONS or bool(parses) and parses[0].normal_form in DOCUMENT_NOUNS


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


def _with_bracketed_abbreviation(spans: list[Span], morph_vocab) -> list[Span]:
    """"Российская гостиничная ассоциация (РГА)": the name and its abbreviation, two mentions of one body.
    The abbreviation takes the name's normal form when it abbreviates it or the name is a body of several
    words; after a place ("США (CDC)") it names something else and stands alone."""
    out = []
    for span in spans:
        match = BRACKETED_ABBREVIATION.fullmatch(span.text)
        if match is None or not CYRILLIC_WORD.search(match["name"]):
            out.append(span)
            continue
        name, short = match["name"], match["short"]
        normal = nominative(name, morph_vocab) or _head_nominative(name, morph_vocab) or name
        out.append(Span(span.start, span.start + len(name), span.type, name, normal))
        start = span.start + match.start("short")
        own = abbreviates(short, normal) or span.type == "ORG" and " " in name
        out.append(Span(start, start + len(short), "ORG" if not own else span.type, short, normal if own else short))
    return out


def _substantive_adjective(span: Span, morph_vocab) -> Span:
    """"Для Карымского", "на Садовой": a place named by an adjective alone (its noun, "вулкан", "улица", left
    out) is named in the nominative of its gender ("Карымский"), as natasha leaves an unknown one as written."""
    if span.type == "PER" or " " in span.text or span.normal != span.text or not CYRILLIC_WORD.fullmatch(span.text):
        return span
    parses = morph_vocab.parse(span.text)
    if not parses or not {"ADJF", "sing"} <= parses[0].tag.grammemes or any("NOUN" in p.tag for p in parses):
        return span
    form = _inflect(parses[0], {"nomn", "sing"} | ({parses[0].tag.gender} - {None}))
    # the whole word was parsed, a hyphenated prefix ("Южно-") included
    return Span(span.start, span.stop, span.type, span.text, _as_written(span.text, form.word.rsplit("-", 1)[-1])) if form else span


def _capitalised_role(span: Span, text: str, morph_vocab) -> bool:
    """"Полузащитник «Шахтера» Александр Зубков…", "Общество Депутаты Госдумы…" (a rubric run into the
    first sentence): words capitalised only because they open a sentence, naming a kind of person, are
    no name. Every word is a capitalised common word the dictionary knows, one of them an animate noun;
    a name of common words keeps its inner words lower-case ("Союз журналистов")."""
    words = span.text.split()
    if not _opens_sentence(span.start, text) or not all(CYRILLIC_WORD.fullmatch(w) and w[0].isupper() and not _is_abbreviation(w) for w in words):
        return False
    parses = [morph_vocab.parse(w) for w in words]
    common = all(morph_vocab.word_is_known(w.lower()) and not any(NAME_GRAMMEMES & p.tag.grammemes for p in ps)
                 for w, ps in zip(words, parses))
    return common and any(ps and {"NOUN", "anim"} <= ps[0].tag.grammemes for ps in parses)


# Stricter than english._opens and boilerplate's _starts_sentence: either in its place changes the entities found.
def _opens_sentence(start: int, text: str) -> bool:
    """Whether only spaces stand between `start` and the text's start or a sentence's end (a bounded look
    back keeps a long paragraph's many names linear)."""
    before = text[max(0, start - SENTENCE_WINDOW):start].rstrip(" \t")
    return start <= SENTENCE_WINDOW and not before or before[-1:] in (".", "!", "?", "…", "\n")


def _route_ends(span: Span, morph_vocab) -> list[Span]:
    """"трасса Джубга—Сочи": natasha takes a route for one place; its ends are two (each in the nominative,
    as routes are written)."""
    if span.type != "LOC" or not ROUTE_DASH.search(span.text):
        return [span]
    parts, start = [], span.start
    for piece in ROUTE_DASH.split(span.text):
        parts.append(Span(start, start + len(piece), "LOC", piece, nominative(piece, morph_vocab) or piece))
        start += len(piece) + 1
    return parts


def _retyped(span: Span, morph_vocab, person: bool) -> Span:
    """A one-word name compounded with an organisation's word ("Волгакредитбанк", "Уралинвестбанке": natasha
    tags them person or place by their ending), or a "person" the dictionary knows only as an organisation
    or place, unless a noun naming a person stands before it ("гражданина Пущина" is a man, not the town Пущино)."""
    if " " in span.text or not CYRILLIC_WORD.fullmatch(span.text):
        return span
    if span.normal.lower().endswith(ORG_STEMS) and span.normal.lower() not in ORG_STEMS:
        return Span(span.start, span.stop, "ORG", span.text, nominative(span.text, morph_vocab) or span.normal)
    if span.type != "PER" or person:
        return span
    grammemes = set().union(*(p.tag.grammemes for p in morph_vocab.parse(span.text)))
    if grammemes & PERSON_GRAMMEMES or not grammemes & {"Orgn", "Geox"}:
        return span
    normal = nominative(span.text, morph_vocab) or span.normal
    return Span(span.start, span.stop, "ORG" if "Orgn" in grammemes else "LOC", span.text, normal)


def _sited(span: Span, text: str) -> Span:
    """A name in quotes after a kind of site is that place: "стадион «Заречье»", "ЖК «Весенний»" (natasha reads
    a quoted name as an organisation)."""
    before = text[max(0, span.start - SITE_WINDOW):span.start]
    if span.type == "LOC" or not before.endswith("«") or not SITE_WORDS.search(before):
        return span
    return Span(span.start, span.stop, "LOC", span.text, span.normal)


def _with_their_places(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"Союза строителей | Татарстана", "МИД | России", "Законодательного собрания | Приморского края":
    natasha ends an organisation before the place in the genitive that belongs to its name, or misses an
    institution before it. The place joins the organisation just before it, or the institution's noun
    ("Правительство", "мэрии") written before it. Inside the name the place takes its canonical form,
    in the genitive, so that "МИД РФ" and "МИД России" are one ministry."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        genitive = span.type == "LOC" and all(_is_genitive(w, morph_vocab) for w in span.text.split())
        if span.type == "LOC" and previous and _is_mission(previous, morph_vocab) and text[previous.stop:span.start] == SEAT_GAP:
            out[-1] = Span(previous.start, span.stop, "ORG", text[previous.start:span.stop],
                           f"{previous.normal}{SEAT_GAP}{span.text}")
            continue
        if genitive and previous and previous.type == "ORG" and text[previous.stop:span.start] == " ":
            # a one-word organisation was put in the nominative with its tags ("Совфеде" → "Совфед")
            head = previous.normal if " " not in previous.text else nominative(previous.text, morph_vocab) or previous.normal
            out[-1] = Span(previous.start, span.stop, "ORG", text[previous.start:span.stop],
                           f"{head} {_canonical_genitive(span, morph_vocab)}")
            continue
        if previous and _is_parent(span, previous, text, morph_vocab):
            head = nominative(previous.text, morph_vocab) or _head_nominative(previous.text, morph_vocab) or previous.normal
            out[-1] = Span(previous.start, span.stop, "ORG", text[previous.start:span.stop], f"{head} {span.text}")
            continue
        word = re.search(r"(?:^|[\s.])([А-ЯЁа-яё]+) $", text[max(0, span.start - INSTITUTION_WINDOW):span.start])
        if genitive and word and _names_institution(word[1], morph_vocab):
            start = span.start - len(word[1]) - 1
            name = text[start:span.stop]
            head = nominative(word[1], morph_vocab) or word[1]
            out.append(Span(start, span.stop, "ORG", name, f"{head[:1].upper()}{head[1:]} {span.text}"))
            continue
        out.append(span)
    return out


def _names_institution(word: str, morph_vocab) -> bool:
    """"Правительство Татарстана", "посольство РФ": the noun of a body named by the place it governs or
    represents. A government or city hall is named so only with its capital ("при правительстве США",
    "администрации Златоуста" are common nouns before a place, as in "жители Златоуста"); a mission's or a
    prosecutor's office's noun names it lower-case, as their official names are written."""
    normal = morph_vocab.parse(word)[0].normal_form
    return normal in MISSIONS | LOWER_CASE_BODIES or normal in INSTITUTIONS and word[0].isupper()


def _is_parent(span: Span, previous: Span, text: str, morph_vocab) -> bool:
    """"Школы медицины | Бостонского университета", "Следственное управление | СК", "Центрального командования |
    ВС США": a unit named by a common noun ("школа", "управление", "командование"), then the body it belongs
    to, in the genitive or abbreviated; natasha tags the two apart. A name ending in a proper noun or an
    abbreviation ("РБК Сбербанк") governs no genitive."""
    last = previous.text.split()[-1]
    if not (span.type == previous.type == "ORG" and text[previous.stop:span.start] == " " and last.islower()
            and CYRILLIC_WORD.fullmatch(last)):
        return False
    words = span.text.split()
    return _is_abbreviation(words[0]) or all(_is_genitive(w, morph_vocab) for w in words if CYRILLIC_WORD.fullmatch(w))


def _is_mission(span: Span, morph_vocab) -> bool:
    """An embassy or consulate named by its country ("посольство РФ"), which its seat may follow."""
    first = span.text.split(maxsplit=1)[0]
    return span.type == "ORG" and morph_vocab.parse(first.lower())[0].normal_form in MISSIONS and SEAT_GAP not in span.text


def _with_settlement_genders(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"в селе Ленинском", "в Петровском" (the text writing "Петровское" too): a one-word place named by an
    adjective in the gender of the kind of settlement before it, or of its nominative written in the text
    (the text's capitalised words, gathered once: linear in the text)."""
    written: set[str] | None = None
    out = []
    for span in spans:
        adjective = None
        if span.type == "LOC" and CYRILLIC_WORD.fullmatch(span.text):
            adjective = next((p for p in morph_vocab.parse(span.text) if {"ADJF", "sing"} <= p.tag.grammemes), None)
        if adjective is None:
            out.append(span)
            continue
        noun = re.search(r"(?:^|\s)([а-яё]+) $", text[max(0, span.start - INSTITUTION_WINDOW):span.start])
        gender = SETTLEMENT_GENDERS.get(morph_vocab.parse(noun[1])[0].normal_form) if noun else None
        if gender is None:
            written = set(CAPITALISED_WORD.findall(text)) if written is None else written
            gender = next((g for g in ("neut", "femn") if _gendered(adjective, g, span.text) in written), None)
        out.append(replace(span, normal=_gendered(adjective, gender, span.text)) if gender else span)
    return out


def _gendered(adjective: Parse, gender: str, written: str) -> str | None:
    """The adjective's nominative singular in `gender`, capitalised as written."""
    form = _inflect(adjective, {"nomn", "sing", gender})
    return _as_written(written, form.word.rsplit("-", 1)[-1]) if form else None


def _with_named_after_sites(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"в выставочном зале имени Ваджии Самедовой": a body or site named after a person by a common noun and
    "имени", which natasha leaves out, added as an organisation (a street, a place) named in the nominative
    ("выставочный зал имени Ваджии Самедовой"). Awards ("премия имени Конрада") are no entity; a span natasha
    found there already stays as it is."""
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    added: list[Span] = []
    for anchor in NAMED_AFTER_WORD.finditer(text):
        head = NAMED_AFTER_HEAD.search(text, max(0, anchor.start() - NAMED_AFTER_WINDOW), anchor.start())
        person = NAMED_AFTER_PERSON.match(text, anchor.end())
        if head is None or person is None:
            continue
        noun = morph_vocab.parse(head[2])[0]
        phrase = " ".join((head[1] + head[2]).split())
        normal = nominative(phrase, morph_vocab) if "NOUN" in noun.tag and noun.normal_form not in EPONYM_NOUNS else None
        start, stop = head.start(1), person.end()
        # the spans that may overlap: those starting before the end, the last few of which can reach in
        near = spans[max(0, bisect_left(starts, start) - 1):bisect_left(starts, stop)]
        if normal is None or any(s.stop > start and s.type != "PER" for s in near):
            continue
        kind = "LOC" if STREET_NOUN.search(f" {head[2]} ") else "ORG"
        added.append(Span(start, stop, kind, text[start:stop], f"{normal}{text[head.end(2):stop]}"))
    if not added:
        return spans
    inside = {id(s) for a in added for s in spans[bisect_left(starts, a.start):bisect_left(starts, a.stop)]}
    return sorted([s for s in spans if id(s) not in inside] + added, key=lambda s: s.start)


def _named_abbreviations(spans: list[Span], text: str) -> list[Span]:
    """"Камчатская группа реагирования на вулканические извержения (KVERT)", "Центрального командования ВС США
    (CENTCOM, …)": a name of several words, then an abbreviation opening a bracket, which natasha tags apart. The
    abbreviation, in whatever script, is the name's own and takes its normal form (a person's bracket holds a
    party, "Иван Петров (ЛДПР)"; a one-word place's, a body of it, "США (CDC)")."""
    out = list(spans)
    for i, (previous, span) in enumerate(pairwise(spans), start=1):
        if (previous.type != "PER" and " " in previous.text and _is_abbreviation(span.text)
                and text[previous.stop:span.start].strip() == "(" and text[span.stop:span.stop + 1] in (")", ",")):
            out[i] = Span(span.start, span.stop, previous.type, span.text, previous.normal)
    return out


def _joined_abbreviations(spans: list[Span], text: str) -> list[Span]:
    """"СЧ СУ УМВД": a department of a department of a ministry, written as abbreviations one after another;
    natasha tags each as an organisation of its own. Abbreviations separated by a space only are one name."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if (previous and previous.type == span.type == "ORG" and _is_abbreviation(previous.text.split()[-1])
                and _is_abbreviation(span.text.split()[0]) and text[previous.stop:span.start] == " "):
            out[-1] = Span(previous.start, span.stop, "ORG", text[previous.start:span.stop], f"{previous.normal} {span.normal}")
            continue
        out.append(span)
    return out


def _with_their_areas(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"УМВД России | по | ЕАО", "Следственного комитета | по | Челябинской области": a territorial body is named
    by the area it serves, in the dative after "по", which natasha tags as a place apart. The place joins the
    organisation before it, as written (it keeps its case inside the name), with "и области" or "и Ленинградской
    области" after a city (the region's own span then goes: it is part of the body's name)."""
    out: list[Span] = []
    joined_stop = -1
    for span in spans:
        if span.start < joined_stop:
            continue
        previous = out[-1] if out else None
        if not (previous and previous.type == "ORG" and span.type == "LOC" and text[previous.stop:span.start] == AREA_GAP):
            out.append(span)
            continue
        tail = AREA_TAIL.match(text, span.stop)
        stop = tail.end() if tail else span.stop
        head = nominative(previous.text, morph_vocab) or previous.normal
        out[-1] = Span(previous.start, stop, "ORG", text[previous.start:stop], f"{head}{text[previous.stop:stop]}")
        joined_stop = stop
    return out


def _with_street_nouns(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"проспекта Гагарина", "площади Тяньаньмэнь": a name after the noun of a street or square is that street,
    named with its noun (a street named after Гагарин is no person). natasha tags the name alone, as a person
    or a place; the noun joins it in the nominative, the name keeps its case ("улица Гагарина"). A place of
    several words after the noun is a place in its own right ("набережная Кольского залива"), as is a town."""
    out = []
    for span in spans:
        noun = STREET_NOUN.search(text, max(0, span.start - SITE_WINDOW), span.start)
        if noun is None or noun.end() != span.start or span.type == "ORG" or span.type == "LOC" and (
                " " in span.text or _is_settlement(span.text, morph_vocab)):
            out.append(span)
            continue
        word = noun[1]
        parse = next((p for p in morph_vocab.parse(word.lower()) if "NOUN" in p.tag), None)
        form = _inflect(parse, {"nomn", "sing"}) if parse and not word.endswith(".") else None
        head = form.word if form else word
        out.append(Span(noun.start(1), span.stop, "LOC", text[noun.start(1):span.stop], f"{head} {span.text}"))
    return out


def _is_settlement(word: str, morph_vocab) -> bool:
    """A town or country the dictionary knows ("Киева", "Москвы"): after a street's noun, the place the street
    is in ("главную улицу Киева", "на улицы Москвы"), not its name; streets are named after people and
    things, or by an adjective of a town ("Киевская улица"). A town that is a surname too ("Гагарина") is
    the person the street is named after."""
    parses = morph_vocab.parse(word)
    return any("Geox" in p.tag for p in parses) and not any(PERSON_GRAMMEMES & p.tag.grammemes for p in parses)


def _canonical_genitive(place: Span, morph_vocab) -> str:
    """The place as written ("Приморского края"), or its canonical name in the genitive when it has one
    ("РФ" → "России")."""
    canonical = alias_of(place.normal)
    if canonical == place.normal or " " in canonical:
        return place.text
    parse = next((p for p in morph_vocab.parse(canonical.lower()) if "Geox" in p.tag), None)
    form = _inflect(parse, {"gent"}) if parse else None
    return _as_written(canonical, form.word) if form else place.text


def _is_genitive(word: str, morph_vocab) -> bool:
    """Whether the word can be a genitive ("Казани" is one of three cases)."""
    return any(p.tag.case == "gent" for p in morph_vocab.parse(word))


def _completed_coordinations(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"Свердловской, Челябинской и Тюменской областях": each adjective is a whole place name
    ("Свердловская область"), its noun given once, at the end of the list."""
    out = list(spans)
    for i, span in enumerate(spans):
        if " " in span.text or not _is_adjective(span.text, morph_vocab):
            continue
        for previous, following in zip(spans[i:], spans[i + 1:]):
            if not COORDINATION_GAP.fullmatch(text[previous.stop:following.start]):
                break
            words = following.text.split()
            if len(words) >= 2 and _is_adjective(words[0], morph_vocab):
                normal = nominative(f"{span.text} {words[-1]}", morph_vocab)
                if normal:
                    out[i] = Span(span.start, span.stop, following.type, span.text, normal)
                break
            if len(words) > 1 or not _is_adjective(following.text, morph_vocab):
                break
    return out


def _is_proper(word: str, morph_vocab) -> bool:
    """Unknown to the dictionary, or a name in its likeliest reading ("море" is a sea before it is a "Мор")."""
    if not morph_vocab.word_is_known(word.lower()):
        return True
    parses = morph_vocab.parse(word)
    return bool(parses and NAME_GRAMMEMES & parses[0].tag.grammemes)


def _is_adjective(word: str, morph_vocab) -> bool:
    parses = morph_vocab.parse(word)
    return bool(parses) and "ADJF" in parses[0].tag


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
         if _is_abbreviation(w) or p and {"NOUN", "Name", "Surn", "Geox"} & set(map(str, p[0].tag.grammemes))
         and not _modifies_next(i, parses)), None)
    if head is None:
        return None
    if _is_abbreviation(words[head]):
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
    form = _inflect(noun, {"nomn", wanted}) or _inflect(noun, {"nomn"})
    if form is None:
        return None
    out = list(words)
    out[head] = _as_written(words[head], form.word)
    # adjectives agree with the head: "Набережные Челны" (plural only), "Тюменская область"
    agreement = {"nomn", "plur"} if form.tag.number == "plur" else {"nomn", "sing"} | ({form.tag.gender} - {None})
    for i in range(0 if branded else head):
        adjective = next((p for p in parses[i] if _adjective_like(p, words[i])), None)
        if adjective is None:
            return None
        agreed = _inflect(adjective, agreement)
        if agreed is None:
            return None
        out[i] = _as_written(words[i], agreed.word)
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


def _is_abbreviation(word: str) -> bool:
    """"ФОМ", "МИД", "ВМС": capitals throughout, so an abbreviation, whatever the dictionary reads in it."""
    return len(word) > 1 and word.isupper()


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


def _inflect(parse: Parse, grammemes: set[str]) -> Parse | None:
    """pymorphy's own inflect with OpenCorpora grammemes (natasha's wrapper expects UD names)."""
    return Parse.inflect(parse, grammemes)


def _as_written(original: str, word: str) -> str:
    """`word` with the original's capitalisation and any hyphenated prefix ("Усть-")."""
    prefix, _, last = original.rpartition("-")
    if last.isupper() and len(last) > 1:
        word = word.upper()
    elif last[:1].isupper():
        word = word[:1].upper() + word[1:]
    return f"{prefix}-{word}" if prefix else word


def _balanced(span: Span) -> Span:
    """natasha sometimes takes a mark that opens or closes something after the name ("Алексей Марков (Роберт)"
    gives "Алексей Марков (", "(Эбн-Хакия)" gives "Эбн-Хакия)", AP's ``…`` gives "Аэрофлот``"): a name holds
    a bracket or a quote mark only with its pair, so an unpaired one and what follows it are cut. Checked again
    on each part of a split name: '"Россия-1" (ВГТРК)' loses its opening mark to natasha."""
    text = span.text
    opening = text.find("(")
    if opening > 0 and ")" not in text[opening:]:
        text = text[:opening].rstrip()
    while text and text[-1] in CLOSING_PAIRS and not _paired(text):
        text = text[:-1].rstrip()
    if text == span.text:
        return span
    words = len(text.split())
    normal = " ".join(span.normal.split()[:words]).rstrip("".join(CLOSING_PAIRS) + "(").rstrip()
    return Span(span.start, span.start + len(text), span.type, text, normal or text)


def _paired(text: str) -> bool:
    """Whether the mark closing `text` closes one opened in it (a straight mark: the same mark before its run)."""
    last = text[-1]
    opening = CLOSING_PAIRS[last]
    return last in text.rstrip(last) if opening == last else any(c in text[:-1] for c in opening)


def _first_line(span: Span) -> Span:
    """natasha sometimes runs a name across a paragraph break ("Сок\n\nСАМАРА"); a name never does."""
    if "\n" not in span.text:
        return span
    head = span.text.split("\n", 1)[0].rstrip()
    words = len(head.split())
    return Span(span.start, span.start + len(head), span.type, head, " ".join(span.normal.split()[:words]))
