"""What the terminal prints: nothing cropped at any width, a digest of differences that names every report, and
who worded a quote how."""

from __future__ import annotations

from datetime import datetime

import pytest
from rich.console import Console

from svodka.categorise.explain import CUE_PHRASES, Explanation
from svodka.model import Analysis, Article, Difference, Disputed, Story, Wording
from svodka.report.terminal import (
    MAX_DIFFERENCES_SHOWN,
    digest,
    print_not_news,
    print_story,
)
from svodka.report.views import JudgedRow, NotNewsListing
from svodka.store import StoredArticle
from svodka.store.db import ArticleListing

LONG_TITLE = "Гороскоп на неделю с 16 по 22 марта: Овнам смелость, Ракам отдых, Девам осторожность в делах"
OUTLET = "Эхо Урала и Западной Сибири"
WIDTHS = [40, 80, 200]


def cue_listing() -> NotNewsListing:
    """Two articles judged not news whose whys, between them, name every cue the model has."""
    names = list(CUE_PHRASES)
    rows = []
    for i, half in enumerate([names[: len(names) // 2], names[len(names) // 2:]]):
        cues = {name: (3.0 - n * 0.1 if n % 2 == 0 else -(1.0 - n * 0.01)) for n, name in enumerate(half)}
        why = Explanation(5.0, cues).news_reason()
        listing = ArticleListing(f"{i:016x}", LONG_TITLE, OUTLET, datetime(2026, 3, 15, 20), True, False, False,
                                 False, None, None, 5.0)
        rows.append(JudgedRow(listing, why))
    return NotNewsListing(rows, len(rows), [], grouped=False)


def shown_phrases(listing: NotNewsListing) -> list[str]:
    """Every cue phrase the listing's whys give (LOUDEST a side: not all of CUE_PHRASES)."""
    return [phrase for phrase in CUE_PHRASES.values() if any(phrase in row.why for row in listing.rows)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("terminal", [True, False])
def test_not_news_crops_nothing_at_any_width(width: int, terminal: bool) -> None:
    listing = cue_listing()
    console = Console(width=width, record=True, force_terminal=terminal, color_system=None)
    print_not_news(console, listing)
    printed = console.export_text()
    flowing = " ".join(printed.split())  # a terminal wraps at word boundaries: joined again, every word is there
    phrases = shown_phrases(listing)
    assert len(phrases) >= 6
    for row in listing.rows:
        assert row.why in flowing and f"{LONG_TITLE} · {OUTLET}" in flowing
    if terminal:
        assert max(map(len, printed.splitlines())) <= width
    else:  # into a file or a pipe: each why on one line, so grep finds every cue phrase
        lines = printed.splitlines()
        assert all(any(phrase in line for line in lines) for phrase in phrases)
        for row in listing.rows:
            [at] = [n for n, line in enumerate(lines) if line.startswith(row.listing.id)]
            assert lines[at].endswith(f"  model  {LONG_TITLE} · {OUTLET}") and lines[at + 1].strip() == row.why


def reports(count: int) -> dict[str, StoredArticle]:
    return {f"a{n}": StoredArticle(Article(f"a{n}", f"{n}.txt", "Текст.", title=f"Заголовок {n}", outlet=f"Outlet {n}"),
                                   Analysis("ru"), "s", "utf-8") for n in range(1, count + 1)}


class FakeStore:
    """What print_story reads of a store: its articles (none edited: no earlier versions)."""

    def __init__(self, members: dict[str, StoredArticle]) -> None:
        self.members = members

    def article(self, article_id: str) -> StoredArticle | None:
        return self.members.get(article_id)

    def versions(self, article_id: str) -> list:
        return []


def printed_story(story: Story, members: dict[str, StoredArticle], every: bool = False) -> list[str]:
    console = Console(width=120, record=True, color_system=None)
    print_story(console, FakeStore(members), story, every_difference=every)  # type: ignore[arg-type]
    return console.export_text().splitlines()


def lopsided_uniques() -> list[Difference]:
    """As on the canonical seeds: one report's unique facts listed first, then the other's."""
    first = [Difference("unique", f"Первый источник, факт номер {n}.", ["a1"]) for n in range(MAX_DIFFERENCES_SHOWN)]
    second = [Difference("unique", f"Второй источник, факт номер {n}.", ["a2"]) for n in range(10)]
    return first + second


def test_the_digest_takes_each_report_s_facts_in_turn_keeping_their_order() -> None:
    differences = lopsided_uniques()
    chosen = digest(differences, MAX_DIFFERENCES_SHOWN)
    assert len(chosen) == MAX_DIFFERENCES_SHOWN
    assert sum(d.articles == ["a1"] for d in chosen) == sum(d.articles == ["a2"] for d in chosen)
    assert chosen == sorted(chosen, key=differences.index)
    assert digest(differences[:3], MAX_DIFFERENCES_SHOWN) == differences[:3]


def test_show_says_how_many_more_and_all_shows_them() -> None:
    story = Story("f" * 16, ["a1", "a2"], title="История", differences=lopsided_uniques())
    members = reports(2)
    digest_lines = printed_story(story, members)
    listed = [line for line in digest_lines if "источник, факт" in line]
    assert len(listed) == MAX_DIFFERENCES_SHOWN
    assert any(line.lstrip().startswith("[2] Второй") for line in listed)  # the other outlet is not crowded out
    hidden = len(story.differences) - MAX_DIFFERENCES_SHOWN
    assert f"  … {hidden} more (svodka show {story.id} --all)" in digest_lines
    every = printed_story(story, members, every=True)
    assert all(any(d.text in line for line in every) for d in story.differences)
    assert not any("more (svodka show" in line for line in every)


def test_a_quote_variant_labels_each_wording_with_its_report_and_a_shared_fact_its_disputed_value() -> None:
    members = reports(3)
    variant = Difference("quote_variant", "Путин: руководство [-в предварительном режиме-] {+предварительно+} дало",
                         ["a2", "a1"], wordings=[Wording("a2", "руководство в предварительном режиме дало согласие"),
                                                 Wording("a1", "руководство предварительно дало согласие слова")])
    shared = Difference("shared", "Паром начнёт перевозить пассажиров 14 марта.", ["a1", "a2"],
                        disputed=[Disputed("16 марта", ["a3"])])
    lines = printed_story(Story("e" * 16, list(members), differences=[variant, shared]), members)
    assert any("[-…-] as − wrote it, {+…+} as +" in line for line in lines)
    # the diff's first side is the first cited article's, whatever number the report list gives it
    assert "    −[2] Outlet 2: руководство в предварительном режиме дало согласие" in lines
    assert "    +[1] Outlet 1: руководство предварительно дало согласие слова" in lines
    assert "    disputed: 16 марта [3]" in lines
    assert "  [1,2] Паром начнёт перевозить пассажиров 14 марта." in lines
    assert any(line.startswith("Coverage") and "≠ gives another value" in line for line in lines)


def test_each_wording_of_a_quote_variant_cites_every_report_printing_it_compactly() -> None:
    """Seven reports print one wording and one prints the other: each side names all of its own, the long side
    its first outlets and how many more, its first reports' numbers and how many more."""
    members = reports(8)
    many = [f"a{n}" for n in range(2, 9)]
    variant = Difference("quote_variant", "Рябинин: поедут [-14-] {+16+} марта", ["a1", *many],
                         wordings=[Wording("a1", "поедут 14 марта", ["a1"]), Wording("a2", "поедут 16 марта", many)])
    lines = printed_story(Story("b" * 16, list(members), differences=[variant]), members)
    assert "    −[1] Outlet 1: поедут 14 марта" in lines
    assert "    +[2,3,4,5 +3] Outlet 2, Outlet 3 +5: поедут 16 марта" in lines


def test_a_translated_quote_shows_each_wording_whole_under_its_speaker_with_no_diff_legend() -> None:
    members = reports(2)
    variant = Difference("quote_variant", "Марина Светлова: С новым судном мы справимся ⇄ With the new ship we can",
                         ["a1", "a2"], wordings=[Wording("a1", "С новым судном мы справимся"),
                                                 Wording("a2", "With the new ship we can")])
    lines = printed_story(Story("f" * 16, list(members), differences=[variant]), members)
    assert "  [1,2] Марина Светлова:" in lines
    assert "    ·[1] Outlet 1: С новым судном мы справимся" in lines and "    ·[2] Outlet 2: With the new ship we can" in lines
    assert not any("wrote it" in line for line in lines)


def test_a_unique_detail_is_shown_as_its_sentence_with_the_detail_beside_it() -> None:
    members = reports(2)
    detail = Difference("unique", "Индира Бегайдар — Путин ответил на вопрос Индиры Бегайдар.", ["a1"],
                        details=["Индиры Бегайдар"], sentence="Путин ответил на вопрос Индиры Бегайдар.")
    lines = printed_story(Story("c" * 16, list(members), differences=[detail]), members)
    assert "  [1] Путин ответил на вопрос Индиры Бегайдар." in lines
    assert "    only here: Индиры Бегайдар" in lines and not any("Индира Бегайдар —" in line for line in lines)


def test_a_quote_variant_from_an_older_store_has_no_legend_for_wordings_it_lacks() -> None:
    members = reports(2)
    variant = Difference("quote_variant", "Путин: [-слова-] {+этого слова+}", ["a1", "a2"])
    lines = printed_story(Story("d" * 16, list(members), differences=[variant]), members)
    assert "  [1,2] Путин: [-слова-] {+этого слова+}" in lines
    assert not any("wrote it" in line for line in lines)
    assert not any("another value" in line for line in lines)


def test_show_numbers_reports_by_the_instant_they_came_out_and_prints_their_zone() -> None:
    """09:00+03:00 (06:00 UTC) came out before 01:30-05:00 (06:30 UTC), though its digits are later."""
    members = reports(3)
    members["a1"].article.published = datetime.fromisoformat("2019-11-14T01:30:00-05:00")
    members["a2"].article.published = datetime.fromisoformat("2019-11-14T09:00:00+03:00")
    members["a3"].article.published = None
    story = Story("f" * 16, ["a3", "a1", "a2"], title="История",
                  differences=[Difference("unique", "Только у второго.", ["a1"])])
    lines = printed_story(story, members)
    assert [line.split()[0] for line in lines[1:4]] == ["[1]", "[2]", "[3]"]
    assert "Outlet 2 · 2019-11-14 09:00 +03:00" in lines[1] and "Outlet 1 · 2019-11-14 01:30 -05:00" in lines[2]
    assert "Outlet 3 · undated" in lines[3]
    assert any("[2] Outlet 1" in line for line in lines[4:])  # the difference cites a1 by its number
