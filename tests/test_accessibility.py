"""What a screen reader, a keyboard and a phone get from the pages' markup: words for the marks, row headers, each
report's words and names in their language, headings to jump by, link texts that say where they lead.

The pages are rendered from small fictional views (no store, no browser); tests/test_browser.py measures what only
a browser computes (contrast, print, widths, tap targets)."""

from __future__ import annotations

from datetime import datetime

import lxml.html
import pytest

from svodka.model import Analysis, Article, Difference, Disputed, Story, StoryEntity
from svodka.report.html import NESTED_LINKS, addresses_linked, render_page, status_phrase
from svodka.report.views import Citation, Column, SentenceView, StoryView, SummaryLine, anchor, difference_views
from svodka.store import StoredArticle
from svodka.store.db import StoryFilter, StoryListing

IDS = [f"{n:016x}" for n in range(1, 4)]
OUTLETS = dict(zip(IDS, ["Северная правда", "Новости Балтики", "Baltic Wire"]))
LANGUAGES = dict(zip(IDS, ["ru", "ru", "en"]))
NUMBERS = {a: n for n, a in enumerate(IDS, 1)}
SHARED = "Протяжённость линии — 6,8 км."
ONLY_FIRST = "Первые пассажиры поедут в субботу."
WEB_LINKS = {"home": "/", "story": "/stories/{}", "article": "/articles/{}", "raw": "/articles/{}/raw",
             "search": "/search", "entities": "/", "not_news": "/not-news", "nearest": "/stories/{}/nearest"}


def tram_story_page() -> lxml.html.HtmlElement:
    """A fictional tram story of two Russian reports and an English one: a shared fact whose date the English
    report gives otherwise, a fact only the first report tells, and a conflict."""
    differences = [
        Difference("shared", SHARED, IDS[:2], disputed=[Disputed("16 марта", [IDS[2]])]),
        Difference("unique", ONLY_FIRST, IDS[:1]),
        Difference("conflict", "Запуск 14 марта (Северная правда) vs 16 марта (Baltic Wire)", IDS[::2]),
    ]
    story = Story("f" * 16, IDS, title="Трамвай до Шушар запустят в марте", differences=differences,
                  entities=[StoryEntity("Павел Рябинин", "PER", IDS[:2])])
    states = {IDS[0]: "unique", IDS[1]: "shared", IDS[2]: "conflict"}
    columns = [Column(NUMBERS[a], StoredArticle(Article(a, "t.txt", "Текст.", outlet=OUTLETS[a]),
                                                Analysis(LANGUAGES[a]), story.id, "utf-8"),
                      [SentenceView(anchor(a, 0), "Текст.", states[a], True)]) for a in IDS]
    citations = [Citation(NUMBERS[a], a, OUTLETS[a], anchor(a, 0), SHARED, LANGUAGES[a]) for a in IDS[:2]]
    summary = [SummaryLine(SHARED, citations, [("16 марта", [3])], "ru")]
    view = StoryView(story, columns, summary, difference_views(differences, NUMBERS, OUTLETS, LANGUAGES), NUMBERS,
                     LANGUAGES)
    return lxml.html.fromstring(render_page("story.html", WEB_LINKS, view=view))


def visible_words(element: lxml.html.HtmlElement) -> str:
    """What a sighted reader sees of an element: its text without the visually hidden words."""
    return "".join(element.xpath(".//text()[not(ancestor::*[contains(@class, 'vh')])]"))


def test_each_marked_sentence_says_its_mark_in_words_and_hides_the_symbol_from_a_screen_reader() -> None:
    page = tram_story_page()
    said = {}
    for sentence in page.cssselect(".columns .sent"):
        [mark] = sentence.cssselect(".mark")
        assert mark.get("aria-hidden") == "true" and mark.get("aria-label") is None
        said[mark.text_content()] = sentence.cssselect(".vh")[0].text_content()
    assert said == {"+": "said by one outlet only: ", "=": "said by several outlets: ",
                    "≠": "worded or stated differently: "}  # what the symbol's title says
    for kind in page.cssselect("ul.diffs .kind"):  # the kind is named in words beside it: the symbol is decoration
        assert kind.cssselect(".mark")[0].get("aria-hidden") == "true" and kind.text_content().split(" · ")[0][1:]


def test_the_coverage_table_heads_each_row_with_its_fact_and_says_each_cell_in_words() -> None:
    table = tram_story_page().cssselect("table.matrix")[0]
    assert "● tells it" in table.cssselect("caption")[0].text_content()
    rows = table.cssselect("tbody tr")
    assert len(rows) == 3 and all(len(row.cssselect("th[scope=row]")) == 1 for row in rows)
    shared = next(row for row in rows if SHARED in row.text_content())
    cells = [(visible_words(td), td.cssselect(".vh")[0].text_content()) for td in shared.cssselect("td")]
    assert cells == [("●", "tells it"), ("●", "tells it"), ("≠", "tells it with another value")]
    headers = [th.cssselect("span[lang]")[0].text_content() for th in table.cssselect("thead th")[1:]]
    assert headers == list(OUTLETS.values())  # in full: no name only a hover shows


def test_outlet_names_entities_and_citations_carry_their_report_s_language() -> None:
    page = tram_story_page()
    sources = [li.cssselect("a span[lang]")[0].get("lang") for li in page.cssselect("ol.sources li")]
    assert sources == ["ru", "ru", "en"]
    assert [b.cssselect("span")[0].get("lang") for b in page.cssselect(".cite .pop b")] == ["ru", "ru"]
    headers = page.cssselect("table.matrix thead th")[1:]
    assert [th.cssselect("span")[0].get("lang") for th in headers] == ["ru", "ru", "en"]
    kind_outlets = page.cssselect("li.kind-conflict .kind span[lang]")
    assert [(s.text_content(), s.get("lang")) for s in kind_outlets] == [("Северная правда", "ru"),
                                                                         ("Baltic Wire", "en")]
    [chip] = page.cssselect("ul.chips a")
    assert chip.get("lang") == "ru"


def test_a_numbered_link_says_which_report_it_leads_to() -> None:
    page = tram_story_page()
    refs = page.cssselect("a.ref")
    assert refs and all(a.get("aria-label").startswith(f"source {a.text_content().strip('[]')}: ") for a in refs)
    [disputed] = page.cssselect(".prose .disputed a.ref")
    assert disputed.get("aria-label") == "source 3: Baltic Wire" and disputed.get("href") == f"#a-{IDS[2]}"


def listing(title: str, languages: list[str], entities: list[str]) -> StoryListing:
    return StoryListing("a" * 16, title, 1.65, 3, 3, "2026-03-02T12:40:00", "2026-03-03T08:23:00", languages,
                        entities, "society", {"outlets": 3, "pickup": 0.8, "recency": 0.9, "entities": 0.1})


def front_page(filters: StoryFilter) -> lxml.html.HtmlElement:
    listings = [listing("Трамвай до Шушар запустят в марте", ["ru"], ["Павел Рябинин", "Шушары"]),
                listing("Ferry runs aground off Vyborg", ["en"], ["Vyborg"])]
    return lxml.html.fromstring(render_page("index.html", WEB_LINKS, listings=listings, total=2, page=None,
                                            filters=filters, outlets=list(OUTLETS.values()), languages=["ru", "en"],
                                            categories=["society"], not_news=4, not_news_grouped=False))


def test_the_front_page_heads_each_story_names_its_navigation_and_shows_the_rank_s_parts() -> None:
    page = front_page(StoryFilter())
    titles = page.cssselect("ul.stories > li > h2 > a.title")
    assert [a.text_content() for a in titles] == ["Трамвай до Шушар запустят в марте", "Ferry runs aground off Vyborg"]
    assert [a.get("href") for a in page.cssselect("header nav a")] == ["/", "/"]
    parts = page.cssselect("ul.stories > li details.parts")
    assert len(parts) == 2 and "(outlets 3)" in parts[0].text_content()  # no hover needed
    chips = {li.text_content(): li.get("lang") for li in page.cssselect("ul.chips li")}
    assert chips == {"Павел Рябинин": "ru", "Шушары": "ru", "Vyborg": "en"}
    links = [a.text_content() for a in page.cssselect("main a")]
    assert "how stories are ranked" in links and "review them on the not-news page" in links
    assert not {"how", "review them"} & set(links)


@pytest.mark.parametrize(("filters", "opened"), [(StoryFilter(), False), (StoryFilter(outlet="Baltic Wire"), True)])
def test_the_filters_fold_away_until_one_is_set(filters: StoryFilter, opened: bool) -> None:
    [box] = front_page(filters).cssselect("details.filter-box")
    assert (box.get("open") is not None) is opened and box.cssselect("form.filters")
    assert ("(1 set)" in box.cssselect("summary")[0].text_content()) is opened


def test_an_error_page_is_headed_in_words_and_links_the_address_it_names() -> None:
    page = lxml.html.fromstring(render_page("error.html", WEB_LINKS, status=404,
                                            message="no page 9: there are 2 (the first: /?outlet=Wire&page=1)"))
    assert page.cssselect("h1")[0].text_content() == "No such page (404)"
    assert [a.get("href") for a in page.cssselect("main a")] == ["/?outlet=Wire&page=1", "/"]
    assert status_phrase(405) == "Method Not Allowed"


def test_only_an_address_of_this_site_in_a_message_becomes_a_link() -> None:
    assert addresses_linked("see /?page=1 or //evil.example/x, a/b and http://evil.example/") == [
        ("see ", False), ("/?page=1", True), (" or //evil.example/x, a/b and http://evil.example/", False)]
    assert addresses_linked("invalid query: since") == [("invalid query: since", False)]


def test_the_original_s_page_has_a_heading_and_the_article_page_says_where_its_story_link_goes() -> None:
    stored = StoredArticle(Article(IDS[0], "t.txt", "Текст.", title="Трамвай", outlet=OUTLETS[IDS[0]],
                                   published=datetime(2026, 3, 2, 12, 40)), Analysis("ru"), "f" * 16, "utf-8")
    raw = lxml.html.fromstring(render_page("raw.html", WEB_LINKS, stored=stored, text="Трамвай\n\nТекст."))
    assert raw.cssselect("h1")[0].text_content() == "The original as received"
    article = lxml.html.fromstring(render_page("article.html", NESTED_LINKS, stored=stored, story_id="f" * 16))
    [story_link] = [a for a in article.cssselect("main a")
                    if a.get("href") == NESTED_LINKS["story"].format("f" * 16)]
    assert "story" in story_link.text_content() and story_link.text_content() != "its story"
    assert article.cssselect("p.meta span[lang]")[0].text_content() == OUTLETS[IDS[0]]
