"""Cleaning the seed articles: metadata found, boilerplate cut, body kept."""

from __future__ import annotations

from datetime import datetime

import pytest

from svodka.clean import clean_document
from svodka.clean.boilerplate import MAX_CREDIT_LINE_CHARS
from svodka.clean.dates import date_line, latest_not_after, url_date, with_url_year
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


def clean_text(text: str, encoding: str = "utf-8") -> Article:
    from svodka.model import RawDocument

    return clean_document(RawDocument(origin="t.txt", raw=text.encode(encoding), format="text", text=text), TODAY)


@pytest.mark.parametrize(
    ("printed", "expected", "guessed"),
    [
        ("Thu, 23 Dec 2021 10:15:00 +0300", "2021-12-23T10:15:00+03:00", False),
        ("2021-12-23T10:15:00+03:00", "2021-12-23T10:15:00+03:00", False),
        ("23.12.2021", "2021-12-23T00:00:00", False),
        ("24 декабря 08:23", "2025-12-24T08:23:00", True),
        ("5 марта 2026 года, 10:30 МСК", "2026-03-05T10:30:00+03:00", False),
        ("March 5, 2026, 2:30 pm", "2026-03-05T14:30:00", False),
        ("Sunday, 15 March 2026", "2026-03-15T00:00:00", False),
    ],
)
def test_every_printed_date_form_is_read(printed: str, expected: str, guessed: bool) -> None:
    published, year_guessed = date_line(printed, TODAY)
    assert (published.isoformat(), year_guessed) == (expected, guessed)


def test_a_plain_text_header_gives_title_outlet_date_and_section() -> None:
    article = clean_text(
        "В Перми запустили новый трамвай\nПермский обозреватель\n05.03.2026 10:30\nТранспорт\n"
        "Автор: Наталья Кислицына\n\nНа линию вышел первый низкопольный трамвай местной сборки, сообщили в мэрии.\n"
    )
    assert article.title == "В Перми запустили новый трамвай"
    assert (article.outlet, article.section, article.author) == ("Пермский обозреватель", "Транспорт", "Наталья Кислицына")
    assert article.published == datetime(2026, 3, 5, 10, 30)
    assert article.text == "На линию вышел первый низкопольный трамвай местной сборки, сообщили в мэрии."
    assert {r.reason for r in article.removed} == {"header: headline", "header: outlet", "header: date", "header: section",
                                                   "header: byline"}


def test_teasers_ads_and_credits_leave_the_body_with_their_reasons() -> None:
    body = [
        "ИРКУТСК, 10 фев — Байкальские вести. Ледовую переправу открыли для легковых машин.",
        "Толщина льда достигла 45 сантиметров.",
        "Переправа работает с восьми утра.",
    ]
    article = clean_text("\n".join([
        "Открыта ледовая переправа", "Лёд на Байкале - Байкальские вести, 1920, 10.02.2026", body[0],
        "Реклама. ООО «Лодки». erid: 2VtzqvXa9k", body[1],
        "Спасатели на льду - Иркутск Онлайн, 1920, 03.02.2026", "На Ангаре спасли рыбаков", body[2],
        "Читайте также:", "Лёд на Ангаре пока тонкий", "В Иркутске открыли каток - Байкальские вести, 1125, 01.02.2026",
        "Share | Tweet | Email", "(Reporting by Anna Lind; Editing by Mark Hale)",
    ]))
    assert article.text.split("\n\n") == body
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["На Ангаре спасли рыбаков"] == "related-article teaser"
    assert reasons["Лёд на Ангаре пока тонкий"] == "related-article teaser"
    assert reasons["Реклама. ООО «Лодки». erid: 2VtzqvXa9k"] == "advertising"
    assert (article.outlet, article.dateline, article.author) == ("Байкальские вести", "ИРКУТСК", "Anna Lind")
    assert article.published.date().isoformat() == "2026-02-10"


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("АСТАНА, 23 дек - Sputnik.kz. Президент провёл пресс-конференцию.", "Sputnik.kz"),
        ("LONDON, March 7 (Eurasia Wire) - Fifteen people were injured.", "Eurasia Wire"),
        ("САМАРА, 4 марта. /Волжский телеграф/. Губернатор открыл мост.", "Волжский телеграф"),
    ],
)
def test_the_outlet_comes_from_the_dateline(lead: str, outlet: str) -> None:
    article = clean_text(f"Заголовок новости\n\n{lead}\n")
    assert article.outlet == outlet
    assert article.dateline == lead.split(",")[0]


@pytest.mark.parametrize(
    "body",
    [
        "САМАРА, 4 марта. /Волжский телеграф/. Губернатор открыл мост через реку Сок.",
        "ТВЕРЬ, 2 мая /Верхневолжье/.\n\nГубернатор открыл мост через реку Сок.",
    ],
)
def test_a_slash_wrapped_credit_stays_with_the_lead(body: str) -> None:
    from razdel import sentenize

    article = clean_text(f"Заголовок новости\n\n{body}\n")
    sentences = [s.text for s in sentenize(article.text)]
    assert all("Губернатор" in s for s in sentences if "/" in s)  # no sentence is the credit alone
    assert article.outlet in sentences[0] and article.dateline and sentences[0].startswith(article.dateline)


def test_the_outlet_falls_back_to_the_url_domain() -> None:
    from svodka.model import RawDocument

    raw = RawDocument(origin="x", raw=b"x", format="text", text="Заголовок\n\nТекст новости о мосте.",
                      hints={"url": "https://www.vestnik.example/a/1"})
    assert clean_document(raw, TODAY).outlet == "vestnik.example"


@pytest.mark.parametrize(
    ("lead", "dateline", "outlet", "day"),
    [
        ("MILAN, Nov 17 — The coach of a junior team was sacked after a heavy win over a local side.", "MILAN", None, 17),
        ("MILAN, Nov 17 — The coach was sacked.", "MILAN", None, 17),  # a short first sentence is no outlet
        ("PARIS, Nov. 2 (Reuters) - The top seed reached the final after beating his old rival.", "PARIS", "Reuters", 2),
        ("TOKYO (Nov 14): Two internet firms confirmed they were in talks to merge their businesses.", "TOKYO", None, 14),
        ("KUALA LUMPUR, Nov 17 (Bernama) -- The ministry said the new rules would apply from January.", "KUALA LUMPUR",
         "Bernama", 17),
        ("WASHINGTON (AP) — The president spent four hours at the hospital for what aides called tests.", "WASHINGTON",
         "AP", None),
        ("LONDON (CNN)The council said the bridge would stay closed until the repairs were finished.", "LONDON", "CNN",
         None),
        ("WASHINGTON — The president spent four hours at the hospital for what aides called routine tests.",
         "WASHINGTON", None, None),
    ],
)
def test_english_wire_datelines(lead: str, dateline: str, outlet: str | None, day: int | None) -> None:
    article = clean_text(f"Headline of the story\n\n{lead}\n\nThe second paragraph tells more of the story.\n")
    assert article.dateline == dateline
    assert article.outlet == outlet
    if day is not None:
        assert (article.published.month, article.published.day) == (11, day)


def test_a_capitalised_opening_word_and_dash_are_no_dateline_in_russian() -> None:
    # the bare "CITY —" form is the American agencies' (Latin capitals): "США — ..." opens a Russian sentence
    article = clean_text("Заголовок новости\n\nСША — крупнейший покупатель этого товара, сообщили в министерстве.\n")
    assert article.dateline is None


def removed_reasons(article: Article) -> dict[str, str]:
    """What the body lost, header lines aside."""
    return {r.text: r.reason for r in article.removed if not r.reason.startswith("header")}


def test_english_furniture_glued_into_a_paragraph_is_cut_with_its_reason() -> None:
    article = clean_text(
        "Harbour Plan Approved\n\nThe council approved the harbour plan on Monday, the mayor said.CLICK HERE TO GET "
        "THE CITY NEWS APP In June, the plan was rejected. Read: Mayor Faces Tough Questions Over Budget Cuts Residents "
        "were asked for their views. Sign up for our free newsletter for the latest news. The Associated Press "
        "contributed to this report. Previous PostFlood warnings issued for the coast Next PostSchools reopen after storm"
    )
    assert article.text == ("The council approved the harbour plan on Monday, the mayor said. In June, the plan was "
                            "rejected. Residents were asked for their views.")
    reasons = removed_reasons(article)
    assert reasons["CLICK HERE TO GET THE CITY NEWS APP"] == "subscribe or share"
    assert reasons["Read: Mayor Faces Tough Questions Over Budget Cuts"] == "related-article teaser"
    assert reasons["The Associated Press contributed to this report."] == "credit line"


def test_russian_prompts_notes_and_teasers_glued_into_the_text_are_cut() -> None:
    article = clean_text(
        "Губернатор открыл школу\n\nГубернатор открыл новую школу в Заречном районе. Читайте также: Цены на бензин "
        "выросли за неделю Также в школе откроют бассейн. Ранее сообщалось, что стройка шла два года. Самые важные "
        "новости теперь в нашем Telegram-канале. Подписывайтесь, чтобы не пропустить. Выделите фрагмент с текстом "
        "ошибки и нажмите Ctrl+Enter Автор: Иван Петров"
    )
    assert article.text == ("Губернатор открыл новую школу в Заречном районе. Также в школе откроют бассейн. "
                            "Ранее сообщалось, что стройка шла два года.")
    assert set(removed_reasons(article).values()) == {
        "related-article teaser", "subscribe or share", "error report note", "source, photo or author note"}


@pytest.mark.parametrize(
    ("closing", "reason"),
    [
        (" – AFP", "credit line"),
        (" -with AAP", "credit line"),
        (" Three killed in protest outside the embassy in the capital", "related-article teaser"),
        (" #город#школа#губернатор", "tags"),
        (" Фото: Пресс-служба администрации", "source, photo or author note"),
        (" ___ More AP news: https://apnews.com/news", "site footer"),
    ],
)
def test_a_closing_credit_or_teaser_after_the_last_sentence_is_cut(closing: str, reason: str) -> None:
    body = "Protesters marched through the city again on Sunday, the police said."
    article = clean_text(f"Protests Go On\n\n{body}{closing}")
    assert article.text == body
    assert removed_reasons(article) == {closing.strip(): reason}


@pytest.mark.parametrize(
    "ending",
    [
        " Итоги конкурса мы подведём 22 ноября",  # an unterminated sentence of the article, in the first person
        " You can sign up for the waitlist to be notified once it is released.",  # a sentence, not a prompt
        " Ранее сообщалось, что мост закроют на ремонт.",
    ],
)
def test_sentences_that_only_look_like_furniture_stay(ending: str) -> None:
    body = "Жители города выбрали лучший проект благоустройства парка на набережной."
    assert clean_text(f"Конкурс проектов\n\n{body}{ending}").text == body + ending


@pytest.mark.parametrize(
    ("lead", "dateline", "outlet"),
    [
        ("Казань. 3 марта. VOLGA.RU - Городской совет утвердил план ремонта мостов на весь год.", "Казань", "VOLGA.RU"),
        ("Lisbon - The harbour authority closed the old pier after a storm damaged its railings.", "Lisbon", None),
        ("Port Elizabeth – Two fishermen were rescued after their boat capsized near the harbour wall.",
         "Port Elizabeth", None),
    ],
)
def test_a_city_written_as_a_word_opens_a_dateline(lead: str, dateline: str, outlet: str | None) -> None:
    from svodka.clean.text import DATELINE

    article = clean_text(f"Заголовок новости\n\n{lead}\n")
    assert (article.dateline, article.outlet) == (dateline, outlet)
    assert lead[DATELINE.match(lead).end():].lstrip(" -–").startswith(("Городской", "The", "Two"))


@pytest.mark.parametrize(
    "line",
    [
        "Sport - Football",  # a header's rubric: no lead follows the dash
        "Opinion - The government plans to raise taxes on the middle class next year, officials said.",  # a rubric
        "Analysis – Why the central bank kept its rate where it was for the third meeting in a row.",
        "Москва - крупнейший город страны, сообщили в мэрии города на прошлой неделе.",  # a Russian sentence
        "Париж. Франция. Власти закрыли музей на ремонт до конца года, сообщили в мэрии.",  # no date, no outlet
    ],
)
def test_a_capitalised_word_and_a_dash_alone_are_no_dateline(line: str) -> None:
    from svodka.clean.text import DATELINE

    assert DATELINE.match(line) is None


@pytest.mark.parametrize(
    ("text", "author", "dateline"),
    [
        ("by Ann Lee and Bo Chen A student who was hurt in the clashes died on Friday, his family said.",
         "Ann Lee and Bo Chen", None),
        ("Mary Jones Durban – While the storm has passed, the clean-up of the beachfront will take weeks.",
         "Mary Jones", "Durban"),
        ("1 / 12Crowds gather at the square in the old town By Tom Hale OSLO (Reuters) - Thousands marched through "
         "the capital on Sunday.", "Tom Hale", "OSLO"),
    ],
)
def test_a_byline_glued_before_the_lead_is_cut(text: str, author: str, dateline: str | None) -> None:
    article = clean_text(f"Headline of the story\n\n{text}\n")
    assert (article.author, article.dateline) == (author, dateline)
    assert author not in article.text and removed_reasons(article) == {text[:text.index(author) + len(author)]: "byline"}


def test_a_name_opening_a_sentence_is_no_byline() -> None:
    text = "Mary Jones Said she would run again, and Tom Hale OSLO was no dateline here."
    for body in (text, "Mary Jones The mayor, who won in May, opened the new bridge over the river."):
        assert clean_text(f"Headline of the story\n\n{body}\n").text == body


def test_an_affiliate_disclosure_ends_the_article_and_takes_the_links_after_it() -> None:
    body = "The app now shows delays on five more lines, the company said."
    for closing in (" We may earn a commission for purchases using our links. Learn more. Big Deal Phones get cheaper",
                    " FTC: We use income earning auto affiliate links.More."):
        article = clean_text(f"Transit App Grows\n\n{body}{closing}")
        assert article.text == body
        assert removed_reasons(article) == {closing.strip(): "affiliate disclosure"}


@pytest.mark.parametrize(
    "stamps",
    ["09:40 03.02.2026 Фото: photobank.ru12 7 ", "Вчера, 09:40 Вчера, 09:40 ", "прочитано 512 раз "],
)
def test_the_page_header_glued_before_the_lead_is_cut(stamps: str) -> None:
    body = "Жители города выбрали лучший проект благоустройства парка на набережной."
    article = clean_text(f"Конкурс проектов\n\n{stamps}{body}")
    assert article.text == body
    assert removed_reasons(article) == {stamps.strip(): "page header"}


def test_a_lead_opening_with_a_number_or_a_time_keeps_it() -> None:
    for body in ("6 мая школьники вернулись в классы после долгого перерыва.", "10:30 — время начала матча, сообщили в клубе."):
        assert clean_text(f"Заголовок новости\n\n{body}").text == body


def test_a_loading_placeholder_glued_into_the_text_is_cut() -> None:
    article = clean_text("Заголовок новости\n\nНа складах гремят взрывы. Loading... Саперы работают на месте.")
    assert article.text == "На складах гремят взрывы. Саперы работают на месте."
    assert removed_reasons(article) == {"Loading...": "page widget"}


def test_a_standfirst_glued_before_a_worded_dateline_becomes_its_own_paragraph() -> None:
    standfirst = "Певец готовится к новогодним концертам"
    lead = "Казань, 8 ноября. Артист сел на диету, сообщили его близкие."
    article = clean_text(f"Заголовок новости\n\n{standfirst} {lead}")
    assert (article.text, article.dateline) == (f"{standfirst}\n\n{lead}", "Казань")
    for body in ("Иванов, 45 лет. Он работал в школе.", "В городе Казань, 8 ноября, открыли мост. Движение пустили."):
        assert clean_text(f"Заголовок новости\n\n{body}").text == body


def test_a_title_or_outlet_thousands_of_characters_long_is_cut_at_a_word() -> None:
    from svodka.clean import MAX_NAME_CHARS, MAX_TITLE_CHARS
    from svodka.model import RawDocument
    hints = {"title": "Мост через Тьмаку открыли " * 400, "outlet": "Вестник" * 1000}
    raw = RawDocument(origin="dump.jsonl:1", raw=b"x", format="text", text="Мост открыли после ремонта.", encoding="utf-8",
                      hints=hints)
    article = clean_document(raw, TODAY)
    assert len(article.title) <= MAX_TITLE_CHARS + 1 and article.title.endswith("…")
    assert article.title.removesuffix("…").split()[-1] in {"Мост", "через", "Тьмаку", "открыли"}  # a whole word
    assert len(article.outlet) == MAX_NAME_CHARS + 1 and article.outlet.endswith("…")
    assert article.text == hints["title"].strip() + "\n\nМост открыли после ремонта."  # what the cut left out is still read


def test_a_record_whose_long_title_repeats_its_text_keeps_every_word_in_the_text() -> None:
    from svodka.clean import MAX_TITLE_CHARS
    from svodka.model import RawDocument
    body = " ".join(f"Мост номер {n} через Тьмаку открыли после ремонта" for n in range(40)) + "."
    raw = RawDocument(origin="dump.jsonl:1", raw=b"x", format="text", text=body, encoding="utf-8", hints={"title": body})
    article = clean_document(raw, TODAY)
    assert len(article.title) <= MAX_TITLE_CHARS + 1
    assert "Мост номер 39" in article.text


@pytest.mark.parametrize(("url", "day"), [
    ("https://ria.ru/20191114/1560912838.html", "2019-11-14"),
    ("https://www.example.com/news/world/2019/11/01/un-expert", "2019-11-01"),
    ("https://example.org/a-2020-05-17-b", "2020-05-17"),
    ("https://www.example.com/news/article30001928.ece", None),  # an id's digits
    ("https://2019.example.com/x", None),  # the host dates nothing
    ("https://example.org/2019/13/01/", None),
    (None, None),
])
def test_a_url_s_date_is_read_from_its_path(url: str | None, day: str | None) -> None:
    found = url_date(url)
    assert (found.date().isoformat() if found else None) == day


def test_a_url_date_gives_a_year_less_date_its_year_and_settles_it_when_the_days_agree() -> None:
    guessed = datetime(2026, 11, 1, 9, 0)
    assert with_url_year(guessed, True, "https://x.org/2019/11/02/a") == (datetime(2019, 11, 1, 9, 0), False)
    assert with_url_year(guessed, True, "https://x.org/2019/10/01/a") == (datetime(2019, 11, 1, 9, 0), True)
    assert with_url_year(datetime(2026, 1, 1), True, "https://x.org/2019/12/31/a") == (datetime(2020, 1, 1), False)
    assert with_url_year(guessed, False, "https://x.org/2019/11/02/a") == (guessed, False)  # a printed year stands
    assert with_url_year(guessed, True, None) == (guessed, True)


def test_a_guessed_day_is_placed_in_the_latest_year_not_after_the_reference() -> None:
    assert latest_not_after(datetime(2026, 11, 16), datetime(2019, 11, 17)) == datetime(2019, 11, 16)
    assert latest_not_after(datetime(2026, 11, 18, 10), datetime(2019, 11, 17, 12)) == datetime(2019, 11, 18, 10)
    assert latest_not_after(datetime(2026, 12, 1), datetime(2019, 11, 17)) == datetime(2018, 12, 1)
    assert latest_not_after(datetime(2024, 2, 29), datetime(2026, 3, 1)) == datetime(2024, 2, 29)


def test_a_glued_text_opening_with_a_stock_photo_credit_keeps_its_text() -> None:
    body = ("Credit: Pixabay Doctors at a regional clinic found that a routine blood test predicts a rare illness "
            "earlier than scans do. " * 4).strip()
    article = clean_text(f"A blood test flags illness early\n\n{body}\n")
    assert article.text == body.replace("Credit: Pixabay ", "")  # every sentence kept, each glued credit cut
    assert any(piece.text == "Credit: Pixabay" for piece in article.removed)


def test_a_one_sentence_lead_glued_to_a_stock_photo_credit_loses_only_the_credit() -> None:
    lead = ("Credit: Pixabay Doctors at a regional clinic in Leeds say that a routine blood test taken at a patient's "
            "first visit can flag a rare kidney illness several months before any of the usual scans would show it.")
    assert len(lead) > MAX_CREDIT_LINE_CHARS and lead.count(".") == 1  # one sentence, as long as tgcontest's
    article = clean_text(f"A blood test flags illness early\n\n{lead}\n\nThe clinic will share its data next year.\n")
    assert article.text.startswith("Doctors at a regional clinic") and "Credit" not in article.text
    assert removed_reasons(article) == {"Credit: Pixabay": "photo credit"}


def test_a_stock_credit_glued_between_two_sentences_goes_and_both_sentences_stay() -> None:
    article = clean_text("A blood test flags illness early\n\nThe clinic opened in May. Photo: Unsplash Doctors there "
                         "say that a routine blood test can flag a rare kidney illness early.\n")
    assert article.text == ("The clinic opened in May. Doctors there say that a routine blood test can flag a rare "
                            "kidney illness early.")


def test_a_short_photo_credit_line_is_still_cut() -> None:
    article = clean_text("Мост открыли\n\nФото: Иван Петров\n\nВ Перми открыли новый мост через Каму.\n")
    assert "Иван Петров" not in article.text
    assert article.text.startswith("В Перми открыли")


@pytest.mark.parametrize("caption", [
    ("Фото: Пресс-служба губернатора / Анна Орлова. Губернатор края во время осмотра нового моста через реку "
     "после окончания ремонта, который подрядчик завершил на два месяца раньше срока, установленного контрактом"),
    ("© Reuters / Tom Hale. The governor looks at the new bridge across the river after the end of repairs, "
     "which the contractor finished two months ahead of the date set in the contract, Lyon, France, April 2, 2026"),
])
def test_a_long_photo_caption_is_cut_not_made_the_lead(caption: str) -> None:
    assert 200 < len(caption) < 500
    article = clean_text(f"Мост открыли\n\n{caption}\n\nВ Перми открыли новый мост через Каму, сообщили в мэрии.\n")
    assert article.text.startswith("В Перми открыли")
    assert removed_reasons(article)[caption] == "photo credit"
