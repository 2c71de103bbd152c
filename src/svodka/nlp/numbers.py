"""Numbers with what they count ("55 вопросов", "почти четыре часа") as comparable facts.

The unit is the lemma of the word after the number, so "55 вопросов" and "55
вопроса" compare equal; hedges ("почти", "около", "about") are kept in the text so
a later stage can treat "почти четыре часа" and "около 4 часов" as agreeing. An amount after a currency sign with
its scale ("£40m", "$1.2bn", "$40 млн") counts that currency, as "40 million pounds" does. A number that
counts nothing ("$30 за баррель", "ст. 264 УК РФ", the minutes of "22:07") is no fact; one that names the
version or model of a product ("iOS 13.5", "PlayStation 5", "SSJ 100") is, with a unit of its own ("v:ios")
that no counted noun spells. A number hyphen-glued to a name ("Covid-19", «Ту-154», "F-16") is part of the name
and counts nothing.

Number words are read from an explicit table of every case form ("трём тысячам", "пятью
миллионами", "о двух тысячах"), not through pymorphy2: the forms are a closed set the regular
expression must list anyway to find where a number starts, pymorphy2 would still need a table from
its lemma to the value, and it reads some forms as the nouns they also spell ("семью" as "семья").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from svodka.model import NumberFact
from svodka.months import EN_MONTH_NAME, EN_MONTH_WORD, RU_MONTH_OPENING, RU_MONTH_STEM, UK_MONTHS, opens_with_month


def _forms(table: dict[float, str]) -> dict[str, float]:
    """Each form of the table to its value, "ё" also spelt "е" as most outlets print it ("трем", "четырех")."""
    return {spelling: value for value, forms in table.items() for form in forms.split()
            for spelling in (form, form.replace("ё", "е"))}


# Every case form of the Russian cardinals, grouped by the place they take in a compound number ("двумстам
# тридцати пяти" is 200 + 30 + 5). Left out: "семью", far more often "семья" than 7, and the plural of "один"
# ("одни", "одних": "only", "alone").
# The collective numerals count too ("двое детей", «трое суток», «пятеро из девяти»).
UNITS = _forms({
    1: "один одна одно одного одной одному одним одну одном одною one",
    2: "два две двух двум двумя двое двоих двоим двоими two", 3: "три трёх трём тремя трое троих троим троими three",
    4: "четыре четырёх четырём четырьмя четверо четверых четверым четверыми four",
    5: "пять пяти пятью пятеро пятерых пятерым пятерыми five",
    6: "шесть шести шестью шестеро шестерых шестерым шестерыми six",
    7: "семь семи семеро семерых семерым семерыми seven",
    8: "восемь восьми восемью восьмью восьмеро восьмерых восьмерым восьмерыми eight",
    9: "девять девяти девятью девятеро девятерых девятерым девятерыми nine"})
# 10 to 19 decline alike, as nouns in "-ь" do: "пятнадцать", "пятнадцати", "пятнадцатью"
TEENS = _forms({value: f"{word} {word[:-1]}и {word[:-1]}ью {english}" for value, word, english in zip(
    range(10, 20), "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
    "восемнадцать девятнадцать".split(), "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen".split())})
TENS = _forms({
    20: "двадцать двадцати двадцатью twenty", 30: "тридцать тридцати тридцатью thirty", 40: "сорок сорока forty",
    50: "пятьдесят пятидесяти пятьюдесятью fifty", 60: "шестьдесят шестидесяти шестьюдесятью sixty",
    70: "семьдесят семидесяти семьюдесятью seventy", 80: "восемьдесят восьмидесяти восемьюдесятью eighty",
    90: "девяносто девяноста ninety"})
HUNDREDS = _forms({
    100: "сто ста hundred", 200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трёхсот трёмстам тремястами трёхстах", 400: "четыреста четырёхсот четырёмстам четырьмястами четырёхстах",
    500: "пятьсот пятисот пятистам пятьюстами пятистах", 600: "шестьсот шестисот шестистам шестьюстами шестистах",
    700: "семьсот семисот семистам семьюстами семистах", 800: "восемьсот восьмисот восьмистам восемьюстами восьмистах",
    900: "девятьсот девятисот девятистам девятьюстами девятистах"})
HALF = _forms({1.5: "полтора полторы полутора"})
# The scale words in every case ("трём тысячам", "пятью миллионами") and their abbreviations, and Ukrainian's after a
# figure ("410 мільйонів гривень": the amount a Russian report of one event gives as "410 млн гривен")
SCALE = _forms({
    1e3: "тыс тысяча тысячи тысяче тысячу тысячей тысячею тысяч тысячам тысячами тысячах thousand "
         "тисяча тисячі тисяч тисячами",
    1e6: "млн миллион миллиона миллиону миллионом миллионе миллионы миллионов миллионам миллионами миллионах million "
         "мільйон мільйона мільйони мільйонів мільйонами",
    1e9: "млрд миллиард миллиарда миллиарду миллиардом миллиарде миллиарды миллиардов миллиардам миллиардами "
         "миллиардах billion мільярд мільярда мільярди мільярдів мільярдами",
    1e12: "трлн триллион триллиона триллиону триллионом триллионе триллионы триллионов триллионам триллионами "
          "триллионах trillion"})
# An amount glued to its scale after a currency sign ("£40m", "$1.2bn", "€3tn", "£40k"): read only after the sign,
# as "40m" alone is as often forty metres
GLUED_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
# A currency sign's unit, as the lemma of its name in each script, so that "£38m" and "38 million pounds" (stemmed
# "pound"), "$40 млн" and "40 млн долларов" count one thing
CURRENCIES = {"£": ("pound", "фунт"), "$": ("dollar", "доллар"), "€": ("euro", "евро"), "₽": ("rouble", "рубль")}
# A scale word alone in the singular is one of it ("около миллиона рублей", "о тысяче человек"). Not "тысячи",
# which is as often "thousands" ("тысячи людей вышли") as "a thousand", unless a hedge makes it one ("более тысячи").
ONE_SCALE = frozenset(
    "тысяча тысяче тысячу тысячей тысячею миллион миллиона миллиону миллионом миллионе "
    "миллиард миллиарда миллиарду миллиардом миллиарде".split())
HEDGED_ONE_SCALE = frozenset({"тысячи"})
NUMBER_WORDS = UNITS | TEENS | TENS | HUNDREDS | HALF | {word: SCALE[word] for word in ONE_SCALE | HEDGED_ONE_SCALE}


def _alternatives(words: Iterable[str]) -> str:
    return r"\b(?:" + "|".join(words) + r")\b"


_UNIT, _TEEN, _TEN, _HUNDRED = (_alternatives(words) for words in (UNITS, TEENS, TENS, HUNDREDS))
ENGLISH_HUNDRED = "hundred"  # the one hundreds word counted by a number before it ("two hundred"): a product
_TENS_UNITS = rf"{_TEN}(?:(?:\s+|-){_UNIT})?"  # "twenty five", "Fifty-four"
# A number in words: the places in falling order, each once ("сто двадцать пять", "двумстам тридцати", "twenty
# five", "one hundred and twenty")
# The words before "hundred" are tried only where a word and "hundred" follow (the lookahead): tried at every word
# start, their long alternation cost as much as the rest of the pattern (session 11)
WORDED_NUMBER = (rf"(?:(?:(?=\w+\s+hundred\b)(?:{_UNIT}|{_TEEN})\s+(?=hundred\b))?{_HUNDRED}"
                 rf"(?:\s+(?:and\s+)?(?:{_TENS_UNITS}|{_TEEN}|{_UNIT}))?|{_TENS_UNITS}|{_TEEN}|{_UNIT}"
                 rf"|{_alternatives(HALF)}|{_alternatives(ONE_SCALE | HEDGED_ONE_SCALE)})")
HEDGES = ("почти", "около", "более", "свыше", "менее", "примерно", "порядка", "about", "nearly", "almost", "over",
          "more than", "around")
# Where a match can start: a currency sign, or a word's first character that a digit, a hedge or a number word
# opens. Tested first at every position, this one lookahead spares the long alternations of number words at the
# nine positions in ten that start none (mid-word, or a word such as "года"): it halves the time of reading numbers
# (session 11). Built from the same word lists, so a word added there is never missed here.
_OPENERS = "".join(sorted({word[0] for word in (*HEDGES, *NUMBER_WORDS)}))
_START = rf"(?=[{''.join(CURRENCIES)}]|\b[\d{_OPENERS}])"
NUMBER = re.compile(
    _START + r"(?P<hedge>\b(?:" + "|".join(HEDGES) + r")"
    r"\s+(?:на\s+|по\s+|for\s+)?)?"  # "почти на три часа", "почти по трём тысячам" (each), "for about three hours"
    r"(?P<currency>[" + "".join(CURRENCIES) + r"])?"
    r"(?P<num>(?<!\d[:.])"  # not the minutes of "22:07 мск" nor the month and year of "17.11.2019"
    r"(?<![^\W\d_]-)"  # nor a model's name ("Covid-19 cases", «Ту-154 разбился», "F-16"), but a range's "5-6 часов"
    r"(?:\b[1-9]\d{0,2}(?:,\d{3})+(?![\d,])|\b\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])|\b\d+(?:[.,]\d+)?"
    r"|" + WORDED_NUMBER + r"))"
    r"(?(currency)(?:(?P<glued>" + "|".join(GLUED_SCALE) + r")\b)?)"
    r"(?P<ordinal>-?(?:й|я|е|го|м|ю|th|st|nd|rd)\b)?"  # ordinals: "на 87-й минуте", "in the 87th minute"
    r"(?:[ \t]+(?P<scale>" + "|".join(SCALE) + r")\b\.?)?"
    r"(?(currency)|(?=[ \t]*(?:%|[а-яёa-z]{2,})))"  # an amount of a currency needs no counted word after it
    r"(?:[ \t]*(?P<unit>%|[а-яёa-z]{2,}))?",
    re.IGNORECASE,
)
THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[, \u00a0]\d{3})+")  # "14,200" and "15 000": one number, not 14.2
ABBREVIATION = 3  # "см", "км", "мм" are abbreviations: lemmatised, "см" would become "смотреть"
# What a number is no count of: a month's name (a date's), "г" (a year's), and "of", "in", «из» (a part, `_parts`).
# Whole words: as openings they took "12 officials", "3 injured", "5 inches", «12 сенаторов» for dates.
NOT_UNITS = re.compile(
    rf"^(?:{'|'.join(UK_MONTHS)}|{RU_MONTH_STEM}[ьяеюа]?|{RU_MONTH_OPENING}|{EN_MONTH_NAME}|г|из|in|of)$", re.I)
# "год" after a year ("в 2020 году", "1990-е годы") dates, and is the date extractor's; after a count («два года», "3
# года") it is a span of years, as "5 лет" and "two years" are
YEAR_WORD = re.compile(r"^год", re.I)
# «в 20 году», «в 19-м годе»: the locative after a number names a year (short for 2020), never a count of years
YEAR_LOCATIVE = re.compile(r"^год[уе]$", re.I)
YEAR_DIGITS = re.compile(r"\d{4}")
# Counted nouns whose form after a number the analyser reads first as another word: "23 судна" as the short adjective
# "судный". A counted word is a noun, so the form is the noun's. The article's analysis lemmatises so already
# (understand.counted_noun_lemma); kept for the callers that pass no lemmatiser (str.lower: compare, reprints).
COUNTED_FORMS = {"судна": "судно"}
# A number hyphen-glued to an adjective of a measure counts that measure: "48-часовую забастовку" and "a 48-hour
# strike" are 48 hours. Each opening of the adjective → the measure's lemma as the unit (Russian lemma, English word,
# as `find_numbers` lemmatises units). Not years: "24-летняя", "a 70-year-old" are ages, 104 of them in the 479
# development articles, and counted they took `benchmarks.pairs --lofo` F1 0.929 -> 0.919 (Session 14).
MEASURE_ADJECTIVES = {"часов": "час", "минутн": "минута", "дневн": "день", "суточн": "сутки", "недельн": "неделя",
                      "месячн": "месяц", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
                      "month": "month"}
_MEASURES = "|".join(MEASURE_ADJECTIVES)
MEASURE_ADJECTIVE = re.compile(  # the lookahead first: the number words are tried only where a measure follows
    rf"(?<![\w.,-])(?=[\w-]{{1,25}}-(?:{_MEASURES}))(?P<num>\d{{1,4}}|{WORDED_NUMBER})-(?P<measure>{_MEASURES})"
    rf"[а-яёa-z]*(?!-?\d)", re.IGNORECASE)

# A part of a counted whole ("two of the nine policymakers", "3 out of 12 members", «двое из девяти членов»): the part
# counts the whole's noun, and is read with it as one figure. Only of a counted whole: "one of the largest", "one of
# them", «один из крупнейших» count nothing. "ни один из девяти" is none.
PART_BEFORE = re.compile(rf"(?<![\w.,-])(?P<num>\d{{1,4}}|{WORDED_NUMBER})[ \t]+(?:out[ \t]+)?(?:of|из)[ \t]+"
                         r"(?:the[ \t]+)?$", re.IGNORECASE)
PART_OF = re.compile(r"[ \t](?:of|из)[ \t]", re.IGNORECASE)  # in a figure's text: a part's (`_parts`)
PART_REACH = 40  # characters before a whole searched for its part: "twenty-two out of the " and more
# "several hundred", "a few hundred", "a couple hundred": no hundred, many
VAGUE_HUNDRED = re.compile(r"\b(?:several|few|couple|many)[ \t]+$", re.IGNORECASE)

# A word after a number that counts nothing ("$30 за баррель", "2019 will be", "6-4 to"): no unit, so no fact; the
# compare stage still reads such a number bare
FUNCTION_WORDS = frozenset(
    "в во на по за до от с со к ко у о об при для без над под про через между после перед и а но или что как же ли "
    "не ни уже ещё еще это можно нужно было будет "
    "to and for with on at by from or as than the an will would was were is are has have had can could should "
    "after before into over under against but if when while so this that it he she they we out".split())
# What names a thing rather than counts it: "№ 7", "ч. 5 ст. 264 УК РФ" (articles of a code), "No. 2 leader"
IDENTIFIER_BEFORE = re.compile(r"(?:№|\bNo\.|(?<![\w-])(?:ч|ст|п|пп)\.)\s*$")
IDENTIFIER_REACH = 5  # "No. " and "ч. " with a space or two
# Set phrases whose number words count nothing in the story (as "Saturday Night Live" is no date): slogans ("one
# country, two systems", «одна страна — две системы», "One Belt, One Road") and names ("Big Four" auditors, "Formula
# One", "Seven Sisters", "Five Eyes", "Group of Seven", «Группа двадцати», "Air Force One"). Counted, they made two
# reports on Hong Kong share "1 country" and "2 systems" as facts. Names as printed, capitalised; slogans in any case.
# "G7", «Формула-1» need none: a number glued to a name is already part of it (NUMBER).
SET_PHRASES = re.compile(
    r"\b(?:Big (?:Three|Four|Five|Six|Ten)|Formula One|Seven Sisters|Five Eyes|Three Gorges|Air Force One|Two Sessions"
    r"|Group of (?:Seven|Eight|Twenty)|(?i:Групп\w{1,2} (?:семи|восьми|двадцати))"
    r"|(?i:one[ -]country,?[ -]+two[ -]systems|one belt,? one road"
    r"|одн(?:а|ой|у|о|ого|ому|им|ом) (?:стран|государств)\w{0,3}\s*[,—–-]?\s*дв(?:е|ух|ум|умя) систем\w{0,3}"
    r"|один пояс\s*[,—–-]?\s*один путь))\b")
# "Один" outside the nominative and accusative is mostly "a certain" or "the same", not a count: "в одном доме",
# "на одной улице", "одной женщине", "с одной стороны" ("в одном из": "из" is in NOT_UNITS). An oblique form counts
# only when a hedge limits it ("ещё одного", "лишь одной", "только одному", "по одному", "более одного"), when it
# measures ("одного миллиона", "одном проценте", "одной тонны"), or as "одного" after no preposition, the accusative
# of a person ("задержали одного подозреваемого"). Read from the 60 forms of "один" in the tgcontest ru dev texts.
ONE_OBLIQUE = frozenset(_forms({1: "одного одной одному одним одном одною"}))
ONE_ACCUSATIVE = "одного"
ONE_LIMITS = frozenset("ещё еще лишь только всего по бы минимум максимум ровно".split())  # "хотя бы одного"
# A person after a preposition and an oblique "один" makes it a count ("выявили у одного человека", "с одним
# пострадавшим"): the lemmas of the people news counts, participles as the analyser lemmatises them ("пострадавшим":
# "пострадать"). "в одном доме" stays "a certain house", and "одной женщине стало плохо" (no preposition) "a certain
# woman".
ONE_PERSONS = frozenset(
    "человек житель пациент ребёнок мужчина женщина гражданин сотрудник пассажир турист участник военный "
    "военнослужащий полицейский студент школьник подросток врач больной погибший раненый пострадавший заболевший "
    "пострадать погибнуть заболеть заразиться инфицировать ранить задержать подозревать госпитализировать".split())
MEASURES = frozenset(
    "процент рубль доллар евро тонна килограмм кг грамм литр километр км метр сантиметр гектар градус балл "
    "секунда минута час день сутки неделя месяц год".split())
PREPOSITIONS = frozenset(
    "в во на с со к ко у о об обо от из при для без над под про через между после перед за до".split())
NONE_BEFORE = "ни"  # "ни одного случая", "ни один человек": none, not one
# A version or model number after a product's name, which the name is capitalised somewhere in ("iOS 11", "Android 10",
# "PlayStation 5", "UFC 249"), or after "версии" following it ("iOS версии от 11 до 13.5"). It identifies what the
# report is about, as a model number does, and two reports giving two versions of one product differ ("iOS 11" vs
# "iOS 13"): a fact whose unit is the product, so the versions of one product compare and those of two never meet.
# Its value is the major version: a point release is the version it belongs to ("iOS 13.5" agrees with "iOS 13").
# Up to three digits, and one minor part: a date ("Velvet 13.05.2020") is none, a year after a name ("Евровидение
# 2020") is the date extractor's, and so is a number followed by more figures ("Xbox 20/20", "Federer 6-3"). The word
# after a version counts nothing ("iPhone 11 стоит", "SSJ 100 сел"); a scale word or "%" after the number makes it a
# quantity ("Apple 10 млн").
VERSION = re.compile(
    r"(?<![\w.-])(?P<product>[A-Za-z]*[A-Z][A-Za-z]*)[ \t\u00a0]+"
    r"(?:(?:версии|версия|version)[ \t\u00a0]+(?:от[ \t\u00a0]+)?)?"
    r"(?P<num>\d{1,3}(?:\.\d{1,3})?)(?![\w/:-]|[.,]\d)")
# English words opening a sentence before a number, which the version pattern would take for a product's name
NOT_PRODUCTS = frozenset("some only just all another every each top about nearly almost around more less fewer first "
                         "last next".split())
VERSION_UNIT = "v:"  # a version's unit is the product after this, so no quantity's word ("weeks") is one
# In a Latin text a capitalised word is as often a common noun ("Week 3", "Game 7", "Route 66", "Chapter 11"): a
# product's name there has an inner capital or is all capitals ("iOS", "PlayStation", "iPhone", "UFC", "SSJ"), or is
# one of the few products named by a plain word. In a Cyrillic text every Latin word is a name.
PRODUCT_SHAPE = re.compile(r"[A-Z]{2,}|.+[A-Z].*")
PLAIN_PRODUCTS = frozenset("xbox android windows".split())
# What a number after a product's name counts when it is a quantity, not a version: a measure ("Facebook 6 часов",
# "Tesla 3 дня", "iPhone 11 hours") or, in Russian, any noun ("WhatsApp 2 раза"), told from a verb, adjective or
# participle ("SSJ 100 сел", "iPhone 11 стоит") by its lemma's ending, and from a few adverbs
MEASURE_WORDS = frozenset(  # as printed: English, and the Russian ones too short to be lemmatised (ABBREVIATION)
    "percent hour hours day days week weeks month months year years minute minutes second seconds people times "
    "million billion дня лет час мин сек раз".split())
NOT_NOUN_LEMMA = re.compile(r"(?:ть|ти|чь|ться|тись|чься|ый|ий|ой)$")
ADVERBS = frozenset("вчера сегодня завтра также тоже впервые снова теперь".split())
CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
SCALED = re.compile(r"[ \t\u00a0]*(?:%|(?:" + "|".join(SCALE) + r")\b)", re.IGNORECASE)  # after a number: a quantity
WORD_BEFORE = re.compile(r"(\w+)\s*$")
WORD_REACH = 20  # characters before a number searched for the word before it, longer than any hedge or preposition


def find_numbers(text: str, lemmatize: Callable[[str], str]) -> list[NumberFact]:
    """Every figure with what it counts, its unit lemmatised so that two outlets' inflections meet; dates,
    identifiers ("№ 7", "ст. 264") and set phrases ("Big Four") are left out, as they count nothing."""
    facts = []
    cyrillic = CYRILLIC.search(text) is not None
    set_phrases = [(phrase.start(), phrase.end()) for phrase in SET_PHRASES.finditer(text)]
    for match in NUMBER.finditer(text):
        if any(start <= match.start("num") < end for start, end in set_phrases):
            continue  # "one country, two systems": a slogan's words, no count
        money = bool(match["currency"] and (match["glued"] or match["scale"]))  # "£40m", "$2.5 trillion"
        if not money and not match["unit"]:
            continue  # "£5." counts nothing said
        unit = CURRENCIES[match["currency"]][cyrillic] if money else match["unit"].lower()
        month_next = not money and opens_with_month(text[match.start("unit"):])  # «28 грудня»: a neighbour's date
        if NOT_UNITS.match(unit) or month_next or YEAR_LOCATIVE.match(unit) or YEAR_WORD.match(unit) and (
                match["ordinal"] or YEAR_DIGITS.fullmatch(match["num"])):
            continue  # dates are the date extractor's
        if unit in FUNCTION_WORDS or IDENTIFIER_BEFORE.search(text, max(0, match.start() - IDENTIFIER_REACH),
                                                              match.start()):
            continue
        value = _value(match["num"].lower(), hedged=bool(match["hedge"]))
        if value is None or match["num"].lower() == ENGLISH_HUNDRED and VAGUE_HUNDRED.search(
                text, max(0, match.start() - WORD_REACH), match.start()):
            continue
        if match["glued"]:
            value *= GLUED_SCALE[match["glued"].lower()]
        if match["scale"]:
            value *= SCALE[match["scale"].lower().rstrip(".")]
        if not (money or unit == "%" or len(unit) <= ABBREVIATION):
            unit = COUNTED_FORMS.get(unit) or lemmatize(unit)
        if not _counts_one(match, text, unit):
            continue
        stop = max(match.end("glued"), match.end("scale")) if money else match.end()  # the word after is no unit
        facts.append(NumberFact(text[match.start():stop].strip(), float(value), unit, match.start(), stop))
    facts += _measure_adjectives(text, facts) + _parts(text, facts)
    versions = _versions(text, facts)
    kept = [fact for fact in facts if not any(v.start < fact.stop and fact.start < v.stop for v in versions)]
    return sorted(kept + versions, key=lambda fact: fact.start)


def _parts(text: str, wholes: list[NumberFact]) -> list[NumberFact]:
    """The parts of counted wholes ("Two of the nine policymakers": 2 of "policymaker"), as many as the whole or
    fewer, each spanning its whole; not of a sum, a share or a version ("2 of the $5m", "3 of 10%")."""
    found = []
    for whole in wholes:
        if whole.unit == "%" or whole.unit.startswith(VERSION_UNIT) or not whole.text[:1].isalnum():
            continue
        part = PART_BEFORE.search(text, max(0, whole.start - PART_REACH), whole.start)
        if part is None:
            continue
        value = _value(part["num"].lower(), hedged=False)
        before = WORD_BEFORE.search(text, max(0, part.start() - WORD_REACH), part.start())
        if value is not None and value <= whole.value and not (before and before[1].lower() == NONE_BEFORE):
            found.append(NumberFact(text[part.start():whole.stop], value, whole.unit, part.start(), whole.stop))
    return found


def _measure_adjectives(text: str, quantities: list[NumberFact]) -> list[NumberFact]:
    """The measures that numbers hyphen-glued to an adjective count ("48-часовую": 48 of "час"), where no quantity
    is read."""
    found = []
    for match in MEASURE_ADJECTIVE.finditer(text):
        value = _value(match["num"].lower(), hedged=False)
        if value is not None and not any(q.start < match.end() and match.start() < q.stop for q in quantities):
            unit = MEASURE_ADJECTIVES[match["measure"].lower()]
            found.append(NumberFact(match.group(0), value, unit, match.start(), match.end()))
    return found


def _versions(text: str, quantities: list[NumberFact]) -> list[NumberFact]:
    """The versions of products the text names ("iOS 13.5": 13 of "v:ios"), but for a number a scale word or "%"
    follows ("Apple 10 млн") or that counts a noun read in `quantities` ("Facebook 6 часов")."""
    named = CYRILLIC.search(text) is not None  # a Latin word in a Cyrillic text is a name
    versions = []
    for match in VERSION.finditer(text):
        product = match["product"]
        if not _is_product(product, named) or SCALED.match(text, match.end()) or any(
                q.start < match.end("num") and match.start("num") < q.stop
                and _counted(q, text, shaped=PRODUCT_SHAPE.fullmatch(product) is not None) for q in quantities):
            continue
        major = float(match["num"].split(".")[0])
        versions.append(NumberFact(match.group(0), major, VERSION_UNIT + product.lower(), match.start(), match.end()))
    return versions


def _is_product(word: str, named: bool) -> bool:
    """Whether a capitalised word before a number may name a product: any Latin word in a Cyrillic text, one shaped
    like a product's name (PRODUCT_SHAPE) in a Latin one; never a function word, a month or a sentence opener."""
    lower = word.lower()
    if len(word) < 2 or lower in FUNCTION_WORDS | NOT_PRODUCTS or re.fullmatch(EN_MONTH_WORD, word, re.IGNORECASE):
        return False
    return named or lower in PLAIN_PRODUCTS or PRODUCT_SHAPE.fullmatch(word) is not None


def _counted(quantity: NumberFact, text: str, shaped: bool) -> bool:
    """Whether a quantity's word is a counted noun ("6 часов", "2 раза", "11 hours"), which makes the number after
    a product's name a quantity rather than a version. After a name shaped like a product's ("SSJ 100 сел", where
    "сел" is also "villages") only a measure is: a plain word ("Facebook 6 раз") is more often a name than one."""
    word = text[quantity.start:quantity.stop].split()[-1].lower()
    if quantity.unit in MEASURES or word in MEASURE_WORDS or quantity.unit == "%":
        return True
    return (not shaped and CYRILLIC.match(word) is not None and quantity.unit not in ADVERBS
            and NOT_NOUN_LEMMA.search(quantity.unit) is None)


def _counts_one(match: re.Match[str], text: str, unit: str) -> bool:
    """False for a form of "один" that is no count: "ни одного", and an oblique form that neither a hedge limits,
    nor a measure follows, nor a person after a preposition, nor reads as the accusative of a person (ONE_OBLIQUE);
    True for every other number."""
    num = match["num"].lower()
    if num not in UNITS or UNITS[num] != 1:
        return True
    before = WORD_BEFORE.search(text, max(0, match.start("num") - WORD_REACH), match.start("num"))
    word = before[1].lower() if before else ""
    if word == NONE_BEFORE:
        return False
    if num not in ONE_OBLIQUE:
        return True
    if match["hedge"] or word in ONE_LIMITS or match["scale"] or unit in MEASURES:
        return True
    if word in PREPOSITIONS:
        return unit in ONE_PERSONS
    return num == ONE_ACCUSATIVE


def _value(raw: str, hedged: bool) -> float | None:
    """The value of a number as written: digits ("14,200", "15 000", "7,4") or words, their places summed
    ("двумстам тридцати" = 230, "Fifty-four" = 54), "hundred" multiplying what is before it ("one hundred and
    twenty" = 120); None for "тысячи" without a hedge (thousands, no figure)."""
    if THOUSANDS.fullmatch(raw):
        return float(re.sub(r"\D", "", raw))
    words = [word for word in re.split(r"[\s-]+", raw) if word != "and"]
    if words[0] in NUMBER_WORDS:
        if raw in HEDGED_ONE_SCALE and not hedged:
            return None
        total = 0.0
        for word in words:
            total = total * NUMBER_WORDS[word] if word == ENGLISH_HUNDRED and total else total + NUMBER_WORDS[word]
        return total
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None
