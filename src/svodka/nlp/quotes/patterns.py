"""The verbs of saying, attribution marks and sentence cuts that more than one step of quote finding reads.

Direct quotes, reported speech and the speakers' attributions must agree on what a verb of saying and a
sentence end are, so those patterns and word lists live here once; each step keeps its own."""

from __future__ import annotations

import re

from svodka.months import EN_ABBREVIATIONS
from svodka.nlp.vocabulary import ABBREVIATED_TITLES
from svodka.nlp.vocabulary import BUSINESS_KINDS as EN_BUSINESS_KINDS

MAX_QUOTE = 3000  # longer than any quoted statement; bounds the scan after an unbalanced mark
# Russian verbs of saying before what was said ("заявил, что …"), findings among them
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
# ... or a noun phrase and its finite verb: "reports the new case is known as", not "reported the incident to police"
EN_NOUN_CLAUSE = (r"(?:the|a|an|this|its|his|her|their)(?:[ \t]+[\w'’-]+){1,3}?[ \t]+"
                  r"(?:was|is|were|are|had|has|have|would|will|may|might|could|should)\b")
# English verbs of saying before what was said ("said that …", "told reporters …")
EN_VERB = (r"said|says|added|noted|stressed|warned|told reporters|told journalists|told [A-Z][\w ]{1,30}?|insisted|"
           r"explained|announced|confirmed|admitted|admits|joked|stated|saying|(?<!to )say"
           # verbs with other senses ("claimed a one-set advantage") report speech before a clause's own subject
           rf"|(?:claimed|revealed|suggested|mentioned|concluded|showed|found|discovered|believes|believed|ruled|decided|"
           rf"reckons|cautions|argued|argues|reported|reports)"
           rf"(?=,?[ \t]+(?:that|he|she|they|it|we|I)\b|[ \t]+{EN_NAMED_CLAUSE}|[ \t]+{EN_NOUN_CLAUSE})"
           # "…, he said, adding he regretted it": the same speaker goes on
           r"|(?<=,[ \t])adding(?=[ \t]+(?:that|he|she|they|it|we|I)\b)")
# When a report was made, between the verb and the clause: "said Friday it", "said on Thursday that"
EN_WHEN_TIME = r"(?:on[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|earlier"
# one phrase, an aside after it: "in a statement", "in the past, more than once,"
EN_WHEN_PLACE = r"(?:on|in|at)(?:[ \t]+(?!(?:on|in|at|of)\b)\w+){1,5}?(?:,[ \t]+[^,\n]{1,30},)?"
# What opens a clause after the place it was said in: "said in a statement the company will …"
EN_CLAUSE_SUBJECT = r"he|she|they|it|we|I|the|a|an|its|his|her|their|this|there"
# Russian verbs of saying after the statement, before its source ("…, сообщили в МЧС", "», — говорится в …")
RU_POST_VERB = (
    r"(?:сообщил|заявил|объявил|отметил|подчеркнул|добавил|пояснил|рассказал|уточнил|сказал|признал|предупредил|"
    r"напомнил|заверил)[аио]?"  # -о: "сообщило управление"
    r"|говорится|сообщается|(?:отмеча|уточня|указыва|подчеркива)ется|считают|полагают|говорят|(?:сообща|переда|заявля|отмеча|рассказыва|уточня|подчеркива)(?:ет|ют)"
    r"|передаёт|пишет|пишут|цитиру(?:ет|ют)"  # "— цитирует издание пресс-службу ЦБ": the one quoted speaks
)
# After a direct quote only, what a document reads ("», — указано в распоряжении"): no verb to report a clause with
RU_POST_VERB_AFTER_QUOTE = rf"{RU_POST_VERB}|(?:указан|сказан)о"
# English verbs of saying after the statement and its source ("…, the operator said")
EN_POST_VERB = r"said|says|announced|reported|added|noted|told|warned|confirmed|explained|wrote"
# "<sentence>. Об этом сообщает ТАСС.": the attribution is the next sentence, the statement the one before.
ABOUT_THIS = re.compile(r"[Оо]б этом(?![\w-])")
# How far back the start of a clause attributed after it is looked for; no quoted sentence is longer.
MAX_CLAUSE = 1000
# English reported speech: the verb, when it was said and the clause ("said on Thursday that …"), the clause
# captured in a lookahead as in reported.RU_INDIRECT
EN_INDIRECT = re.compile(
    # a place or occasion after the verb ("said in a statement") is followed by "that" or a clause's subject: in
    # "said at a joint press conference in the East Room" no clause follows
    rf"(?<![\w-])(?P<verb>{EN_VERB})(?:[ \t]+(?:{EN_WHEN_TIME}|{EN_WHEN_PLACE}(?=,?[ \t]+(?:that|{EN_CLAUSE_SUBJECT})\b)))?"
    rf"(?:,?[ \t]+that)?[ \t]+"
    rf"(?!(?:in|on|at|to|by|of|for|as|while|when|after|before|during|because|but|and|adding|citing|which|who|if|how|whether|what|why|where)\b)"
    # after "that" the clause may open with a name ("showed that Cooper pairs …")
    rf"(?=(?P<said>(?:[a-z]|(?<=\bthat[ \t])[A-Z0-9]|(?={EN_NAMED_CLAUSE})[A-Z])[^\n]{{10,{MAX_QUOTE}}}))"
)
# An attribution verb this close after a direct quote belongs to it, after the speaker's name and role:
# '”, Wedbush analyst Michael Pachter warned in a note'
ATTRIBUTION_SUBJECT = 60
# A full stop after a title, a month or an initial ends no sentence: '” Dr. Conley wrote', "on Sunday night, Nov. 15,
# killing", «В. Путин», "the U.K. Treasury", "the U.S. and the UK"
ABBREVIATION = ("(?:" + "|".join(rf"(?<=\b{word})" for word in (*ABBREVIATED_TITLES, *EN_ABBREVIATIONS, "St"))
                + r"|(?<=\b[A-ZА-ЯЁ]))\.")
SENTENCE_CUT = re.compile(rf"(?P<abbreviation>{ABBREVIATION})|[.!?…](?=\s|$)|\n")
# A sentence's last mark, with the quote mark a quote may close after it: one notion for every sentence cut
SENTENCE_MARK = rf"(?!{ABBREVIATION})[.!?…](?:[»\"”]|``)?"
CLAUSE_START = re.compile(rf"{SENTENCE_MARK}[ \t]+|\n")
# A dateline opening a report's first sentence ("DHAKA (Reuters) - ", "LONDON, June 10 (Daily Chronicle) - ",
# "NEW DELHI - "): where the story was filed, no part of what anyone said. Without a date or a credit
# ("US - China trade talks …") only the report's first clause may be read as one (see reported._clause_before)
DATELINE = re.compile(r"[A-ZА-ЯЁ]{2,}(?:[ \t]+[A-ZА-ЯЁ]{2,}){0,3}(?P<date>,[ \t]+[^()\n—–-]{1,40}?)?"
                      r"(?P<credit>[ \t]+\([^()\n]{1,40}\))?[ \t]+[—–-][ \t]+")
# The attribution right after a direct quote: a Russian verb first ('», — сообщили'), else a speaker and an
# English verb ('”, the organisers said')
ATTRIBUTION_AFTER = re.compile(
    rf"[ \t]*[,:]?[ \t]*(?:[—–-][ \t]*)?(?:(?:{RU_POST_VERB_AFTER_QUOTE})(?![\w-])|(?:[^.!?\n\"“”«»`]|{ABBREVIATION}){{1,{ATTRIBUTION_SUBJECT}}}?"
    rf"[ \t](?:{EN_POST_VERB})(?![\w-]))")
# Nouns by which an article names an organisation it has named or will name ("the club said", "the operator
# said", "В банке пообещали"): the source is that organisation. A business a report is about is that report's
# main organisation even when its name lacks the noun ("the club" for Mayak); an office ("В министерстве
# отметили") is often one the article never names, so only an organisation of that kind by name stands for it.
BUSINESS_KINDS = (*EN_BUSINESS_KINDS, "developer", "airport", "organisation", "organization", "банк", "компани", "клуб",
                  "холдинг", "аэропорт")
OFFICE_KINDS = ("ministry", "agency", "committee", "university", "institute", "consortium", "министерств", "ведомств",
                "мэри", "администраци", "фонд", "институт", "университет", "консорциум", "управлени", "посольств")
