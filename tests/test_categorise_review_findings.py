"""What a reviewer found the news filter doing wrong after the borrowed-shapes fixes: a service guide whose part after
the colon drops the writer's «мы» ("собрали главное") read as a deed, and an advertising label lost to a quotation
span that crossed sentences. Every text is fictional, written for these tests."""

from __future__ import annotations

import pytest

from svodka.categorise.news_features import news_features
from svodka.model import Article
from svodka.nlp import NlpModels, analyse

GUIDE_LEAD = "Соберите документы заранее. Подайте заявление на портале госуслуг и дождитесь ответа."


def _features(models: NlpModels, title: str, text: str) -> dict[str, float]:
    article = Article(id="a", origin="test", title=title, text=text)
    return news_features(article, analyse(article, models), 0.0)


@pytest.mark.parametrize("title", [
    "Как выбрать телевизор: собрали главное",
    "Как выбрать телевизор: проверили 10 моделей",
    "Как выбрать шины: разобрались вместе с экспертом",
    "Какой кофе лучше: проверили 10 марок",
    "Как выбрать арбуз: проверено редакцией",
    "Как провести выходные: составили список",
    "Советы бывалых туристов сохранены в нашей подборке",
])
def test_a_guide_whose_clause_opens_with_its_verb_stays_one(models: NlpModels, title: str) -> None:
    assert _features(models, title, GUIDE_LEAD)["howto"] == 1.0


def test_a_straight_quote_earlier_in_the_text_leaves_the_advertising_label(models: NlpModels) -> None:
    text = ("Телевизор с экраном 4K продается со скидкой 20%. Закажите его на сайте магазина. На правах рекламы. "
            "Продавец ООО \"Северный\".")
    assert _features(models, "Телевизор 55\" со скидкой", text)["advert"] == 1.0


def test_a_label_opening_a_quotation_is_named_not_declared(models: NlpModels) -> None:
    text = "Служба оштрафовала компанию: статьи выходили без пометки \"На правах рекламы\", сообщили в ведомстве."
    assert _features(models, "Застройщика оштрафовали за скрытую рекламу", text)["advert"] == 0.0
