"""The web app and the static report in a real browser (Debian's Chromium through playwright).

Screenshots go to test-artifacts/ (not committed) so a reviewer can look at what ran.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from svodka.categorise import CATEGORIES
from svodka.nlp import NlpModels
from svodka.report.html import write_html_report
from svodka.store import Store
from svodka.web.app import PAGE_SIZE, create_app
from tests.conftest import ROOT
from tests.test_web import build_corpus_db, hostile_article, quote_variant_story

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"
PHONE = {"width": 390, "height": 844}
# The payload sets window.__pwned, or the whole title to 'pwned' (the escaped text merely contains the word).
NO_SCRIPT_RAN = "() => window.__pwned === undefined && document.title !== 'pwned'"
CATEGORY_SHOWN = "xpath=//dl/dt[text()='category']/following-sibling::dd[1]"  # an article page's category
# The contrast ratio (WCAG 2.x) of each visible element's text against the first opaque background behind it.
CONTRAST = """(selector) => {
  const channels = c => c.match(/[\\d.]+/g).map(Number);
  const linear = v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  const luminance = c => { const [r, g, b] = channels(c).map(linear); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const opaque = c => (channels(c)[3] ?? 1) > 0.5;
  const behind = e => { for (; e; e = e.parentElement) { const b = getComputedStyle(e).backgroundColor;
                                                       if (opaque(b)) return b; } return 'rgb(255, 255, 255)'; };
  return [...document.querySelectorAll(selector)].filter(e => e.checkVisibility()).map(e => {
    const [a, b] = [luminance(getComputedStyle(e).color), luminance(behind(e))];
    return [e.textContent.trim(), (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]; }); }"""
WIDEST = "() => document.scrollingElement.scrollWidth"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}: `make test` installs it with apt")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> tuple[Store, Path]:
    folder = tmp_path_factory.mktemp("browser")
    return Store(build_corpus_db(folder, models)), folder


@pytest.fixture(scope="module")
def server(corpus: tuple[Store, Path], models: NlpModels) -> Iterator[str]:
    store, _ = corpus
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store.path, models), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_reading_a_story_and_searching(server: str, browser, corpus: tuple[Store, Path]) -> None:
    store, _ = corpus
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    assert page.locator("ul.stories a.title").count() == min(PAGE_SIZE, store.counts()["stories"])
    page.screenshot(path=ARTIFACTS / "stories.png", full_page=True)

    story = store.story(quote_variant_story(store))
    page.click(f"a[href='/stories/{story.id}']")
    assert page.locator("h1").inner_text() == story.title
    variant = page.locator("li.kind-quote_variant").first
    assert variant.locator("del, ins").count() > 0
    assert variant.locator("del, ins").first.is_visible()
    unique = page.locator(".sent.st-unique").first
    unique.scroll_into_view_if_needed()
    assert unique.is_visible() and unique.locator(".mark").inner_text() == "+"
    citation = page.locator(".cite").first
    citation.hover()
    assert citation.locator(".pop").is_visible()  # hovering a citation shows its sentence
    page.screenshot(path=ARTIFACTS / "story.png")
    citation.locator("a").click()
    assert page.evaluate("() => location.hash") == citation.locator("a").get_attribute("href")

    page.fill("input[type=search]", "пострадавшими")
    page.press("input[type=search]", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator(".hit").count() > 0 and page.locator(".hit mark").count() > 0
    page.screenshot(path=ARTIFACTS / "search.png", full_page=True)
    page.close()


def test_the_story_page_works_at_phone_width(server: str, browser, corpus: tuple[Store, Path]) -> None:
    store, _ = corpus
    page = browser.new_page(viewport=PHONE, color_scheme="dark")
    page.goto(f"{server}/stories/{quote_variant_story(store)}")
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1  # only the side-by-side columns scroll sideways, inside their box
    background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert background != "rgb(251, 250, 247)"  # the dark palette follows the system setting
    page.screenshot(path=ARTIFACTS / "story-phone-dark.png")
    page.close()


def test_no_script_runs_from_a_hostile_article(server: str, browser, corpus: tuple[Store, Path]) -> None:
    store, folder = corpus
    article_id = hostile_article(store)
    story_id = store.article(article_id).story
    report = folder / "report"
    write_html_report(store, report)
    page = browser.new_page()
    page.set_content("<script>window.__pwned = 1</script>")
    assert not page.evaluate(NO_SCRIPT_RAN)  # the check does see a script that runs
    urls = [f"{server}/", f"{server}/stories/{story_id}", f"{server}/articles/{article_id}",
            f"{server}/search?q=взлом", (report / "index.html").as_uri(),
            (report / "stories" / f"{story_id}.html").as_uri(), (report / "articles" / f"{article_id}.html").as_uri()]
    for url in urls:
        page.goto(url)
        page.mouse.move(10, 10)
        page.mouse.move(300, 300)
        assert page.evaluate(NO_SCRIPT_RAN), url
        assert page.locator("a[href^='javascript:'], img, script").count() == 0, url
    assert "<script>" in page.locator("h1").inner_text()  # shown as text
    page.screenshot(path=ARTIFACTS / "hostile-article.png", full_page=True)
    page.close()


def test_the_front_page_filters_by_category_and_its_entity_chips_stay_chips(server: str, browser,
                                                                             corpus: tuple[Store, Path]) -> None:
    store, _ = corpus
    category = store.front_page()[-1].category
    wanted = [story.title for story in store.front_page(category)]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    chip = page.locator("ul.stories .chips li").first.bounding_box()["height"]
    meta_line = page.locator("ul.stories > li > .meta").first.bounding_box()["height"]
    assert chip < 1.6 * meta_line  # a pill around one line, not a list row's padding
    page.select_option("select[name=category]", category)
    page.click("form.filters button")
    page.wait_for_url(f"**category={category}**")
    assert page.locator("ul.stories a.title").all_inner_texts() == wanted
    assert page.locator("ul.stories .rank").first.inner_text().startswith("rank ")
    page.screenshot(path=ARTIFACTS / "stories-by-category.png", full_page=True)
    page.close()


def test_the_article_pages_correction_form_works_under_its_policy(server: str, browser,
                                                                  corpus: tuple[Store, Path]) -> None:
    store, _ = corpus
    # Not news, so in no story: correcting its category changes no page the other tests read.
    stored = next(s for s in store.articles() if not s.analysis.news and s.label is None)
    category = next(c for c in CATEGORIES if c != stored.analysis.category)
    page = browser.new_page()
    refused = []
    page.on("console", lambda message: refused.extend([message.text] * ("Content Security Policy" in message.text)))
    page.goto(f"{server}/articles/{stored.article.id}")
    assert page.locator(CATEGORY_SHOWN).inner_text() == stored.analysis.category
    page.select_option("form.correct select[name=category]", category)
    page.click("form.correct button")
    page.wait_for_load_state()
    assert page.url == f"{server}/articles/{stored.article.id}"  # the 303 back to the page
    assert page.locator(CATEGORY_SHOWN).inner_text() == f"{category} · set by you"
    assert refused == [] and store.article(stored.article.id).label.category == category
    page.screenshot(path=ARTIFACTS / "article-corrected.png", full_page=True)
    page.close()


def disputed_story(store: Store) -> str:
    """A story one of whose shared facts another report gives with another value (its summary links that report)."""
    return next(s.id for s in store.stories() for d in s.differences if d.kind == "shared" and d.disputed)


def test_the_marks_that_replace_colour_are_legible_in_light_mode(server: str, browser,
                                                                 corpus: tuple[Store, Path]) -> None:
    store, _ = corpus
    page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme="light")
    page.goto(f"{server}/stories/{disputed_story(store)}")
    measured = page.evaluate(CONTRAST, ".mark, .kind, .disputed")
    assert {text for text, _ in measured} >= {"+", "=", "≠"}
    assert min(ratio for _, ratio in measured) >= 4.5, sorted(measured, key=lambda item: item[1])[:3]
    in_columns = page.evaluate("() => [...document.querySelectorAll('.columns .mark')]"
                               ".map(m => getComputedStyle(m).fontSize)")
    assert in_columns and min(float(size.removesuffix("px")) for size in in_columns) >= 0.85 * 16
    page.close()


def test_a_printed_story_shows_every_column_and_every_fact_and_no_form(server: str, browser,
                                                                      corpus: tuple[Store, Path]) -> None:
    store, _ = corpus
    page = browser.new_page(viewport={"width": 794, "height": 1123})  # A4 at 96 dpi
    page.goto(f"{server}/stories/{disputed_story(store)}")
    folded = "() => [...document.querySelectorAll('details:not([open]) ul.diffs > li')].map(li => li.checkVisibility())"
    assert page.evaluate(folded) == [False] * len(page.evaluate(folded)) != []  # on screen, a closed list is closed
    page.emulate_media(media="print")
    columns = page.evaluate("() => [document.querySelector('.columns').scrollWidth,"
                            " document.querySelector('.columns').clientWidth]")
    assert columns[0] <= columns[1]  # stacked, none cut off at the page's edge
    assert all(page.evaluate(folded))  # Chromium prints a closed <details>' facts too
    hidden = "() => ['header form', '.skip'].map(s => getComputedStyle(document.querySelector(s)).display)"
    assert page.evaluate(hidden) == ["none", "none"]
    page.pdf(path=ARTIFACTS / "story-printed.pdf", format="A4")
    page.close()


def test_a_phone_shows_stories_first_and_every_numbered_link_is_a_24_px_target(server: str, browser,
                                                                               corpus: tuple[Store, Path]) -> None:
    store, _ = corpus
    page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(server + "/")
    assert not page.locator("form.filters").is_visible()  # folded: the first screen shows stories
    assert page.locator("ul.stories h2 a.title").first.bounding_box()["y"] < PHONE["height"] / 2
    page.click("details.filter-box summary")  # no script needed to reach them
    assert page.locator("form.filters select[name=category]").is_visible()
    page.goto(f"{server}/stories/{disputed_story(store)}")
    sizes = page.evaluate("() => [...document.querySelectorAll('.cite a, .disputed a')].map(a => {"
                          " const r = a.getBoundingClientRect(); return [r.width, r.height]; })")
    assert sizes and min(min(size) for size in sizes) >= 24
    page.screenshot(path=ARTIFACTS / "story-phone-citations.png")
    page.close()
    wide = browser.new_page(viewport={"width": 1280, "height": 900})
    wide.goto(server + "/")
    assert wide.locator("form.filters select[name=category]").is_visible()  # a wide screen shows the filters open
    wide.close()


def test_nothing_is_wider_than_a_280_px_screen(server: str, browser, corpus: tuple[Store, Path]) -> None:
    store, _ = corpus
    page = browser.new_page(viewport={"width": 280, "height": 640})
    for url in ("/", f"/stories/{disputed_story(store)}", "/search?q=трамвай", "/not-news"):
        page.goto(server + url)
        assert page.evaluate(WIDEST) == 280, url
    page.close()
