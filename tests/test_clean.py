"""Cleaning the seed articles: metadata found, boilerplate cut, body kept."""

from __future__ import annotations

from svodka.clean import clean_document
from svodka.ingest import read_inputs
from svodka.model import Article
from tests.conftest import TODAY, seed_file


def clean_seed(number: int) -> Article:
    [raw] = read_inputs([str(seed_file(number))])
    return clean_document(raw, TODAY)


def test_second_seed_metadata_and_boilerplate(seeds) -> None:
    article = clean_seed(1)
    assert article.title == "Путин раскрыл уникального союзника России в Центральной Азии"
    assert article.outlet == "Sputnik Таджикистан"
    assert article.dateline == "ДУШАНБЕ"
    assert article.published.date().isoformat() == "2021-12-23"
    for boilerplate in ("Перейти в фотобанк", "Подписаться", "Лента новостей", "Лавров: для России"):
        assert boilerplate not in article.text
    assert "0" not in article.text.split("\n\n")
    assert {r.reason for r in article.removed} >= {"photo credit", "subscribe or share", "related-article teaser"}
    assert "ответил на 55 вопросов" in article.text


def test_first_seed_rubric_becomes_section_and_time(seeds) -> None:
    article = clean_seed(0)
    assert article.section == "К 30-летию Независимости Казахстана"
    assert (article.published.month, article.published.day) == (12, 24)
    assert (article.published.hour, article.published.minute) == (8, 23)
    assert article.published_year_guessed
    paragraphs = [p.strip() for p in seed_file(0).read_text(encoding="utf-8").split("\n") if p.strip()][1:]
    for paragraph in paragraphs:
        assert " ".join(paragraph.split()) in article.text
