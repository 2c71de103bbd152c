"""The news filter against the tgcontest markup's own definition: a headline that names a topic, and soft news.

The markup (IlyaGusev/tgcontest, toloka/categories/*_description.html) calls reference pages,
how-tos, lists, timeless essays and history not news, and weather forecasts, celebrity
gossip, trailers and sales announced as events news.
"""

from __future__ import annotations

import pytest

from svodka.categorise import categorise
from svodka.categorise.news_features import news_features
from svodka.model import Article
from svodka.nlp import NlpModels, analyse

BODY = "Подробности сообщили в пресс-службе во вторник."


def features_of(title: str, models: NlpModels, text: str = BODY) -> dict[str, float]:
    article = Article(id="a", origin="test", title=title, text=text)
    return news_features(article, analyse(article, models), 0.0)


@pytest.mark.parametrize("title", ["Лисы Подмосковья: повадки и рацион", "Салат с печеной свеклой и сыром",
                                   "Осенний лес, 1970-е"])
def test_a_russian_headline_that_names_a_topic_has_no_predicate(models: NlpModels, title: str) -> None:
    assert features_of(title, models)["title_verbless"] == 1.0


@pytest.mark.parametrize("title", ["В Твери задержан угонщик автобуса", "Мэрия готова снести рынок",
                                   "Сборная проиграла Норвегии", "Тарифы вырастут с июля"])
def test_a_russian_headline_that_reports_has_a_predicate(models: NlpModels, title: str) -> None:
    """A verb, a short participle ("задержан") or a short adjective ("готова") is a predicate."""
    assert features_of(title, models)["title_verbless"] == 0.0


def test_english_headlines_are_not_read_for_a_predicate(models: NlpModels) -> None:
    """English has no morphology to find a verb by, so the cue stays silent there."""
    text = "The museum said on Tuesday that it would reopen in May."
    assert features_of("Old harbours of the North Sea", models, text)["title_verbless"] == 0.0


# Our own short articles: a reference page, a report on its subject, and two kinds of soft news.
ARTICLES = {
    "reference": ("Лисы Подмосковья: повадки и рацион",
                  "Обыкновенная лиса живет в лесах и на полях по всему Подмосковью. Зверь охотится в основном на "
                  "мышей, а летом не отказывается от ягод и насекомых. Нору лиса роет на склоне оврага или занимает "
                  "чужую. Потомство появляется весной, в выводке обычно от четырех до шести лисят."),
    "sighting": ("В Подмосковье заметили лису-альбиноса",
                 "Жители Коломны в среду сфотографировали у реки лису с совершенно белой шерстью, сообщили в "
                 "областном комитете по охране животного мира. По словам специалистов, альбиносы среди лис "
                 "встречаются крайне редко. Животное не выглядело больным и вскоре скрылось в лесу."),
    "weather forecast": ("Прогноз погоды на 14 января: в Петербурге до минус 12",
                         "В четверг в Петербурге ожидается малооблачная погода без осадков, ночью температура "
                         "опустится до минус 12 градусов, сообщили синоптики. Днем воздух прогреется до минус 7. "
                         "По данным Гидрометцентра, к выходным морозы ослабнут."),
    "celebrity gossip": ("Singer Ada Morrow and footballer Leo Grant end their engagement",
                         "Singer Ada Morrow and footballer Leo Grant have ended their engagement, her publicist "
                         "confirmed on Wednesday. The pair announced they were engaged last spring. Neither has "
                         "commented on the reasons."),
}


def is_news(name: str, models: NlpModels) -> bool:
    title, text = ARTICLES[name]
    article = Article(id=name, origin="test", title=title, text=text)
    return categorise(article, analyse(article, models)).news


def test_a_reference_page_is_not_news_and_a_report_on_its_subject_is(models: NlpModels) -> None:
    assert not is_news("reference", models)
    assert is_news("sighting", models)


@pytest.mark.parametrize("name", ["weather forecast", "celebrity gossip"])
def test_soft_news_the_markup_calls_news_is_news(models: NlpModels, name: str) -> None:
    assert is_news(name, models)
