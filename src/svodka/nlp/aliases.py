"""Other names of the same thing: short and long place names, abbreviations, a place's English name.

Two mechanisms. Names an article may use without ever giving the other form
("Петербург" alone, "РФ" alone) need a table; it is short on purpose and holds only
forms that are unambiguous in news. Abbreviations introduced next to their long form
("Организация Договора о коллективной безопасности (ОДКБ)") are matched by letters, so
no table is needed for them.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

# lowercased alias → canonical name, for the forms news writes without the long form
ALIASES = {
    "петербург": "Санкт-Петербург", "питер": "Санкт-Петербург", "спб": "Санкт-Петербург",
    "северная столица": "Санкт-Петербург",  # the city's standing epithet in Russian news, capitalised as a name
    "st petersburg": "St Petersburg", "st. petersburg": "St Petersburg", "saint petersburg": "St Petersburg",
    "рф": "Россия", "российская федерация": "Россия", "russian federation": "Russia",
    "соединенные штаты": "США", "соединённые штаты": "США", "соединенные штаты америки": "США",
    "us": "United States", "u.s.": "United States", "usa": "United States", "united states of america": "United States",
    "uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "белоруссия": "Беларусь", "республика беларусь": "Беларусь",
    "республика казахстан": "Казахстан", "нижний": "Нижний Новгород", "екб": "Екатеринбург",
    # organisations news names by a nickname or a short form as often as by the full name
    "цб россии": "Банк России", "центробанк россии": "Банк России", "центральный банк россии": "Банк России",
    "коммерсант": "Коммерсантъ",  # the newspaper's hard sign, which goes when the name is declined
    "ес": "Евросоюз", "европейский союз": "Евросоюз", "североатлантический альянс": "НАТО",
}
# Companies and services with Latin names, as Russian news spells them in Cyrillic ("в Фейсбуке", "Гугл"), where the
# transliteration key cannot bridge English spelling (Facebook keys "fasebok", Фейсбук "fesbuk"): the Latin name is
# the canonical one. Spellings the key already bridges are left out (Твиттер, Инстаграм, Амазон, Самсунг, Тесла),
# and names that are also surnames (Блумберг, Форбс): not for persons, nor for places (Рено is a city too).
LATIN_NAMES = {
    "фейсбук": "Facebook", "гугл": "Google", "гугол": "Google", "ютуб": "YouTube", "ютьюб": "YouTube",
    "майкрософт": "Microsoft", "эппл": "Apple", "эпл": "Apple", "ватсап": "WhatsApp", "вотсап": "WhatsApp",
    "вацап": "WhatsApp", "боинг": "Boeing", "эйрбас": "Airbus", "эрбас": "Airbus", "вайбер": "Viber",
    "скайп": "Skype", "фольксваген": "Volkswagen", "тойота": "Toyota", "рено": "Renault", "пежо": "Peugeot",
    "макдоналдс": "McDonald's", "пфайзер": "Pfizer", "рейтер": "Reuters", "рейтерс": "Reuters",
    "би-би-си": "BBC", "си-эн-эн": "CNN", "спейсикс": "SpaceX", "спейс икс": "SpaceX", "сяоми": "Xiaomi",
}
# Places only: names of regions a club, a bank or a river also bears («Югра» the hockey club, «Ямал» the
# peninsula's LNG plant) are aliases when natasha reads them as a place. Ambiguous as places too, so left
# out: Кубань (also the river), Приморье (any seaside), НАО (the Nenets okrug as well as Moscow's).
PLACE_ALIASES = {
    # Moscow's administrative okrugs: news writes the abbreviation far more than the long form, so it is the name
    "центральный административный округ": "ЦАО", "северный административный округ": "САО",
    "северо-восточный административный округ": "СВАО", "восточный административный округ": "ВАО",
    "юго-восточный административный округ": "ЮВАО", "южный административный округ": "ЮАО",
    "юго-западный административный округ": "ЮЗАО", "западный административный округ": "ЗАО",
    "северо-западный административный округ": "СЗАО", "зеленоградский административный округ": "ЗелАО",
    "троицкий административный округ": "ТАО",
    # Russian regions under the short names news gives them as often as their official ones
    "подмосковье": "Московская область", "ленобласть": "Ленинградская область",
    "кузбасс": "Кемеровская область",
    "югра": "Ханты-Мансийский автономный округ", "хмао": "Ханты-Мансийский автономный округ",
    "ямал": "Ямало-Ненецкий автономный округ", "янао": "Ямало-Ненецкий автономный округ",
    "прикамье": "Пермский край", "ставрополье": "Ставропольский край", "забайкалье": "Забайкальский край",
    "приангарье": "Иркутская область",
    "смоленщина": "Смоленская область", "брянщина": "Брянская область", "белгородчина": "Белгородская область",
    "псковщина": "Псковская область", "тамбовщина": "Тамбовская область", "рязанщина": "Рязанская область",
    "республика татарстан": "Татарстан", "башкирия": "Башкортостан", "республика башкортостан": "Башкортостан",
    "чувашская республика": "Чувашия", "удмуртская республика": "Удмуртия", "республика мордовия": "Мордовия",
    "республика саха": "Якутия", "чеченская республика": "Чечня",
    "республика дагестан": "Дагестан", "республика ингушетия": "Ингушетия", "республика карелия": "Карелия",
    "республика коми": "Коми", "республика бурятия": "Бурятия", "республика хакасия": "Хакасия",
    "республика тыва": "Тыва", "тува": "Тыва", "республика адыгея": "Адыгея", "республика калмыкия": "Калмыкия",
    "кабардино-балкарская республика": "Кабардино-Балкария", "карачаево-черкесская республика": "Карачаево-Черкесия",
    # Ukraine's regions by the short form its news uses ("на Киевщине")
    "киевщина": "Киевская область", "львовщина": "Львовская область", "харьковщина": "Харьковская область",
    "одесщина": "Одесская область", "днепропетровщина": "Днепропетровская область",
    "житомирщина": "Житомирская область", "полтавщина": "Полтавская область", "винниччина": "Винницкая область",
    "черниговщина": "Черниговская область", "сумщина": "Сумская область", "херсонщина": "Херсонская область",
    "николаевщина": "Николаевская область", "закарпатье": "Закарпатская область",
}
# Places news names in place of the larger one they lie in ("в ЮЗАО" for a report from Moscow's south-west),
# by canonical name: a report naming the part names the whole as well.
WITHIN = {part.lower(): "Москва" for part in (
    "ЦАО", "САО", "СВАО", "ВАО", "ЮВАО", "ЮАО", "ЮЗАО", "ЗАО", "СЗАО", "ЗелАО", "ТАО", "ТиНАО", "Новая Москва",
    "Зеленоград")}
# Places Russian and English name differently, beyond what letters and folds can bridge (Москва / Moscow,
# Германия / Germany is bridged, Китай / China is not): general knowledge, by the Russian canonical name. English
# variants name the same place ("Kyiv" and "Kiev", "Türkiye" and "Turkey"). A place keys by its English name.
EXONYMS = {
    # countries and unions of them
    "россия": "Russia", "украина": "Ukraine", "сша": "United States", "великобритания": "United Kingdom",
    "англия": "England", "шотландия": "Scotland", "ирландия": "Ireland", "франция": "France", "испания": "Spain",
    "нидерланды": "Netherlands", "голландия": "Netherlands", "бельгия": "Belgium", "польша": "Poland",
    "чехия": "Czech Republic", "венгрия": "Hungary", "румыния": "Romania", "болгария": "Bulgaria",
    "хорватия": "Croatia", "греция": "Greece", "швеция": "Sweden", "швейцария": "Switzerland", "норвегия": "Norway",
    "финляндия": "Finland", "дания": "Denmark", "исландия": "Iceland", "литва": "Lithuania", "молдавия": "Moldova",
    "молдова": "Moldova", "белоруссия": "Belarus", "грузия": "Georgia", "азербайджан": "Azerbaijan",
    "киргизия": "Kyrgyzstan", "таджикистан": "Tajikistan", "туркмения": "Turkmenistan", "турция": "Turkey",
    "китай": "China", "кнр": "China", "япония": "Japan", "южная корея": "South Korea",
    "северная корея": "North Korea", "кндр": "North Korea", "вьетнам": "Vietnam", "индонезия": "Indonesia",
    "филиппины": "Philippines", "израиль": "Israel", "ливан": "Lebanon", "иордания": "Jordan",
    "саудовская аравия": "Saudi Arabia", "оаэ": "United Arab Emirates", "йемен": "Yemen", "египет": "Egypt",
    "ливия": "Libya", "алжир": "Algeria", "марокко": "Morocco", "тунис": "Tunisia", "эфиопия": "Ethiopia",
    "юар": "South Africa", "мексика": "Mexico", "бразилия": "Brazil", "колумбия": "Colombia",
    "новая зеландия": "New Zealand", "кипр": "Cyprus",
    # cities
    "москва": "Moscow", "киев": "Kiev", "харьков": "Kharkiv", "львов": "Lviv", "днепр": "Dnipro",
    # Ukraine's cities whose Russian names the key cannot bridge to the Ukrainian-based English ones, and "Київ" as
    # Russian news quoting Ukrainian prints it (Харків, Львів, Одеса, Миколаїв key alike already)
    "київ": "Kiev", "запорожье": "Zaporizhzhia", "николаев": "Mykolaiv",
    "луганск": "Luhansk", "крым": "Crimea", "варшава": "Warsaw", "вена": "Vienna", "рим": "Rome",
    "афины": "Athens", "прага": "Prague", "мюнхен": "Munich", "кёльн": "Cologne", "кельн": "Cologne",
    "женева": "Geneva", "лиссабон": "Lisbon", "копенгаген": "Copenhagen", "брюссель": "Brussels",
    "гаага": "The Hague", "париж": "Paris", "венеция": "Venice", "флоренция": "Florence", "неаполь": "Naples",
    "нью-йорк": "New York", "стамбул": "Istanbul", "тегеран": "Tehran", "каир": "Cairo", "дамаск": "Damascus",
    "иерусалим": "Jerusalem", "пекин": "Beijing", "шанхай": "Shanghai", "гонконг": "Hong Kong",
    "сингапур": "Singapore", "сеул": "Seoul", "дели": "Delhi", "нью-дели": "New Delhi", "стокгольм": "Stockholm",
    "бухарест": "Bucharest", "белград": "Belgrade",
}
ENGLISH_VARIANTS = {"kyiv": "Kiev", "türkiye": "Turkey", "turkiye": "Turkey", "czechia": "Czech Republic",
                    "odessa": "Odesa", "kharkov": "Kharkiv", "zaporozhye": "Zaporizhzhia", "lvov": "Lviv",
                    "dnepr": "Dnipro", "lugansk": "Luhansk",
                    "burma": "Myanmar", "holland": "Netherlands", "the netherlands": "Netherlands"}
# Bodies and places Russian and English name apart beyond EXONYMS (Белый дом / White House, Португалия / Portugal),
# in a data file: each form, in either language, → (English name, the type every form has).
NAMES_ACROSS_LANGUAGES = json.loads(Path(__file__).with_name("names_across_languages.json").read_text("utf-8"))
ACROSS_LANGUAGES = {
    form.lower(): (english, kind)
    for kind in ("ORG", "LOC") for english, forms in NAMES_ACROSS_LANGUAGES[kind].items() for form in (english, *forms)
}
# The common words of a place's name, which the neighbours' languages translate (площадь / площа / плошча), each
# form → its English word: see the data file's "place words".
PLACE_WORDS = {form.lower(): english for english, forms in NAMES_ACROSS_LANGUAGES["place words"].items()
               if english != "why" for form in (english, *forms)}
# Known places: a name in Latin letters here is a place whatever its mention suggests ("Ukraine" typed a body by
# "Ukraine said"; "UK", typed a body by its capitals, becomes "United Kingdom" by ALIASES first, a name here), so
# that it keys alike in every report. type_of reads the name as given: type_of("UK", …) keeps the type found. The
# English rules type by shape and a few words around; natasha's Russian types read the context better («Москва» the
# news agency stays a body).
KNOWN_PLACES = frozenset(name.lower() for table in (EXONYMS, ENGLISH_VARIANTS) for pair in table.items() for name in pair)
# Known companies and services: the Latin names above, and those the key bridges, are organisations whatever a
# mention suggests ("on Facebook", "Google said", "from Twitter" read by shape and preposition as a person or a
# place). Amazon is left out: the river and the forest.
KNOWN_ORGANISATIONS = frozenset(name.lower() for name in (
    *LATIN_NAMES.values(), "Twitter", "Instagram", "Samsung", "Tesla", "Netflix", "TikTok"))
# Unions and alliances of states are organisations, though their names read like places to natasha
# ("в Евросоюзе" as "в Европе"); the White House names the US administration far more than the building.
TYPES = {"евросоюз": "ORG", "european union": "ORG", "eu": "ORG", "нато": "ORG", "nato": "ORG", "оон": "ORG",
         "un": "ORG", "снг": "ORG", "одкб": "ORG", "еаэс": "ORG", "белый дом": "ORG", "white house": "ORG"}
# Football clubs' nicknames, which match reports use as often as the club's name ("the Reds", "Los Blancos"). One
# nickname serves several clubs, so it names the one of them the article names (svodka.nlp.english).
NICKNAMES = {
    "reds": ("Liverpool", "Nottingham Forest", "Benfica"), "los blancos": ("Real Madrid",),
    "gunners": ("Arsenal",), "blues": ("Chelsea", "Everton", "Birmingham City"), "red devils": ("Manchester United",),
    "spurs": ("Tottenham Hotspur", "Tottenham"), "toffees": ("Everton",), "magpies": ("Newcastle United", "Newcastle"),
    "hammers": ("West Ham United", "West Ham"), "citizens": ("Manchester City",), "foxes": ("Leicester City", "Leicester"),
    "blaugrana": ("Barcelona",), "bianconeri": ("Juventus",), "rossoneri": ("AC Milan", "Milan"),
    "nerazzurri": ("Inter Milan", "Inter"), "merengues": ("Real Madrid",), "colchoneros": ("Atletico Madrid",),
}
# Words that do not give a letter to an abbreviation ("о" in "Договора о коллективной").
FUNCTION_WORDS = {"о", "об", "и", "в", "по", "на", "для", "of", "the", "and", "for", "on", "in", "&"}
MAX_ABBREVIATION = 10


def alias_of(name: str, kind: str | None = None) -> str:
    """The canonical form of a known alias (of a place's too when `kind` is "LOC", a Latin company name's for all but a
    person or a place: «в городе Рено» is the city in Nevada, not Renault), else the name itself."""
    key = name.lower()
    return (ALIASES.get(key) or (PLACE_ALIASES.get(key) if kind == "LOC" else None)
            or (LATIN_NAMES.get(key) if kind not in ("PER", "LOC") else None) or name)


def english_name(name: str) -> str:
    """The English name of a place Russian and English name apart ("Китай" → "China"), one spelling of an
    English one ("Kyiv" → "Kiev"), else the name itself: what `translit.entity_key` keys such a place by."""
    key = name.lower()
    return EXONYMS.get(key) or ENGLISH_VARIANTS.get(key) or ACROSS_LANGUAGES.get(key, (name,))[0]


def place_words_in_english(name: str) -> str:
    """A place's name with its common words in English («Поштова площа» → "Поштова square"), so that the languages
    that translate them spell the name alike; its other words as they are."""
    return " ".join(PLACE_WORDS.get(word.lower(), word) for word in name.split())


def place_containing(name: str) -> str | None:
    """The larger place a known part lies in ("ЮЗАО" → "Москва"), else None."""
    return WITHIN.get(name.lower())


def team_of_nickname(name: str) -> tuple[str, ...]:
    """The clubs a nickname may name ("Reds" → Liverpool, Nottingham Forest, Benfica), none for other names."""
    return NICKNAMES.get(name.lower().removeprefix("the "), ())


def type_of(name: str, found: str) -> str:
    """The type a known name always has, else the type found for it."""
    key = name.lower()
    known = TYPES.get(key) or ACROSS_LANGUAGES.get(key, ("", ""))[1] or ("ORG" if key in KNOWN_ORGANISATIONS else "")
    return known or ("LOC" if key in KNOWN_PLACES and "a" <= key[:1] <= "z" else found)


def is_abbreviation(name: str) -> bool:
    """ОДКБ, ЕврАзЭС, NATO: one word, several capitals, short."""
    return " " not in name and 2 <= len(name) <= MAX_ABBREVIATION and sum(c.isupper() for c in name) >= 2


def abbreviates(short: str, long: str) -> bool:
    """Whether `short` spells `long` by prefixes of its words, each word giving one or more letters.

    ОДКБ ← Организация Договора о коллективной безопасности; ЕврАзЭС ← Евразийское
    экономическое сообщество (Евр+Аз from the first word).
    """
    words = [w.lower() for w in long.replace("-", " ").split() if w.lower() not in FUNCTION_WORDS]
    letters = short.lower().replace(".", "")
    if len(words) < 2 or len(words) > len(letters) or letters in words:  # "EA Access" is a product of EA's
        return False

    @cache
    def spells(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(letters)
        word = words[w]
        return any(
            spells(i + n, w + 1)
            for n in range(1, min(len(word), len(letters) - i) + 1)
            if _fuzzy_prefix(letters[i:i + n], word)
        )

    return spells(0, 0)


def _fuzzy_prefix(piece: str, word: str) -> bool:
    """A prefix of the word, or its initial and then consonants found in order (ЕврАзЭС's "Аз")."""
    if word.startswith(piece):
        return True
    if piece[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(c in rest for c in piece[1:])
