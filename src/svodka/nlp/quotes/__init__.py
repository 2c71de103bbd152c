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
("Учёные из X"); "the report", "в отчете" the source last cited (else the body last named); "По их данным" a body
or outlet cited before. A speaker whose name is written as a person's (two or three capitalised Latin words, no
organisation word) is who "he"/"she" stands for after it, even when typed an organisation. A name entity
recognition typed as a place speaks when it is the whole subject of a verb that reports speech ("Emirates said its
app …") or the whole source ("According to Vogue, …"). Any reporting verb with "that" reports speech whoever its
subject ("The court ruled that …"); "reported" with a clause of its own, or "According to X, …" (a clause opening
with a name too), after a quote that ends its sentence reports anew. Reports are speech of an unnamed source unless
one is written after them ("according to a report from X"). A name quoted inside a quote in the quote's own marks,
the sentence going on after it, does not end the quote. A capitalised quote inside a sentence, after no verb of
saying and with no attribution, is a name or a
title ("в соответствии с «Концепцией …»"), not speech.
A role after an indefinite article ("a Treasury spokesman", "an official") is someone new, never the person given
that role before; whose aides or officials speak ("Biden's aides said") is not who speaks, what a source wrote ("Kotaku's
report cautions") is; "according to X" after a quote names X; a quote a preposition governs ('to chants of "…"') is
mentioned, not said by the sentence's subject. A full stop after a month, a title or an initial ("Nov. 15", "the
U.K. Treasury") ends no quoted clause, and a clause carries no dateline ("DHAKA (Reuters) - ").
An unnamed source after the verb ("», - сообщил источник") is nobody named, not the person the quote is about; a
document ("— указано в распоряжении") no person; a press office with no source cited before it is named as written
("пресс-служба администрации"); a quote standing alone after a sentence whose subject is a person is that person's;
an English name after a quote whose verb takes an object of its own ('” Johnson says Labour’s policy …') reports
anew; a rank before a surname ("DI Quilty") makes a person's name whatever entity recognition typed it.
Every pattern is bounded in length and anchored on a verb or a mark, so unbalanced
quote marks cost linear time; the quotes found so far and the names are looked up by binary search (Spans and
Lines in spans, Names in names), never scanned per quote, so the time stays linear in the text's size however
many quotes it holds.

find_quotes runs the steps in order, one module each: direct (speech in quote marks or dashes), reported
(indirect speech, attributed before or after the clause), then speakers (who said each quote, in text order), which
asks references what a pronoun, a role or a kind noun stands for. patterns holds what the steps share.
"""

from __future__ import annotations

from svodka.model import Entity, Quote
from svodka.nlp.quotes.direct import add_direct
from svodka.nlp.quotes.names import name_mentions
from svodka.nlp.quotes.reported import add_attributed_after, add_reported
from svodka.nlp.quotes.spans import Lines, Spans
from svodka.nlp.quotes.speakers import main_person, research_teams, with_speakers


def find_quotes(text: str, entities: list[Entity]) -> list[Quote]:
    """Direct and indirect quotes in text order, each with its speaker's canonical name."""
    mentions = name_mentions(entities, lambda type_: type_ == "PER", text)
    organisations = name_mentions(entities, lambda type_: type_ == "ORG", text)
    others = name_mentions(entities, lambda type_: type_ not in ("PER", "ORG"), text)
    lines = Lines(text)
    found = Spans()
    add_direct(text, found)
    add_reported(text, found)
    add_attributed_after(text, lines, mentions, organisations, found)
    return with_speakers(text, lines, found, mentions, organisations, others, main_person(entities),
                       research_teams(text, organisations))
