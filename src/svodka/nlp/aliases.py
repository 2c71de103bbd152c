"""Other names of the same thing: short and long place names, abbreviations.

Two mechanisms. Names an article may use without ever giving the other form
("Петербург" alone, "РФ" alone) need a table; it is short on purpose and holds only
forms that are unambiguous in news. Abbreviations introduced next to their long form
("Организация Договора о коллективной безопасности (ОДКБ)") are matched by letters, so
no table is needed for them.
"""

from __future__ import annotations

from functools import cache

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
    """The canonical form of a known alias (of a place's too when `kind` is "LOC"), else the name itself."""
    key = name.lower()
    return ALIASES.get(key) or (PLACE_ALIASES.get(key) if kind == "LOC" else None) or name


def place_containing(name: str) -> str | None:
    """The larger place a known part lies in ("ЮЗАО" → "Москва"), else None."""
    return WITHIN.get(name.lower())


def team_of_nickname(name: str) -> tuple[str, ...]:
    """The clubs a nickname may name ("Reds" → Liverpool, Nottingham Forest, Benfica), none for other names."""
    return NICKNAMES.get(name.lower().removeprefix("the "), ())


def type_of(name: str, found: str) -> str:
    """The type a known name always has, else the type found for it."""
    return TYPES.get(name.lower(), found)


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
