"""The news filter on soft news, against the tgcontest markup's own definition.

The markup (IlyaGusev/tgcontest, toloka/categories/*_description.html) calls weather
forecasts, celebrity gossip, trailers and sales announced as events news, and reference
pages, how-tos, lists, timeless essays and history not news.
"""

from __future__ import annotations

import pytest

from svodka.categorise import categorise
from svodka.model import Article
from svodka.nlp import NlpModels, analyse

# Our own short articles: a report of a sighting and two kinds of soft news.
ARTICLES = {
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


@pytest.mark.parametrize("name", ["sighting", "weather forecast", "celebrity gossip"])
def test_soft_news_the_markup_calls_news_is_news(models: NlpModels, name: str) -> None:
    assert is_news(name, models)
