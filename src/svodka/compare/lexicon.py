"""A small Russian ↔ English lexicon: the units and news terms that anchor a fact across languages.

Names (entity keys), numbers and resolved dates already survive translation; what they
count ("55 вопросов" / "55 questions") and the few words that say what happened
("мост" / "bridge") need a shared vocabulary. Each concept lists its Russian lemmas and
English words; English words are stemmed the way the English analyser stems them, singular and plural
("minute" stays, "minutes" becomes "minut").
"""

from __future__ import annotations

from svodka.nlp.english import stem

# concept: (Russian lemmas, English words). Units first, then frequent news terms.
CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "hour": (("час",), ("hour",)),
    "minute": (("минута",), ("minute",)),
    "day": (("день", "сутки"), ("day",)),
    "week": (("неделя",), ("week",)),
    "month": (("месяц",), ("month",)),
    "year": (("год", "лет"), ("year",)),
    "decade": (("десятилетие",), ("decade",)),
    "people": (("человек", "житель"), ("people", "resident", "person")),
    "rouble": (("рубль",), ("rouble", "ruble")),
    "euro": (("евро",), ("euro",)),
    "dollar": (("доллар",), ("dollar",)),
    "percent": (("%", "процент"), ("%", "percent")),
    "km": (("км", "километр"), ("km", "kilometre", "kilometer")),
    "m": (("метр",), ("metre", "meter")),
    "cm": (("см", "сантиметр"), ("cm", "centimetre", "centimeter")),
    "mm": (("мм", "миллиметр"), ("mm", "millimetre", "millimeter")),
    "kg": (("кг", "килограмм"), ("kg", "kilogram")),
    "kw": (("квт", "киловатт"), ("kw", "kilowatt")),
    "point": (("очко",), ("point",)),
    "question": (("вопрос",), ("question",)),
    "school": (("школа",), ("school",)),
    "teacher": (("учитель",), ("teacher",)),
    "pupil": (("ученик", "школьник"), ("pupil", "student")),
    "bridge": (("мост",), ("bridge",)),
    "fire": (("пожар", "возгорание"), ("fire", "blaze")),
    "injured": (("пострадать", "пострадавший", "ранить"), ("injur", "hurt")),
    "dead": (("погибнуть", "погибший", "гибель", "умереть", "скончаться"), ("kill", "dead", "died", "death")),
    # "вылечились" as printed too: the tagger leaves it unlemmatised opening a sentence («Вылечились от болезни …»)
    "recovered": (("выздороветь", "вылечиться", "вылечились", "излечиться", "выздоровление", "выздоровевший"),
                  ("recover",)),
    "evacuate": (("эвакуировать", "эвакуация"), ("evacuat",)),
    "flight": (("рейс",), ("flight",)),
    "delay": (("задержать", "задержка"), ("delay",)),
    "snow": (("снег", "снегопад"), ("snow", "snowfall")),
    "flood": (("паводок", "наводнение"), ("flood",)),
    "ferry": (("паром",), ("ferry",)),
    "ship": (("судно", "корабль"), ("ship", "vessel")),
    "truck": (("грузовик", "фура"), ("truck", "lorry")),
    "passenger": (("пассажир",), ("passenger",)),
    "tram": (("трамвай", "трамвайный"), ("tram",)),
    "stop": (("остановка",), ("stop",)),
    "bank": (("банк",), ("bank",)),
    "merge": (("слияние", "объединение", "объединиться"), ("merger", "merge")),
    "asset": (("актив",), ("asset",)),
    "laser": (("лазер",), ("laser",)),
    "goal": (("гол", "забить"), ("goal", "scor")),
    "match": (("матч", "игра"), ("match", "game")),
    "win": (("победа", "победить", "выиграть"), ("win", "victory", "won")),
    "penalty": (("пенальти",), ("penalty",)),
    "goalkeeper": (("вратарь",), ("goalkeeper", "keeper")),
    "fan": (("болельщик",), ("fan", "supporter")),
    "fight": (("биться", "бороться"), ("fought", "fight")),
    "last": (("последний",), ("last",)),
    "second": (("секунда", "второй"), ("second",)),  # English has one word for the unit and the ordinal
    "heavy": (("сильный",), ("heavy", "heaviest", "strong")),
    "march": (("март", "мартовский"), ("march",)),
    "warehouse": (("склад",), ("warehouse",)),
    "robot": (("робот",), ("robot",)),
    "large": (("крупный", "крупнейший"), ("large", "largest", "big", "biggest")),
    "country": (("страна",), ("country",)),
    "new": (("новый",), ("new",)),
    "build": (("построить", "строить", "строительство"), ("build", "built")),
    "open": (("открыть", "открытие"), ("open",)),
    "three": (("три",), ("three",)),
    "five": (("пять",), ("five",)),
    "every": (("каждый",), ("every", "each")),
    "instead": (("вместо",), ("instead", "rather")),
    "red card": (("удалить", "удаление"), ("sent", "red")),
    "booking": (("карточка",), ("card", "booking")),
    "defender": (("защитник",), ("defender",)),
    "turning point": (("перелом", "переломный"), ("turn", "turning")),  # "перелом случился" / "the game turned"
    "summit": (("саммит",), ("summit",)),
    "president": (("президент",), ("president",)),
    "governor": (("губернатор",), ("governor",)),
    "minister": (("министр",), ("minister",)),
    "price": (("цена", "стоимость"), ("price", "cost")),
    "publish": (("опубликовать", "публикация"), ("publish", "publication")),
    "result": (("результат",), ("result",)),
    "journal": (("журнал",), ("journal",)),
}
# The concepts above that measure or count ("3 дня", "15 people", "£40m"): a number they follow is a quantity,
# whatever word precedes it (`values` reads "Week 3" as a label, "Tesla 3 дня" as three days).
MEASURE_CONCEPTS = frozenset(
    "hour minute day week month year decade people rouble euro dollar percent km m cm mm kg kw".split())


def _index() -> dict[tuple[str, str], str]:
    index = {}
    for concept, (russian, english) in CONCEPTS.items():
        index.update({("ru", word): concept for word in russian})
        index.update({("en", stem(form)): concept for word in english for form in (word, word + "s")})
    return index


INDEX = _index()


def concept(word: str, language: str) -> str | None:
    """The language-independent concept of a lemma (Russian) or stem (English), if the lexicon has it."""
    return INDEX.get((language, word if language == "ru" else stem(word)))
