"""Conflicts between reports of one event that real outlets produce: a day one outlet gets wrong, a deadline beside the
event's day, one statement credited to two speakers, a name cut short across two languages. Each still tells two
events apart."""

from __future__ import annotations

from datetime import datetime

from svodka.model import Article
from svodka.nlp import analyse
from svodka.stories.similarity import article_profile, probability, signals
from svodka.stories.vectors import term_counts

PUBLISHED = datetime(2026, 3, 10, 9, 0)


def profile(models, title: str, text: str, published: datetime = PUBLISHED):
    article = Article(id=title, origin=title, text=text, title=title, published=published)
    return article_profile(term_counts(article, analyse(article, models)), {}, 10, None, published)


# A ferry capsize; one outlet gives the day before and another toll, as outlets do. The next day's capsize in the same
# harbour, told by the same official, gives other figures.
FERRY = ("Паром перевернулся у причала в Северогорске: 7 погибших",
         "Пассажирский паром перевернулся у причала в Северогорске 9 марта. По данным спасателей, погибли семь "
         "человек, 14 пассажиров госпитализированы. На борту находились 52 человека. «Водолазы обследуют корпус "
         "судна всю ночь», — сообщил начальник службы спасения Григорий Ладыгин.")
FERRY_DAY_BEFORE = ("В Северогорске перевернулся паром, погибли 11 человек",
                    "Паром перевернулся у причала в Северогорске 8 марта. Погибли 11 человек, сообщили в полиции. "
                    "В больницы доставлены 14 пострадавших, всего на борту было 52 пассажира. «Работа водолазов "
                    "продолжится до утра», — сказал глава службы спасения Григорий Ладыгин.")
NEXT_CAPSIZE = ("В Северогорске перевернулся катер, погибли двое",
                "Прогулочный катер перевернулся у причала в Северогорске 10 марта. Погибли два человека, трое "
                "госпитализированы. На борту находились шесть человек. «Причины выясняются», — сообщил начальник "
                "службы спасения Григорий Ладыгин.")


def test_a_day_one_outlet_gets_wrong_weighs_nothing_when_the_same_official_and_counts_are_given(models):
    ferry, day_before, next_capsize = (profile(models, *report) for report in (FERRY, FERRY_DAY_BEFORE, NEXT_CAPSIZE))
    assert signals(ferry, day_before)["other_day"] == 0  # 14 hurt and 52 aboard in both, the same official
    assert probability(ferry, day_before) > 0.5
    assert signals(ferry, next_capsize)["other_day"] == 1  # the next day's capsize: his words, other counts
    assert probability(ferry, next_capsize) < 0.5


# One statement, its words quoted alike, credited by one outlet to the authorities and by another to the mayor.
QUOTE = "«Мы не допустим, чтобы плата за проезд выросла раньше лета»"
CREDITED_TO_MAYOR = ("Крылов пообещал не повышать плату за проезд до лета",
                     f"{QUOTE}, — заявил мэр Северогорска Антон Крылов на заседании городской думы.")
CREDITED_TO_AUTHORITIES = ("Власти Северогорска пообещали не повышать плату за проезд до лета",
                           f"{QUOTE}, — заявил вице-мэр Павел Зуев на заседании городской думы.")
OWN_WORDS = ("Власти Северогорска пообещали не повышать плату за проезд до лета",
             "«Повышения не будет как минимум до июня», — заявил вице-мэр Павел Зуев на заседании городской думы.")


def test_one_statement_quoted_alike_is_one_event_whoever_the_headlines_credit_with_it(models):
    mayor, authorities, own_words = (profile(models, *report)
                                     for report in (CREDITED_TO_MAYOR, CREDITED_TO_AUTHORITIES, OWN_WORDS))
    assert mayor.subject and authorities.subject and mayor.quoted & authorities.quoted
    assert signals(mayor, authorities)["other_subject"] == 0
    assert signals(mayor, own_words)["other_subject"] == 1  # other words: nothing says it is one statement


def test_a_name_cut_short_in_one_language_is_the_word_of_a_place_named_in_the_other():
    strike = {"^strike": 1, "strike": 2, "docker": 2, "#2000": 1, "#15percent": 1}
    russian = {"$ru": 1, "^докер": 1, "докер": 2, "забастовка": 2, "#2000": 1, "#15percent": 1,
               "@per:ver": 2, "!per:ver": 1}  # «Вейра» read as a person "Вейр"
    english = {**strike, "$en": 1, "@loc:port vera": 2, "!loc:port vera": 1}
    other_port = {**strike, "$en": 1, "@loc:port dunmor": 2, "!loc:port dunmor": 1}
    press = {**strike, "$en": 1, "@org:vera post": 2, "!org:vera post": 1}  # a body named after a place is no place
    ru, en, other, body = (article_profile(terms, {}, 10, None, None)
                           for terms in (russian, english, other_port, press))
    assert signals(ru, en)["other_names"] == 0
    assert signals(ru, other)["other_names"] == 1
    assert signals(ru, body)["other_names"] == 1
