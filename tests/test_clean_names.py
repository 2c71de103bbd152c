"""Who wrote it and who published it: an English name alone on a header line is the author, a masthead the outlet,
and an e-mail address (a feed's <author>, a pasted contact) is never a name nor an outlet. All texts are ours."""

from __future__ import annotations

import pytest

from svodka.clean import clean_document
from svodka.clean.first_names import ENGLISH_FIRST_NAMES
from svodka.ingest import read_inputs
from svodka.model import RawDocument
from tests.conftest import TODAY
from tests.test_clean import clean_text

LEAD = ("Engineers closed the old river bridge on Tuesday after inspectors found cracks in two of its steel "
        "supports, the city council said in a statement.")


@pytest.mark.parametrize("name", ["Jane Doe", "Mary K. O'Brien", "Sean McDonald", "Sarah Smith-Jones"])
def test_an_english_name_alone_under_the_headline_is_the_author_not_the_outlet(name: str) -> None:
    article = clean_text(f"Bridge closed after cracks found\n{name}\n\n{LEAD}\n")
    assert (article.author, article.outlet) == (name, None)
    assert name not in article.text and article.text == LEAD


@pytest.mark.parametrize("outlet", ["The Guardian", "Reuters", "BBC News", "Fox News", "Sky News", "Daily Mail"])
def test_a_masthead_alone_under_the_headline_stays_the_outlet(outlet: str) -> None:
    article = clean_text(f"Bridge closed after cracks found\n{outlet}\n\n{LEAD}\n")
    assert (article.outlet, article.author) == (outlet, None)


def test_a_name_and_a_masthead_under_the_headline_are_told_apart_in_either_order() -> None:
    for header in ("Sky News\nJane Doe", "Jane Doe\nSky News"):
        article = clean_text(f"Bridge closed after cracks found\n{header}\n\n{LEAD}\n")
        assert (article.author, article.outlet) == ("Jane Doe", "Sky News")


def test_the_first_name_list_stays_small_and_leaves_out_words_a_masthead_starts_with() -> None:
    assert 200 <= len(ENGLISH_FIRST_NAMES) <= 500
    assert not ENGLISH_FIRST_NAMES & {"the", "daily", "sky", "fox", "may", "june", "april", "will", "al", "virginia"}


@pytest.mark.parametrize(("line", "author"), [
    ("jane@example.org", None), ("Jane Doe <jane@example.org>", "Jane Doe"), ("editor@example.com (Jane Doe)", "Jane Doe"),
])
def test_an_e_mail_under_the_headline_is_no_outlet(line: str, author: str | None) -> None:
    article = clean_text(f"Bridge closed after cracks found\n{line}\n\n{LEAD}\n")
    assert (article.author, article.outlet) == (author, None)
    assert "@" not in article.text


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{title}</title>
<item><title>Bridge closed</title><link>https://news.example/1</link><author>editor@example.com (Jane Doe)</author>
<description>{lead}</description></item>
<item><title>Bridge reopens</title><link>https://news.example/2</link><author>jane@example.org</author>
<description>{lead}</description></item>
<item><title>Bridge repaired</title><link>https://news.example/3</link><dc:creator>Jane Doe &lt;jane@example.org&gt;</dc:creator>
<description>{lead}</description></item>
</channel></rss>"""


@pytest.mark.parametrize(("title", "outlet"), [("River Gazette", "River Gazette"), ("desk@news.example", "news.example")])
def test_a_feed_s_e_mail_authors_give_the_person_and_never_an_outlet(tmp_path, title: str, outlet: str) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED.format(title=title, lead=LEAD), encoding="utf-8")
    articles = [clean_document(d, TODAY) for d in read_inputs([str(feed)]) if isinstance(d, RawDocument)]
    assert [a.author for a in articles] == ["Jane Doe", None, "Jane Doe"]
    assert {a.outlet for a in articles} == {outlet}


@pytest.mark.parametrize(("header", "author", "outlet"), [
    ("Jane Doe, Staff Writer", "Jane Doe", None),
    ("Jane Doe and John Roe", "Jane Doe and John Roe", None),
    ("Jane Doe, Sky News", "Jane Doe", "Sky News"),
    ("Jane Doe, John Roe and Mary Major, BBC News", "Jane Doe, John Roe and Mary Major", "BBC News"),
    ("Jane Doe, Moscow", "Jane Doe", None),  # a place after the comma is no outlet
    ("Jane Doe | Sky News", "Jane Doe", "Sky News"),
    ("Sky News | Jane Doe", "Jane Doe", "Sky News"),
    ("Posted by Jane Doe", "Jane Doe", None),
    ("Written by Jane Doe", "Jane Doe", None),
    ("Dr Jane Doe", "Dr Jane Doe", None),
    ("Volga Times | Health", None, "Volga Times"),
])
def test_a_byline_without_its_by_is_read_as_the_author_and_never_the_outlet(header: str, author: str | None,
                                                                             outlet: str | None) -> None:
    article = clean_text(f"Bridge closed after cracks found\n{header}\n\n{LEAD}\n")
    assert (article.author, article.outlet) == (author, outlet)
    assert article.text == LEAD


def test_a_russian_byline_with_a_role_is_the_author() -> None:
    article = clean_text("Мост закрыли на ремонт\nПётр Сидоров, корреспондент\n\nВ Твери закрыли на ремонт старый "
                         "мост через Волгу, сообщили в мэрии города во вторник утром.\n")
    assert (article.author, article.outlet) == ("Пётр Сидоров", None)
