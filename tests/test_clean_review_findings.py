"""What a reviewer found the cleaner cutting after the desk's fixes: a programme's, a timetable's and a results list's
times read as a live blog's entry stamps, promos kept or sentences cut by the promo and paywall rules, and a
correction notice found outside the article. Every text here is ours."""

from __future__ import annotations

import pytest

from svodka.clean.html import extract_body
from svodka.clean.outlets import feed_outlet
from svodka.clean.text import DATELINE
from tests.test_clean_desk_findings import clean_record, page


@pytest.mark.parametrize("text", [
    "Программа праздника в Заречье.\n10.30 — Открытие ярмарки на площади Ленина.\n12.00 — Концерт духового оркестра "
    "у мэрии.\n18.00 — Салют над рекой.",
    "Расписание электричек изменится с понедельника, сообщили в РЖД.\n06:15 — Первый поезд отправится из Твери.\n"
    "07:40 — Второй поезд пойдет до Клина.",
    "The fastest men over 100 metres in Marsh county.\n9.58 – Tom Reed set the record at the county games.\n"
    "9.69 – Sam Hollis ran it a year later.",
])
def test_times_running_forward_are_the_text_s_own(text: str) -> None:
    article = clean_record(text)
    assert not [r for r in article.removed if r.reason == "live blog entry time"]
    assert all(line.split()[0] in article.text for line in text.split("\n")[1:])


def test_entry_times_running_newest_first_are_a_live_blog_s() -> None:
    entries = ["14.20 — Police have reopened the Marsh Lane bridge to traffic.",
               "11.05 — The council said repairs would finish by noon."]
    article = clean_record("\n".join(entries))
    assert [r.text for r in article.removed if r.reason == "live blog entry time"] == ["14.20 —", "11.05 —"]
    assert article.text.startswith("Police have reopened")


RU = "Мэрия Заречья открыла новый мост через реку Сочу после двух лет ремонта, сообщили в администрации города."
EN = "The county council voted on Tuesday to close the Marsh Lane bridge for six months of repairs, officials said."


@pytest.mark.parametrize(("text", "promo"), [
    (f"{EN} He died aged 82. Sign up to our free morning newsletter.", "Sign up to our free morning newsletter."),
    (f"{RU} Ночью температура опустится до минус 15. Подписывайтесь на наш Telegram-канал.",
     "Подписывайтесь на наш Telegram-канал."),
    (f"{RU} Заходите на наш Telegram-канал, там все новости района.",
     "Заходите на наш Telegram-канал, там все новости района."),
])
def test_a_promo_after_a_sentence_ending_in_a_number_is_cut(text: str, promo: str) -> None:
    article = clean_record(text)
    assert promo not in article.text
    assert (promo, "subscribe or share") in [(r.text, r.reason) for r in article.removed]


def test_a_list_item_s_prompt_after_its_number_is_the_text_s() -> None:
    advice = "Subscribe to the Environment Agency's flood warnings for your street."
    assert advice in clean_record(f"{EN}\n1. {advice}\n2. Move valuables upstairs before the water rises.").text


def test_sign_up_advice_naming_no_outlet_of_ours_is_the_text_s() -> None:
    sentence = "Sign up for flood alerts from the Environment Agency was up 40%, it said."
    assert sentence in clean_record(f"{EN} {sentence}").text


@pytest.mark.parametrize("sentence", [
    "To keep reading, subscribers will now pay £5 a month under the new model, the publisher said.",
    "This article is for subscribers only, the editor wrote in a note that angered readers.",
    "Чтобы прочитать материал полностью, читателю теперь придется оформить подписку за 299 рублей в месяц, сообщило "
    "издание.",
])
def test_a_report_about_a_paywall_is_no_paywall(sentence: str) -> None:
    assert sentence in clean_record(f"{EN if sentence.isascii() else RU} {sentence}").text


def test_a_paywall_teaser_is_still_cut() -> None:
    article = clean_record(f"{EN} This article is for subscribers only. Subscribe to continue reading.")
    assert article.text == EN


@pytest.mark.parametrize("sentence", [
    "Губернатор обратился к жителям. \"Будьте в курсе новостей и не паникуйте\", - сказал он.",
    "Мошенники создали страницу, похожую на наш Telegram-канал, предупредила редакция.",
])
def test_quoted_speech_and_a_report_about_our_channel_stay(sentence: str) -> None:
    assert sentence in clean_record(f"{RU} {sentence}").text


BODY = (f"{EN}\nDrivers will be sent on a twelve-mile detour through Hollins Cross while the work is carried out.\n"
        "The bridge, built in 1932, was found to have cracks in two of its four supports during an inspection in May.")


@pytest.mark.parametrize("after_body", [
    "<section class='comments'><div class='comment'>Correction: the mayor is Ann Lee, not Ann Leigh. Get it right!"
    "</div></section>",
    "<aside><div class='related'>Correction: the bridge inspection dates were wrong, readers say</div></aside>",
    "<aside><div>В предыдущей версии приложения «Госуслуги» нашли уязвимость</div></aside>",
])
def test_a_reader_s_comment_or_another_story_is_no_correction_notice(after_body: str) -> None:
    assert extract_body(page(BODY, after_body)).split("\n")[-1] == BODY.split("\n")[-1]


def test_a_notice_in_the_body_broken_by_a_line_break_is_not_added_again() -> None:
    body = extract_body(page(BODY + "\nCorrection:<br>An earlier version of this article misnamed the village.", ""))
    assert body.count("misnamed the village") == 1


def test_a_notice_of_an_earlier_version_of_the_article_is_added() -> None:
    notice = "<div class='note'>В предыдущей версии материала была неверно указана дата ремонта.</div>"
    assert extract_body(page(BODY, notice)).endswith("В предыдущей версии материала была неверно указана дата ремонта.")


@pytest.mark.parametrize("lead", [
    "UPDATE, 1. March — the council voted to close the Marsh Lane bridge for repairs.",
    "May 5 (Friday) - The council voted to close the Marsh Lane bridge for repairs.",
    "NATO -- the alliance said on Tuesday it would send more ships to the region.",
    "FIFA -- which runs the game -- said on Tuesday it would review the rules.",
    "EBAY.COM - Prices of second-hand bikes fell by a fifth this spring, the site said.",
])
def test_a_lead_that_only_looks_like_a_wire_s_has_no_dateline(lead: str) -> None:
    assert DATELINE.match(lead) is None


@pytest.mark.parametrize(("lead", "dateline"), [
    ("БЕОГРАД, 3. марта — Влада је усвојила нови закон о путевима.", "БЕОГРАД, 3. марта —"),
    ("WASHINGTON -- The Senate voted on Tuesday to fund the bridge.", "WASHINGTON --"),
    ("Nov 19 (Reuters) - Marsh Robotics said on Tuesday it would buy a rival.", "Nov 19 (Reuters) -"),
])
def test_a_wire_s_lead_keeps_its_dateline(lead: str, dateline: str) -> None:
    assert DATELINE.match(lead).group() == dateline


@pytest.mark.parametrize(("title", "home", "outlet"), [
    ("Sport: Latest news", "https://www.rt.com/sport/", "Sport: Latest news"),
    ("RT: World News", "https://www.rt.com/", "RT"),
    ("AP News - Top Stories", "https://apnews.com/", "AP News"),
])
def test_a_feed_s_head_is_its_outlet_only_when_it_opens_with_the_site_label(title: str, home: str, outlet: str) -> None:
    assert feed_outlet(title, home) == outlet
