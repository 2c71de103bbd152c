"""What session 17's testers found in Russian regional pages: an ad inserted between a report's paragraphs read as the
page's own advertising label, a prison term read as a list, a market-research page in Russian let in as news. Every
text is fictional, written for these tests."""

from __future__ import annotations

import pytest

from svodka.categorise import categorise
from svodka.categorise.news_features import news_features
from svodka.clean import clean_document
from svodka.model import Article, RawDocument
from svodka.nlp import NlpModels, analyse
from tests.conftest import TODAY

BRIDGE_REPORT = (
    "Мост через Вятку закроют на ремонт\n\n"
    "В Кирове с понедельника закроют Старый мост через Вятку, сообщили в мэрии города.\n"
    "Ремонт продлится до конца октября, объезд пройдет по Новому мосту.\n"
    "{label}\n"
    "Автобусы трех маршрутов изменят схему движения, сказал глава департамента транспорта Олег Мухин."
)
INSERTED_AD = "Реклама. ООО «Лесная Ягода». erid: 2VtzKx7Qp1"
SPONSORED_POST = (
    "Вклад «Осенний» в банке «Вятич»\n\n"
    "Банк «Вятич» запустил вклад «Осенний» со ставкой до 15% годовых, сообщили в банке.\n"
    "Открыть вклад можно до 30 ноября в отделениях банка в Кирове и области.\n"
    "{label}"
)


def _cleaned(text: str) -> Article:
    """The text as svodka reads a plain-text file: the cleaner cuts an ad's label as boilerplate (`removed`)."""
    return clean_document(RawDocument(origin="t.txt", raw=text.encode(), format="text", text=text), TODAY)


def _advert(models: NlpModels, article: Article) -> float:
    return news_features(article, analyse(article, models), 0.0)["advert"]


def test_an_ad_inserted_between_a_reports_paragraphs_is_not_the_pages_label(models: NlpModels) -> None:
    article = _cleaned(BRIDGE_REPORT.format(label=INSERTED_AD))
    assert INSERTED_AD in [piece.text for piece in article.removed]  # cut, so the label is read from `removed`
    assert _advert(models, article) == 0.0
    assert categorise(article, analyse(article, models)).news


def test_a_label_the_cleaner_cut_still_declares_a_post_that_promotes_its_advertiser(models: NlpModels) -> None:
    named = _cleaned(SPONSORED_POST.format(label="Реклама. ПАО «Банк Вятич». erid: 2VtzRt5Wm8"))
    bare = _cleaned(SPONSORED_POST.format(label="На правах рекламы"))
    assert _advert(models, named) == 1.0  # «Вятич» in the label, «Вятич» in the post
    assert _advert(models, bare) == 1.0  # a label naming no advertiser declares the page
    assert not categorise(named, analyse(named, models)).news


def _listicle(models: NlpModels, title: str) -> float:
    lead = "Суд вынес приговор в четверг, сообщили в пресс-службе суда. Защита намерена обжаловать решение."
    article = Article(id="a", origin="test", title=title, text=lead)
    return news_features(article, analyse(article, models), 0.0)["listicle"]


@pytest.mark.parametrize("title", [
    "Девять лет для бывшего мэра Кедровска",
    "Три года условно для директора автобазы",
    "Nine years for the former mayor of Eastfield",
    "20 years after the flood, the river town rebuilds",
])
def test_a_count_of_years_in_a_headline_is_a_term_or_an_age_not_a_list(models: NlpModels, title: str) -> None:
    assert _listicle(models, title) == 0.0


@pytest.mark.parametrize("title", [
    "10 лет, которые изменили наш город",
    "5 days that changed the music business",
    "10 правил спокойного утра",
])
def test_a_span_a_clause_fills_and_a_count_of_things_still_promise_a_list(models: NlpModels, title: str) -> None:
    assert _listicle(models, title) == 1.0


RU_REPORT_PAGE = (
    "Рынок электросамокатов в России 2026–2032: объем, доля, прогноз",
    "Согласно новому исследованию, рынок электросамокатов в России будет расти в среднем на 11% в год. В отчете "
    "рассмотрены объем рынка, доли ключевых игроков, сегментация по типу и региону. Чтобы получить демоверсию отчета, "
    "оставьте заявку на сайте.",
)
RU_REPORT_STORY = (
    "Продажи электросамокатов в России выросли на треть, подсчитали аналитики",
    "Продажи электросамокатов в России за девять месяцев выросли на 33%, говорится в исследовании агентства «Северный "
    "анализ», опубликованном во вторник. Больше всего самокатов купили в Москве и Казани, сообщили в агентстве. "
    "«Самокат стал транспортом, а не игрушкой», — рассказал руководитель исследования Павел Лыков.",
)


def test_a_russian_research_page_selling_its_report_is_not_news(models: NlpModels) -> None:
    article = Article(id="a", origin="test", title=RU_REPORT_PAGE[0], text=RU_REPORT_PAGE[1])
    result = categorise(article, analyse(article, models))
    assert not result.news
    assert result.cues["report_sale"] > 0


def test_a_russian_newsroom_story_about_a_market_study_stays_news(models: NlpModels) -> None:
    article = Article(id="a", origin="test", title=RU_REPORT_STORY[0], text=RU_REPORT_STORY[1])
    analysis = analyse(article, models)
    assert news_features(article, analysis, 0.0)["report_sale"] == 0.0
    assert categorise(article, analysis).news
