"""Russian news that borrows a service piece's shape (a guide word, a how-to headline, an advertising label) stays news,
and the service pieces in the same shapes stay service content. Every text is fictional, written for these tests."""

from __future__ import annotations

import pytest

from svodka.categorise import categorise
from svodka.categorise.news_features import news_features
from svodka.model import Article
from svodka.nlp import NlpModels, analyse

LEAD = ("Решение приняли во вторник, сообщили в региональном правительстве. По данным ведомства, изменения коснутся "
        "около 40 тысяч человек.")
GUIDE_LEAD = "Соберите документы заранее. Подайте заявление на портале госуслуг и дождитесь ответа."


def _howto(models: NlpModels, title: str, text: str) -> float:
    article = Article(id="a", origin="test", title=title, text=text)
    return news_features(article, analyse(article, models), 0.0)["howto"]


@pytest.mark.parametrize("title", [
    # A guide word that does something in its own clause names an institution or an event, not the piece.
    "Гид Michelin впервые присвоил звезды московским ресторанам",
    "Советы не помогли: жители Воронежа третий день остаются без горячей воды",
    # A how-to whose part after the colon tells a deed, whoever did it.
    "Как сэкономить на ЖКУ: правительство продлило мораторий на пени",
    "Как получить компенсацию за отмененный рейс: авиакомпании обязали вернуть деньги",
])
def test_a_headline_whose_guide_part_tells_a_deed_is_no_guide(models: NlpModels, title: str) -> None:
    assert _howto(models, title, LEAD) == 0.0


@pytest.mark.parametrize("title", [
    "Пошаговая инструкция: как оформить пенсию по инвалидности",
    "Как пережить жару в квартире: советы врача",
    "Гид по ресторанам Казани",
    # After the colon: a role that tells (advice), or the writer's own roundup.
    "Как выбрать зимние шины: эксперты рассказали",
    "Что подарить на Новый год: мы выбрали 10 подарков",
])
def test_a_guide_in_the_same_shapes_stays_one(models: NlpModels, title: str) -> None:
    assert _howto(models, title, GUIDE_LEAD) == 1.0


def _advert(models: NlpModels, title: str, text: str) -> float:
    article = Article(id="a", origin="test", title=title, text=text)
    return news_features(article, analyse(article, models), 0.0)["advert"]


def test_a_report_that_quotes_an_advertising_label_carries_none(models: NlpModels) -> None:
    fine = ("ФАС оштрафовала застройщика за рекламу без пометки «На правах рекламы»",
            "Служба оштрафовала компанию на 500 тысяч рублей: статьи о ее домах выходили без пометки «На правах "
            "рекламы», сообщили в ведомстве.")
    rules = ("Роскомнадзор напомнил блогерам о маркировке рекламы",
             "Блогеры обязаны указывать в постах строку вида erid: с уникальным кодом, напомнили в ведомстве.")
    assert _advert(models, *fine) == 0.0
    assert _advert(models, *rules) == 0.0


def test_an_advertising_label_on_the_page_still_counts(models: NlpModels) -> None:
    deposit = "Банк «Северный» предлагает вклад под 6% годовых. Откройте вклад онлайн за пять минут."
    assert _advert(models, "Как выбрать вклад", deposit + " На правах рекламы.") == 1.0
    assert _advert(models, "Как выбрать вклад", deposit + " Реклама. ООО «Северный». erid: 2VtzqvXa9k") == 1.0


REPORTS = [
    ("Гид Michelin впервые присвоил звезды московским ресторанам",
     "Ресторанный гид Michelin в четверг впервые представил подборку московских ресторанов. Звезды получили девять "
     "заведений, три звезды не досталось никому. Церемония прошла в Зарядье. Как заявил директор гида, московская "
     "кухня удивила инспекторов. Соглашение о выходе гида в Москву мэрия подписала в прошлом году."),
    ("Советы не помогли: жители Воронежа третий день остаются без горячей воды",
     "Около 30 тысяч жителей Левобережного района Воронежа третий день живут без горячей воды. Авария на теплотрассе "
     "произошла в ночь на субботу. В управляющей компании жителям посоветовали греть воду в чайниках, что вызвало "
     "волну возмущения. Мэр провел выездное совещание и потребовал закончить ремонт до среды, сообщили в мэрии."),
    ("ФАС оштрафовала застройщика за рекламу без пометки «На правах рекламы»",
     "Федеральная антимонопольная служба оштрафовала петербургского застройщика на 500 тысяч рублей за скрытую "
     "рекламу. Как сообщили в ведомстве, компания размещала в интернет-изданиях статьи о своих жилых комплексах без "
     "пометки «На правах рекламы». Застройщик заявил, что обжалует решение в суде."),
]


@pytest.mark.parametrize(("title", "text"), REPORTS)
def test_news_in_a_service_shape_is_news(models: NlpModels, title: str, text: str) -> None:
    article = Article(id="a", origin="test", title=title, text=text)
    assert categorise(article, analyse(article, models)).news
