"""The story report in the terminal: what a run prints."""

from __future__ import annotations

from itertools import zip_longest
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from svodka.model import Difference, Disputed, Story
from svodka.rank import outlet_count
from svodka.report.times import article_time, marked
from svodka.store import Store, StoredArticle, oldest_first

# A story's page loads the comparison's and the views' modules (~0.5 s of CPU) inside its functions, so that
# `svodka stories`, `export` and the CLI's `counted` do not.
if TYPE_CHECKING:
    from svodka.report.nearest import NearReport
    from svodka.report.views import NotNewsListing

MAX_DIFFERENCES_SHOWN = 12  # of each kind: the terminal gives a digest (`svodka show --all`: all), the web page all
# a quote variant's word diff, its sides named by the whole wordings printed under it, marked − and +
TITLE_MIN_WIDTH = 24  # a not-news title beside its id, time and judge; in a narrower terminal it goes under them
QUOTE_LEGEND = "  [dim]\\[-…-] as − wrote it, {+…+} as +[/dim]"
# A quote variant's side cites this many of the reports printing its wording, then counts the rest ("[1,2,3,4 +30]"),
# so that its citation stays a narrow column beside the wording.
WORDING_CITED = 4


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """'1 story', '19 stories', '1 article': a count with its noun agreeing (English: one, or many)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def print_stories(console: Console, store: Store, stories: list[Story], total: int | None = None) -> None:
    """The story list as a table: id, reports/outlets, rank, category, title; headed by how many it shows and, when
    `total` counts more (a top), of how many ("3 of 366 stories"), so a script needs no second call for the total."""
    reports = store.report_times()  # outlets without loading every article's analysis
    shown = (f"{len(stories)} of {counted(total, 'story', 'stories')}" if total is not None and total > len(stories)
             else counted(len(stories), "story", "stories"))
    # into a pipe the table is as wide as its longest title: its heading and caption start their lines, unpadded
    side = "center" if console.is_terminal else "default"
    table = Table(title=shown, caption="rep/out: reports / distinct outlets", box=box.SIMPLE_HEAD, expand=False,
                  title_justify=side, caption_justify=side)
    table.add_column("story", style="cyan", no_wrap=True)
    table.add_column("rep/out", justify="right", no_wrap=True)
    table.add_column("rank", justify="right")
    table.add_column("category", no_wrap=True)
    table.add_column("title", overflow="fold", min_width=24)
    for story in stories:
        outlets = outlet_count(reports[a].outlet for a in story.articles if a in reports)  # as everywhere
        table.add_row(story.id, f"{len(story.articles)}/{outlets}", f"{story.rank:.2f}", story.category or "",
                      Text(story.title))  # article text: never read as rich markup
    _print_unpadded(console, table)


def _print_unpadded(console: Console, table: Table) -> None:
    """A table; into a file or a pipe without the spaces that pad each cell to its column's width and each line to
    the table's, so a row ends with its title's last character."""
    if console.is_terminal:
        console.print(table)
        return
    with console.capture() as captured:
        console.print(table)
    for line in captured.get().splitlines():
        console.out(line.rstrip(), highlight=False)


def print_not_news(console: Console, listing: NotNewsListing) -> None:
    """The articles judged not news (newest first), each with who judged it and the model's why: the filter audited.

    A record per article, not a table: id, time, judge and title on a line, the why under it with the whole
    width (a table's fixed columns left title and why some 17 characters at 80 columns, and rich cropped the rest)."""
    where = "in stories too" if listing.grouped else "kept out of stories"
    console.print(f"[bold]{counted(listing.total, 'article')} judged not news, {where}"
                  + (f" (the newest {len(listing.rows)})" if len(listing.rows) < listing.total else "")
                  + "[/bold]\n[dim]by: you (svodka label) or the model; under each, the model's why[/dim]",
                  highlight=False, soft_wrap=not console.is_terminal)
    for row in listing.rows:
        a = row.listing
        by = "you" if row.news_source == "user" else "model"
        head = f"{a.id}  {article_time(a)}  {by} "
        console.print()
        if console.is_terminal and console.width - len(head) < TITLE_MIN_WIDTH:
            console.print(head, markup=False, highlight=False)
            head = "   "
        _hanging(console, head, f"{a.title or '(untitled)'} · {a.outlet or '?'}")
        _hanging(console, "   ", row.why)


def print_story(console: Console, store: Store, story: Story, why: bool = False,
                every_difference: bool = False, nearest: list[NearReport] | None = None) -> None:
    """One story: sources, coverage, summary, differences by kind (a digest of each, or `every_difference`),
    timeline (and with `why`, the evidence, and the `nearest` reports outside it: svodka.report.nearest)."""
    from svodka.compare.coverage import coverage_lines
    from svodka.compare.quotes import given_whole
    from svodka.report.views import KIND_DISPLAY_ORDER

    # numbered by the instant each came out, as the story page (a story built before kept its digits' order)
    members = oldest_first(m for m in (store.article(a) for a in story.articles) if m is not None)
    number = {m.article.id: i for i, m in enumerate(members, start=1)}
    outlet = {m.article.id: m.article.outlet or "?" for m in members}
    console.print(f"[bold]{escape(story.title)}[/bold]  [dim]story {story.id}[/dim]", markup=True, highlight=False)
    for m in members:
        _hanging(console, f"  [{number[m.article.id]}]", _byline(m))
        _print_versions(console, store, m.article.id)
    matrix = coverage_lines(story.differences, {m.article.id: f"[{number[m.article.id]}] {m.article.outlet or ''}"
                                                for m in members})
    if matrix:
        disputing = any(d.disputed for d in story.differences)
        console.print("\n[bold]Coverage[/bold] [dim](s shared, u unique fact; ● reports it"
                      f"{'; ≠ gives another value' if disputing else ''})[/dim]")
        for row in matrix:
            console.print(row, markup=False, highlight=False)
    if story.summary:
        console.print("\n[bold]Summary[/bold]")
        for sentence in story.summary:
            _hanging(console, " ", f"{sentence.text} {_cite(sentence.articles, number)}")
            _print_disputed(console, sentence.disputed, number)
    for kind in KIND_DISPLAY_ORDER:
        found = [d for d in story.differences if d.kind == kind]
        if found:
            legend = QUOTE_LEGEND if any(d.wordings and not given_whole(d) for d in found) else ""  # a store from before the wordings
            console.print(f"\n[bold]{kind.replace('_', ' ')}[/bold] ({len(found)}){legend}", highlight=False)
            shown = found if every_difference else digest(found, MAX_DIFFERENCES_SHOWN)
            for difference in shown:
                _print_difference(console, difference, number, outlet)
            if len(shown) < len(found):
                console.print(f"  … {len(found) - len(shown)} more (svodka show {story.id} --all)",
                              markup=False, highlight=False, soft_wrap=True)
    if story.timeline:
        console.print("\n[bold]Timeline[/bold]")
        for event in story.timeline:
            _hanging(console, f"  {marked(event.date, event.date_year_guessed)} {_cite(event.articles, number)}",
                     event.text)
    if why:
        _print_evidence(console, store, story, members, number)
    if why and nearest is not None:
        print_near_reports(console, store, nearest, number)


def print_near_reports(console: Console, store: Store, nearest: list[NearReport], number: dict[str, int]) -> None:
    """Each report outside the story nearest to it, its same-event probability against its nearest report there,
    the signals, and why grouping kept it out: what a reader who expected it in the story needs."""
    console.print("\n[bold]Nearest reports outside the story[/bold]")
    for near in nearest:
        stored = store.article(near.article)
        title = f"{stored.article.title or '(untitled)'} · {stored.article.outlet or '?'}" if stored else ""
        _hanging(console, f"  {near.article}", f"{title} ({f'in story {near.story}' if near.story else 'in no story'})")
        _print_near(console, near, number)
    if not nearest:
        console.print("  none within the grouping window", markup=False, highlight=False)


def print_closest_stories(console: Console, store: Store, stored: StoredArticle, nearest: list[NearReport]) -> None:
    """An article's story (or none), and the other stories it came nearest, each with why it is not in them."""
    story = store.story(stored.story) if stored.story else None
    _hanging(console, f"article {stored.article.id}", f"{stored.article.title or '(untitled)'} · "
             f"{stored.article.outlet or '?'} · " + (f"in story {story.id} ({story.title})" if story else "in no story"))
    console.print("\n[bold]Nearest other stories[/bold]")
    for near in nearest:
        other = store.story(near.near_story)
        _hanging(console, f"  story {near.near_story}", other.title if other else "(not built yet)")
        _print_near(console, near, {})
    if not nearest:
        console.print("  none within the grouping window", markup=False, highlight=False)


def _print_near(console: Console, near: NearReport, number: dict[str, int]) -> None:
    """The probability against the nearest report (cited by its number in the story shown, else by id), the
    signals and why the report is not in the story."""
    against = f"[{number[near.neighbour]}]" if near.neighbour in number else f"report {near.neighbour}"
    _hanging(console, "      nearest:", f"{against}, same event with probability {near.probability:.2f}")
    _hanging(console, "      signals:", ", ".join(f"{name} {value:.2f}" for name, value in near.signals.items()))
    for reason in near.kept_out:
        _hanging(console, "      kept out:", reason)


def digest(differences: list[Difference], limit: int) -> list[Difference]:
    """At most `limit` differences, taken in turn from each report (or set of reports) they cite, in their order:
    one outlet's many unique facts must not crowd out another's (11 of one and 1 of the other, on the seeds)."""
    by_reports: dict[tuple[str, ...], list[Difference]] = {}
    for difference in differences:
        by_reports.setdefault(tuple(sorted(difference.articles)), []).append(difference)
    in_turn = [d for turn in zip_longest(*by_reports.values()) for d in turn if d is not None]
    taken = {id(d) for d in in_turn[:limit]}
    return [d for d in differences if id(d) in taken]


def _print_difference(console: Console, difference: Difference, number: dict[str, int], outlet: dict[str, str]) -> None:
    """A difference under its citation; a shared fact's other values as the summary gives them (disputed), a quote
    variant's whole wordings each under the reports printing it, so who said it how needs no diff convention."""
    from svodka.compare.quotes import given_whole
    from svodka.report.views import compact_names

    whole = given_whole(difference)  # a translated quote: its speaker, then each wording whole, no diff
    shown = difference.text.partition(": ")[0] + ":" if whole else difference.sentence or difference.text
    _hanging(console, f"  {_cite(difference.articles, number)}", shown)
    if difference.details:  # a unique detail of a shared fact: its sentence, then what only this report gives
        _hanging(console, "    only here:", ", ".join(difference.details))
    _print_disputed(console, difference.disputed, number)
    if difference.states:  # an update: its values in time order, the latest marked
        from svodka.compare.updates import update_line

        _hanging(console, "    states:", update_line(difference))
    sides = ("··" if whole else "−+") + "·" * max(0, len(difference.wordings) - 2)  # a third wording: no diff sign
    for side, wording in zip(sides, difference.wordings):
        printing = sorted((a for a in wording.articles or [wording.article] if a in number), key=number.get)
        outlets = compact_names(list(dict.fromkeys(outlet[a] for a in printing)))
        _hanging(console, f"    {side}{_cite(printing, number, WORDING_CITED)}", f"{outlets}: {wording.text}")


def _print_versions(console: Console, store: Store, article_id: str) -> None:
    """A page's earlier versions (the same URL before an edit), oldest first: when each came out, when svodka stored
    it, and what the next version changed, so a fact-checker sees an article was edited."""
    versions = store.versions(article_id)
    if versions:
        console.print(f"      versions: {len(versions) + 1}", markup=False, highlight=False)
    for v in versions:
        _hanging(console, "      earlier version",
                 f"{article_time(v.article)}, stored {v.stored_at:%Y-%m-%d %H:%M} UTC: {v.changes()}")


def _print_disputed(console: Console, disputed: list[Disputed], number: dict[str, int]) -> None:
    """The other values other reports give, under the sentence or fact they dispute."""
    for other in disputed:
        _hanging(console, "    disputed:", f"{other.text} {_cite(other.articles, number)}")


def _print_evidence(console: Console, store: Store, story: Story, members: list[StoredArticle],
                    number: dict[str, int]) -> None:
    """Why each report joined the story: its nearest neighbour and the signals, reprints, merges."""
    from svodka.stories.similarity import readable_names  # the grouper's model (numpy): for `show --why` only

    console.print("\n[bold]Why each report is here[/bold]")
    evidence = store.membership_evidence(story.id)
    by_id = {m.article.id: m for m in members}
    started = False
    for m in members:
        e = evidence.get(m.article.id) or {}
        lead = f"  [{number[m.article.id]}]"
        if e.get("neighbour"):
            signals = ", ".join(f"{name} {value:.2f}" for name, value in e.get("signals", {}).items())
            _hanging(console, lead, f"same event as [{number.get(e['neighbour'], '?')}] with probability "
                                    f"{e['similarity']:.2f}" + (f" ({signals})" if signals else ""))
            _hanging(console, "      shared terms:", ", ".join(e.get("shared_terms", [])) or "-")
            if e.get("shared_entities"):
                names = readable_names(e["shared_entities"], _entities_of(m, by_id.get(e["neighbour"]), members))
                _hanging(console, "      shared names:", ", ".join(names))
        else:  # the first report, or the first of a story that was merged into this one
            _hanging(console, lead, "started the story" if not started else
                     "started a story merged into this one" if story.merged_from else "no evidence recorded")
            started = True
    originals = {r.article: r for r in story.reprints}
    for m in members:
        r = originals.get(m.article.id)
        if r is not None:
            console.print(f"  [{number[m.article.id]}] reprints [{number.get(r.original, '?')}] "
                          f"(text similarity {r.similarity:.2f})", markup=False, highlight=False)
    if story.merged_from:
        console.print(f"  merged from stories: {', '.join(story.merged_from)}", markup=False, highlight=False)


def _entities_of(article: StoredArticle, neighbour: StoredArticle | None, members: list[StoredArticle]):
    """The names a report's shared names may stand for: its own and its neighbour's first, then the story's."""
    for stored in [article, neighbour, *members]:
        if stored is not None:
            yield from stored.analysis.entities


def _byline(stored: StoredArticle) -> str:
    a = stored.article
    return f"{a.outlet or '?'} · {article_time(a)} · {a.title}"


def _cite(articles: list[str], number: dict[str, int], shown: int | None = None) -> str:
    """'[1,3,4]': the reports' numbers in the order they are listed, whatever order the evidence came in; the first
    `shown` of them and how many more ('[1,3 +1]') when given."""
    cited = sorted(number[a] for a in articles if a in number)
    rest = len(cited) - shown if shown is not None else 0
    return "[" + ",".join(map(str, cited[:shown])) + (f" +{rest}" if rest > 0 else "") + "]"


def _hanging(console: Console, lead: str, text: str) -> None:
    """A line of text after its lead (citation, date): in a terminal wrapped under its own start, so the
    leads stay a column; into a file or a pipe one whole line, so that grep finds whole sentences."""
    if not console.is_terminal:
        console.print(f"{lead} {text}", markup=False, highlight=False, soft_wrap=True)
        return
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(lead, Text(text))  # article text: never read as rich markup
    console.print(grid)
