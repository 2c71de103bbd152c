"""What an English desk and a fact-checker found the cleaner doing wrong: a correction notice dropped with the page's
furniture, a list's sign-up advice cut as a promo, a paywall's teaser and a «будь в курсе» promo kept as sentences, a
feed's section kept in its outlet's name, wire leads with no city and a live blog's entry times left in the sentences.
Every text here is ours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from svodka.clean import clean_document
from svodka.clean.outlets import feed_outlet
from svodka.clean.text import DATELINE
from svodka.ingest import read_inputs
from svodka.model import Article, RawDocument
from tests.conftest import TODAY

LEAD = "The county council voted on Tuesday to close the Marsh Lane bridge for six months of repairs, officials said."


def clean_record(text: str, **hints: str) -> Article:
    """One JSON dump record, as ingest hands it to the cleaner."""
    return clean_document(RawDocument(origin="d.jsonl:1", raw=json.dumps({"text": text, **hints}).encode(),
                                      format="json", text=text, hints=hints), TODAY)


def cut(article: Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed if not r.reason.startswith("header")}


def page(body: str, after_body: str) -> str:
    """A news page whose body sits in its own block and a notice below it, as trafilatura leaves such a notice out."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (f"<html><head><title>Bridge to close for repairs</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<main><article><h1>Bridge to close for repairs</h1><div class='article-body'>{paragraphs}</div>"
            f"{after_body}</article></main><footer>© 2026 Marsh Gazette</footer></body></html>")


BODY = "\n".join([
    LEAD,
    "Drivers will be sent on a twelve-mile detour through Hollins Cross while the work is carried out.",
    "The bridge, built in 1932, was found to have cracks in two of its four supports during an inspection in May.",
    "A council spokesperson said the repairs would cost about 2.4 million pounds and be paid from the roads budget.",
])


@pytest.mark.parametrize("notice", [
    "This article was amended on 3 June 2026. An earlier version said the detour was 20 miles; it is 12.",
    "This story has been corrected to show that the repairs cost about 2.4 million pounds, not 24 million.",
    "Correction: an earlier version of this article misnamed the village of Hollins Cross.",
])
def test_a_correction_notice_below_a_page_s_body_is_kept_in_its_text(notice: str) -> None:
    html = page(BODY, f"<p class='correction'><em>{notice}</em></p>")
    article = clean_document(RawDocument(origin="p.html", raw=html.encode(), format="html", text=html), TODAY)
    assert article.text.endswith(notice)
    assert article.text.count(notice) == 1
    assert "© 2026" not in article.text


def test_a_page_without_a_correction_gets_none_added() -> None:
    html = page(BODY, "<p class='note'>We use cookies to improve your experience.</p>")
    article = clean_document(RawDocument(origin="p.html", raw=html.encode(), format="html", text=html), TODAY)
    assert article.text.split("\n\n")[-1].startswith("A council spokesperson")


def test_a_list_s_sign_up_advice_is_the_text_s_own() -> None:
    advice = "1. Sign up for flood alerts from the county flood office so you get a warning in time."
    article = clean_record("\n".join([LEAD, advice, "2. Keep sandbags by the back door before the rain starts."]))
    assert advice in article.text
    assert not cut(article)


@pytest.mark.parametrize("promo", [
    "Sign up to our free morning newsletter.",
    "Sign up for The Marsh Briefing.",
    "Sign up to Morning Brief.",
])
def test_a_sign_up_prompt_for_the_outlet_s_own_letters_goes(promo: str) -> None:
    article = clean_record(f"{LEAD} {promo}\nDrivers will be sent on a twelve-mile detour through Hollins Cross.")
    assert cut(article) == {promo: "subscribe or share"}
    assert article.text.startswith(LEAD)


@pytest.mark.parametrize("teaser", [
    "This article is for subscribers only. Subscribe to continue reading. Already a subscriber? Log in.",
    "Этот материал доступен только подписчикам. Оформите подписку, чтобы читать дальше.",
])
def test_a_paywall_s_teaser_goes_as_a_paywall(teaser: str) -> None:
    article = clean_record(f"{LEAD}\n{teaser}")
    assert article.text == LEAD
    assert set(cut(article).values()) == {"paywall"}


@pytest.mark.parametrize("promo", [
    "Будь в курсе самых интересных новостей от ZARECHYE.NEWS, подписывайся на наш Instagram.",
    "Будьте в курсе всех новостей города — подписывайтесь на наш Telegram.",
    "Будь в курсе, подписывайся на наш Instagram.",
])
def test_a_russian_keep_up_promo_goes(promo: str) -> None:
    lead = "Мэрия Заречья открыла новый мост через реку Сочу после двух лет ремонта."
    article = clean_record(f"{lead} {promo}")
    assert article.text == lead
    assert cut(article) == {promo: "subscribe or share"}


def test_a_sentence_about_keeping_up_with_news_is_prose() -> None:
    # «Будьте в курсе» opens a promo only where news or events follow («…всех новостей района»); the mayor's warning
    # names neither, and starts a sentence as the promo does.
    lead = "Мэр попросил жителей следить за объявлениями о ремонте моста."
    warning = "Будьте в курсе: мост закроют в пятницу на две недели, предупредил мэр."
    assert clean_record(f"{lead} {warning}").text == f"{lead} {warning}"


@pytest.mark.parametrize(("title", "home", "outlet"), [
    ("Harbour Wire: World News", "https://www.harbourwire.example/", "Harbour Wire"),
    ("Reuters | Business", None, "Reuters"),
    ("Marsh Gazette - Latest News", "https://marshgazette.example/", "Marsh Gazette"),
    ("Storm Watch: Wales", "https://blog.rainfall.example/", "Storm Watch: Wales"),  # no outlet's name before ":"
    ("The Marsh Gazette", "https://marshgazette.example/", "The Marsh Gazette"),
])
def test_a_feed_s_title_names_its_outlet_without_its_section(title: str, home: str | None, outlet: str) -> None:
    assert feed_outlet(title, home) == outlet


def test_a_feed_s_items_take_its_outlet_without_the_section(tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss.xml"
    feed.write_text(f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Harbour Wire: World News</title><link>https://www.harbourwire.example/</link>
<item><title>Bridge to close</title><link>https://www.harbourwire.example/uk/bridge-2026-06-02/</link>
<pubDate>Tue, 02 Jun 2026 10:00:00 GMT</pubDate><description>{LEAD}</description></item>
</channel></rss>""", encoding="utf-8")
    [raw] = read_inputs([str(feed)])
    assert clean_document(raw, TODAY).outlet == "Harbour Wire"


@pytest.mark.parametrize(("lead", "prefix"), [
    ("Nov 19 (Reuters) - Marsh Robotics said on Tuesday it would buy a rival for $40 million.", "Nov 19 (Reuters) -"),
    ("INTERFAX.RU - Мэрия Заречья открыла новый мост через реку Сочу.", "INTERFAX.RU -"),
    ("SHANGHAI -- Already with two wins this season, the local side leads the table.", "SHANGHAI --"),
])
def test_a_wire_s_lead_prefix_is_a_dateline(lead: str, prefix: str) -> None:
    match = DATELINE.match(lead)
    assert match and match.group() == prefix


@pytest.mark.parametrize("sentence", [
    "Nov 19 readers wrote to the council (again) - about the bridge.",
    "US - China talks resumed on Tuesday in Geneva after a month's pause.",
    "May 5 (a Tuesday) - the day the bridge closed - was wet.",
])
def test_a_sentence_that_opens_like_a_wire_lead_is_no_dateline(sentence: str) -> None:
    assert not DATELINE.match(sentence)


def test_a_credit_with_a_date_and_no_city_names_the_outlet_and_day_but_no_place() -> None:
    article = clean_record("Nov 19 (Reuters) - Marsh Robotics said on Tuesday it would buy a rival for $40 million.")
    assert (article.outlet, article.dateline) == ("Reuters", None)
    assert (article.published.month, article.published.day) == (11, 19)


def test_a_live_blog_s_entry_times_leave_its_sentences() -> None:
    entries = ["18.02 GMT: Police have confirmed a third death, a driver found in a flooded car near Hollins Cross.",
               "16.40 GMT: The Marsh Lane bridge has been closed to all traffic.",
               "09.55 BST - Good morning and welcome to our coverage of the storm."]
    article = clean_record("\n".join(entries))
    assert article.text.split("\n\n")[0] == entries[0].removeprefix("18.02 GMT: ")
    assert [r.text for r in article.removed if r.reason == "live blog entry time"] == ["18.02 GMT:", "16.40 GMT:",
                                                                                      "09.55 BST -"]


def test_one_paragraph_opening_with_a_time_keeps_it() -> None:
    text = f"10.30: The Marsh Lane bridge reopened to traffic, the council said.\n{LEAD}"
    assert clean_record(text).text.startswith("10.30: The Marsh Lane")
