"""Regional news pages from many site builders: tables, fact captions, printed dates outside paragraphs, navigation
pages, site names in titles, and times counted from the clock. Every page here is fictional."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from svodka.clean import clean_document
from svodka.clean.dates import date_line, parse_date
from svodka.clean.html import extract_body, read_metadata
from svodka.ingest.published import published_text
from svodka.model import Article, RawDocument

LEAD = "<p>Явка на выборах в совет посёлка Лесной составила 40%, сообщила избирательная комиссия района.</p>"
NOW = datetime(2026, 3, 20, 12, 0)


def page(body: str, head: str = "") -> str:
    return f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def cleaned(html: str) -> Article:
    return clean_document(RawDocument(origin="x.html", raw=html.encode(), format="html", text=html,
                                      encoding="utf-8"), NOW)


def test_a_results_table_is_kept_a_line_a_row() -> None:
    table = ("<table><tr><th>Кандидат</th><th>Голосов</th></tr><tr><td>Пётр Синицын</td><td>1 204</td></tr>"
             "<tr><td>Ольга Круглова</td><td>987</td></tr></table>")
    body = extract_body(page(f"<article><h1>Итоги</h1>{LEAD}<p>Итоги по округу № 3:</p>{table}"
                             "<p>Окончательные итоги объявят в понедельник.</p></article>"))
    lines = body.splitlines()
    assert "Пётр Синицын; 1 204" in lines and "Ольга Круглова; 987" in lines
    assert lines.index("Итоги по округу № 3:") < lines.index("Пётр Синицын; 1 204")


def test_a_layout_table_keeps_its_paragraphs_apart() -> None:
    layout = ("<table><tr><td><div>В посёлке Лесной открыли новую библиотеку</div></td></tr><tr><td>"
              f"{LEAD}<p>В библиотеке три тысячи книг и читальный зал на двадцать мест.</p></td></tr></table>")
    body = extract_body(page(layout))
    assert "В библиотеке три тысячи книг и читальный зал на двадцать мест." in body.splitlines()
    assert ";" not in body


def test_a_caption_with_a_fact_is_kept_without_its_credit_and_a_bare_credit_is_not() -> None:
    figures = ("<figure><img src='a.jpg'><figcaption>Новый причал вытянулся на 120 метров вдоль реки. "
               "Фото: Анна Зимина</figcaption></figure>"
               "<figure><img src='b.jpg'><figcaption>Фото: Анна Зимина /</figcaption></figure>")
    body = extract_body(page(f"<article><h1>Причал</h1>{LEAD}{figures}<p>Причал откроют в мае.</p></article>"))
    assert "Новый причал вытянулся на 120 метров вдоль реки." in body.splitlines()
    assert "Зимина" not in body


@pytest.mark.parametrize(("markup", "expected"), [
    ('<span class="news-date-time">14.03.2026 09:20</span><span class="views">👁 1 020</span>',
     datetime(2026, 3, 14, 9, 20)),
    ("<time>14.03.2026 09:20</time>", datetime(2026, 3, 14, 9, 20)),
    ('<div class="meta">14 марта 2026, 09:20 | 👁 1 020</div>', datetime(2026, 3, 14, 9, 20)),
    ('<div class="t-descr">14 марта 2026, 09:20 (хабаровское время)</div>',
     datetime(2026, 3, 14, 9, 20, tzinfo=timezone(timedelta(hours=10)))),
    ('<div class="date">14 марта 2026, 09:20 (время местное)</div>', datetime(2026, 3, 14, 9, 20)),
])
def test_a_date_printed_beside_the_headline_dates_the_page(markup: str, expected: datetime) -> None:
    article = cleaned(page(f'<div class="news-detail"><h1>В посёлке Лесной выбрали совет</h1>{markup}{LEAD}'
                           "<p>В совет вошли семь человек.</p></div>"))
    assert article.published == expected


def test_a_date_in_a_details_row_after_the_body_dates_the_page_as_a_day() -> None:
    details = '<div class="eDetails">Категория: Новости | Просмотров: 40 | Дата: 14.03.2026 | Комментарии (0)</div>'
    article = cleaned(page(f'<div class="eTitle">В посёлке Лесной выбрали совет</div>{LEAD}{details}'))
    assert article.published == datetime(2026, 3, 14) and article.published_day_only


def test_a_british_summer_time_is_placed_by_the_outlets_domain() -> None:
    head = '<meta property="og:url" content="https://harbour-news.example.co.uk/a/1">'
    article = cleaned(page("<article><h1>Ferry cancelled</h1><time>Published 14 March 2026, 09:20 BST</time>"
                           "<p>All sailings from the harbour were cancelled on Saturday because of high winds.</p>"
                           "</article>", head))
    assert article.published == datetime(2026, 3, 14, 9, 20, tzinfo=timezone(timedelta(hours=1)))


def test_a_page_of_navigation_and_a_cookie_banner_has_no_body() -> None:
    html = page('<nav><a href="/">Главная</a> <a href="/news">Новости</a></nav><div class="cookie-banner">Мы '
                'используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.</div>')
    assert extract_body(html) == ""


@pytest.mark.parametrize("title", ["В посёлке Лесной выбрали совет - Лесные вести",
                                   "В посёлке Лесной выбрали совет | Лесные вести",
                                   "В посёлке Лесной выбрали совет — Новости — Лесные вести"])
def test_a_title_without_a_headline_loses_the_sites_name(title: str) -> None:
    head = f'<title>{title}</title><meta property="og:site_name" content="Лесные вести">'
    assert read_metadata(page(LEAD, head)).title == "В посёлке Лесной выбрали совет"


def test_a_title_keeps_a_last_segment_that_is_not_the_sites_name() -> None:
    head = '<title>Лесной - Озёрный: 2:1</title><meta property="og:site_name" content="Лесные вести">'
    assert read_metadata(page(LEAD, head)).title == "Лесной - Озёрный: 2:1"


@pytest.mark.parametrize("printed", ["сегодня, 14:35", "вчера в 9:10", "today at 14:35"])
def test_a_time_of_day_on_a_day_counted_from_now_is_no_time(printed: str) -> None:
    assert parse_date(printed, datetime(2026, 3, 20, 5, 43)) == (None, False)


def test_a_feeds_whole_date_stands_beside_an_update_made_today() -> None:
    assert published_text("14.03.2026 10:15, обновлено сегодня в 12:00", "feed.jsonl:1") != ""
    assert published_text("сегодня, 14:35", "feed.jsonl:2") == ""


def test_a_time_counted_back_from_the_clock_is_in_utc_to_the_second() -> None:
    clock = datetime(2026, 3, 20, 8, 43, 12, 345678, tzinfo=timezone(timedelta(hours=3)))
    published, guessed = parse_date("2 часа назад", clock)
    assert published == datetime(2026, 3, 20, 3, 43, 12, tzinfo=UTC) and published.tzinfo == UTC
    assert not guessed


def test_a_regional_time_name_gives_its_zone_in_a_date_line() -> None:
    moscow = date_line("14 марта 2026, 09:20 по московскому времени")[0]
    assert moscow == datetime(2026, 3, 14, 9, 20, tzinfo=timezone(timedelta(hours=3)))


def test_a_short_article_block_keeps_its_paragraphs_apart() -> None:
    article = ('<article><h1 class="entry-title">В посёлке Лесной открыли каток</h1><div class="entry-meta"><span>'
               'вчера в 9:10</span><span class="views">👁 310</span></div><div class="entry-content">'
               "<p>Лесной. Каток у школы № 2 залили в понедельник.</p><p>Вход на него бесплатный.</p>"
               "<p>Коньки выдают напрокат.</p></div><div class=\"author-box\">Об авторе: Ирина Лосева, "
               "корреспондент.</div></article>")
    lines = extract_body(page(article)).splitlines()
    assert "Вход на него бесплатный." in lines and "Коньки выдают напрокат." in lines
    assert not any("каток" in line and "бесплатный" in line for line in lines)


def test_a_title_ending_in_the_logos_name_names_the_outlet() -> None:
    html = page(f'<div class="logo">Лесные вести</div>{LEAD}', "<title>В посёлке Лесной выбрали совет - Новости - "
                "Лесные вести</title>")
    meta = read_metadata(html)
    assert (meta.title, meta.outlet) == ("В посёлке Лесной выбрали совет", "Лесные вести")


def test_a_page_whose_body_element_is_classed_as_a_menu_keeps_its_article() -> None:
    html = (f'<html><head><meta charset="utf-8"></head><body class="has-nav-menu"><div class="page menu-open">'
            f"<h1>Выборы в Лесном</h1>{LEAD}</div></body></html>")
    assert "Явка на выборах" in extract_body(html)


BODY = "".join(f"<p>{sentence}</p>" for sentence in (
    "Мост через реку Сима в посёлке Лесной закрыли на ремонт до конца лета, сообщила администрация района.",
    "Подрядчик заменит пролёт длиной сорок метров и уложит новый асфальт на подъездах к мосту.",
    "Объезд организован по грунтовой дороге через деревню Кочки, автобусы пойдут по ней же."))


@pytest.mark.parametrize("figure", [
    "<figure><img src='a.jpg'><figcaption>Мост через Симу закрыли на ремонт до конца лета. © Лесные вести / Иван Гусев"
    "</figcaption></figure>",
    "<figure><img src='a.jpg'><figcaption>Рабочие разбирают старый пролёт моста через Симу. Лесные вести/Иван Гусев"
    "</figcaption></figure>",
])
def test_a_lead_photos_caption_does_not_open_the_body(figure: str) -> None:
    body = extract_body(page(f"<article><h1>Мост закрыли</h1>{figure}{BODY}</article>"))
    assert not any(line.startswith(("Мост через Симу", "Рабочие")) for line in body.splitlines())
    assert "Гусев" not in body and "Мост через реку Сима" in body


@pytest.mark.parametrize("caption", ["Фото пресс-службы администрации Лесного района",
                                     "Фото: И. Гусев / Лесные вести.", "Photo: J. Goose / Forest News"])
def test_a_credit_without_a_colon_or_with_initials_is_no_caption_to_keep(caption: str) -> None:
    figure = f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
    body = extract_body(page(f"<article><h1>Мост закрыли</h1>{BODY}{figure}<p>Ремонт оплатит область.</p></article>"))
    assert "Гусев" not in body and "Goose" not in body and "пресс-службы" not in body


@pytest.mark.parametrize("elsewhere", [
    "<div class='otzyvy'><div class='date'>19.03.2026 21:15</div><p>Наконец-то отремонтируют!</p></div>",
    "<div class='sidebar'><ul><li><span class='news-date'>19.03.2026 17:40</span> "
    "<a href='/n/2'>В Лесном открыли новую библиотеку</a></li></ul></div>",
    "<aside><span class='date'>18.03.2026 08:00</span></aside>",
])
def test_a_comments_sidebars_or_teasers_date_is_not_the_articles(elsewhere: str) -> None:
    html = page(f"<article><h1>Мост закрыли</h1>{BODY}</article>{elsewhere}")
    assert read_metadata(html).published == ""


def test_a_last_updated_date_gives_way_to_the_published_one() -> None:
    line = "<div class='meta'>Обновлено: 19.03.2026 18:00 | Опубликовано: 12.03.2026 10:00</div>"
    assert read_metadata(page(f"<article><h1>Мост закрыли</h1>{line}{BODY}</article>")).published.endswith(
        "12.03.2026 10:00")


def test_a_time_by_moscow_reads_as_moscow_time() -> None:
    moscow = timezone(timedelta(hours=3))
    assert date_line("14.03.2026 09:20 по Москве")[0] == datetime(2026, 3, 14, 9, 20, tzinfo=moscow)
    assert date_line("Прогулка по Москве")[0] is None
