"""What an article is about, as weighted terms: the input of same-event similarity.

One flat dict per article (persisted as the store's `terms` column) carries every
signal grouping needs, each kind of term marked by its first character:

    "лемма"        lemma of title, lead or body; headline ×HEADLINE_WEIGHT, lead ×LEAD_WEIGHT
    "^лемма"       lemma of the headline alone (headline similarity, its navec vector); a headline that is
                   only a quotation, or a teaser that withholds its claim ("Названа еще одна опасность ..."),
                   is read with the lead's first sentence, which tells the event; a rubric tag in brackets
                   ("[ВИДЕО]", "(Фото)") is no word of it
    "@per:путин"   an entity: PER by surname (so "Путин" meets "Владимир Путин"),
                   LOC and ORG by their canonical name
    "#150people"   a number with its unit, a lexicon concept where it has one ("пассажир" = "passenger")
    "=2020-05"     a date the text names (month, range)
    "~05-12"       a day of the month named in the headline or first sentences (no year: often a guess)
    "%05-12"       a day of the month named only further down, where it is often background
    "!per:putin"   a person or place named in the headline (for the conflict check), as the headline writes it
                   (`_headline_place`: "Wales", not the "Mid Wales" the tagger folded it into)
    "$ru"          the language of the text (reports in two languages are judged by names and facts)
    "&путин"       a lemma of the headline's subject (Russian: `Analysis.headline_subject`)
    "*грузия"      a headline lemma that is a word of a name the headline gives ("МВД Грузии"): what
                   remains of the headline without them is its claim (`similarity`'s `untold`)
    "+готовность"  a lemma the text names only in sentences recapping earlier news ("Напомним, ...",
                   "Ранее ...": `RECAP_OPENING`), where a follow-up tells the event it follows
    '"1a2b3c4d'    a run of QUOTED_RUN words of a direct quotation, hashed: two reports quoting the same
                   words report the same statement (`similarity`'s `other_day` then yields)
    "|"            the text is a flash: one sentence retelling its headline ("Молния: в Подольске горит
                   складской комплекс" / "В Подольске горит складской комплекс на Окружной улице, сообщили
                   в МЧС"), which `similarity` judges by what it has room to tell (`is_flash`)
    "№orbit 9"     a designation: a Latin name with its number ("Orbit 9", "LHS 1140") or a code of letters
                   and digits ("N1", "A320"), which a Russian report prints as an English one does
                   (`designations`): a fact both reports give, in either language

Entities are keyed by their spelling-independent `Entity.key` (transliterated,
people by surname), so "Путин" in a Russian report meets "Putin" in an English one.
A place known to lie in a larger one (`aliases.WITHIN`: "ЮЗАО" in Moscow) names the
larger one too, as a report "на юго-западе Москвы" does.

Keeping them in one dict keeps the store schema unchanged and lets one document
frequency table give every kind of term its IDF.
"""

from __future__ import annotations

import math
import operator
import os
import re
import zlib
from collections import Counter

from svodka.model import Analysis, Article, Entity, Sentence
from svodka.months import EN_MONTH_WORD, EN_MONTHS, RU_MONTHS
from svodka.nlp import article_text
from svodka.nlp.aliases import place_containing, type_of
from svodka.nlp.translit import entity_key

HEADLINE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
LEAD_SENTENCES = 2
# Body sentences whose days are the event's own: a day named further down is more often background
# (an earlier hearing, the victim's disappearance). Measured on tgcontest ru pairs a+b+c: 3, 4 and 5
# score alike; 2 drops "4 мая ... состоялось заседание" of a third sentence, merging two events.
EVENT_DAY_SENTENCES = 3
STOP_LEMMAS = set(
    "быть этот тот весь свой который мочь также год такой один другой наш ваш его её их так "
    "сказать заявить отметить сообщить rt said say".split()
)
(TITLE, ENTITY, NUMBER, DATE, DAY, LATER_DAY, HEADLINE_NAME, LANGUAGE, SUBJECT, NAME_WORD, RECAP, QUOTED, FLASH,
 DESIGNATION) = ("^", "@", "#", "=", "~", "%", "!", "$", "&", "*", "+", '"', "|", "№")
MARKS = (TITLE + ENTITY + NUMBER + DATE + DAY + LATER_DAY + HEADLINE_NAME + LANGUAGE + SUBJECT + NAME_WORD + RECAP
         + QUOTED + FLASH + DESIGNATION)
# A designation: a Latin word with a capital and its number ("Orbit 9", "LHS 1140", "Boeing 737") or a code of letters
# and digits ("N1", "A320", "MH17"). Russian news prints them in Latin letters as English news does, so two reports
# naming one phone, chip, plane or planet share it in any language, where their words share nothing and the number
# readers take "Orbit 9 phone" for nine phones. Not a number with a scale or a percent after it ("Nexa 48 million"),
# not a year ("Since 2019"), a month's day ("December 3") or a function word's ("In 5 years"): `designations`.
DESIGNATION_SHAPE = re.compile(
    r"(?<![\w.,$£€#@/-])(?:(?P<name>[A-Za-z]*[A-Z][A-Za-z]*)[ \u00a0](?P<number>\d{1,4})"
    r"|(?P<code>(?=[a-z]{0,4}[A-Z])[A-Za-z]{1,5}\d{1,4}))"
    r"(?![\w%-])(?![.,]\d)(?![ \u00a0]*(?:%|(?:percent|per cent|million|billion|trillion|thousand|bn|mn)\b))")
MONTH_WORD = re.compile(EN_MONTH_WORD, re.IGNORECASE)
SENTENCE_END = re.compile(r"(?:^|[.!?…:]\s*|\n\s*)$")  # what ends before a word opening a sentence
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
# Words that number a kind or a part of anything ("Phase 3" of any trial, "Stage 4" of any race, "Q3" of any year) and
# codes every report of a topic gives ("CO2", "F1", "G20"): no one thing.
NOT_DESIGNATIONS = frozenset(
    "phase stage level grade category class section article chapter page day week month year round part step type "
    "group top tier number no in on at by of to for from since until after before about over under the a an and or "
    "is was are were covid co2 no2 so2 ch4 h2o pm2 pm10 q1 q2 q3 q4 h1 h2 f1 g7 g8 g20 mp3 u18 u21 u23".split())
# Words in a row of a direct quotation that, found in a quotation of the other report too, show both quote one
# statement: short runs ("по его словам", "в том числе") are phrases, not a speaker's words.
QUOTED_RUN = 6
# One run in QUOTED_SAMPLE is kept (by its hash, so two reports keep the same ones): a shared quotation is a
# long run of shared words, and every run kept would be a new term in the document frequencies. On tgcontest ru
# pairs a+b+c, 1, 2, 3 keep 15.1, 7.4, 5.2 runs an article and find all 11 same-event pairs sharing a quotation
# (4: 3.5 runs, 9 pairs); no other-event pair shares one at any.
QUOTED_SAMPLE = 3
# A body sentence opening like this recaps earlier news: the formulas news writing uses to bring in what happened
# before ("Напомним, что накануне глава ДНР подтвердил ...", "Ранее Поляков сам заявил ...", "As previously
# reported"). Only the sentence itself: what follows it is as often the report's own event again (on tgcontest
# ru pairs a+b+c, the sentences after it counted too, the recap conflict fires on 4 same-event pairs).
RECAP_OPENING = re.compile(
    r"\W*(?:напомним|напомню|напоминаем|ранее|как (?:уже |ранее )?(?:сообщал|писал|рассказывал|"
    r"информировал|отмечал)\w*|что было раньше|earlier|previously|as (?:previously |earlier )?reported)\b",
    re.IGNORECASE)
# The formula's own words are no news recapped: a lemma is one of them ("напомнить", "сообщить") by its first
# letters, as lemmas carry no offsets.
FORMULA_LETTERS = 4
# A headline lemma is a word of a name when it is a word of an entity's mention in the headline, inflected: mentions
# are inflected ("Грузии") and lemmas are not ("грузия"), and no lemma keeps its offset. So the two share all but
# their endings, at most LEMMA_ENDING letters of the lemma ("грузи|я") and MENTION_ENDING of the mention's word
# ("зеленск|ий" / "зеленск|ого", "штат" / "штат|ами"), and at least NAME_WORD_LETTERS letters ("пут|ь" is not
# "Пут|ина"), or the whole of a shorter lemma ("рим" / "Рима"). Their first 4 letters alone were not enough:
# "украсть" is no word of "Украина", nor "красный" of "Краснодар".
NAME_WORD_LETTERS = 4
LEMMA_ENDING = 2
MENTION_ENDING = 3
WORD = re.compile(r"\w+")
# A headline that is only a quotation ("«Нельзя рисовать на фасадах и заборах в городе»"): the speaker's words, not
# the event, which the lead's first sentence then tells ("Пресс-секретарь района заявила, что ... замазали портрет").
# 2 of the 640 tgcontest articles (the "Имя: «...»" form, 3 more, names its speaker and is left as it is).
QUOTATION_ONLY = re.compile(r"^\s*[«\"“„][^«»\"“”„]+[»\"”]\s*[.!?…]*\s*$")
# A teaser headline announces that something was named, revealed or found without saying what ("Названа еще одна
# опасность сладких продуктов", "Обнаружена неожиданная смертельная опасность выходных", "Стали известны
# подробности ..."): an impersonal passive opening it, the formula of the curiosity gap. Its claim is in the lead's
# first sentence, read with it as with a quotation-only headline. 6 of the 239 tgcontest ru pair articles; on their
# pairs, `--lofo` log-loss 0.2821 -> 0.2805, F1 unchanged (without "обнаружен", which also opens headlines of a
# found body or object, where the lead restates the event: 0.2817).
TEASER = re.compile(r"^\W*(?:назван[аоы]?|раскрыт[аоы]?|обнаружен[аоы]?|стал[аио]? извест\w+|выяснил\w*)\b",
                    re.IGNORECASE)
# A rubric tag opening or closing a headline in brackets ("[РЕЛИЗ]", "(ВИДЕО)", "(Фото)") labels the outlet's
# section or the medium, not the event: two releases of one rubric share it. A parenthesis inside the headline
# ("The GloFiles (Pt. 3)") is part of its claim. 5 of the 239 tgcontest ru pair articles; `--lofo` log-loss
# 0.2805 -> 0.2802.
# So does a wire label opening it with a colon ("Молния: в Подольске горит склад", "BREAKING: Dockworkers walk out"):
# the urgency or the medium of the release, no word of the event; the flash and the report that follows share the
# event, not the label. A closed list: "Путин: ..." and "СМИ: ..." name a speaker or a source, part of the claim.
# None opens a tgcontest pair headline (the pairs' figures unchanged, Session 13).
RUBRIC_TAG = re.compile(r"^\s*[\[(]([^\[\]()]{2,20})[\])]|[\[(]([^\[\]()]{2,20})[\])]\s*$"
                        r"|^\W*(молния|срочно|срочная новость|экстренно|эксклюзив|видео|фото|breaking(?: news)?|urgent"
                        r"|flash|just in|exclusive|update[ds]?|live|watch|video|photos?)\s*:", re.IGNORECASE)
NAMED_TYPES = ("PER", "LOC")  # who and where: two reports naming different ones in the headline tell different events
# A day's month by its first three letters, as `svodka.months` reads them (May's «мае» too, which no date the readers
# find puts after a day)
MONTHS = RU_MONTHS | EN_MONTHS
DAY_OF_MONTH = re.compile(r"\b(\d{1,2})(?:-?го)?\s+([а-яa-z]{3})|\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})\b")
NAMED_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")

Vector = dict[str, float]


def term_counts(article: Article, analysis: Analysis) -> dict[str, float]:
    """Weighted term counts of one article (the raw material of its vectors)."""
    from svodka.compare.lexicon import concept  # imported here: svodka.compare imports svodka.stories

    counts: Counter[str] = Counter()
    headline = _headline(article, analysis)
    title_stop = len(article.title or "")  # the lead stays the text's first sentence when the headline is extended
    body_index = 0
    event_stop = title_stop  # where the headline and the first EVENT_DAY_SENTENCES body sentences end
    text = article_text(article)
    tags = _rubric_tags(article.title or "")
    own, recapped = set(), set()  # lemmas of the report's own sentences, and of those recapping earlier news
    for start, stop, sentence_lemmas in _headline_run_into_lead(analysis.sentences, title_stop):
        opening = RECAP_OPENING.match(text, start, stop) if start >= title_stop else None
        if opening:
            recapped.update(_recapped_lemmas(opening[0], sentence_lemmas))
        else:
            own.update(sentence_lemmas)
        lemmas = [lemma for lemma in sentence_lemmas if len(lemma) > 1 and lemma not in STOP_LEMMAS]
        in_title = _title_share(start, stop, title_stop, len(lemmas))
        for lemma in lemmas[:in_title]:
            if not _is_tag_word(lemma, tags):
                counts[lemma] += HEADLINE_WEIGHT
        for lemma in lemmas[:_title_share(start, stop, len(headline), len(lemmas))]:
            if not _is_tag_word(lemma, tags):
                counts[TITLE + lemma] += 1
        if in_title < len(lemmas) or not lemmas:
            weight = LEAD_WEIGHT if body_index < LEAD_SENTENCES else 1.0
            if body_index < EVENT_DAY_SENTENCES:
                event_stop = stop
            body_index += 1
            for lemma in lemmas[in_title:]:
                counts[lemma] += weight
    for lemma in recapped - own:
        if lemma in counts:
            counts[RECAP + lemma] = 1
    for entity in analysis.entities:
        term = entity_term(entity.name, entity.type, entity.key)
        counts[term] += len(entity.mentions)
        if entity.type in NAMED_TYPES and any(m.start < len(headline) for m in entity.mentions):
            counts[HEADLINE_NAME + _headline_place(entity, len(headline), term)[1:]] = 1
    for lemma in _headline_name_words(counts, analysis, headline):
        counts[NAME_WORD + lemma] = 1
    for entity in analysis.entities:  # "в ЮЗАО" names Moscow too, for a report that says "на юго-западе Москвы"
        whole = place_containing(entity.name) if entity.type == "LOC" else None
        if whole:
            counts.setdefault(entity_term(whole, "LOC", entity_key(whole, "LOC")), len(entity.mentions))
    for number in analysis.numbers:  # the unit as a lexicon concept, so "150 пассажиров" meets "150 passengers"
        counts[f"{NUMBER}{number.value:g}{concept(number.unit, analysis.language) or number.unit}"] += 1
    if analysis.language:
        counts[LANGUAGE + analysis.language] = 1
    for lemma in analysis.headline_subject:
        counts[SUBJECT + lemma] = 1
    for date in analysis.dates:
        day = day_of_month(date.text, date.date)
        if day:
            counts[(DAY if date.start < event_stop else LATER_DAY) + day] += 1
        elif date.date:
            counts[DATE + date.date] += 1
    for run in _quoted_runs(analysis):
        counts[QUOTED + run] = 1
    for designation in designations(text):
        counts[DESIGNATION + designation] += 1
    if is_flash(analysis.sentences, title_stop, tags):
        counts[FLASH] = 1
    return dict(counts)


def designations(text: str) -> list[str]:
    """The designations a text names (`DESIGNATION_SHAPE`), lower-cased: "Orbit 9" and «Orbit 9» are "orbit 9". A
    word capitalised only because it opens a sentence ("Some 11 people") names nothing."""
    found = []
    for match in DESIGNATION_SHAPE.finditer(text):
        name = match["name"]
        if match["code"]:
            key = match["code"].lower()
        elif (MONTH_WORD.fullmatch(name) or YEAR_NUMBER.fullmatch(match["number"])
              or name.istitle() and SENTENCE_END.search(text, 0, match.start())):
            continue
        else:
            key = f"{match['name'].lower()} {match['number']}"
        if key.split()[0] not in NOT_DESIGNATIONS and key not in NOT_DESIGNATIONS:
            found.append(key)
    return found


def _headline_place(entity: Entity, headline_stop: int, term: str) -> str:
    """The entity term of what the headline names: a known place the tagger took for the short form of a longer name
    closing with it ("Wales" of "Mid Wales", or of "Natural Resources Wales" typed a place, named further down) is that
    place, so the headline names "Wales" as the other reports of the storm do; otherwise the entity's own term."""
    first = min((m for m in entity.mentions if m.start < headline_stop), key=lambda m: m.start)
    words = entity.name.split()
    if len(words) < 2 or first.text not in words or type_of(first.text, "") != "LOC":
        return term
    return entity_term(first.text, "LOC", entity_key(first.text, "LOC"))


def is_flash(sentences: list[Sentence], title_stop: int, tags: set[str] = frozenset()) -> bool:
    """Whether the text is one sentence telling every word of its headline (its rubric `tags` aside): a breaking
    flash, which names no more than its headline does. A one-sentence caption ("Смотреть все фото к статье") tells
    another thing than its headline and is no flash."""
    body = [sentence for sentence in sentences if sentence.start >= title_stop]
    if len(body) != 1:
        return False
    told = set(body[0].lemmas)
    claim = {lemma for sentence in sentences if sentence.start < title_stop for lemma in sentence.lemmas
             if len(lemma) > 1 and lemma not in STOP_LEMMAS and not _is_tag_word(lemma, tags)}
    return bool(claim) and claim <= told


def _quoted_runs(analysis: Analysis) -> set[str]:
    """Hashes of the runs of QUOTED_RUN words of the direct quotations (crc32: stable across processes, stored)."""
    runs = set()
    for quote in analysis.quotes:
        if quote.kind != "direct":
            continue
        words = WORD.findall(quote.text.lower())
        for at in range(len(words) - QUOTED_RUN + 1):
            key = zlib.crc32(" ".join(words[at:at + QUOTED_RUN]).encode())
            if key % QUOTED_SAMPLE == 0:
                runs.add(f"{key:08x}")
    return runs


def entity_term(name: str, kind: str, key: str = "") -> str:
    if key:
        return ENTITY + key.lower()
    words = name.lower().split() or [""]
    return f"{ENTITY}{kind.lower()}:{words[-1] if kind == 'PER' else ' '.join(words)}"


def day_of_month(text: str, iso: str | None) -> str | None:
    """"MM-DD" of a date naming its day ("8 ноября", "Nov. 16", "вчера" resolved), else None.

    A resolved day of a phrase whose only number is a year ("к концу 2024 года") is not one.
    """
    found = DAY_OF_MONTH.search(text.lower())
    if found:
        day, month = (found[1], found[2]) if found[1] else (found[4], found[3])
        if month in MONTHS and 1 <= int(day) <= 31:
            return f"{MONTHS[month]:02d}-{int(day):02d}"
    named_day = NAMED_DAY.search(text) or not any(c.isdigit() for c in text)  # "05.07.2019", "вчера"
    return iso[5:] if iso and len(iso) == 10 and named_day else None


def _headline(article: Article, analysis: Analysis) -> str:
    """The headline as the report's claim: the title, or with the lead's first sentence when it is only a quotation
    or a teaser (`TEASER`).

    That sentence is the first to end past the title (as `_title_share` reads it, a character of slack): a body
    that opens with the title often runs it into that sentence, and the next one is not the lead's first.
    """
    title = article.title or ""
    if not (QUOTATION_ONLY.match(title) or TEASER.match(title)):
        return title
    lead = next((sentence for sentence in analysis.sentences if sentence.stop > len(title) + 1), None)
    return article_text(article)[:lead.stop] if lead else title


def _rubric_tags(title: str) -> set[str]:
    """The words of the headline's rubric tags (`RUBRIC_TAG`), lower-cased: "[ВИДЕО]" is "видео", its lemma too."""
    return {word.lower() for tag in RUBRIC_TAG.finditer(title) for word in WORD.findall(tag[1] or tag[2] or tag[3])}


def _is_tag_word(lemma: str, tags: set[str]) -> bool:
    """Whether a headline lemma is a word of its rubric tags, inflected ("break" of "BREAKING")."""
    return any(_inflected(lemma, word) for word in tags)


def _recapped_lemmas(opening: str, lemmas: list[str]) -> list[str]:
    """What a recap sentence recaps: its lemmas but the formula's own ("Напомним" is "напомнить", no news)."""
    formula = {word.lower()[:FORMULA_LETTERS] for word in WORD.findall(opening)}
    return [lemma for lemma in lemmas if lemma[:FORMULA_LETTERS] not in formula]


def _headline_name_words(counts: Counter[str], analysis: Analysis, title: str) -> list[str]:
    """The headline lemmas that are words of the names it gives, inflected (`_inflected`)."""
    words = {word.lower() for entity in analysis.entities for mention in entity.mentions
             if mention.start < len(title) for word in WORD.findall(title[mention.start:mention.stop])}
    return [term[1:] for term in counts if term[:1] == TITLE and any(_inflected(term[1:], word) for word in words)]


def _inflected(lemma: str, word: str) -> bool:
    """Whether `word` may be `lemma` inflected: only their endings differ (see LEMMA_ENDING)."""
    lemma, word = lemma.replace("ё", "е"), word.replace("ё", "е")
    shared = len(os.path.commonprefix((lemma, word)))
    return (shared >= min(NAME_WORD_LETTERS, len(lemma)) and len(lemma) - shared <= LEMMA_ENDING
            and len(word) - shared <= MENTION_ENDING)


def _headline_run_into_lead(sentences: list[Sentence], title_stop: int) -> list[tuple[int, int, list[str]]]:
    """(start, stop, lemmas) of the sentences, the headline's last one and the lead read as one: so the similarity
    weights were fitted, when the segmenter still ran a headline into the lead, and `_title_share` then counts the
    headline's final words as the lead's. Exact headline terms measured worse on tgcontest ru a+b+c (pairs F1
    0.891 -> 0.876, leave-one-file-out log-loss 0.3596 -> 0.3692; benchmarks.pool lost two judged pairs and put
    7 unjudged together): kept until the weights are fitted again on exact headlines."""
    runs = [(sentence.start, sentence.stop, sentence.lemmas) for sentence in sentences]
    lead = next((i for i, sentence in enumerate(sentences) if sentence.start >= title_stop), 0)
    if not lead or sentences[lead - 1].stop > title_stop:
        return runs
    (start, _, headline), (_, stop, lemmas) = runs[lead - 1], runs[lead]
    return [*runs[:lead - 1], (start, stop, headline + lemmas), *runs[lead + 1:]]


def _title_share(start: int, stop: int, title_stop: int, lemmas: int) -> int:
    """How many of a sentence's lemmas come from the headline, estimated from the characters of the sentence
    inside it: a body opening with the headline's words runs into them, and so does the lead in
    `_headline_run_into_lead`."""
    if start >= title_stop:
        return 0
    if stop <= title_stop + 1:
        return lemmas
    return round(lemmas * (title_stop - start) / max(1, stop - start))


def is_word(term: str) -> bool:
    return term[:1] not in MARKS


def tfidf(counts: dict[str, float], df: dict[str, int], documents: int) -> Vector:
    """Sublinear TF times smoothed IDF, L2-normalised."""
    vector = {
        term: (1 + math.log(count)) * (math.log((documents + 1) / (df.get(term, 0) + 1)) + 1)
        for term, count in counts.items()
        if count > 0
    }
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {term: w / norm for term, w in vector.items()}


def cosine(a: Vector, b: Vector) -> float:
    """Over the shared terms only (found in C, the hot path of grouping); fsum: the same in any order. The products
    are made by `map` in C, not a generator: three calls a pair scored."""
    shared = a.keys() & b.keys()
    return math.fsum(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))
