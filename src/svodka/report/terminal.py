"""The story report in the terminal: what a run prints."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from svodka.compare.coverage import coverage_lines
from svodka.model import Story
from svodka.store import Store, StoredArticle
from svodka.stories.similarity import readable_names
from svodka.story_span import marked
from svodka.web.views import KIND_DISPLAY_ORDER, NotNewsListing, article_time

MAX_DIFFERENCES_SHOWN = 12  # of each kind: the terminal gives a digest, the web page lists them all


def print_stories(console: Console, store: Store, stories: list[Story]) -> None:
    """The story list as a table: id, reports/outlets, rank, category, title."""
    reports = store.report_times()  # outlets without loading every article's analysis
    table = Table(title=f"{len(stories)} {'story' if len(stories) == 1 else 'stories'}",
                  caption="rep/out: reports / distinct outlets", box=box.SIMPLE_HEAD, expand=False)
    table.add_column("story", style="cyan", no_wrap=True)
    table.add_column("rep/out", justify="right", no_wrap=True)
    table.add_column("rank", justify="right")
    table.add_column("category", no_wrap=True)
    table.add_column("title", overflow="fold", min_width=24)
    for story in stories:
        outlets = {reports[a].outlet or a for a in story.articles if a in reports}  # as the web list counts them
        table.add_row(story.id, f"{len(story.articles)}/{len(outlets)}", f"{story.rank:.2f}", story.category or "",
                      Text(story.title))  # article text: never read as rich markup
    console.print(table)


def print_not_news(console: Console, listing: NotNewsListing) -> None:
    """The articles judged not news (newest first), each with who judged it and the model's why: the filter audited."""
    where = "in stories too" if listing.grouped else "kept out of stories"
    table = Table(title=f"{listing.total} {'article' if listing.total == 1 else 'articles'} judged not news, {where}"
                        + (f" (the newest {len(listing.rows)})" if len(listing.rows) < listing.total else ""),
                  caption="by: you (svodka label) or the model; why: the model's evidence", box=box.SIMPLE_HEAD)
    table.add_column("article", style="cyan", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("by", no_wrap=True)
    table.add_column("title · outlet · why", overflow="fold", min_width=30)
    for row in listing.rows:
        a = row.listing
        by = "you" if row.news_source == "user" else "model"
        table.add_row(a.id, article_time(a), by, Text(f"{a.title or '(untitled)'} · {a.outlet or '?'}\n{row.why}"))
    console.print(table)


def print_story(console: Console, store: Store, story: Story, why: bool = False) -> None:
    """One story: sources, coverage, summary, differences by kind, timeline (and with `why`, the evidence)."""
    members = [m for m in (store.article(a) for a in story.articles) if m is not None]
    number = {m.article.id: i for i, m in enumerate(members, start=1)}
    console.print(f"[bold]{escape(story.title)}[/bold]  [dim]story {story.id}[/dim]", markup=True, highlight=False)
    for m in members:
        _hanging(console, f"  [{number[m.article.id]}]", _byline(m))
    matrix = coverage_lines(story.differences, {m.article.id: f"[{number[m.article.id]}] {m.article.outlet or ''}"
                                                for m in members})
    if matrix:
        console.print("\n[bold]Coverage[/bold] [dim](s shared, u unique fact; ● reports it)[/dim]")
        for row in matrix:
            console.print(row, markup=False, highlight=False)
    if story.summary:
        console.print("\n[bold]Summary[/bold]")
        for sentence in story.summary:
            _hanging(console, " ", f"{sentence.text} {_cite(sentence.articles, number)}")
            for other in sentence.disputed:
                _hanging(console, "    disputed:", f"{other.text} {_cite(other.articles, number)}")
    for kind in KIND_DISPLAY_ORDER:
        found = [d for d in story.differences if d.kind == kind]
        if found:
            console.print(f"\n[bold]{kind.replace('_', ' ')}[/bold] ({len(found)})")
            for difference in found[:MAX_DIFFERENCES_SHOWN]:
                _hanging(console, f"  {_cite(difference.articles, number)}", difference.text)
    if story.timeline:
        console.print("\n[bold]Timeline[/bold]")
        for event in story.timeline:
            _hanging(console, f"  {marked(event.date, event.date_year_guessed)} {_cite(event.articles, number)}",
                     event.text)
    if why:
        _print_evidence(console, store, story, members, number)


def _print_evidence(console: Console, store: Store, story: Story, members: list[StoredArticle],
                    number: dict[str, int]) -> None:
    """Why each report joined the story: its nearest neighbour and the signals, reprints, merges."""
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


def _cite(articles: list[str], number: dict[str, int]) -> str:
    """'[1,3,4]': the reports' numbers in the order they are listed, whatever order the evidence came in."""
    return "[" + ",".join(str(n) for n in sorted(number[a] for a in articles if a in number)) + "]"


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
