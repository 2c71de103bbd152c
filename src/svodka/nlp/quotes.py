"""Quotes and who said them.

Direct speech is text in «…», „…“, "…", “…”, ``…`` or a dialogue paragraph opened by a
dash ("— …, — сказал он", also run into a paragraph after a sentence), long enough to be a statement and
no title its kind noun names ("нацпроект «Малое и среднее предпринимательство»"); a name quoted inside it is
part of it. Its speaker is the person
the attribution names — by name, by a role ("сказал глава России", which entity
grouping has already tied to a person) or by a pronoun ("он", "she"), which stands for
the previous speaker or else the person last named before. Indirect speech is "X
отметил, что …", "По словам X, …", "Как сообщил X, …", "X said (that) …", and the
attribution after the clause ("…, сообщили в МЧС", "…, the operator said", "…,
according to X"). Its source is a person, else an organisation named in the
attribution or by its kind ("the club said", "В банке пообещали"), else nobody named (speaker None: "эксперты", "officials" still report).
A source after a singular verb ("…, пишет Forbes") is named as written when entity
recognition missed it; "Об этом сообщает ТАСС" attributes what its paragraph told before it. Quoted words
inside a reported clause ("said the company “violated a moral bottom line.”") belong to
that one indirect quote. Impersonal reports ("Отмечается, что …") have no speaker; "По его словам, …" is the
subject of the sentence before. A quote split by its attribution («А, — сказала она. — Б») is two quotes; an
attribution after a direct quote names a body after a Russian verb ("— говорится в сообщении X") and anyone
before an English one ("Cafu told"); "a spokesperson said" is the body last named, "говорится в сообщении"
alone the source last cited.
A role as subject ("Руководитель министерства отметила", "осужденный заявил", "Об этом последний рассказал",
"The vice president said") is the person named before with it, of the verb's gender. A pronoun opening a sentence
("She said …") stands for the person who opens the sentence before, else the previous speaker; a Latin-script
name tells its gender only by a first name in -a ("Jack Ma" is no woman). A name inside a quote attributes
nothing after it; an outlet named by its kind ("Как сообщает издание") is the source last cited; '”, added Lo
Kin-hei' names its speaker as written.
A press office or statement ("— рассказали в пресс-службе", "— отмечается в сообщении") is the source last
cited; "ведомство" the body its statement names; a role alone after the verb or "по словам" ("…, отметил
синоптик", "По словам чиновницы") the person named before; "Об этом сообщил <person>" the source of what a body
was said to report before it; a research team ("Учёные пришли к выводу, что") the body it was introduced by
("Учёные из X"). A capitalised quote inside a sentence, after no verb of saying and with no attribution, is a
name or a title ("в соответствии с «Концепцией …»"), not speech.
Every pattern is bounded in length and anchored on a verb or a mark, so unbalanced
quote marks cost linear time; the quotes found so far and the names are looked up by binary search (_Spans,
_Names, _Lines), never scanned per quote, so the time stays linear in the text's size however many quotes it holds.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from svodka.model import Entity, Quote
from svodka.nlp.vocabulary import BUSINESS_KINDS as EN_BUSINESS_KINDS
from svodka.nlp.vocabulary import HONORIFICS
from svodka.nlp.vocabulary import SPOKESPEOPLE as EN_SPOKESPEOPLE

MAX_QUOTE = 3000  # longer than any quoted statement; bounds the scan after an unbalanced mark
# A dialogue turn run into its paragraph ends within a few sentences; the bound keeps a paragraph of dashes cheap
MAX_RUN_IN = 500
MAX_INNER = 300  # a name or title quoted inside a quote; longer, the marks are no such pair
INNER = rf"[^«»\n]{{1,{MAX_INNER}}}"
INNER_CURLY = rf"[^“”\n]{{1,{MAX_INNER}}}"
DIRECT = re.compile(
    # A name quoted inside a quote is part of it («… постановление «О прекращении …», — говорится»), closed by its
    # own mark or, before the attribution, by the outer one alike («… «О прекращении … Д. Н.», — говорится)
    rf"«(?P<a>(?:[^«»\n]|«{INNER}»){{8,{MAX_QUOTE}}}?)»"
    rf"|«(?P<i>[^«»\n]{{8,{MAX_QUOTE}}}?«{INNER})»(?=[ \t]*[,.]?[ \t]*[—–-][ \t]+[а-яё])"
    rf"|„(?P<b>[^„“”\n]{{8,{MAX_QUOTE}}}?)[“”]"
    # '"' opens and closes alike, so it opens only before a word: in '"МегаФон" открыл …, сообщили "Фонтанке"'
    # the text between the two names is no quote. Inside, a mark after a space opens an inner name, and one mark
    # may close it and the quote both: '"…, а не только в "Радуге", - заявила'.
    rf"|(?<![\w\"])\"(?P<c>[^\"\s](?:[^\"\n]|(?<=\s)\"(?=\w)){{7,{MAX_QUOTE}}}?)\"(?![\w\"])"
    rf"|“(?P<d>(?:[^“”\n]|“{INNER_CURLY}”){{8,{MAX_QUOTE}}}?)(?:”|(?<=[,.!?…])(?:\"(?!\w)|[’']{{2}}))"
    # ... or with a straight mark or two apostrophes after its last punctuation, as scraped pages mix them: '“I'm
    # a fan," X told', '“… provides.’’'.
    # A statement over several paragraphs opens each with a mark and closes only the last: '“A. “B. “C.”'
    # A paragraph may end on a quote inside the quote: '“… just like ‘Right, …on.’ “He was …'
    rf"|“(?P<f>[^“”\n]{{8,{MAX_QUOTE}}}?[.!?…]’?)(?=\s+“)"
    # Single marks ('…', ‘…’) as '"' above, and an apostrophe ("don't", "Telkom’s", "players' union") neither
    # opens nor closes: it stands between letters, or after a Latin plural "s".
    rf"|(?<![\w'‘’])['‘](?P<g>(?=[^\W\d_])(?:[^'‘’\n]|['‘’](?=\w)){{7,{MAX_QUOTE}}}?)"
    rf"(?<![a-z]s)['’](?![\w'’])"
    # Two backticks open and close alike, as TeX and the AP scrapes write '"' ('``I never thought …,`` he said'),
    # in order, however short ('``Boy,`` Keith Urban's ``Coming Home,``': a pair skipped would shift the rest);
    # a paragraph of a longer statement ends before the next one's opening ('… 2019. ``As a result, …')
    rf"|(?<!`)``(?P<h>[^`\n]{{1,{MAX_QUOTE}}}?)(?:``(?![`\w])|(?<=[.!?…])[ \t]*(?=``\w))"
    rf"|(?m:^[ \t]*[—–][ \t]+(?P<e>[^\n]{{8,{MAX_QUOTE}}}?)[,!?….]?[ \t]+[—–][ \t]+(?=[а-яё]))"
    # ... or opened by a dash after a sentence, where a scrape has run the paragraphs together ("… клинике. -
    # Наибольшее количество …, - отметила она"), closed by the dash of a verb's attribution
    rf"|(?<=[.!?…])[ \t]+[—–-][ \t]+(?P<j>[А-ЯЁ][^\n]{{7,{MAX_RUN_IN}}}?)[,!?….]?[ \t]+[—–-][ \t]+"
    r"(?=[а-яё]+(?:л|ла|ли|ло|ет|ит|ют|ят)(?![\w-]))"
)
# Quote marks that may enclose a name as well as speech (not the dialogue dash)
NAMING_MARKS = ("a", "i", "b", "c", "d", "f", "g", "h")
SPEECH_WORD_REACH = 40  # the word before a quote mark, with its spacing
MIN_WORDS = 4  # names of things in quotes ("Манеж", "Радуга") are shorter than any statement
# ... and a longer one is named by its kind just before it: "нацпроектом «Малое и среднее предпринимательство»",
# "материал "Долгая война …"", "This year's theme, "Camp: Notes on Fashion"" (stems: any case)
TITLE_KINDS = re.compile(
    r"(?<![\w-])(?:проект|нацпроект|программ|постановлени|закон|законопроект|указ|книг|бестселлер|роман|фильм|сериал|"
    r"спектакл|опер|песн|альбом|материал|стать|шоу|передач|акци|операци|конкурс|фестивал|выставк|лозунг|"
    r"назван|book|bestseller|novel|film|movie|series|song|single|album|show|programme|program|project|theme|"
    r"exhibit|exhibition|campaign|operation|article|titled|entitled|called|named|dubbed)\w{0,4}[ \t]*,?[ \t]*$",
    re.I)
TITLE_REACH = 20  # the kind noun and the space before the mark
# A clause a reporting verb introduces is a statement however short: "объявил, что гастроли будут прощальными"
MIN_REPORTED_WORDS = 3
RU_VERB = (
    r"(?:сказал|заявил|отметил|подчеркнул|добавил|сообщил|пояснил|рассказал|признал|уточнил|напомнил|указал|"
    r"констатировал|предупредил|пообещал|призвал|выразил надежду|выразил уверенность|обратил внимание|"
    r"заверил|убежден|уверен|объявил|сообщал|говорил|написал|заявлял|установил|утверждал|подтвердил|решил)(?:а|и|ы|о)?"  # -о: "ведомство заявило"
    r"|признал(?:ся|ась|ись)"
    # what research found is reported as speech: "Учёные пришли к выводу, что …", "выяснили, что …"
    r"|(?:выяснил|предположил|посчитал|подсчитал|обнаружил|доказал)(?:а|и|о)?|сделал(?:а|и|о)?[ \t]+вывод"
    r"|приш(?:[её]л|ла|ли|ло)[ \t]+к[ \t]+(?:выводу|заключению)"
    r"|(?:счита|полага|напомина|отмеча|сообща|заявля|подчеркива|указыва|утвержда|предполага)(?:ет|ют)"
    r"|надеется|надеются|рассчитывает|уверен[аы]?|говорит|говорят"
    # Impersonal reports ("Отмечается, что …", "4 ноября сообщалось, что …") name no source: speaker None
    r"|(?:[Оо]тмеча|[Сс]ообща|[Уу]точня|[Пп]одчеркива|[Пп]редполага|[Уу]твержда)(?:ется|лось)"
)
# A named subject and its finite verb opening a reported clause: "said Sokolov was", "suggested Smith may"
EN_NAMED_CLAUSE = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+(?:was|is|were|are|had|has|have|would|will|may|might|could|should)\b"
CONTINUING = "adding"  # goes on after an attribution: a statement of its own, never the attribution of a quote
EN_VERB = (r"said|says|added|noted|stressed|warned|told reporters|told journalists|told [A-Z][\w ]{1,30}?|insisted|"
           r"explained|announced|confirmed|admitted|admits|joked|stated|saying|(?<!to )say"
           # verbs with other senses ("claimed a one-set advantage") report speech before a clause's own subject
           rf"|(?:claimed|revealed|suggested|mentioned|concluded|showed|found|discovered|believes|believed|ruled|decided|"
           rf"reckons|cautions|argued|argues)(?=,?[ \t]+(?:that|he|she|they|it|we|I)\b|[ \t]+{EN_NAMED_CLAUSE})"
           # "…, he said, adding he regretted it": the same speaker goes on
           r"|(?<=,[ \t])adding(?=[ \t]+(?:that|he|she|they|it|we|I)\b)")
# When a report was made, between the verb and the clause: "said Friday it", "said on Thursday that"
EN_WHEN = r"(?:on|in|at)[ \t]+[\w ]{1,30}?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|earlier"
# Verbs that report speech whoever their subject is; the others ("added", "noted")
# also have other senses ("added value"), so they need a person or pronoun as subject.
EN_SPEECH_ONLY = ("said", "says", "say", "told", "announced", "saying")
RU_POST_VERB = (
    r"(?:сообщил|заявил|объявил|отметил|подчеркнул|добавил|пояснил|рассказал|уточнил|сказал|признал|предупредил|"
    r"напомнил|заверил)[аио]?"  # -о: "сообщило управление"
    r"|говорится|сообщается|(?:отмеча|уточня|указыва|подчеркива)ется|считают|полагают|говорят|(?:сообща|переда|заявля|отмеча|рассказыва|уточня|подчеркива)(?:ет|ют)"
    r"|передаёт|пишет|пишут|цитиру(?:ет|ют)"  # "— цитирует издание пресс-службу ЦБ": the one quoted speaks
)
# A verb of saying before a quote with no colon, with up to two words between: 'заявил журналистам «Мы …»'
SPEECH_WORD = re.compile(rf"(?<![\w-])(?:{RU_VERB}|{RU_POST_VERB}|say|says|said|told(?:[ \t]+[A-Z]\w*)?|asked|wrote|writes|"
                         r"tweeted|posted|added|спросил\w*|ответил\w*)(?:[ \t]+[\w-]+){0,2}$")
# A present or past singular verb ("…, пишет Forbes", "Как сообщал «Ъ», …") has the source as its subject, in
# the nominative: as written, that is its name even when entity recognition missed it. Not so after plural
# verbs ("сообщили «Фонтанке» в компании": the name is who was told) or "по данным" (genitive).
SINGULAR_VERB = re.compile(r"(?:[еиё]т|л|ла)$")
NAME_AT_START = re.compile(
    r"[ \t]*[«\"“„`']*(?P<name>[A-ZА-ЯЁ0-9][\w&-]*(?:\.\w+)*(?:[ \t]+[«\"“]?[A-ZА-ЯЁ][\w&-]*(?:\.\w+)*[»\"”]?){0,3})")
# The noun an outlet is introduced by before its name ("сообщает газета ``Бурятия``", "Как сообщила
# радиостанция «Керчь.ФМ»"), with an adjective ("российская газета")
OUTLET_NOUN = re.compile(r"[ \t]*(?:[а-яё]+(?:ая|ое|ий|ый)[ \t]+)?(?:газет|издани|радиостанци|агентств|телеканал|"
                         r"портал|сайт|журнал)[а-яё]{0,3}[ \t]+(?=[«\"“„`'A-ZА-ЯЁ])")
EN_POST_VERB = r"said|says|announced|reported|added|noted|told|warned|confirmed|explained|wrote"
# "Согласно словам специалистов, …", "Согласно новому докладу Госдепартамента, …"
ACCORDING_TO = (r"[Сс]огласно[ \t]+(?:\w+[ \t]+)?(?:словам|мнению|оценке|оценкам|данным|информации|сообщению|докладу|"
                r"отчету|отчёту|исследованию)")
RU_AS = (r"(?:сообщил|заявил|рассказал|отметил|пояснил|уточнил|подчеркнул|объявил|сообщал|писал)[аио]?"
         r"|(?:сообща|переда|пиш)(?:ет|ют)|передаёт")
# The reported clause is captured in a lookahead, so that the next verb of the same paragraph is still seen.
RU_INDIRECT = re.compile(
    rf"(?<![\w-])(?P<verb>{RU_VERB})(?![\w-])(?:[ \t]+[^\s,.!?:;«»\"]+){{0,4}}?(?:,[ \t]+что,?|:)[ \t]+(?=(?P<said>[^\n]{{10,{MAX_QUOTE}}}))"
)
RU_ACCORDING = re.compile(
    rf"(?<![\w-])(?:[Пп]о (?:словам|мнению|оценке|убеждению|данным|информации)|{ACCORDING_TO}|[Кк]ак(?:[ \t]+(?:уже|ранее|позднее|позже))? (?P<verb>{RU_AS}))[ \t]+"
    rf"(?P<who>[^,\n]{{2,120}}),[ \t]*(?=(?P<said>[^\n]{{10,{MAX_QUOTE}}}))"
)
# "По его словам, …", "С её слов, …": the source is the pronoun's antecedent
RU_ACCORDING_PRONOUN = re.compile(
    rf"(?<![\w-])(?:[Пп]о|[Сс]) (?P<who>его|её|ее) (?:словам|слов|мнению|оценке|убеждению),[ \t]*"
    rf"(?=(?P<said>[^\n]{{10,{MAX_QUOTE}}}))"
)
POSSESSIVE_MARKS = ("'s", "’s", "' ", "’ ")  # "Sokolov's lawyer", "the players' union"
POSSESSIVE_PRONOUNS = {"его": "он", "её": "она", "ее": "она"}
# The attribution after the clause: "…, сообщили в МЧС." / "…, the operator said." / "…, according to X."
RU_POST = re.compile(
    rf",[ \t]*(?:[—–-][ \t]*)?(?P<verb>{RU_POST_VERB})(?![\w-])(?![ \t]*(?:,[ \t]*что|:))"
    r"(?P<who>(?:[^.!?\n]|\.(?=\w)){0,120})"  # "сообщает Liga.net": a dot inside a name does not end it
)
# "<sentence>. Об этом сообщает ТАСС.": the attribution is the next sentence, the statement the one before.
ABOUT_THIS = re.compile(r"[Оо]б этом(?![\w-])")
RU_ABOUT_THIS = re.compile(
    rf"(?<![\w-])Об этом[^.!?\n]{{0,80}}?(?<![\w-])(?P<verb>{RU_POST_VERB})(?![\w-])(?P<who>(?:[^.!?\n]|\.(?=\w)){{0,120}})"
)
EN_POST = re.compile(
    r",[ \t]+(?:(?P<who>(?!(?:who|which|that|and|but|as|when|while|if|it is|there|\w+ing)\b)[^,.;:!?\n\"“”«»]{1,80}?)"
    r"(?<![ \t]been)(?<![ \t]be)(?<![ \t]was)(?<![ \t]were)(?<![ \t]is)(?<![ \t]are)[ \t]+"  # passive: "had been announced"
    rf"(?P<verb>{EN_POST_VERB})(?![\w-])(?=[ \t]*[.,;]|[ \t]+(?:on|in|at|during|late|earlier|last|this|yesterday|today)\b"
    r"|(?<=told)[ \t]+\S)|according[ \t]+to[ \t]+(?P<source>[^.;\n]{2,120}))"
)
# Sources that are documents or data unless they name someone ("по данным МЧС" is a source, "по данным
# отчётности" is not; "according to Meridian", not "according to online departure boards").
DATA_SOURCES = re.compile(r"[Пп]о (?:данным|информации)|[Сс]огласно[ \t]+(?:\w+[ \t]+)?(?:данным|информации)|according")
# How far back the start of a clause attributed after it is looked for; no quoted sentence is longer.
MAX_CLAUSE = 1000
# A sentence's last mark, with the quote mark a quote may close after it: one notion for every sentence cut below
SENTENCE_MARK = r"[.!?…](?:[»\"”]|``)?"
CLAUSE_START = re.compile(rf"{SENTENCE_MARK}[ \t]+|\n")
EN_INDIRECT = re.compile(
    rf"(?<![\w-])(?P<verb>{EN_VERB})(?:[ \t]+(?:{EN_WHEN}))?(?:,?[ \t]+that)?[ \t]+"
    rf"(?!(?:in|on|at|to|by|of|for|as|while|when|after|before|during|because|but|and|adding|citing|which|who|if|how|whether|what|why|where)\b)"
    # after "that" the clause may open with a name ("showed that Cooper pairs …")
    rf"(?=(?P<said>(?:[a-z]|(?<=\bthat[ \t])[A-Z0-9]|(?={EN_NAMED_CLAUSE})[A-Z])[^\n]{{10,{MAX_QUOTE}}}))"
)
# "According to Vogue, the exhibit will …": the source before the clause, as «По словам X, …»
EN_ACCORDING = re.compile(
    rf"(?<![\w-])[Aa]ccording[ \t]+to[ \t]+(?P<who>[^,.;\n]{{2,80}}),[ \t]*(?=(?P<said>[a-z][^\n]{{10,{MAX_QUOTE}}}))"
)
# «…, — прокомментировала X. — …» / «…, — сказал он, — …»: a verb of the past or present opens the attribution
SPLIT_ATTRIBUTION = re.compile(
    r"[,!?…][ \t]+[—–][ \t]+[а-яё]+(?:л|ла|ли|ет|ит|ют|ят)(?![\w-])[^—–«»\"“”\n]{0,150}?"
    r"(?:\.[ \t]+[—–][ \t]+(?=[А-ЯЁ«\"])|,[ \t]+[—–][ \t]+(?=[а-яё]))")
NEXT_QUOTE = re.compile(r"\s*(?:[«“„\"]|``)")
ATTRIBUTION_WINDOW = 150
ATTRIBUTION_GAP = 4  # '", said' / '», — заявил': an attribution verb this close after a direct quote belongs to it
# ... or this close, after the speaker's name and role: '”, Wedbush analyst Michael Pachter warned in a note'
ATTRIBUTION_SUBJECT = 60
# The attribution right after a direct quote: '", the organisers said', '», — сообщили в компании'. With no
# person or pronoun in it, the source is what it names (an organisation, "the organisers"), not the last speaker.
RU_POST_START = re.compile(rf"[ \t]*[,:]?[ \t]*(?:[—–-][ \t]*)?(?:{RU_POST_VERB})(?![\w-])")
IMPERSONAL = re.compile(r"(?<![\w-])(?:говорится|сообщается|(?:отмеча|уточня|указыва|подчеркива)ется)(?![\w-])")
# People who speak for a body the article names; with no name of their own the body is the source.
SPOKESPEOPLE = EN_SPOKESPEOPLE | {"representatives", "представитель", "пресс-секретарь"}
PLURAL_SOURCE = re.compile(r"(?<![\w-])[а-яё]+ли(?![\w-])|\b[a-z]+[^'’s]s\s+\w+$")  # "сообщили", "organisers said"
# A full stop after a title or an initial ends no sentence: '” Dr. Conley wrote', «В. Путин»
ABBREVIATION = ("(?:" + "|".join(rf"(?<=\b{word})" for word in (*HONORIFICS, "St", "Prof", "Gen", "Sen", "Rep", "Gov"))
                + r"|(?<=\b[A-ZА-ЯЁ]))\.")
SENTENCE_CUT = re.compile(rf"(?P<abbreviation>{ABBREVIATION})|[.!?…](?=\s|$)|\n")
# An attribution that goes on to a statement of its own: '…!" Marisa Soleto said that "…"'
OWN_STATEMENT = re.compile(r"\b(?:that|:)(?:\s|$)|,\s+что\b|:")
# An English attribution with its verb first names its speaker right after it, capitalised: '”, added Lo Kin-hei'
EN_VERB_FIRST = re.compile(rf"[ \t]*,?[ \t]*(?:{EN_POST_VERB})[ \t]+(?P<name>(?:[A-Z][\w'’.-]*[ \t]+){{0,3}}[A-Z][\w'’-]*)")
ATTRIBUTION_AFTER = re.compile(
    rf"[ \t]*[,:]?[ \t]*(?:[—–-][ \t]*)?(?:(?:{RU_POST_VERB})(?![\w-])|(?:[^.!?\n\"“”«»`]|{ABBREVIATION}){{1,{ATTRIBUTION_SUBJECT}}}?"
    rf"[ \t](?:{EN_POST_VERB})(?![\w-]))")
# A name after a preposition is no subject ("Путин в разговоре с Токаевым заявил", "на странице в Facebook
# подчеркивает"), except for a plural verb, whose source is often where it was said ("в МЧС сообщили").
SINGULAR_RU_VERB = re.compile(r"[а-яё]+(?<!ли)(?![\w-])")
# How far before a name its preposition is looked for: the longest preposition ("между") and its spacing
GOVERNED_REACH = 40
GOVERNED = re.compile(r"(?<![\w-])(?:[вВ]о?|[нН]а|[сС]о?|[кК]о?|[уУ]|[оО]б?|[оО]т|[пП]о|[иИ]з|[зЗ]а|для|при|перед|над|под|без|до|"
                      r"через|про|между)[ \t]+[«\"“]?$")
# The subject of an indirect quote ends this close to its verb ("Владимир Путин заявил",
# "Российский лидер также подчеркнул"); further back a person is not the one speaking.
SUBJECT_GAP = 25
# A name this close to its sentence's start is its subject, its topic: "Inflation nightclub owner Martha Tsamis"
TOPIC_WORDS = 4
PRONOUNS = {"он", "она", "he", "she"}
# Nouns by which an article names an organisation it has named or will name ("the club said", "the operator
# said", "В банке пообещали"): the source is that organisation. A business a report is about is that report's
# main organisation even when its name lacks the noun ("the club" for Mayak); an office ("В министерстве
# отметили") is often one the article never names, so only an organisation of that kind by name stands for it.
BUSINESS_KINDS = (*EN_BUSINESS_KINDS, "developer", "airport", "банк", "компани", "клуб", "холдинг", "аэропорт")
OFFICE_KINDS = ("ministry", "agency", "committee", "university", "министерств", "ведомств", "мэри", "администраци",
                "фонд")
# Nouns by which a report names the outlet it cites ("Как сообщает издание", "По данным издания"): the source
# last cited, usually named just before ("пишет портал Apple Insider"); "по данным СМИ" names no one.
# A research team, the subject of a finding ("Учёные пришли к выводу", "Тогда учёные предположили"), stands
# for the body it was introduced by ("Учёные из Университета Лондона"); with none it stays unnamed.
# ("Авторы исследования" the golds split on: the team in one, unnamed in another)
RESEARCH_TEAM = re.compile(r"(?<![\w-])(?:[Уу]ч[её]н(?:ые|ых)|[Ии]сследовател(?:и|ей))(?![\w-])")
TEAM_FROM = re.compile(r"(?<![\w-])(?:[Уу]ч[её]ные|[Ии]сследователи|[Сс]пециалисты)[ \t]+(?:из|от)[ \t]+")
TEAM_SUBJECT_WORDS = 3  # "Тогда учёные", "Позднее исследователи также"
# "Ведомство" names any state body, not one of its own kind: the body the statement names ("СУ СК … проверит
# сообщения. Об этом говорится в сообщении ведомства").
ANY_BODY = ("ведомств",)
OUTLET_KINDS = ("издани", "портал", "газет", "телеканал", "outlet", "newspaper", "broadcaster")
# ... and by which it names the press office or statement of the source it cites ("Об этом сообщает пресс-служба
# УФСБ. «…», — рассказали в пресс-службе", "— говорится в сообщении"): the source last cited as well.
PRESS_KINDS = re.compile(r"(?<![\w-])(?:[Пп]ресс-служб|[Пп]ресс-центр|[Сс]ообщени)")
SINGULAR_ENDINGS = {"", "а", "я", "у", "ю", "ом", "ем", "е", "и", "ей", "о"}  # "банке", "компании"; not "банков"
KIND_SUBJECT_WORDS = 4  # "В банке также", "The club": a subject this short is the kind noun's phrase
FEMALE_PRONOUNS = {"она", "she"}
# Men's first names ending in -a, which otherwise marks a woman's first name in Latin script (see _looks_female)
MEN_ENDING_IN_A = {"joshua", "luca", "nikita", "ilya", "kuzma", "foma", "mustafa", "musa", "isa", "akira"}
# Words that, as the subject of a reporting verb, stand for a person named before: "последний" (the latter),
# the role a report gives someone it is about ("осужденный заявил") and a post ("Руководитель донского
# Министерства здравоохранения отметила" after "руководитель управления Татьяна Быковская"): the speaker is a
# person, not the body the post belongs to. Stems, any case and gender ("осужденная", "последняя").
ROLE_SUBJECT = re.compile(r"(?:последн|осужд[её]нн|обвиняем|подозреваем|задержанн|руководител|директор|министр|"
                          r"председател|губернатор|мэр(?!и)|начальник|заместител|глав[аы]$|"
                          # the occupation a report names its protagonist by, not to repeat the name ("Спортсмен
                          # признался, что …" after "Алексей Ягудин")
                          r"спортсмен|акт[её]р|актрис|певец|певиц|музыкант|тренер|футболист|хоккеист|режисс[её]р|"
                          # ... or the trade an expert was introduced by ("…, отметил синоптик", "По словам чиновницы")
                          r"синоптик|специалист|эксперт|чиновни|ресторатор|врач|аналитик|политолог|экономист|юрист|"
                          r"адвокат|депутат|дипломат|бизнесмен|предпринимател|писател|журналист|блогер|исследовател|"
                          r"(?:latter|president|minister|governor|mayor|chairman|chairwoman|premier|director)$)", re.I)
# A plural role ("отметили специалисты", "по словам экспертов") is a group the article has not named
PLURAL_ROLE = re.compile(r"(?:ов|ев|ей|ых|их|ами|ах)$")
PLURAL_VERB = re.compile(r"[а-яё]+(?:ли|ют|ят)")
ROLE_SUBJECT_WORDS = 2  # the role opens the subject: "Позднее осужденный", "Руководитель донского министерства"
# ... and is the whole subject, a few words long: in "President Donald Trump was at … for what the White House
# said" the role opens a sentence whose subject is another
ROLE_SUBJECT_LENGTH = 4
WORD = re.compile(r"\w+")
FEMALE_ROLE = re.compile(r"(?:иц|актрис)\w?$")  # "чиновницы", "певица": a woman whatever the verb
MAX_VERB = 20  # the verb before a source named after it: "…, уточнила специалист"
LATTER = ("последн", "latter")  # the person named last, whoever spoke before
SENTENCE_END = re.compile(rf"{SENTENCE_MARK}(?=\s|$)|\n")


@dataclass
class _Person:
    start: int
    stop: int
    name: str


@dataclass
class _Names:
    """Mentions in text order, looked up by position with a binary search: every quote asks who is named near
    it, and a scan of all mentions per quote would make the time grow with the square of the text."""
    items: list[_Person]
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.items]

    def within(self, lo: int, hi: int) -> list[_Person]:
        """The mentions that start in [lo, hi), in text order."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def first_in(self, lo: int, hi: int) -> str | None:
        inside = self.within(lo, hi)
        return inside[0].name if inside else None

    def first_speaking(self, text: str, lo: int, hi: int) -> str | None:
        """The first mention in [lo, hi) that is not a possessor of the one after it: in "Sokolov's lawyer
        Alexander Pochuev said" the lawyer speaks."""
        inside = self.within(lo, hi)
        speaking = [m for m in inside if not text.startswith(POSSESSIVE_MARKS, m.stop)]
        candidates = speaking or inside
        return candidates[0].name if candidates else None

    def backwards(self, lo: int, hi: int) -> Iterator[_Person]:
        """The mentions that lie within [lo, hi), the last first."""
        for i in range(bisect_left(self.starts, hi) - 1, bisect_left(self.starts, lo) - 1, -1):
            if self.items[i].stop <= hi:
                yield self.items[i]

    def last_before(self, position: int) -> str | None:
        """The last mention (in text order) ending by position."""
        return next((m.name for m in self.backwards(0, position)), None)

    def only(self, keep: Callable[[str], bool]) -> _Names:
        return _Names([m for m in self.items if keep(m.name)])

    @cached_property
    def names(self) -> set[str]:
        return {m.name for m in self.items}

    @cached_property
    def by_gender(self) -> dict[bool | None, _Names]:
        return {female: self.only(lambda name, f=female: _looks_female(name) is f) for female in (False, True, None)}

    @cached_property
    def by_kind(self) -> dict[str, _Names]:
        return {kind: self.only(lambda name, k=kind: k in name.lower()) for kind in BUSINESS_KINDS + OFFICE_KINDS}

    @cached_property
    def leading(self) -> list[_Person]:
        """The organisations the article names most, first the ones that call themselves a business
        ("Baltic Ferry Company" for "the operator")."""
        counts = Counter(o.name for o in self.items)

        def rank(name: str) -> tuple[int, bool]:
            return counts[name], any(k in name.lower().split() for k in BUSINESS_KINDS)

        best = max(map(rank, counts))
        return [o for o in self.items if rank(o.name) == best]


@dataclass
class _Spans:
    """The quotes found so far, which never overlap, in text order: whether a new one overlaps one of them
    is a binary search, not a scan of all of them."""
    items: list[_Found] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def __iter__(self) -> Iterator[_Found]:
        return iter(self.items)

    def overlapping(self, lo: int, hi: int) -> list[_Found]:
        """The quotes that share a character with [lo, hi), in text order (only the one before lo can reach
        into it)."""
        first = max(bisect_right(self.starts, lo) - 1, 0)
        last = bisect_left(self.starts, hi)
        return [f for f in self.items[first:last] if f.start < hi and lo < f.stop]

    def add(self, quote: _Found) -> None:
        i = bisect_right(self.starts, quote.start)
        self.items.insert(i, quote)
        self.starts.insert(i, quote.start)

    def remove(self, quotes: Iterable[_Found]) -> None:
        for quote in quotes:
            i = bisect_left(self.starts, quote.start)
            del self.items[i], self.starts[i]


def find_quotes(text: str, entities: list[Entity]) -> list[Quote]:
    """Direct and indirect quotes in text order, each with its speaker's canonical name."""
    mentions = _mentions(entities, lambda type_: type_ == "PER")
    organisations = _mentions(entities, lambda type_: type_ == "ORG")
    others = _mentions(entities, lambda type_: type_ not in ("PER", "ORG"))
    lines = _Lines(text)
    found = _Spans()
    _add_direct(text, found)
    _add_reported(text, found)
    _add_attributed_after(text, lines, mentions, organisations, found)
    return _attributed(text, lines, found, mentions, organisations, others, _main_person(entities),
                       _teams(text, organisations))


def _add_direct(text: str, found: _Spans) -> None:
    """Direct speech in quote marks or dialogue dashes, each part its attribution splits a quote of its own."""
    for match in DIRECT.finditer(text):
        group = next(g for g, value in match.groupdict().items() if value)
        for start, stop in _split_by_attribution(text, match.start(group), match.end(group)):
            body = text[start:stop].strip(" \t,")
            if len(body.split()) >= MIN_WORDS and not _titled(text, match.start()) and not (
                    group in NAMING_MARKS and _named_in_passing(text, match.start(), match.end(), body)):
                found.add(_Found(max(start - 1, match.start()), stop if stop < match.end(group) else match.end(),
                                 body, "direct"))


def _add_reported(text: str, found: _Spans) -> None:
    """Indirect speech after its verb or source ("заявил, что …", "По словам X, …", "said that …"); a direct
    quote the clause holds becomes part of it."""
    for pattern in (RU_INDIRECT, RU_ACCORDING, RU_ACCORDING_PRONOUN, EN_INDIRECT, EN_ACCORDING):
        for match in pattern.finditer(text):
            said = _clause(match["said"])
            stop = match.start("said") + len(said)
            who = (match.start("who"), match.end("who")) if "who" in match.groupdict() else None
            continuing = match.groupdict().get("verb") == CONTINUING
            if not continuing and any(f.kind == "direct" and 0 <= match.start() - f.stop <= ATTRIBUTION_SUBJECT
                   and _attribution_between(_last_mark(text, f.stop), text[f.stop:match.start()])
                   for f in found.overlapping(match.start() - ATTRIBUTION_SUBJECT - 1, match.start() + 1)):
                continue  # '"…," said head keeper X': the direct quote's attribution, not a statement of its own
            anonymous = (not DATA_SOURCES.match(match[0]) if who
                         else pattern is not EN_INDIRECT or match["verb"].split()[0] in EN_SPEECH_ONLY)
            named = pattern is RU_ACCORDING and bool(match["verb"]) and bool(SINGULAR_VERB.search(match["verb"]))
            inner = _quoted_inside(found, match, stop)
            if inner:  # the clause's own words: 'Li said the company “violated a moral bottom line.”'
                found.remove(inner)
                stop = max(stop, inner[-1].stop)
                said = text[match.start("said"):stop]
            start = match.start()
            lead = _clause_before(text, start) if pattern in (RU_ACCORDING, RU_ACCORDING_PRONOUN) else ""
            if lead.endswith(","):  # "С 2006 года погибло, по оценке учёных, более миллиона": the whole sentence
                start = text.rfind(lead, 0, match.start())
                said = text[start:stop]
            _add(found, _Found(start, stop, said, "indirect", who, anonymous, named))


def _add_attributed_after(text: str, lines: _Lines, mentions: _Names, organisations: _Names, found: _Spans) -> None:
    """Indirect speech attributed after the clause ("…, сообщили в МЧС", "…, the operator said", "Об этом
    сообщает ТАСС"), which takes over a clause found before with no subject of its own."""
    for pattern in (RU_POST, EN_POST, RU_ABOUT_THIS):
        for match in pattern.finditer(text):
            end = match.start()
            if pattern is RU_ABOUT_THIS:  # "Об этом" takes up what its paragraph has told so far (the lead), up to
                while end > 0 and text[end - 1].isspace():  # the final mark; the sentence before when a quote is
                    end -= 1  # in the way
                end -= end > 0 and text[end - 1] in ".!?…"
                said = text[max(text.rfind("\n", max(0, end - MAX_CLAUSE), end) + 1, end - MAX_CLAUSE):end].strip()
                if found.overlapping(end - len(said), end):
                    said = _clause_before(text, end)
            else:
                said = _clause_before(text, end)
                if _closes_unopened(said):
                    continue  # '…AliExpress", — отмечает X': a direct quote's attribution (its opening went unseen)
            if ABOUT_THIS.match(said):
                continue  # "Об этом в воскресенье, 17 ноября, сообщает ТАСС" is the attribution, not a statement
            who = next((match.span(g) for g in ("who", "source") if match[g] is not None), (match.end(), match.end()))
            if pattern is RU_ABOUT_THIS and _role_subject(text[match.start():match.start("verb")].split()[2:]):
                who = (match.start(), match.start("verb"))  # "Об этом последний рассказал": its subject is the source
            named = pattern is EN_POST or bool(SINGULAR_VERB.search(match["verb"]))
            if pattern is RU_ABOUT_THIS and mentions.first_in(*who):
                _reattribute(text, lines, found, mentions, organisations, end - len(said), end, who)
            # "Результаты указывают, что …, отметила профессор X": a clause with no subject of its own is the
            # attribution's; one with a subject ("Путин заявил, что …, сообщает ТАСС") stays its subject's.
            found.remove([f for f in found.overlapping(end - len(said), end)
                          if f.kind == "indirect" and f.who is None and end - len(said) <= f.start
                          and _subject(text, lines, f.start, mentions, organisations, None, True) is None])
            _add(found, _Found(end - len(said), end, said, "indirect", who, match.groupdict().get("source") is None,
                               named))


def _reattribute(text: str, lines: _Lines, found: _Spans, mentions: _Names, organisations: _Names, lo: int, hi: int,
                 who: tuple[int, int]) -> None:
    """"В министерстве сообщили, что …. Об этом сообщил начальник управления X": a person named by "Об этом" is
    the source of what the sentence before reported from a body or outlet; a person's own statement stays his."""
    told = [f for f in found.overlapping(lo, hi) if f.kind == "indirect" and (
        mentions.first_in(*f.who) if f.who else _subject(text, lines, f.start, mentions, organisations, None, True)
    ) not in mentions.names]
    found.remove(told)
    for f in told:
        found.add(_Found(f.start, f.stop, f.text, f.kind, who, True, True))


def _attributed(text: str, lines: _Lines, found: _Spans, mentions: _Names, organisations: _Names, others: _Names,
                main: str | None, teams: _Names) -> list[Quote]:
    """The quotes found with their speakers, in text order: a pronoun or an unnamed attribution depends on
    who spoke before, so the speakers are decided one after another."""
    quotes: list[Quote] = []
    antecedents = {m.name for m in mentions.items + others.items}
    previous: str | None = None
    last: str | None = None  # the last source named, of any kind
    unnamed_run = False  # whether the last direct quote's source was someone unnamed ('", the organisers said')
    body_run: str | None = None  # the body the last direct quote is from: '“A,” a spokesperson said. “B.”'
    prior_stop = 0  # where the quote before ends: a name inside it attributes nothing after it
    for quote in found:
        if quote.kind == "direct":
            speaker = _direct_speaker(text, lines, quote.start, quote.stop, mentions, previous,
                                      None if unnamed_run else body_run or main, organisations, others, last,
                                      prior_stop)
            unnamed_run = speaker is None
            body_run = speaker if speaker not in antecedents else None
        elif quote.who:
            speaker = _source(text, quote, mentions, organisations, previous, last)
        else:
            speaker = _subject(text, lines, quote.start, mentions, organisations, previous, quote.anonymous, last,
                               teams)
        prior_stop = quote.stop
        if speaker is _NOBODY:
            continue
        quotes.append(Quote(quote.text, speaker, quote.kind, quote.start, quote.stop))
        last = speaker or last
        if speaker in antecedents:
            previous = speaker  # an organisation is no antecedent for "он"/"he"; a mistyped person is
        elif quote.kind == "direct":
            previous = None  # a quote of someone unnamed: the quotes after it are not the last person's
    return quotes


@dataclass
class _Found:
    start: int
    stop: int
    text: str
    kind: str
    who: tuple[int, int] | None = None  # where the attribution names its source
    # Whether the statement stands with no one named as its source ("эксперты считают" does; "added" with
    # no person as subject or "по данным отчётности" are no speech).
    anonymous: bool = True
    named: bool = False  # whether the attribution names its source in the nominative (see SINGULAR_VERB)


def _last_mark(text: str, stop: int) -> str:
    """The last character of a quote ending at stop before its closing marks: '.' in '…provides.’’' and '…on.’'."""
    return text[max(0, stop - 4):stop].rstrip("»”\"’'` ")[-1:] or " "


def _attribution_between(closing: str, between: str) -> bool:
    """Whether only the speaker stands between a quote and a verb: nothing, or a name with no sentence end
    after a quote that does not end its sentence ('…rape!" Marisa Soleto said that' starts a new one)."""
    return len(between.strip(" ,—–-")) <= ATTRIBUTION_GAP or not (
        re.search(r"[.!?…\"“”«»`\n]", between) or re.match(r"[.!?…]", closing))


def _split_by_attribution(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The parts of a quote its attribution splits («А, — сказала она. — Б»): Russian sets the attribution off
    with dashes inside the marks, each part a quote of its own. A part ends after its comma, so that the
    attribution follows it."""
    parts = []
    for split in SPLIT_ATTRIBUTION.finditer(text, lo, hi):
        parts.append((lo, split.start() + 1))
        lo = split.end()
    return parts + [(lo, hi)]


def _named_in_passing(text: str, mark: int, end: int, body: str) -> bool:
    """Whether a capitalised quote inside a sentence names a thing rather than quotes speech: "в соответствии
    с «Концепцией культуры …»", "hits with ``A Thousand Miles From Nowhere``", "АО «Архангельский центр …»".
    Speech opens its sentence or follows a colon, a comma, a dash or a verb of saying, or an attribution
    follows it."""
    first = re.search(r"[^\W\d_]", body)
    before = text[max(0, mark - SPEECH_WORD_REACH):mark].rstrip(" \t")
    return bool(first and first[0].isupper() and before and before[-1].isalnum()
                and not SPEECH_WORD.search(before) and not ATTRIBUTION_AFTER.match(text, end))


def _titled(text: str, mark: int) -> bool:
    """Whether the quote opening at mark is the title of a thing its kind noun names just before it."""
    return bool(TITLE_KINDS.search(text, max(0, mark - TITLE_REACH), mark))


def _closes_unopened(clause: str) -> bool:
    """Whether a clause ends on a quote mark it never opened ('…AliExpress"'), unlike a quoted name
    ('… сети "Каро"')."""
    return clause[-1:] in "»\"”" and (clause.count("»") > clause.count("«") or clause.count('"') % 2 == 1
                                      or clause.count("”") > clause.count("“"))


def _quoted_inside(found: _Spans, match: re.Match[str], stop: int) -> list[_Found]:
    """Direct quotes that are part of a reported clause: quoted words within it ('объявил, что это его
    «заключительный проект»'), or a quote it opens with after "that"/"что" ('said that "this is …"'). A quote
    after a colon ("заявил: «…»") stays direct speech."""
    opens = match.start("said")
    colon = match[0].rstrip().endswith(":")
    return [f for f in found.overlapping(opens, stop) if f.kind == "direct"
            and (f.start > opens or (f.start == opens and not colon))]


def _add(found: _Spans, quote: _Found) -> None:
    """Keep a statement long enough and not already quoted."""
    if len(quote.text.split()) >= MIN_REPORTED_WORDS and not found.overlapping(quote.start, quote.stop):
        found.add(quote)


def _mentions(entities: list[Entity], of_type: Callable[[str], bool]) -> _Names:
    """The mentions of the entities whose type of_type keeps, in text order."""
    return _Names(sorted((_Person(m.start, m.stop, e.name) for e in entities if of_type(e.type) for m in e.mentions),
                         key=lambda p: p.start))


_NOBODY = "\0"  # an indirect-speech verb with no person as its subject: not a quote


def _clause_before(text: str, comma: int) -> str:
    """The clause an attribution closes: from its sentence's start up to the comma."""
    lo = max(0, comma - MAX_CLAUSE)
    starts = [m.end() for m in CLAUSE_START.finditer(text, lo, comma)]
    return text[starts[-1] if starts else lo:comma].strip() if starts or lo == 0 else ""


def _source(text: str, quote: _Found, mentions: _Names, organisations: _Names,
            previous: str | None, last: str | None) -> str | None:
    """Who an attribution names: a person, else the organisation it ends on ("сообщили "Эху Урала" в
    Уралинвестбанке"), else the outlet last cited ("Как сообщает издание"), else a pronoun's antecedent ("it"
    the organisation of the clause), else nobody."""
    lo, hi = quote.who
    person = mentions.first_in(lo, hi)
    if person:
        return person
    holder = _holder_named_by_role(text, quote, mentions, organisations, previous)
    if holder:  # "Об этом последний рассказал", "…, отметил синоптик", "По словам чиновницы" (see ROLE_SUBJECT)
        return holder
    inside = organisations.within(lo, hi)
    if inside:
        return inside[-1].name
    words = _words(text[lo:hi])
    kind = _organisation_by_kind(words, quote.start, organisations, lo)
    if kind:
        return kind
    if last and len(words) <= KIND_SUBJECT_WORDS and (
            any(w.startswith(OUTLET_KINDS) for w in words) or PRESS_KINDS.search(text, lo, hi)):
        return last
    kind_noun = OUTLET_NOUN.match(text, lo, hi)  # "сообщает газета «Бурятия»": the name after the noun
    written = NAME_AT_START.match(text, kind_noun.end() if kind_noun else lo, hi) if quote.named else None
    if written:  # 'Агентство "Москва"' is written «Москва» in canonical names; '«РИА Новости»' loses its marks
        name = written["name"]
        if name[-1] in "»\"”" and not any(mark in name[:-1] for mark in "«\"“"):
            name = name[:-1]
        return re.sub(r"[\"“]([^\"“”]+)[\"”]", r"«\1»", name)
    if not quote.anonymous:
        return _NOBODY
    possessive = next((POSSESSIVE_PRONOUNS[w] for w in words if w in POSSESSIVE_PRONOUNS), None)
    if possessive:  # "X раскритиковал Y. По его словам, …": the subject of the sentence before, named first in it
        starts = [m.end() for m in CLAUSE_START.finditer(text, max(0, lo - MAX_CLAUSE), lo)]
        first = mentions.first_in(starts[-2] if len(starts) > 1 else max(0, lo - MAX_CLAUSE), lo)
        return first or _antecedent(possessive, lo, mentions, previous)
    pronoun = _pronoun_in(text[lo:hi])
    if pronoun:
        return _antecedent(pronoun, lo, mentions, previous)
    if "it" in words:
        return organisations.first_in(quote.start, quote.stop)
    return None


def _clause(said: str) -> str:
    """The reported clause: up to the end of its sentence."""
    end = SENTENCE_END.search(said)
    return said[: end.start()].strip() if end else said.strip()


def _direct_speaker(text: str, lines: _Lines, start: int, stop: int, mentions: _Names, previous: str | None,
                    main: str | None, organisations: _Names, others: _Names,
                    last: str | None, floor: int) -> str | None:
    after = (stop, _sentence_end(text, stop, stop + ATTRIBUTION_WINDOW))
    if NEXT_QUOTE.match(text, stop):
        after = (stop, stop)  # '“A. “B …”': the next paragraph of the statement, no attribution
    elif _last_mark(text, stop) in ".!?…" and not (  # '…rape!" The attack occurred': a new sentence,
            ATTRIBUTION_AFTER.match(text, *after) and not OWN_STATEMENT.search(text, *after)
            and not EN_INDIRECT.search(text, *after)):  # '…life.” Justice X said the resolution was …' reports anew
        after = (stop, stop)  # its name no speaker unless it attributes ('…!" Colau said'), not anew ('said that')
    head = text[max(0, floor, start - ATTRIBUTION_WINDOW):start]
    cuts = list(re.finditer(r"[.!?…»”\"](?=\s)|\n", head))
    before = (start - len(head) + (cuts[-1].end() if cuts else 0), start)
    for lo, hi in (after, before):
        named = mentions.first_speaking(text, lo, hi)
        if named:
            return named
        written = EN_VERB_FIRST.match(text, lo, hi) if lo == stop else None
        if written:  # '”, added Lo Kin-hei, a local councillor': a name entity recognition missed
            return written["name"]
        pronoun = _pronoun_in(text[lo:hi])
        if pronoun:
            topic = _topic_before_quote(text, lines, start, floor, mentions)
            if topic and _looks_female(topic) in (pronoun in FEMALE_PRONOUNS, None):
                return topic
            return _antecedent(pronoun, lo, mentions, previous)
        attribution = ATTRIBUTION_AFTER.match(text, lo, hi) if lo == stop else None
        if attribution:
            return _attributed_source(text, attribution, hi, start, organisations, others, previous or main, last)
        # an introduction naming a body ("A club statement read: “…”") names the source
        if lo != stop and text[lo:hi].rstrip(" \t`«“„\"'").endswith(":"):
            introduced = organisations.within(lo, hi)
            source = introduced[-1].name if introduced else _organisation_by_kind(
                _words(text[lo:hi]), start, organisations)
            if source:
                return source
    return previous or main


def _attributed_source(text: str, attribution: re.Match[str], hi: int, start: int, organisations: _Names,
                       others: _Names, person: str | None, last: str | None) -> str | None:
    """The source an attribution after a direct quote names when it names no person. A Russian verb comes
    before its source ("— говорится в сообщении «Гражданского патруля»"), an English one after it ("Cafu told";
    a name of any type there is the speaker, whatever entity recognition took it for)."""
    verb_first = RU_POST_START.match(attribution[0]) is not None
    lo, until = attribution.start(), hi if verb_first else attribution.end()
    inside = [o.name for o in organisations.within(lo, until)]
    if not inside and not verb_first:
        inside = [o.name for o in others.within(lo, until)]
    words = _words(text[lo:until])
    source = inside[-1] if inside else _organisation_by_kind(words, start, organisations, lo)
    if not source and PRESS_KINDS.search(text, lo, until):
        return last
    if source or PLURAL_SOURCE.search(attribution[0]):
        return source
    if any(w in SPOKESPEOPLE for w in words):  # "a spokesperson said": the body last named speaks
        return organisations.last_before(start)
    if IMPERSONAL.search(attribution[0]):  # "— говорится в сообщении": the statement of the source last cited
        return last
    return person  # a role in the singular ("— сказал министр") is the person last named


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """Where the sentence running from lo ends, at hi at the latest (see ABBREVIATION)."""
    return next((m.start() for m in SENTENCE_CUT.finditer(text, lo, hi) if not m["abbreviation"]), hi)


def _subject(text: str, lines: _Lines, verb_start: int, mentions: _Names, organisations: _Names,
             previous: str | None, anonymous: bool, last: str | None = None, teams: _Names | None = None) -> str | None:
    """Who the verb's subject names: a person or organisation ending just before it, or a pronoun.

    With no such subject the source is unnamed ("Эксперты напоминают, что …"), unless the
    verb needs one to report speech at all.
    """
    line_start = lines.start_before(verb_start)
    # the subject's own sentence, also after a full stop glued to it ("… Быковская.Руководитель … отметила")
    glued = max(line_start, *(text.rfind(mark, line_start, verb_start) + 1 for mark in ".!?…"))
    team = teams.last_before(verb_start) if teams and teams.items else None
    if team and len(text[glued:verb_start].split()) <= TEAM_SUBJECT_WORDS and RESEARCH_TEAM.search(
            text, glued, verb_start):
        return team  # "Учёные из UCL пришли к выводу, что …. Тогда учёные предположили, что …": UCL
    if SINGULAR_RU_VERB.match(text, verb_start):  # the subject of "заявил" is no object of a preposition
        def subject(m: _Person) -> bool:
            return not GOVERNED.search(text, max(line_start, m.start - GOVERNED_REACH), m.start)
    else:
        def subject(m: _Person) -> bool:
            return True
    person = _nearest_before(mentions, subject, text, line_start, verb_start)
    if person:
        return person
    words = text[line_start:verb_start].split()
    pronoun = next((w.lower() for w in words[:1] + words[-3:] if w.lower() in PRONOUNS), None)
    if pronoun:
        topic = _subject_before(text, lines, line_start, mentions)
        if topic and _looks_female(topic) in (pronoun in FEMALE_PRONOUNS, None):
            return topic
        return _antecedent(pronoun, line_start, mentions, previous)
    subject_words = [w for w in text[glued:verb_start].split() if w[:1].isalnum() and w.lower() != "the"]
    role = _role_subject(subject_words[:ROLE_SUBJECT_WORDS]) if len(subject_words) <= ROLE_SUBJECT_LENGTH else None
    holder = _role_holder(role, text, verb_start, glued, mentions, previous) if role else None
    if holder:
        return holder
    # an organisation only as the whole subject: "членом ОДКБ, и обратил внимание" is no subject
    organisation = _nearest_before(organisations, subject, text, line_start, verb_start, commas=False)
    if organisation:
        return organisation
    if len(words) <= KIND_SUBJECT_WORDS:
        organisation = _organisation_by_kind([w.lower() for w in words], line_start, organisations)
        if organisation:
            return organisation
        if last and PRESS_KINDS.search(text, line_start, verb_start):  # "В пресс-службе отметили, что"
            return last
    return None if anonymous else _NOBODY


def _teams(text: str, organisations: _Names) -> _Names:
    """The bodies research teams are introduced by ("Учёные из Университета Лондона"), where they are named."""
    teams = []
    for match in TEAM_FROM.finditer(text):
        body = next(iter(organisations.within(match.end(), match.end() + 1)), None)
        if body:
            teams.append(body)
    return _Names(teams)


def _subject_before(text: str, lines: _Lines, sentence_start: int, mentions: _Names) -> str | None:
    """The person who opens the sentence before, as its subject ("Inflation nightclub owner Martha Tsamis also
    settled …. She said …"): a pronoun opening the next sentence stands for that topic before the last speaker."""
    if sentence_start < 2:
        return None
    before = lines.start_before(sentence_start - 1)
    first = next(iter(mentions.within(before, sentence_start)), None)
    if first is None or len(text[before:first.start].split()) > TOPIC_WORDS or GOVERNED.search(text, before, first.start):
        return None
    return first.name


def _topic_before_quote(text: str, lines: _Lines, start: int, floor: int, mentions: _Names) -> str | None:
    """The person who opens the sentence before a quote, when no quote lies in that sentence: in "Shyy later
    released a statement. “We will be outraged,” he wrote." he is Shyy, not the speaker quoted before him."""
    sentence = lines.start_before(start)
    if sentence < 2 or lines.start_before(sentence - 1) < floor:
        return None
    return _subject_before(text, lines, sentence, mentions)


def _organisation_by_kind(words: list[str], position: int, organisations: _Names,
                          attribution: int | None = None) -> str | None:
    """The organisation "the club", "the operator", "в банке" stands for: the last one of that kind named
    before ("Уралинвестбанк" for "банк"); for a business, else the organisation the article names most
    (on a tie the last of them named before); for "ведомство", any body, the first one the statement
    (from position up to its attribution) names, else the last one named before."""
    kind = next((k for w in words for k in BUSINESS_KINDS + OFFICE_KINDS
                 if w == k or (not k.isascii() and w.startswith(k) and w[len(k):] in SINGULAR_ENDINGS)), None)
    if kind is None:
        return None
    same_kind = organisations.by_kind[kind].last_before(position)
    if not same_kind and kind in ANY_BODY:  # the body the statement is about, else the one named before it
        return organisations.first_in(position, attribution or position) or organisations.last_before(position)
    if same_kind or kind in OFFICE_KINDS or not organisations.items:
        return same_kind
    before = [o.name for o in organisations.leading if o.stop <= position]
    return before[-1] if before else organisations.leading[0].name


def _nearest_before(named: _Names, subject: Callable[[_Person], bool], text: str, line_start: int, verb_start: int,
                    commas: bool = True) -> str | None:
    """The name that can be a subject ending just before the verb or set off from it by an aside between commas."""
    last = next((m for m in named.backwards(line_start, verb_start) if subject(m)), None)
    if last is None:
        return None
    between = text[last.stop:verb_start]
    if _parenthetical(between) or (verb_start - last.stop <= SUBJECT_GAP and (commas or "," not in between)):
        return last.name
    return None


def _parenthetical(between: str) -> bool:
    """"Галиев, выступая в четверг на коллегии, заявил": only an aside set off by commas between name and verb."""
    between = between.strip()
    return len(between) > 1 and between[0] == between[-1] == "," and "." not in between


def _pronoun_in(window: str) -> str | None:
    return next((w for w in _words(window) if w in PRONOUNS), None)


def _words(text: str) -> list[str]:
    """The words of an attribution in lower case, as the word lists above are written."""
    return re.findall(r"\w+", text.lower())


def _antecedent(pronoun: str, position: int, mentions: _Names, previous: str | None) -> str | None:
    """The previous speaker, else the person last named; "она"/"she" only a woman."""
    return _of_gender(pronoun in FEMALE_PRONOUNS, position, mentions, previous) or previous


def _of_gender(female: bool, position: int, mentions: _Names, previous: str | None) -> str | None:
    """The previous speaker unless known to be of the other gender, else the last one named known to be of
    this gender, else the last one named whose gender is unknown."""
    if previous and _looks_female(previous) in (female, None):
        return previous
    return mentions.by_gender[female].last_before(position) or mentions.by_gender[None].last_before(position)


def _holder_named_by_role(text: str, quote: _Found, mentions: _Names, organisations: _Names,
                          previous: str | None) -> str | None:
    """The person an attribution names by a role alone: the subject of "Об этом последний рассказал", or the
    whole source after the verb or "по словам" ("…, добавил специалист", "по оценке самого ресторатора"), in the
    singular; not a role with an organisation ("заявил глава МВД"): that body's officer may never have been named."""
    lo, hi = quote.who
    words = text[lo:hi].split()
    if ABOUT_THIS.match(text, lo):
        role = _role_subject(words[2:])
        return _role_holder(role, text, hi, lo, mentions, previous) if role else None
    if not words or len(words) > ROLE_SUBJECT_WORDS or organisations.within(lo, hi):
        return None
    role = _role_subject(words)
    verb = re.search(r"(\w+)\W*$", text[max(0, lo - MAX_VERB):lo])
    if role is None or PLURAL_ROLE.search(role):
        return None
    return _role_holder(role, text, verb.start(1) + max(0, lo - MAX_VERB) if verb else hi, lo, mentions, previous)


def _role_subject(words: list[str]) -> str | None:
    """The word of a subject that names a person by role (see ROLE_SUBJECT), lower-cased."""
    return next((w.lower() for w in words if ROLE_SUBJECT.match(w) and w[:1].isalpha()), None)


def _role_holder(role: str, text: str, verb_start: int, position: int, mentions: _Names,
                 previous: str | None) -> str | None:
    """The person a role subject stands for, of the verb's gender ("отметила" a woman): the last one named for
    "последний", else the previous speaker or the last one named; nobody when no one of that gender is."""
    verb = WORD.match(text, verb_start)  # not a slice of the text after it: that costs its length every time
    if verb and PLURAL_VERB.fullmatch(verb[0]):
        return None  # "Руководители отметили", "Аналитики отмечают": a group, no one person named before
    female = bool(verb and verb[0].endswith("ла")) or role.endswith(("ая", "яя")) or bool(FEMALE_ROLE.search(role))
    return _of_gender(female, position, mentions, None if role.startswith(LATTER) else previous)


def _looks_female(name: str) -> bool | None:
    """Whether a name is a woman's, None when it does not tell. Russian surnames and most first names of women
    end in -а/-я (Ильина, Svetlana Ilyina); in Latin script a surname's ending tells nothing (Jack Ma, Gupta),
    so only a first name ending in -a does (Katya Jones, Martha Tsamis), except men's names of that ending."""
    if re.search(r"[а-яё]", name, re.I):
        return name.lower().endswith(("а", "я"))
    words = name.lower().split()
    if len(words) > 1 and words[0].endswith("a") and words[0] not in MEN_ENDING_IN_A:
        return True
    return None


@dataclass
class _Lines:
    """Where the sentences and lines of a text start, found once: a search back from each quote would cost
    the length of its paragraph every time."""
    text: str
    stops: list[int] = field(init=False)  # the positions of sentence ends on a line (see SENTENCE_CUT)
    breaks: list[int] = field(init=False)  # the positions of line breaks

    def __post_init__(self) -> None:
        self.stops = [m.start() for m in SENTENCE_CUT.finditer(self.text) if not m["abbreviation"] and m[0] != "\n"]
        self.breaks = [m.start() for m in re.finditer(r"\n", self.text)]

    def start_before(self, position: int) -> int:
        """Where the sentence or line holding position starts."""
        stop = bisect_right(self.stops, position - 2) - 1
        line = bisect_left(self.breaks, position) - 1
        return max(self.breaks[line] + 1 if line >= 0 else 0, self.stops[stop] + 2 if stop >= 0 else 0)


def _main_person(entities: list[Entity]) -> str | None:
    people = [e for e in entities if e.type == "PER"]
    return max(people, key=lambda e: len(e.mentions)).name if people else None
