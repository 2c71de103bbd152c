"""Regional sites' furniture and names: ads under a bare «Реклама», readers' comments, counters, site-builder footers,
share lines, brand names with a dot, city datelines, and pages saved twice as mojibake. Every text here is fictional."""

from __future__ import annotations

from datetime import datetime

import pytest

from svodka.clean import clean_document
from svodka.clean.outlets import outlet_name
from svodka.clean.text import clean_plain_text
from svodka.ingest.decode import decode_text
from svodka.model import RawDocument

NOW = datetime(2026, 3, 20, 12, 0)
LEAD = "Мост через речку Светлую в посёлке Лесной откроют после ремонта в пятницу, сообщили в администрации."
LAST = "Движение по мосту ограничат до вечера субботы."


def body_of(*lines: str) -> str:
    return clean_plain_text("\n".join(lines), NOW, title="Мост в Лесном откроют в пятницу").body


@pytest.mark.parametrize("marker", ["Реклама", "Реклама.", "На правах рекламы", "Advertisement"])
@pytest.mark.parametrize("ad", ["Купите дом у реки — рассрочка на 10 лет!",
                                "Двери со скидкой 20% Телефон: +7 (900) 000-00-00",
                                "Кухни на заказ. erid: 2VtzqwAbCd"])
def test_an_ad_under_a_bare_label_goes_with_it(marker: str, ad: str) -> None:
    assert body_of(LEAD, marker, ad, LAST).split("\n\n") == [LEAD, LAST]


def test_a_report_s_sentence_under_a_bare_label_stays() -> None:
    """The label heads an ad of sales lines: a plain sentence of the report after it is the text going on."""
    assert body_of(LEAD, "Реклама", "Ремонт обошёлся району в 12 млн рублей.", LAST).split("\n\n") == [
        LEAD, "Ремонт обошёлся району в 12 млн рублей.", LAST]


@pytest.mark.parametrize("reported", ["Акция продлится до 30 марта, сообщили в администрации района.",
                                      "Скидки для пенсионеров сохранятся, пояснил глава района Олег Сомов."])
def test_a_reported_sentence_on_a_sale_under_a_bare_label_stays(reported: str) -> None:
    """Attributed («сообщили в администрации»), a line speaks of a sale as a report does: an ad says not who said
    it."""
    assert body_of(LEAD, "Реклама", reported, LAST).split("\n\n") == [LEAD, reported, LAST]


def test_named_remarks_under_a_bare_comments_heading_stay() -> None:
    """«Комментарии» without a count may head the experts' remarks of the report: only a counted heading («Комментарии
    (2)») is the readers' block."""
    remarks = ["Иван Петров: ремонт моста давно назрел.", "Анна Смирнова: главное, чтобы успели к зиме."]
    assert body_of(LEAD, "Комментарии", *remarks, LAST).split("\n\n") == [LEAD, *remarks, LAST]


def test_readers_comments_under_their_heading_go_and_the_text_after_them_stays() -> None:
    body = body_of(LEAD, "Комментарии (2)", "Гость: а пешеходам что делать?", "Пётр_77: наконец-то!", LAST)
    assert body.split("\n\n") == [LEAD, LAST]


@pytest.mark.parametrize("furniture", [
    "👁 1 234", "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
    "Made on Tilda", "Хостинг от uCoz", "Поділитися: Facebook Telegram", "2 часа назад",
])
def test_a_regional_site_s_furniture_line_goes(furniture: str) -> None:
    assert body_of(LEAD, furniture, LAST).split("\n\n") == [LEAD, LAST]


def test_a_sentence_opening_with_how_long_ago_stays() -> None:
    sentence = "2 часа назад в посёлке Лесной прорвало трубу на улице Мира."
    assert body_of(LEAD, sentence, LAST).split("\n\n") == [LEAD, sentence, LAST]


def test_share_buttons_ending_a_feed_s_description_go() -> None:
    assert body_of(f"{LEAD} {LAST} Поделиться: ВКонтакте Telegram") == f"{LEAD} {LAST}"


def test_a_counter_glued_to_the_page_s_date_goes_before_the_lead() -> None:
    assert body_of("12.03.2026 14:35👁 1 234", LEAD, LAST).split("\n\n") == [LEAD, LAST]


def test_a_caption_telling_figures_stays_and_a_credit_goes() -> None:
    caption = "Фото: на мосту работают 35 человек и 4 крана"
    assert body_of(LEAD, caption, "Фото: Иван Петров / «Лесной вестник»", LAST).split("\n\n") == [LEAD, caption, LAST]


@pytest.mark.parametrize("name", ["Прикамье.ру", "Сибирь.Онлайн", "Приморье.Сегодня", "Лесной.День"])
def test_a_brand_name_with_a_dot_is_kept_as_written(name: str) -> None:
    assert outlet_name(name) == name


@pytest.mark.parametrize(("given", "site"), [("Lenta.ru", "lenta.ru"), ("www.reuters.com", "reuters.com"),
                                             ("https://www.lesnoy.example/", "lesnoy.example")])
def test_a_name_written_as_an_address_is_still_its_site(given: str, site: str) -> None:
    assert outlet_name(given) == site


@pytest.mark.parametrize("city", ["Екатеринбург", "Челябинск", "Архангельск", "Алматы"])
def test_a_city_standing_as_the_lead_s_first_sentence_is_the_dateline(city: str) -> None:
    cleaned = clean_plain_text(f"{city}. {LEAD}\n{LAST}", NOW, title="Мост откроют в пятницу")
    assert cleaned.dateline == city


@pytest.mark.parametrize("text", ["Москва. Кремль. Путин. Три слова дня.", "Екатеринбург стал столицей фестиваля.",
                                  "Внимание. Мост закроют на ремонт в пятницу вечером."])
def test_a_run_of_words_or_a_sentence_about_a_city_is_no_dateline(text: str) -> None:
    assert clean_plain_text(text, NOW, title="Заголовок").dateline is None


def test_a_city_before_the_date_in_the_header_is_the_dateline_not_the_outlet() -> None:
    cleaned = clean_plain_text(f"Мост в Лесном откроют в пятницу\nТюмень, 10 марта 2026 года, 08:00\n{LEAD}", NOW)
    assert (cleaned.dateline, cleaned.outlet) == ("Тюмень", None)
    assert cleaned.published == datetime(2026, 3, 10, 8, 0)


def test_an_outlet_before_the_date_in_the_header_stays_the_outlet() -> None:
    cleaned = clean_plain_text(f"Мост в Лесном откроют в пятницу\nЛесной вестник, 10 марта 2026 года\n{LEAD}", NOW)
    assert (cleaned.dateline, cleaned.outlet) == (None, "Лесной вестник")


def mojibake(text: str) -> str:
    """What a desk's tool makes of UTF-8 read as cp1251 and written out again as UTF-8."""
    return text.encode("utf-8").decode("cp1251")


def test_a_page_saved_twice_as_mojibake_is_read_back_and_said() -> None:
    html = (f'<html><head><meta charset="utf-8"><title>{mojibake("Мост в Лесном откроют в пятницу")}</title></head>'
            f"<body><h1>{mojibake('Мост в Лесном откроют в пятницу')}</h1><p>{mojibake(LEAD)}</p>"
            f"<p>{mojibake(LAST)}</p></body></html>")
    decoded = decode_text(html.encode("utf-8"))
    assert "repaired mojibake" in decoded.doubt
    article = clean_document(RawDocument(origin="x.html", raw=decoded.text.encode(), format="html",
                                         text=decoded.text, encoding=decoded.encoding), NOW)
    assert article.title == "Мост в Лесном откроют в пятницу" and article.text.split("\n\n") == [LEAD, LAST]


def test_mojibake_that_does_not_read_back_is_kept_and_said() -> None:
    broken = mojibake(LEAD) + " Мост откроют в пятницу."  # right Cyrillic beside it: cp1251 bytes are no UTF-8
    decoded = decode_text(broken.encode("utf-8"))
    assert decoded.text == broken and "looks like mojibake" in decoded.doubt


def test_russian_text_is_no_mojibake() -> None:
    text = "СССР… Р«Ромашка» и «Сёмга»: в Лесном открыли мост. " + LEAD
    assert decode_text(text.encode("utf-8")).doubt == ""
