"""News or not, and the category, for Cyrillic languages svodka has no cue words or lexicon for (uk, bg, sr, be, kk).

The news filter's word cues and the category lexicons are Russian and English. Read into a Bulgarian text they judged
every report not news (its definite plurals, "жителите", "работниците", end like Russian orders) and filed a flood
under "sports" (session 14, the Cyrillic desk's finding 1). A text in another language is weighed by its structure
alone, and filed by its section or URL, else "other". All texts here are fictional."""

from __future__ import annotations

import pytest

from svodka.categorise import categorise
from svodka.categorise.explain import explanation
from svodka.categorise.news_features import news_features
from svodka.model import Analysis, Article
from svodka.nlp import NlpModels, analyse

BG_NEWS = (
    "Пловдив затвори моста «Адата» за ремонт до 15 декември\n\n"
    "ПЛОВДИВ, 24 ноември — Община Пловдив затвори моста «Адата» за ремонт, съобщи кметът Костадин Димитров. "
    "Шофьорите ще заобикалят по булевардите на съседните квартали, а жителите на крайречните улици бяха "
    "предупредени с писма. «Работниците ще сменят всички носещи греди до 15 декември», каза Димитров пред "
    "журналистите. Ремонтът струва 4,2 милиона лева и се финансира от общинския бюджет."
)
UK_NEWS = (
    "Львівська міська рада ухвалила бюджет на 2027 рік\n\n"
    "ЛЬВІВ, 24 листопада — Львівська міська рада ухвалила бюджет міста на 2027 рік обсягом 14,6 мільярда гривень, "
    "повідомив секретар ради Остап Мельник. Найбільше коштів отримають школи, лікарні та громадський транспорт. "
    "«Ми вперше закладаємо окремі гроші на укриття в кожній школі», — сказав Мельник на сесії. Депутати "
    "проголосували за документ 24.11.2026 після трьох годин обговорення."
)
SR_NEWS = (
    "Крагујевац добио нову аутобуску станицу\n\n"
    "КРАГУЈЕВАЦ, 24. новембар — У Крагујевцу је у понедељак отворена нова аутобуска станица, саопштио је "
    "градоначелник Никола Петровић. Изградња је коштала 9,5 милиона евра и трајала је две године. «Путници ће "
    "коначно чекати у топлом», рекао је Петровић новинарима. Станица ће примати 300 аутобуса дневно од "
    "01.12.2026."
)
BE_NEWS = (
    "У Гродне адкрылі новы мост праз Нёман\n\n"
    "ГРОДНА, 24 лістапада — У Гродне ў панядзелак адкрылі новы аўтамабільны мост праз Нёман, паведаміў "
    "старшыня гарвыканкама Мікалай Казлоўскі. Будаўніцтва каштавала 38 мільёнаў рублёў і доўжылася два гады. "
    "«Цяпер дарога з цэнтра да новых кварталаў зойме дзесяць хвілін», — сказаў Казлоўскі журналістам "
    "24.11.2026."
)
KK_NEWS = (
    "Алматыда жаңа метро бекеті ашылды\n\n"
    "АЛМАТЫ, 24 қараша — Алматыда «Достық» атты жаңа метро бекеті ашылды, деп хабарлады қала әкімдігі. "
    "Құрылысқа 42 миллиард теңге жұмсалды. «Бекет күніне 20 мың жолаушыға қызмет көрсетеді», — деді әкім "
    "орынбасары Ерлан Сейітов. Бекет 01.12.2026 бастап күнделікті жұмыс істейді."
)
# Service pieces, with no URL or section to say so: only the absence of a report's structure can.
UK_RECIPE = (
    "Як спекти сирники за 20 хвилин\n\n"
    "Візьміть 500 грамів сиру, два яйця, дві столові ложки борошна та цукор до смаку. Змішайте сир з яйцями, "
    "додайте борошно і добре перемішайте. Сформуйте невеликі коржики, обваляйте їх у борошні та смажте на олії "
    "по три хвилини з кожного боку. Подавайте зі сметаною або варенням, поки сирники гарячі."
)
BG_HOROSCOPE = (
    "Хороскоп за седмицата\n\n"
    "Овен: седмицата носи нови срещи и добри новини в работата. Телец: не бързайте с решенията за пари. "
    "Близнаци: обадете се на стар приятел, той ще ви зарадва. Рак: отделете време за семейството. Лъв: звездите "
    "са на ваша страна в любовта. Дева: починете си през уикенда и не мислете за работата."
)
NEWS = {"bg": BG_NEWS, "uk": UK_NEWS, "sr": SR_NEWS, "be": BE_NEWS, "kk": KK_NEWS}
# The features no pattern of a language's words is needed for: what the outlet, the analysis and the layout say.
STRUCTURE = {"marked", "history", "sources", "timed", "quotes", "title_named", "dateline", "unanchored", "too_short"}


def article_from(text: str, url: str | None = None) -> Article:
    title, _, body = text.partition("\n\n")
    return Article(id="a", origin="test", title=title, text=body, url=url)


def analysed(models: NlpModels, text: str, url: str | None = None) -> tuple[Article, Analysis]:
    article = article_from(text, url)
    return article, analyse(article, models)


@pytest.mark.parametrize("language", list(NEWS))
def test_a_report_in_a_language_without_cues_is_news_judged_by_its_structure(models: NlpModels, language: str) -> None:
    article, analysis = analysed(models, NEWS[language])
    assert analysis.language == language  # otherwise the test says nothing about that language
    features = news_features(article, analysis, 0.0)
    assert set(features) <= STRUCTURE  # no Russian order, narration, "вы" or service word read into it
    result = categorise(article, analysis)
    assert result.news, result.cues
    assert result.category == "other"  # no lexicon for its words, no section to name one


def test_bulgarian_definite_plurals_are_not_read_as_orders(models: NlpModels) -> None:
    article, analysis = analysed(models, BG_NEWS)
    cues = categorise(article, analysis).cues
    assert "imperative" not in cues and "past" not in cues
    assert cues["quotes"] < 0 and cues["title_named"] < 0  # what tells it a report: its quotation and its place


@pytest.mark.parametrize(("text", "language"), [(UK_RECIPE, "uk"), (BG_HOROSCOPE, "bg")])
def test_service_pieces_without_a_reports_structure_stay_not_news(models: NlpModels, text: str, language: str) -> None:
    article, analysis = analysed(models, text)
    assert analysis.language == language
    result = categorise(article, analysis)
    assert not result.news, result.cues
    assert set(result.cues) <= STRUCTURE  # not by the recipe's orders or the horoscope's word, which are not read
    assert result.category == "other"


def test_an_outlets_section_still_files_and_marks_a_text_in_any_language(models: NlpModels) -> None:
    report = categorise(*analysed(models, BG_NEWS, "https://example.bg/sport/most-adata"))
    assert report.category == "sports" and report.news
    recipe = categorise(*analysed(models, UK_RECIPE, "https://example.ua/recipes/syrnyky"))
    assert not recipe.news and recipe.cues["marked"] > 0


def test_the_why_says_no_lexicon_covers_the_language(models: NlpModels) -> None:
    article, analysis = analysed(models, BG_NEWS)
    assert explanation(article, analysis).category_reason() == "no category lexicon covers its language (bg)"
    article, analysis = analysed(models, BG_NEWS, "https://example.bg/sport/most-adata")
    assert explanation(article, analysis).category_reason() == (
        "sports 12.0 (from its section or URL alone: no category lexicon covers its language (bg))")


def test_russian_and_english_keep_their_word_cues(models: NlpModels) -> None:
    ru = article_from("Как приготовить сырники\n\nСмешайте творог с яйцом, добавьте муку и обжарьте лепешки.")
    en = article_from("How to bake scones\n\nMix the flour with butter. Add milk and bake for twelve minutes.")
    for article in (ru, en):
        features = news_features(article, analyse(article, models), 0.0)
        assert features["imperative"] > 0 and features["howto"] == 1.0
