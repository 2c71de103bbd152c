"""Furniture a fact-checker found kept as facts (channel promos, donation appeals, read-more pointers, source credits,
bare links, a caption glued to the lead), characters no reader sees, and publication days given by a dateline's
outlet after a comma or by a URL's "/17-05-2020/" and "/20191116452-". Every text here is ours."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from svodka.clean import clean_document
from svodka.clean.dates import url_date, with_url_day, with_url_year
from svodka.model import Article, RawDocument
from tests.conftest import TODAY

LEAD = "Мэрия Заречья открыла новый мост через реку Сочу после двух лет ремонта."


def clean_record(text: str, **hints: str) -> Article:
    """One JSON dump record, as ingest hands it to the cleaner."""
    record = {"text": text, **hints}
    return clean_document(RawDocument(origin="d.jsonl:1", raw=json.dumps(record).encode(), format="json", text=text,
                                      hints=hints), TODAY)


def cut(article: Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed if not r.reason.startswith("header")}


@pytest.mark.parametrize(
    ("furniture", "reason"),
    [
        ("Только срочные и самые важные новости — на нашем Telegram-канале.", "subscribe or share"),
        ("Свежие новости вашего города — в telegram-канале «Заречье», viber-канале «Заречье» и в вашей почте.",
         "subscribe or share"),
        ("Хотите, чтобы в городе была своя газета? Поддержите «Заречные вести».", "donation appeal"),
        ("Подробнее о ремонте моста читайте в материале «Мост, который ждали».", "related-article teaser"),
        ("Подробнее об истории моста можно почитать в нашем материале.", "related-article teaser"),
        ("О том, как мост закрывали, читайте в нашей публикации.", "related-article teaser"),
        ("https://zarechye.example/news/most-otkryli-12345.html", "source link"),
    ],
)
def test_an_outlet_s_promos_pointers_and_links_between_sentences_are_cut(furniture: str, reason: str) -> None:
    after = "Движение по мосту откроют в понедельник."
    article = clean_record(f"{LEAD} {furniture} {after}", title="Мост открыли")
    assert article.text == f"{LEAD} {after}"
    assert cut(article) == {furniture: reason}


@pytest.mark.parametrize(
    "closing",
    [" Источник: «Заречные вести»", " По материалам: www.zarechye.example", " Фото: пресс-служба.", " Source: agencies.",
     " https://zarechye.example/news/12345.html", " Интересно?", " Только главное — на нашем Telegram-канале",
     " Хотите, чтобы в городе была своя газета? Поддержите Zarechye.example"],
)
def test_a_credit_link_or_prompt_after_the_last_sentence_is_cut(closing: str) -> None:
    article = clean_record(LEAD + closing, title="Мост открыли")
    assert article.text == LEAD
    assert list(cut(article)) == [closing.strip()]


def test_a_prompt_bared_by_cutting_the_furniture_after_it_goes_too() -> None:
    article = clean_record(f"{LEAD} Интересно? Жми, чтобы подписаться на канал Автор: Анна Петрова",
                           title="Мост открыли")
    assert article.text == LEAD
    assert set(cut(article)) == {"Интересно?", "Жми, чтобы подписаться на канал", "Автор: Анна Петрова"}


@pytest.mark.parametrize("prompt", ["Читайте нас:", "Читайте нас в Дзене", "Читайте нас в Telegram и ВКонтакте."])
def test_a_follow_us_line_is_a_prompt_not_a_teaser(prompt: str) -> None:
    after = "Движение по мосту откроют в понедельник."
    article = clean_record(f"{LEAD}\n\n{prompt}\n\n{after}", title="Мост открыли")
    assert article.text == f"{LEAD}\n\n{after}"
    assert cut(article) == {prompt: "subscribe or share"}


def test_a_bare_follow_us_line_opens_no_teaser_block() -> None:
    body = [LEAD, "Мост строили два года", "Он соединил Заречье и Слободку; по нему пустят два автобуса",
            "Движение откроют в пятницу."]  # a subheading and a line with no full stop, as teasers have none
    article = clean_record("\n\n".join([body[0], "Читайте нас:", *body[1:]]), title="Мост открыли")
    assert article.text.split("\n\n") == body
    assert cut(article) == {"Читайте нас:": "subscribe or share"}


def test_a_photo_caption_glued_before_a_sentence_is_cut() -> None:
    article = clean_record(f"Анна и Пётр Соколовы В Заречье поздравляют супругов с золотой свадьбой. {LEAD} "
                           "Анна и Пётр Соколовы В 1976 году они поженились в этом городе.", title="Золотая свадьба")
    assert article.text == (f"В Заречье поздравляют супругов с золотой свадьбой. {LEAD} "
                            "В 1976 году они поженились в этом городе.")
    assert cut(article) == {"Анна и Пётр Соколовы": "photo caption"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Об этом сообщил Telegram-канал «Заречье сегодня».",  # reporting what a channel said
        "Как сообщает РБК со ссылкой на источник, мост обошёлся в 2 млрд рублей.",
        "Губернатор написал в своём Telegram-канале, что мост откроют в мае.",
        "В нашей стране Telegram и WhatsApp работают с перебоями.",
        "Источник в мэрии сообщил, что ремонт обошёлся дороже.",
        "Глава города Иван Петров открыл мост, а в 2024 году обещал построить ещё один.",
        "Подробнее о проекте рассказал главный инженер.",  # no pointer to another piece
        "Интересно, что мост строили без перерыва.",
        "Данные опубликованы на сайте https://zarechye.example/data.",  # a link inside a sentence is the text's own
    ],
)
def test_reporting_about_channels_sources_and_links_stays(sentence: str) -> None:
    assert clean_record(f"{LEAD} {sentence}", title="Мост открыли").text == f"{LEAD} {sentence}"


def test_characters_no_reader_sees_leave_text_title_and_outlet() -> None:
    article = clean_record(
        f"Мэр Иван Пе\u200bтров от\u00adкрыл мост.\u202e Сто\ufeffит он 2 млрд рублей. {LEAD}",
        title="\u2066Мост\u2069 от\u200dкрыт", outlet="Заречные\u200f вести\u2066", author="Анна\u200c Петрова",
    )
    assert article.text == f"Мэр Иван Петров открыл мост. Стоит он 2 млрд рублей. {LEAD}"
    assert (article.title, article.outlet, article.author) == ("Мост открыт", "Заречные вести", "Анна Петрова")


def test_arabic_and_hebrew_letters_stay() -> None:
    sentence = "Делегация привезла плакаты «مرحبا» и «שלום» на открытие моста."
    assert clean_record(f"{LEAD} {sentence}", title="Мост открыли").text == f"{LEAD} {sentence}"


def test_an_html_page_and_a_json_body_lose_the_same_controls() -> None:
    page = (f"<html><head><title>Мост открыт</title></head><body><article><h1>Мост открыт</h1><p>{LEAD}</p>"
            "<p>\u202eМэр Иван Пе&#x200b;тров перерезал ленту на открытии моста.</p></article></body></html>")
    from_page = clean_document(RawDocument(origin="p.html", raw=page.encode(), format="html", text=page), TODAY)
    from_json = clean_record(f"{LEAD}\n\n\u202eМэр Иван Пе\u200bтров перерезал ленту на открытии моста.",
                             title="Мост открыт")
    assert "Мэр Иван Петров перерезал ленту" in from_page.text
    assert from_page.text == from_json.text


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("ЗАРЕЧЬЕ, 17 мая, ЗаречьеПресс. Мост через Сочу открыли после двух лет ремонта.", datetime(2026, 5, 17)),
        ("ЗАРЕЧЬЕ, 17 мая — ЗаречьеПресс. Мост через Сочу открыли после двух лет ремонта.", datetime(2026, 5, 17)),
    ],
)
def test_a_dateline_s_day_is_read_with_the_outlet_after_a_comma_or_a_dash(lead: str, day: datetime) -> None:
    article = clean_record(lead, title="Мост открыли")
    assert (article.published, article.outlet) == (day, "ЗаречьеПресс")


@pytest.mark.parametrize(
    "lead",
    ["США, Вашингтон. Президент подписал указ о ремонте мостов.",  # no day: a country and a city
     "WASHINGTON, Nov 17, Three bridges closed. The president signed an order on repairs."],  # the lead, no outlet
)
def test_a_comma_names_an_outlet_only_after_a_day_and_before_a_short_name(lead: str) -> None:
    assert clean_record(lead, title="Указ").outlet is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://city.example/news/society/17-05-2020/most-otkryli", datetime(2020, 5, 17)),
        ("https://city.example/tech/06/05/2020/3f2a9c", datetime(2020, 5, 6)),
        ("https://city.example/news/05-17-2020/most", None),  # the month first: no date a Russian site writes
        ("https://city.example/news/content/20191116452-AbCd.html", None),  # an id: evidence only beside other
    ],
)
def test_a_day_first_url_date_is_read_and_an_id_alone_is_not(url: str, day: datetime | None) -> None:
    assert url_date(url) == day


def test_an_id_opening_with_a_date_dates_an_undated_text_that_prints_a_year_near_it() -> None:
    url = "https://tv.example/news/content/20191116452-AbCd.html"
    near = "Корабли задержали в ноябре 2018 года, их вернут до 9 декабря."
    assert with_url_day(None, url, TODAY, near) == (datetime(2019, 11, 16, 12), True)
    assert with_url_day(None, url, TODAY, "Корабли вернут до 9 декабря.") == (None, False)  # no year printed
    assert with_url_day(None, url, TODAY, "План утвердили ещё в 2012 году.") == (None, False)  # a year far off
    # an id that only looks like a date: the printed year is far from it
    assert with_url_day(None, "https://x.example/a/2010051234", TODAY, "Мост открыли в 2019 году.") == (None, False)


def test_an_id_date_gives_a_year_less_day_its_year_only_when_the_days_agree() -> None:
    url = "https://tv.example/news/content/20191116452-AbCd.html"
    assert with_url_year(datetime(2026, 11, 16, 9), True, url) == (datetime(2019, 11, 16, 9), False)
    assert with_url_year(datetime(2026, 3, 2, 9), True, url) == (datetime(2026, 3, 2, 9), True)
