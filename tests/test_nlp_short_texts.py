"""Dates and names on short texts: perfective futures, «накануне», and name folding at article scale."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from svodka.model import Article, Entity, Mention
from svodka.nlp import analyse
from svodka.nlp.dates import find_dates
from svodka.nlp.entities import _fold_shortened_names

WEDNESDAY = date(2026, 11, 25)  # the coming Monday is 30 November, the last one 23 November


def resolved(text: str, morph, published: date = WEDNESDAY) -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in find_dates(text, published, morph)]


@pytest.mark.parametrize("text, day", [
    ("Министр в понедельник подпишет соглашение.", "2026-11-30"),  # perfective non-past: the coming Monday
    ("Делегации в понедельник встретятся в Минске.", "2026-11-30"),
    ("Губернатор в понедельник проведёт совещание.", "2026-11-30"),
    ("Губернатор в понедельник провёл совещание.", "2026-11-23"),  # past: the Monday before
    ("В понедельник совет утвердил бюджет.", "2026-11-23"),  # "совет", "бюджет" are no future verbs
    ("Он сказал, что в понедельник подпишем договор.", "2026-11-30"),
    ("The minister will sign the deal on Monday.", "2026-11-30"),
    ("The minister signed the deal on Monday.", "2026-11-23"),
])
def test_a_perfective_future_names_the_coming_weekday(models, text, day):
    assert [found for _, found in resolved(text, models.morph_vocab)] == [day]


def test_a_full_stop_glued_to_the_next_sentence_still_bounds_the_tense(models):
    # "стартует" (a future here) belongs to the sentence before the scrape's missing space
    text = "Завтра стартует турнир лиг.Россияне отправились в Канаду еще в субботу."
    assert resolved(text, models.morph_vocab) == [("Завтра", "2026-11-26"), ("в субботу", "2026-11-21")]


def test_a_perfective_future_moves_a_month_to_next_year(models):
    morph = models.morph_vocab
    assert resolved("Стороны в феврале подпишут договор.", morph) == [("в феврале", "2027-02-01/2027-02-28")]
    assert resolved("Стороны в феврале подписали договор.", morph) == [("в феврале", "2026-02-01/2026-02-28")]


@pytest.mark.parametrize("text, found", [
    ("Об этом стало известно накануне.", [("накануне", "2026-11-24")]),
    ("Накануне Путин заявил о переговорах.", [("Накануне", "2026-11-24")]),  # a nominative after: alone
    ("Накануне вечером в Москве прошла встреча.", [("Накануне", "2026-11-24")]),
    ("Накануне, 24 ноября, глава МИД прилетел в Минск.", [("Накануне", "2026-11-24"), ("24 ноября", "2026-11-24")]),
    ("Парад прошёл накануне 9 мая.", [("накануне 9 мая", "2026-05-08")]),  # the day before the day named
    ("Репетицию проведут накануне 9 мая.", [("накануне 9 мая", "2027-05-08")]),
    ("Опрос провели накануне выборов.", []),  # the eve of an event: no date
    ("Накануне его визита задержали двоих.", []),
    ("Накануне Нового года цены выросли.", []),
])
def test_nakanune_is_the_day_before_the_report_or_the_day_it_names(models, text, found):
    assert resolved(text, models.morph_vocab) == found


def test_the_analysis_of_a_russian_article_reads_its_verbs(models):
    text = "Президент в понедельник подпишет указ. Накануне он провёл совещание."
    article = Article(id="a", origin="test", text=text, published=datetime(2026, 11, 25, 9, 0))
    assert [(d.text, d.date) for d in analyse(article, models).dates] == [
        ("в понедельник", "2026-11-30"), ("Накануне", "2026-11-24")]


def groups(names: list[tuple[str, str]]) -> dict[tuple[str, str], Entity]:
    entities: dict[tuple[str, str], Entity] = {}
    for i, (kind, name) in enumerate(names):
        entity = entities.setdefault((kind, name.lower()), Entity(name=name, type=kind))
        entity.mentions.append(Mention(i * 100, i * 100 + len(name), name))
    return entities


def test_a_shortened_name_joins_the_one_longer_name_holding_its_words():
    entities = groups([("ORG", "Законодательное собрание Приморского края"), ("ORG", "Законодательное собрание"),
                       ("LOC", "Йеллоустонский национальный парк"), ("LOC", "Йеллоустонский парк"),
                       ("ORG", "Walter Reed National Medical Center"), ("PER", "Walter Reed")])
    _fold_shortened_names(entities)
    assert {key: len(e.mentions) for key, e in entities.items()} == {
        ("ORG", "законодательное собрание приморского края"): 2, ("LOC", "йеллоустонский национальный парк"): 2,
        ("ORG", "walter reed national medical center"): 2}


def test_a_shortened_name_two_longer_names_hold_stays_apart():
    entities = groups([("ORG", "Совет директоров Газпрома"), ("ORG", "Совет директоров Сбербанка"),
                       ("ORG", "Совет директоров")])
    _fold_shortened_names(entities)
    assert len(entities) == 3


def test_two_thousand_names_fold_each_short_form_into_its_own_long_one():
    # distinct organisations: "альфа0 бета0 гамма0" and, later, "альфа0 гамма0" (a word left out)
    longs = [("ORG", f"альфа{i} бета{i} гамма{i}") for i in range(1000)]
    shorts = [("ORG", f"альфа{i} гамма{i}") for i in range(1000)]
    entities = groups(longs + shorts)
    _fold_shortened_names(entities)
    assert sorted(entities) == sorted((kind, name.lower()) for kind, name in longs)
    assert all([m.text for m in e.mentions] == [e.name, e.name.replace(e.name.split()[1] + " ", "")]
               for e in entities.values())
