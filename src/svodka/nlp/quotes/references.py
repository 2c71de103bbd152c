"""What a word that is no name stands for: a pronoun ("он", "she") for a person by gender, a role ("осужденный
заявил", "отметил синоптик") for a person named before, a kind noun ("the club", "в банке") for an organisation."""

from __future__ import annotations

import re

from svodka.nlp.quotes.names import Names, Person, looks_female
from svodka.nlp.quotes.patterns import ABOUT_THIS, BUSINESS_KINDS, OFFICE_KINDS
from svodka.nlp.quotes.spans import Found

PRONOUNS = {"он", "она", "he", "she"}
# "Ведомство" names any state body, not one of its own kind: the body the statement names ("СУ СК … проверит
# сообщения. Об этом говорится в сообщении ведомства").
ANY_BODY = ("ведомств",)
SINGULAR_ENDINGS = {"", "а", "я", "у", "ю", "ом", "ем", "е", "и", "ей", "о"}  # "банке", "компании"; not "банков"
FEMALE_PRONOUNS = {"она", "she"}
# Words that, as the subject of a reporting verb, stand for a person named before: "последний" (the latter),
# the role a report gives someone it is about ("осужденный заявил") and a post ("Руководитель донского
# Министерства здравоохранения отметила" after "руководитель управления Татьяна Быковская"): the speaker is a
# person, not the body the post belongs to. Stems, any case and gender ("осужденная", "последняя").
# A post, or an office that rescues, polices or prosecutes ("— сказал начальник отдела полиции", "— рассказал
# спасатель"): someone the text gave a role, never a person it only names (a drowned child is no rescuer)
OFFICE_STEMS = (r"руководител|директор|министр|председател|губернатор|мэр(?!и)|начальник|заместител|глав[аы]$|"
                r"чиновни|спасател|полицейск|следовател|прокурор")
OFFICE_ROLE = re.compile(OFFICE_STEMS, re.I)
ROLE_SUBJECT = re.compile(rf"(?:последн|осужд[её]нн|обвиняем|подозреваем|задержанн|{OFFICE_STEMS}|"
                          # the occupation a report names its protagonist by, not to repeat the name ("Спортсмен
                          # признался, что …" after "Алексей Ягудин")
                          r"спортсмен|акт[её]р|актрис|певец|певиц|музыкант|тренер|футболист|хоккеист|режисс[её]р|"
                          # ... or the trade an expert was introduced by ("…, отметил синоптик", "по оценке самого
                          # ресторатора" of the restaurateur the report is about)
                          r"синоптик|специалист|эксперт|ресторатор|врач|аналитик|политолог|экономист|юрист|"
                          r"адвокат|депутат|дипломат|бизнесмен|предпринимател|писател|журналист|блогер|исследовател|"
                          r"(?:latter|president|minister|governor|mayor|chairman|chairwoman|premier|director)$)", re.I)
ROLE_REACH = 4  # the words before a name that give its role: "начальник отдела полиции Сергей Волков"
# ... and the roles an introduction gives besides those (ROLE_SUBJECT): "профессор Карен Мэдсен", "пресс-секретарь
# коллектива Дмитрий Гугучкин", "Chief Inspector Mark Doyle"
INTRODUCED_ROLE = re.compile(r"профессор|доцент|пресс-секретар|представител|сотрудни|инспектор|командир|менеджер|"
                             r"пиар-менеджер|officer|inspector|spokes|chief|professor|secretary|commissioner|"
                             r"sergeant|constable|superintendent|coordinator|manager|head$", re.I)
# A plural role ("отметили специалисты", "по словам экспертов") is a group the article has not named
PLURAL_ROLE = re.compile(r"(?:ов|ев|ей|ых|их|ами|ах)$")
PLURAL_VERB = re.compile(r"[а-яё]+(?:ли|ют|ят)")
ROLE_SUBJECT_WORDS = 2  # the role opens the subject: "Позднее осужденный", "Руководитель донского министерства"
WORD = re.compile(r"\w+")
FEMALE_ROLE = re.compile(r"(?:иц|актрис)\w?$")  # "чиновницы", "певица": a woman whatever the verb
MAX_VERB = 20  # the verb before a source named after it: "…, уточнила специалист"
LATTER = ("последн", "latter")  # the person named last, whoever spoke before
APPOSITION_REACH = 2000  # how far back a person named with an English role is looked for: a few paragraphs
APPOSITION_CHARS = 60  # ", the deputy health minister" and no more between a name and its role


def organisation_by_kind(words: list[str], position: int, organisations: Names,
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


def pronoun_in(window: str) -> str | None:
    return next((w for w in attribution_words(window) if w in PRONOUNS), None)


def attribution_words(text: str) -> list[str]:
    """The words of an attribution in lower case, as the word lists above are written."""
    return WORD.findall(text.lower())


def pronoun_antecedent(pronoun: str, position: int, mentions: Names, previous: str | None) -> str | None:
    """The previous speaker, else the person last named; "она"/"she" only a woman."""
    return _of_gender(pronoun in FEMALE_PRONOUNS, position, mentions, previous) or previous


def _of_gender(female: bool, position: int, mentions: Names, previous: str | None) -> str | None:
    """The previous speaker unless known to be of the other gender, else the last one named known to be of
    this gender, else the last one named whose gender is unknown."""
    if previous and looks_female(previous) in (female, None):
        return previous
    return mentions.by_gender[female].last_before(position) or mentions.by_gender[None].last_before(position)


def holder_named_by_role(text: str, quote: Found, mentions: Names, organisations: Names,
                          previous: str | None) -> str | None:
    """The person an attribution names by a role alone: the subject of "Об этом последний рассказал", or the
    whole source after the verb or "по словам" ("…, добавил специалист", "по оценке самого ресторатора"), in the
    singular; not a role with an organisation ("заявил глава МВД"): that body's officer may never have been named."""
    lo, hi = quote.who
    words = text[lo:hi].split()
    if ABOUT_THIS.match(text, lo):
        role = role_subject(words[2:])
        return role_holder(role, text, hi, lo, mentions, previous) if role else None
    if not words or len(words) > ROLE_SUBJECT_WORDS or organisations.within(lo, hi):
        return None
    role = role_subject(words)
    if role is None or PLURAL_ROLE.search(role):
        return None
    verb = re.search(r"(\w+)\W*$", text[max(0, lo - MAX_VERB):lo])
    return role_holder(role, text, verb.start(1) + max(0, lo - MAX_VERB) if verb else hi, lo, mentions, previous)


def role_subject(words: list[str]) -> str | None:
    """The word of a subject that names a person by role (see ROLE_SUBJECT), lower-cased."""
    return next((w.lower() for w in words if ROLE_SUBJECT.match(w) and w[:1].isalpha()), None)


def english_role(words: list[str]) -> str | None:
    """The role an English attribution names its source by ("the prime minister said"), "the latter" aside."""
    role = role_subject(words)
    return role if role is not None and role.isascii() and not role.startswith(LATTER) else None


def apposed_holder(role: str, text: str, position: int, mentions: Names) -> str | None:
    """The person last named before position in apposition with an English role ("Dara Quinn, the health minister,"
    or "the health minister, Dara Quinn,"): the text gives them the role, as "Prime Minister Dara Quinn" would."""
    role_after = re.compile(rf",\s+the\s+(?:[\w-]+\s+){{0,3}}{re.escape(role)}\b", re.I)
    role_before = re.compile(rf"\bthe\s+(?:[\w-]+\s+){{0,3}}{re.escape(role)},\s+$", re.I)
    for person in mentions.backwards(max(0, position - APPOSITION_REACH), position):
        if (role_after.match(text, person.stop, person.stop + APPOSITION_CHARS)
                or role_before.search(text, max(0, person.start - APPOSITION_CHARS), person.start)):
            return person.name
    return None


def role_holder(role: str, text: str, verb_start: int, position: int, mentions: Names,
                 previous: str | None) -> str | None:
    """The person a role subject stands for, of the verb's gender ("отметила" a woman): the last one named for
    "последний", else the previous speaker or the last one named; nobody when no one of that gender is. An English
    role ("the prime minister said") is the person named in apposition with it ("Dara Quinn, the health minister,"),
    else the previous speaker at most: its holder, when the text gives them the role
    ("Prime Minister Keir Starmer"), is already a mention of that person (see titles), and the last one named is
    as likely another person ("Mr Streeting" before "the prime minister said")."""
    if role.isascii() and not role.startswith(LATTER):
        return apposed_holder(role, text, position, mentions) or previous
    verb = WORD.match(text, verb_start)  # not a slice of the text after it: that costs its length every time
    if verb and PLURAL_VERB.fullmatch(verb[0]):
        return None  # "Руководители отметили", "Аналитики отмечают": a group, no one person named before
    female = bool(verb and verb[0].endswith("ла")) or role.endswith(("ая", "яя")) or bool(FEMALE_ROLE.search(role))
    if OFFICE_ROLE.match(role):
        return holder_given_role(female, text, position, mentions, previous)
    return _of_gender(female, position, mentions, None if role.startswith(LATTER) else previous)


def holder_given_role(female: bool | None, text: str, position: int, mentions: Names,
                      previous: str | None) -> str | None:
    """Who a post or a common noun stands for ("— сказал начальник полиции", "— цитирует пиар-менеджера СМИ"): the
    previous speaker unless of the other gender, else the last person of this gender (None: any) or of none known
    the text gave a role ("начальник отдела полиции Сергей Волков"), within a few paragraphs; not the last one
    named, who in a report of a drowning is the child, not the rescuer."""
    genders = (True, False, None) if female is None else (female, None)
    if previous and looks_female(previous) in genders:
        return previous
    return next((m.name for m in mentions.backwards(max(0, position - APPOSITION_REACH), position)
                 if looks_female(m.name) in genders and given_role(text, m)), None)


def given_role(text: str, person: Person) -> bool:
    """Whether the words right before a name in its sentence give it a role ("Начальник отдела полиции Сергей
    Волков", "синоптик Иван Петров"), as a report introduces an official; not "11-летняя Полина" nor "тело Марии"."""
    before = re.split(r"[.!?…\n«»\"“”]", text[max(0, person.start - APPOSITION_CHARS):person.start])[-1]
    words = before.split()[-ROLE_REACH:]
    return role_subject(words) is not None or any(INTRODUCED_ROLE.match(w) for w in words)
