"""Names in a text of a Cyrillic language svodka has no analyser for (Ukrainian, Belarusian, Kazakh, Bulgarian,
Serbian, Macedonian), found by capitals and a few word lists.

A capital alone says little: it opens every sentence and quotation ("Ми вдячні…", «Гэта рашэнне…»), a title
stands before a name ("Президент України Володимир Зеленський"), a place in the genitive or dative runs into the
name after it ("Казахстану Касим-Жомарту Токаєву"), and the outlet crediting itself follows the dateline
("КИЇВ, 20 листопада — Дніпровська хвиля."). So a word opening a sentence or quotation is a name only when the text
also writes it capitalised elsewhere, pronouns never are, titles and place nouns are cut from a name's head, a known
place or person ends a run of capitals, and the dateline's credit is left out. A Ukrainian street or square
(capitalised adjectives before a place noun, «на Поштовій площі») is named whole, in the nominative. A place or
person these lists know takes a name whose key meets the Russian and English reports' (places by their Russian
name, people in the nominative); any other name keeps the type its shape gives, as before: two or three words a
person, capitals an organisation, one word a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from svodka.nlp.place_cases import agreeing_place, is_place_noun
from svodka.nlp.span import Span

WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Case endings and Kazakh suffixes a known name may carry after its stem (Києв-а, Казахстан-у, Киев-ке,
# Беларус-сю, Зеленск-ий, Қазақстан-ның): an ending outside the list makes another word (Литв-ин, Мер-кель).
ENDINGS = frozenset((
    "", "а", "я", "у", "ю", "і", "и", "ы", "е", "є", "ї", "о", "ь", "сі", "сы", "гі", "ғы", "ом", "ем", "єм", "ою", "ею",
    "єю", "ой", "ей", "ам", "ям", "ах", "ях", "ові", "еві", "єві", "сю", "ий", "ій", "ого", "ому", "им", "ім", "ым",
    "ага", "аму", "ој", "ке", "ге", "қа", "ға", "ка", "га", "на", "не", "да", "де", "та", "те", "дан", "ден", "тан",
    "тен", "нан", "нен", "ның", "нің", "дың", "дің", "тың", "тің", "ны", "ні", "ды", "ді", "ты", "ті", "мен", "бен",
    "пен", "дағы", "дегі", "тағы", "тегі", "нда", "нде", "ндағы", "ндегі",
))
# Places of the region in each neighbour's spelling (stems), under the Russian name their key is made from, so that
# «Києва», «Киевке» and «Кијев» meet «Киев» and "Kyiv". General knowledge, ours; a short list of what the desks
# monitoring these languages report on most, not a gazetteer.
KNOWN_PLACES = {
    "Киев": ("київ", "києв", "кіеў", "кіев", "киев", "кијев"),
    "Украина": ("україн", "украін", "украин", "украјин", "украйн"),
    "Казахстан": ("казахстан", "қазақстан", "казакстан"),
    "Россия": ("росі", "расі", "россі", "росси", "ресей", "русиј", "русия"),
    "Беларусь": ("білорус", "беларус", "белорус", "белорусиј"),
    "Литва": ("литв", "літв", "литваниј"),
    "Вильнюс": ("вільнюс", "вільн", "вильнюс", "виљнус"),
    "Минск": ("мінськ", "мінск", "минск"),
    "Москва": ("москв", "маскв"),
    "Астана": ("астан",),
    "Алматы": ("алмат",),
    "Бургас": ("бургас",),
    "Болгария": ("болгарі", "балгары", "бугарск", "българи", "болгари"),
    "Сербия": ("сербі", "србиј", "сърби", "серби"),
    "Ниш": ("ниш",),
    "Белград": ("белград", "београд"),
    "Польша": ("польщ", "польшч", "польск", "пољск", "полш"),
}
# People the region's news names most, by surname stem in each spelling → the surname in the nominative as that
# spelling writes it, whose key (svodka.nlp.translit) is the Russian and English reports' already.
KNOWN_SURNAMES = {
    "зеленськ": "Зеленський", "зяленск": "Зяленскі", "зеленский": "Зеленский", "зеленски": "Зеленски",
    "зеленск": "Зеленский", "токаєв": "Токаєв", "тоқаев": "Тоқаев", "токаев": "Токаев", "токајев": "Токајев",
    "токаеў": "Токаеў", "лукашенк": "Лукашенко", "лукашэнк": "Лукашэнка", "путін": "Путін", "путин": "Путин",
    "пуцін": "Пуцін", "кличк": "Кличко", "клічк": "Клічко", "вучић": "Вучић", "вучич": "Вучич",
}
# Titles standing before a name, capitalised at a sentence's start or in a headline (stems; endings as above).
TITLES = ("президент", "прэзідэнт", "премьер", "прем'єр", "прем’єр", "премјер", "премиер", "міністр", "министр",
          "министар", "министър", "мер", "мэр", "градоначелник", "кмет", "губернатор", "депутат", "посол", "амбасадор",
          "речник", "говорител", "спікер", "спикер", "канцлер", "генерал", "полковник", "патріарх", "голов", "глав",
          "лідер", "лидер", "міністар")
# The case a title's ending gives the name after it ("речника … Айбека Смадіярова", "президентові …
# Касим-Жомарту Токаєву"): the endings that name then carries, cut to give its nominative.
# (-я, -ю and -ем are left: "Ігоря" is "Ігор", "Еммануеля" "Еммануель": the ending alone cannot tell them apart.)
GENITIVE, DATIVE, INSTRUMENTAL = ("а",), ("у", "ові", "еві"), ("ом",)
CASE_OF_TITLE_ENDING = {"а": GENITIVE, "я": GENITIVE, "у": DATIVE, "ові": DATIVE, "еві": DATIVE, "ом": INSTRUMENTAL,
                        "ем": INSTRUMENTAL}
# Nouns before a place's name ("Река Айтоска", "місто Бровари"): cut, and the rest is a place.
PLACE_NOUNS = ("река", "річк", "рак", "ріка", "место", "місто", "град", "село", "селищ")
# Nouns closing a body's name, which these languages capitalise by its first word only ("Градска изборна комисија",
# "Дзяржаўны пагранічны камітэт", "Сыртқы істер министрлігі", "Српска напредна странка").
BODY_NOUNS = ("комітет", "камітэт", "комитет", "комисиј", "комисия", "комісі", "камісі", "партія", "партыя", "партия",
              "странк", "министерств", "міністерств", "міністэрств", "министрлі", "служб", "агенці", "агентств",
              "агенциј", "уряд", "влад", "скупштин", "парламент", "собрани", "банк", "університет",
              "універсітэт", "университет", "суд", "фонд")
# Councils, whose name is capitalised whole ("Верховна Рада"): a run of capitals holding one is a body ("раді" in
# lower case is "glad", so not among the nouns above).
COUNCILS = ("рад", "вијећ", "вече")
# Words capitalised at a sentence's or quotation's start that name nothing: pronouns, function words and the days
# ("Сьогодні уряд…" names no body) of Ukrainian, Belarusian, Kazakh, Bulgarian and Serbian.
STOP_WORDS = frozenset("""
ми ви вони він вона воно це цей ця ці той та те ті як що коли але і й а у в з на за до по від для так ні наш наша наше
наші мій його її їх все всі вже ще тут там нам вам
мы вы яны ён яна гэта гэты гэтая гэтыя але ў да па ад наша нашы яго яе іх усе ўжо
біз сіз олар ол мен сен бұл осы сол бірақ және мұнда онда біздің
ние вие те той тя то това този тази тези но и от с как какво кога нашият нашата
они он она оно то овај ова ово тај али од са што како када они њихов
сьогодні вчора завтра тепер зараз сёння учора заўтра цяпер днес вчера утре сега данас јуче сутра сада бүгін кеше ертең
""".split())
PATRONYMIC = re.compile(r"(?:ович|евич|івна|івич|овна|евна|ұлы|қызы)$")
OPENING_QUOTES = "«„\"“'("
SHORT_QUOTE = re.compile(r"[«„\"“]([^«»„“”\"\n.!?,:;]{2,60})[»“”\"]")
QUOTED_NAME_WORDS = 4
# Nouns before a quoted name that make it a place: "пункт пропуску «Каменний Лог»", "станцію метро «Хрещатик»".
PLACES_BEFORE_QUOTE = ("метро", "станці", "станци", "пункт", "пропуск", "вулиц", "улиц", "площ", "проспект", "аеропорт",
                       "аэропорт", "летишт", "парк", "район", "квартал", "село", "місто", "град", "курорт")
PLACE_WINDOW = 20  # characters before a quoted name read for such a noun
# The dateline a Cyrillic wire opens with, and the outlet crediting itself after it, up to a full stop:
# "КИЇВ, 20 листопада — Дніпровська хвиля. Казахстан…", "НИШ, 23. новембра — Моравске новине."
DATELINE = re.compile(r"^(?P<place>[^\W\d_]+(?:[ -][^\W\d_]+)*), \d{1,2}\.? [^\W\d_]+ [—–-] "
                      r"(?:(?P<credit>[^.!?\n]{2,40}?)\. (?=[^\W\d_]))?", re.MULTILINE)
CREDIT_WORDS = 4
# A quotation closed before the words saying who said it («Ми переможемо», — сказав): a statement, not a name.
SPEECH_AFTER = re.compile(r"\s*,?\s*[—–-]")
SHARED_LETTERS = 4  # a word's first letters compared to tell it is the same name written capitalised elsewhere
MIN_STEM = 3  # letters a name keeps when a case ending is cut ("Жаном" → "Жан")
VOWELS = frozenset("аеєиіїоуюяыэёәөұүі")
MAX_STREET_ADJECTIVES = 2  # capitalised words read before a place noun («Великій Васильківській вулиці»)


@dataclass
class Word:
    start: int
    stop: int
    text: str
    opens: bool  # opens a sentence or a quotation: capitalised whatever it is


def name_spans(text: str, sentences: list[tuple[int, int]]) -> list[Span]:
    """Name spans of a text, sentence by sentence ((start, stop) of each), with offsets into the text."""
    dateline = next((m for m in DATELINE.finditer(text) if m["place"].isupper()), None)
    lead = dateline.end() if dateline else -1
    words_of = [_words(text, start, stop, lead) for start, stop in sentences]
    written_capitalised = {_stem(w.text) for words in words_of for w in words if _capitalised(w.text) and not w.opens}
    credit = _credit(dateline)
    spans: list[Span] = []
    for (start, stop), words in zip(sentences, words_of):
        quoted = _quoted_names(text, start, stop)
        bodies = _bodies(text, words)
        taken = [(s.start, s.stop) for s in quoted + bodies] + ([credit] if credit else [])
        streets = _streets(text, [w for w in words if not any(a <= w.start < b for a, b in taken)], written_capitalised)
        taken += [(s.start, s.stop) for s in streets]
        free = [w for w in words if not any(a <= w.start < b for a, b in taken)]
        spans += quoted + bodies + streets
        for run in _runs(text, free):
            spans += _run_names(text, run, words, written_capitalised)
    return sorted(spans, key=lambda s: s.start)


def _words(text: str, start: int, stop: int, lead: int) -> list[Word]:
    """The sentence's words; the first, each after an opening quote mark or a colon, and the one starting the lead
    after the dateline (at `lead`), open."""
    words, previous = [], start
    for match in WORD.finditer(text, start, stop):
        gap = text[previous:match.start()]
        opens = not words or ":" in gap or gap[-1:] in OPENING_QUOTES or match.start() == lead
        words.append(Word(match.start(), match.end(), match.group(), opens))
        previous = match.end()
    return words


def _credit(dateline: re.Match[str] | None) -> tuple[int, int] | None:
    """Where the outlet credits itself after the dateline, when it does in a few words."""
    if not dateline or not dateline["credit"] or len(dateline["credit"].split()) > CREDIT_WORDS:
        return None
    return dateline.span("credit")


def _quoted_names(text: str, start: int, stop: int) -> list[Span]:
    """A capitalised name of a few words in quote marks: „Ниш против страха“, «Нафтогаз» (a body's name, as most
    quoted names are), «Каменны Лог», «Поштова площа» (a place after a noun saying so: a checkpoint, a station)."""
    spans = []
    for match in SHORT_QUOTE.finditer(text, start, stop):
        name = match[1].strip()
        if (not _capitalised(name) or len(name.split()) > QUOTED_NAME_WORDS or name.split()[0].lower() in STOP_WORDS
                or SPEECH_AFTER.match(text, match.end())):
            continue
        before = text[max(start, match.start() - PLACE_WINDOW):match.start()].split()
        kind = "LOC" if before and before[-1].lower().startswith(PLACES_BEFORE_QUOTE) else "ORG"
        at = match.start(1) + match[1].index(name)
        spans.append(Span(at, at + len(name), kind, name, name))
    return spans


def _bodies(text: str, words: list[Word]) -> list[Span]:
    """A body named by a capitalised word and lower-case ones up to a body noun ("Градска изборна комисија"), with the
    known place closing it ("Дзяржаўны пагранічны камітэт Беларусі")."""
    spans = []
    i = 0
    while i < len(words):
        opening = words[i].text
        stop_at = _body_end(text, words, i) if _capitalised(opening) and opening.lower() not in STOP_WORDS else None
        if stop_at is None:
            i += 1
            continue
        after = stop_at + 1
        if after < len(words) and _adjacent(text, words[stop_at], words[after]) and _known_place(words[after].text):
            stop_at = after
        name = text[words[i].start:words[stop_at].stop]
        spans.append(Span(words[i].start, words[stop_at].stop, "ORG", name, name))
        i = stop_at + 1
    return spans


def _streets(text: str, words: list[Word], written_capitalised: set[str]) -> list[Span]:
    """A place named by capitalised adjectives and a lower-case place noun («на Поштовій площі», «Львівській
    області»), in the nominative so that every case of it keys alike; a sentence's opener only when the text
    capitalises it elsewhere too («Головна вулиця міста…» names no street)."""
    spans = []
    for i, noun in enumerate(words):
        if _capitalised(noun.text) or not is_place_noun(noun.text):
            continue
        first, normal = i, None
        while (first > 0 and i - first < MAX_STREET_ADJECTIVES and _capitalised(words[first - 1].text)
               and _adjacent(text, words[first - 1], words[first])):
            longer = agreeing_place(text[words[first - 1].start:noun.stop])
            if not longer:
                break
            first, normal = first - 1, longer
        if normal and not (words[first].opens and _stem(words[first].text) not in written_capitalised):
            spans.append(Span(words[first].start, noun.stop, "LOC", text[words[first].start:noun.stop], normal))
    return spans


def _body_end(text: str, words: list[Word], first: int) -> int | None:
    """The index of the body noun closing a body's name that opens at `first`, if one closes it within three words."""
    for j in range(first + 1, min(first + 4, len(words))):
        if not _adjacent(text, words[j - 1], words[j]) or _capitalised(words[j].text):
            return None
        if _has_stem(words[j].text, BODY_NOUNS):
            return j
    return None


def _runs(text: str, words: list[Word]) -> list[list[Word]]:
    """Runs of capitalised words with one space between them."""
    runs: list[list[Word]] = []
    for word in words:
        if not _capitalised(word.text):
            continue
        if runs and _adjacent(text, runs[-1][-1], word):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _run_names(text: str, run: list[Word], words: list[Word], written_capitalised: set[str]) -> list[Span]:
    """The names in one run of capitals: pronouns, openers and titles out, known names cut out of it."""
    before = [w for w in words if w.stop <= run[0].start]
    title_ending = _title_ending(before[-1].text) if before and not _capitalised(before[-1].text) else None
    spans: list[Span] = []
    part: list[Word] = []
    place_noun = False

    def close() -> None:
        nonlocal part, place_noun
        if part:
            spans.extend(_part_names(text, part, title_ending, place_noun))
        part, place_noun = [], False

    for word in run:
        lowered = word.text.lower()
        if lowered in STOP_WORDS or (word.opens and _stem(word.text) not in written_capitalised
                                     and not word.text.isupper() and not _known_place(word.text)
                                     and _known_surname(word.text) is None and _title_ending(word.text) is None):
            close()
            continue
        if _title_ending(word.text) is not None:
            close()
            title_ending = _title_ending(word.text)
            continue
        if _has_stem(word.text, PLACE_NOUNS) and word is not run[-1] and not part:
            place_noun = True
            continue
        if _known_place(word.text) or (word.text.isupper() and len(run) > 1):
            close()
            spans.extend(_part_names(text, [word], None, False))
            continue
        part.append(word)
    close()
    return spans


def _part_names(text: str, part: list[Word], title_ending: str | None, place_noun: bool) -> list[Span]:
    """One name (or a place and a person's name run together) and its type."""
    start, stop = part[0].start, part[-1].stop
    written = text[start:stop]
    if len(part) == 1:
        place = _known_place(part[0].text)
        if place:
            return [Span(start, stop, "LOC", written, place)]
    surnames = [_known_surname(w.text) for w in part]
    if any(surnames):
        return [Span(start, stop, "PER", written, _nominative_person(part, surnames))]
    if place_noun:
        return [Span(start, stop, "LOC", written, written)]
    if any(_has_stem(w.text, (*BODY_NOUNS, *COUNCILS)) for w in part):
        return [Span(start, stop, "ORG", written, written)]
    if len(part) == 3 and not PATRONYMIC.search(part[1].text.lower()):
        # a place in the genitive or dative before a person's two names: "Литви Уладас Куклявічюс"
        return _part_names(text, part[:1], None, False) + _part_names(text, part[1:], title_ending, False)
    if title_ending is not None:
        return [Span(start, stop, "PER", written, _without_case(part, title_ending))]
    if len(part) == 1:
        kind = "ORG" if written.isupper() and not _opens_dateline(text, start, stop) else "LOC"
        return [Span(start, stop, kind, written, written)]
    kind = "PER" if len(part) in (2, 3) else "ORG" if written.isupper() else "LOC"
    return [Span(start, stop, kind, written, written)]


def _nominative_person(part: list[Word], surnames: list[str | None]) -> str:
    """A known person's name in the nominative: the surname as its spelling writes it, the first names without the
    ending the surname carried ("Касим-Жомарту Токаєву" → "Касим-Жомарт Токаєв")."""
    words = []
    for word, surname in zip(part, surnames):
        if surname:
            ending = word.text.lower()[len(_surname_stem(word.text)):]
            words = [w[:-len(ending)] if ending and w.lower().endswith(ending) else w for w in words]
            words.append(surname)
        else:
            words.append(word.text)
    return " ".join(words)


def _without_case(part: list[Word], title_ending: str) -> str:
    """The name after a title in an oblique case, each word without that case's ending ("Айбека Смадіярова" after
    "речника" → "Айбек Смадіяров")."""
    endings = CASE_OF_TITLE_ENDING.get(title_ending, ())
    words = []
    for word in part:
        ending = next((e for e in sorted(endings, key=len, reverse=True) if word.text.lower().endswith(e)), "")
        stem = word.text[:-len(ending)] if ending else word.text
        # a stem ending in a vowel is a name that declines otherwise ("Андрія" is "Андрій"): left as written
        if not ending or len(stem) < MIN_STEM or stem[-1].lower() in VOWELS:
            words.append(word.text)
        else:
            words.append(stem + "о" if stem.lower().endswith("енк") else stem)  # "Петренка" → "Петренко"
    return " ".join(words)


def _title_ending(word: str) -> str | None:
    """The case ending of a title word ("" for "президент", "ові" for "президентові"), None for another word."""
    lowered = word.lower()
    for title in TITLES:
        if lowered.startswith(title) and lowered[len(title):] in ENDINGS:
            return lowered[len(title):]
    return None


def _known_place(word: str) -> str | None:
    """The Russian name of a known place the word names in any case, else None."""
    lowered = word.lower()
    for place, stems in KNOWN_PLACES.items():
        if any(lowered.startswith(stem) and lowered[len(stem):] in ENDINGS for stem in stems):
            return place
    return None


def _surname_stem(word: str) -> str:
    """The longest known surname stem the word opens with ("" when none)."""
    lowered = word.lower()
    return max((stem for stem in KNOWN_SURNAMES if lowered.startswith(stem) and lowered[len(stem):] in ENDINGS),
               key=len, default="")


def _known_surname(word: str) -> str | None:
    """The nominative of a known surname the word writes in any case, else None."""
    stem = _surname_stem(word)
    return KNOWN_SURNAMES[stem] if stem else None


def _has_stem(word: str, stems: tuple[str, ...]) -> bool:
    """Whether the word is one of the stems with a case ending."""
    lowered = word.lower()
    return any(lowered.startswith(stem) and lowered[len(stem):] in ENDINGS for stem in stems)


def _opens_dateline(text: str, start: int, stop: int) -> bool:
    """A word in capitals opening a paragraph before a comma: the dateline's place ("НИШ, 23. новембра")."""
    return (start == 0 or text[start - 1] == "\n") and text[stop:stop + 1] == ","


def _capitalised(word: str) -> bool:
    """Opens with a capital letter (str.isupper knows ђ, ј, љ, њ, ћ, џ are small letters)."""
    return word[:1].isupper()


def _adjacent(text: str, first: Word, second: Word) -> bool:
    return text[first.stop:second.start] in (" ", "\t")


def _stem(word: str) -> str:
    """A word's first letters: the same name written in two cases shares them ("Литва", "Литви")."""
    return word.lower()[:SHARED_LETTERS]
