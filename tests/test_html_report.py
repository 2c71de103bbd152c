"""The static report: the web app's views as files that open from disk, hostile text escaped."""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

import lxml.html
import pytest

from svodka.model import Analysis, Article, Difference, State, Story, Wording
from svodka.nlp import NlpModels
from svodka.report.html import NESTED_LINKS, render_page, write_html_report
from svodka.report.views import Column, StoryView, difference_views, text_language
from svodka.store import Store, StoredArticle
from tests.test_web import HOSTILE, YEAR_LESS_TITLE, build_corpus_db, quote_variant_story, unbuilt_story_db, year_less_db


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> tuple[Store, Path]:
    folder = tmp_path_factory.mktemp("report")
    store = Store(build_corpus_db(folder, models))
    write_html_report(store, folder / "html")
    return store, folder / "html"


def test_every_link_of_the_report_resolves_to_a_file(report: tuple[Store, Path]) -> None:
    store, folder = report
    pages = [folder / "index.html", *(folder / "stories").glob("*.html"), *(folder / "articles").glob("*.html")]
    assert len(pages) == 1 + store.counts()["stories"] + store.counts()["articles"]
    for page in pages:
        for element, _, href, _ in lxml.html.fromstring(page.read_text(encoding="utf-8")).iterlinks():
            href = href.split("#")[0]
            if href.startswith(("https://", "http://")):  # the article's own URL, on the outlet's site
                assert element.get("rel") == "noopener noreferrer nofollow" and element.text == href, (page, href)
            elif href.startswith("data:"):  # the empty icon, inline: nothing to fetch
                assert (element.tag, element.get("rel")) == ("link", "icon"), (page, href)
            elif href:
                assert "://" not in href and (page.parent / href).resolve().is_file(), (page, href)


def test_story_pages_show_the_same_views_as_the_web_app(report: tuple[Store, Path]) -> None:
    store, folder = report
    story = store.story(quote_variant_story(store))
    page = lxml.html.fromstring((folder / "stories" / f"{story.id}.html").read_text(encoding="utf-8"))
    assert page.cssselect("li.kind-quote_variant del") or page.cssselect("li.kind-quote_variant ins")
    assert page.cssselect(".sent.st-unique .mark")[0].text_content() == "+"
    assert len(page.cssselect(".columns > article")) == len(story.articles)
    assert page.cssselect(".cite .pop")


def test_article_originals_are_plain_text_files(report: tuple[Store, Path]) -> None:
    store, folder = report
    stored = next(s for s in store.articles() if s.article.format == "html")
    original = (folder / "articles" / f"{stored.article.id}.raw.txt").read_text(encoding="utf-8")
    assert original == store.raw(stored.article.id).decode(stored.encoding)


def test_hostile_markup_is_escaped_in_every_file(report: tuple[Store, Path]) -> None:
    _, folder = report
    for page in folder.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script" not in text.lower() and "javascript:" not in text.replace("javascript:window", ""), page
        tree = lxml.html.fromstring(text)
        assert not [e for e in tree.iter() if isinstance(e.tag, str) and any(a.startswith("on") for a in e.attrib)], page
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "Взлом &lt;script&gt;" in index and HOSTILE["title"] not in index


def test_a_second_report_into_the_folder_deletes_only_its_own_stale_pages(models: NlpModels, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    db, article_id = unbuilt_story_db(tmp_path, models, monkeypatch)
    folder = tmp_path / "html"
    stale = [folder / "stories" / "0123456789abcdef.html", folder / "articles" / "0123456789abcdef.html",
             folder / "articles" / "0123456789abcdef.raw.txt"]
    kept = [folder / "notes.txt", folder / "stories" / "draft.html", folder / "stories" / "0123456789abcdef.raw.txt",
            folder / "articles" / "0123456789abcdef.html.bak", folder / "articles" / f"{article_id}.txt"]
    for path in stale + kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("from an earlier run", encoding="utf-8")
    with Store(db) as store:
        write_html_report(store, folder)
    assert not [path for path in stale if path.exists()]
    assert all(path.read_text(encoding="utf-8") == "from an earlier run" for path in kept)
    assert (folder / "articles" / f"{article_id}.html").is_file()


def test_an_article_whose_story_is_not_built_links_no_story_page(models: NlpModels, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db, article_id = unbuilt_story_db(tmp_path, models, monkeypatch)
    with Store(db) as store:
        write_html_report(store, tmp_path / "html")
    page = lxml.html.fromstring((tmp_path / "html" / "articles" / f"{article_id}.html").read_text(encoding="utf-8"))
    assert not [href for _, _, href, _ in page.iterlinks() if "stories/" in href]
    assert "story is not built yet" in page.text_content()
    assert not list((tmp_path / "html" / "stories").iterdir())


@pytest.mark.parametrize("url", ["javascript:window.__pwned = 7", "data:text/html,<b>x</b>", "//evil.example/a"])
def test_only_a_web_address_of_an_article_becomes_a_link(report: tuple[Store, Path], url: str) -> None:
    store, _ = report
    stored = next(s for s in store.articles() if s.article.url)
    stored.article.url = url
    page = lxml.html.fromstring(render_page("article.html", NESTED_LINKS, stored=stored, story_id=None))
    assert url in page.text_content()
    assert not [href for _, _, href, _ in page.iterlinks() if url in href]


def test_the_report_s_front_page_shows_each_story_s_rank_and_category(report: tuple[Store, Path]) -> None:
    store, folder = report
    page = lxml.html.fromstring((folder / "index.html").read_text(encoding="utf-8"))
    shown = [li.cssselect(".meta")[0].text_content() for li in page.cssselect("ul.stories > li")]
    ranked = store.front_page()
    assert len(shown) == len(ranked)
    for meta, story in zip(shown, ranked, strict=True):
        assert meta.startswith(f"rank {story.rank:.2f} · {story.category} · "), meta
    title = page.cssselect("ul.stories > li .rank")[0].get("title")
    assert title.startswith(f"{math.log2(1 + ranked[0].rank_components['outlets']):.2f} (outlets ")


def test_the_report_marks_a_time_whose_year_was_guessed(tmp_path: Path, models: NlpModels) -> None:
    db, guessed, dated = year_less_db(tmp_path, models)
    folder = write_html_report(Store(db), tmp_path / "html").parent
    index = lxml.html.fromstring((folder / "index.html").read_text(encoding="utf-8"))
    metas = {li.cssselect("a.title")[0].get("href"): li.cssselect(".meta")[0].text_content()
             for li in index.cssselect("ul.stories > li")}
    assert "2019-11-11 10:30 (year guessed)" in metas[f"stories/{guessed}.html"]
    assert "guessed" not in metas[f"stories/{dated}.html"]
    story = lxml.html.fromstring((folder / "stories" / f"{guessed}.html").read_text(encoding="utf-8"))
    [source] = story.cssselect("ol.sources li")
    assert "(year guessed)" in source.text_content() and YEAR_LESS_TITLE in source.text_content()
    assert [t.text_content() for t in story.cssselect("ul.timeline time")] == ["2019-11-15 (year guessed)", "2020-01-20"]
    assert not source.cssselect("b")  # the headline's markup shown as text


def test_a_quote_variant_names_each_reports_wording(report: tuple[Store, Path]) -> None:
    store, folder = report
    story = store.story(quote_variant_story(store))
    variant = next(d for d in story.differences if d.kind == "quote_variant")
    assert len(variant.wordings) >= 2  # a statement quoted three ways is one variant of three wordings
    assert sorted(a for w in variant.wordings for a in w.articles) == sorted(variant.articles)
    page = lxml.html.fromstring((folder / "stories" / f"{story.id}.html").read_text(encoding="utf-8"))
    shown = [li.text_content() for li in page.cssselect("li.kind-quote_variant ul.wordings li")]
    outlets = {a.article.id: a.article.outlet for a in (store.article(i) for i in story.articles)}
    for wording in variant.wordings:
        assert any(outlets[wording.article] in line and wording.text in line for line in shown), wording


def test_a_shared_fact_shows_its_disputed_value_and_the_matrix_marks_who_gives_it(
        report: tuple[Store, Path]) -> None:
    store, folder = report
    story, shared = next((s, d) for s in store.stories() for d in s.differences if d.kind == "shared" and d.disputed)
    page = lxml.html.fromstring((folder / "stories" / f"{story.id}.html").read_text(encoding="utf-8"))
    notes = [span.text_content() for span in page.cssselect("li.kind-shared .disputed")]
    assert any(other.text in note for other in shared.disputed for note in notes)
    marked = page.cssselect('table.matrix td[title="tells it with another value"]')
    assert len(marked) >= len({a for other in shared.disputed for a in other.articles})


def test_every_page_is_in_english_and_each_report_s_words_in_its_own_language(report: tuple[Store, Path]) -> None:
    """The interface is English; a title, summary line, article text or quote carries its report's language, so a
    screen reader reads «Трамвай» with Russian rules and "ferry" with English ones."""
    store, folder = report
    for page in folder.rglob("*.html"):
        assert lxml.html.fromstring(page.read_text(encoding="utf-8")).get("lang") == "en", page
    bilingual = attributions = 0
    for story in store.stories():
        languages = {i: store.article(i).analysis.language for i in story.articles}
        page = lxml.html.fromstring((folder / "stories" / f"{story.id}.html").read_text(encoding="utf-8"))
        assert page.cssselect("h1")[0].get("lang") in languages.values()
        for column in page.cssselect(".columns > article"):
            assert column.get("lang") == languages[column.get("id").removeprefix("a-")]
        summary = page.cssselect("div.prose > p > span[lang]")
        assert len(summary) == len(story.summary) and all(s.get("lang") in languages.values() for s in summary)
        assert all(w.get("lang") in languages.values() for w in page.cssselect("ul.wordings span[lang]"))
        if len(set(languages.values())) > 1:  # a story told in Russian and English: summarised in one of them
            bilingual += 1
            assert len({s.get("lang") for s in summary}) <= 1
        attributions += len(page.cssselect("li.kind-attribution"))  # svodka's own English line: the page's language
        assert not page.cssselect("li.kind-attribution > span[lang]")  # (its outlets' names carry theirs)
    assert bilingual and attributions
    stored = next(s for s in store.articles() if s.analysis.language == "en")
    article = lxml.html.fromstring((folder / "articles" / f"{stored.article.id}.html").read_text(encoding="utf-8"))
    assert article.cssselect("h1")[0].get("lang") == article.cssselect(".article-body")[0].get("lang") == "en"
    index = lxml.html.fromstring((folder / "index.html").read_text(encoding="utf-8"))
    titles = {a.text_content(): a.get("lang") for a in index.cssselect("ul.stories a.title")}
    assert set(titles.values()) == {"ru", "en"} and titles[HOSTILE["title"]] == "ru"


def test_text_language_takes_the_report_language_written_in_the_text_s_script() -> None:
    assert text_language("Паром сел на мель", ["en", "ru"]) == "ru"
    assert text_language("The ferry ran aground", ["ru", "en"]) == "en"
    assert text_language("Взлом <script>window.pwned = 1</script>", ["ru"]) == "ru"  # its one report's, markup aside
    assert text_language("Паром сел на мель", ["uk", "en"]) == "uk"
    assert text_language("", []) == "und"


def test_a_quote_variant_s_wording_names_every_outlet_printing_it_compactly() -> None:
    """Six reports print one wording, one the other: the long side names two outlets and counts the rest, its
    line's title lists them all; each wording is in its reports' language, and stays escaped."""
    ids = [f"{n:016x}" for n in range(1, 8)]
    outlet = {a: f"Outlet {n}" for n, a in enumerate(ids, 1)} | {ids[6]: "Outlet 6"}  # two reports of one outlet
    numbers = {a: n for n, a in enumerate(ids, 1)}
    variant = Difference("quote_variant", "Рябинин: поедут [-14-] {+16+} марта", ids,
                         wordings=[Wording(ids[0], "поедут <b>14</b> марта", [ids[0]]),
                                   Wording(ids[1], "поедут 16 марта", ids[1:])])
    views = difference_views([variant], numbers, outlet, {a: "ru" for a in ids})
    story = Story("f" * 16, ids, title="Трамвай", differences=[variant])
    columns = [Column(numbers[a], StoredArticle(Article(a, "t.txt", "Текст.", outlet=outlet[a]), Analysis("ru"), story.id,
                                                "utf-8"), []) for a in ids]
    html = render_page("story.html", NESTED_LINKS, view=StoryView(story, columns, [], views, numbers))
    lines = lxml.html.fromstring(html).cssselect("ul.wordings li")
    assert [li.text_content() for li in lines] == ["[1] Outlet 1: «поедут <b>14</b> марта»",
                                                   "[2,3,4,5,6,7] Outlet 2, Outlet 3 +3: «поедут 16 марта»"]
    assert lines[0].get("title") is None and lines[1].get("title") == "Outlet 2, Outlet 3, Outlet 4, Outlet 5, Outlet 6"
    assert [li.cssselect("span")[0].get("lang") for li in lines] == ["ru", "ru"]
    assert "&lt;b&gt;14&lt;/b&gt;" in html


def test_an_update_lists_its_values_in_time_order_the_latest_marked() -> None:
    """A fire's area told at 07:40, 10:05 and 13:05: the page lists each value with its reports and time, and marks
    the newest; the view gives the terminal the same states on one line."""
    ids = [f"{n:016x}" for n in range(1, 4)]
    outlet = dict(zip(ids, ["Подмосковье сегодня", "Московский вестник", "Регион-инфо"]))
    numbers = {a: n for n, a in enumerate(ids, 1)}
    at = [datetime(2026, 6, 9, h, m) for h, m in ((7, 40), (10, 5), (13, 5))]
    update = Difference("update", "Площадь пожара выросла до 5200 квадратных метров.", ids, states=[
        State("2000 квадратных", at[0], [ids[0]], [outlet[ids[0]]]),
        State("5000 квадратных", at[1], [ids[1]], [outlet[ids[1]]]),
        State("5200 квадратных", at[2], [ids[2]], [outlet[ids[2]]], latest=True)])
    views = difference_views([update], numbers, outlet, {a: "ru" for a in ids})
    assert views[0].states_line == ("2000 квадратных (Подмосковье сегодня, 07:40) → 5000 квадратных (Московский "
                                    "вестник, 10:05) → 5200 квадратных (Регион-инфо, 13:05, latest)")
    story = Story("f" * 16, ids, title="Пожар", differences=[update])
    columns = [Column(numbers[a], StoredArticle(Article(a, "t.txt", "Текст.", outlet=outlet[a]), Analysis("ru"), story.id,
                                                "utf-8"), []) for a in ids]
    page = lxml.html.fromstring(render_page("story.html", NESTED_LINKS, view=StoryView(story, columns, [], views, numbers)))
    lines = [" ".join(li.text_content().split()) for li in page.cssselect("li.kind-update ol.states li")]
    assert lines == ["2000 квадратных · [1] Подмосковье сегодня · 07:40", "5000 квадратных · [2] Московский вестник · 10:05",
                     "5200 квадратных · [3] Регион-инфо · 13:05 · latest"]
    assert [li.get("class") for li in page.cssselect("ol.states li")] == [None, None, "latest"]
