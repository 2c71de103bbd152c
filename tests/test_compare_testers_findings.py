"""What the session 17 testers found in comparisons of fictional stories: a verdict two reports tell in different
words («к 9 годам» / «к девяти годам»), one naming the court as a name, the other printing it in another case.
Texts are ours (fictional)."""

from __future__ import annotations

from datetime import date

from svodka.compare import compare_articles
from svodka.compare.details import inflected
from svodka.nlp import NlpModels

from conftest import of_kind, reports_of_one_day

DAY = date(2026, 3, 12)

VERDICT_DIGITS = ("Суд приговорил бывшего мэра Озёрска Игоря Лаптева к 7 годам колонии строгого режима и штрафу в "
                  "40 млн рублей по делу о взятке, сообщила в среду пресс-служба окружного суда. По версии следствия, "
                  "Лаптев получил 8 млн рублей за подряд на ремонт моста. Защита намерена обжаловать приговор.")
VERDICT_WORDS = ("Окружной суд приговорил бывшего главу Озёрска Игоря Лаптева к семи годам колонии, признав его "
                 "виновным в получении взятки в 8 млн рублей. Адвокат Лаптева заявил, что приговор будет обжалован.")


def test_a_verdict_in_digits_and_in_words_is_shared_by_both_reports(models: NlpModels) -> None:
    members = reports_of_one_day(models, DAY, ("Озёрские вести", "10:00", "Приговор", VERDICT_DIGITS),
                                 ("Вечерний Озёрск", "11:00", "Приговор", VERDICT_WORDS))
    shared = of_kind(compare_articles(members, models.embedding), "shared")
    verdict = [d for d in shared if "годам" in d.text]
    assert verdict and set(verdict[0].articles) == {"r0", "r1"}


def test_a_long_word_inflected_on_both_sides_is_one_word() -> None:
    assert inflected("okruzhnoi", "okruzhnogo")  # «Окружной» / «окружного»
    assert not inflected("suda", "sudy") and not inflected("mosta", "mesta")
