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
from svodka.web.views import KIND_DISPLAY_ORDER

MAX_DIFFERENCES_SHOWN = 12  # of each kind: the terminal gives a digest, the web page lists them all


def print_stories(console: Console, store: Store, stories: list[Story]) -> None:
    """The story list as a table: id, reports/outlets, rank, category, title."""
    reports = store.report_times()  # outlets without loading every article's analysis
    table = Table(title=f"{len(stories)} stories", box=box.SIMPLE_HEAD, expand=False)
    table.add_column("story", style="cyan", no_wrap=True)
    table.add_column("reports", justify="right", no_wrap=True)  # "reports/outlets"
    table.add_column("rank", justify="right")
    table.add_column("category", no_wrap=True)
    table.add_column("title", overflow="fold", min_width=24)
    for story in stories:
        outlets = {reports[a].outlet for a in story.articles if a in reports}
        table.add_row(story.id, f"{len(story.articles)}/{len(outlets)}", f"{story.rank:.2f}", story.category or "",
                      Text(story.title))  # article text: never read as rich markup
    console.print(table)


def print_story(console: Console, store: Store, story: Story, why: bool = False) -> None:
    """One story: sources, coverage, summary, differences by kind, timeline (and with `why`, the evidence)."""
    members = [m for m in (store.article(a) for a in story.articles) if m is not None]
    number = {m.article.id: i for i, m in enumerate(members, start=1)}
    console.print(f"[bold]{escape(story.title)}[/bold]  [dim]story {story.id}[/dim]", markup=True, highlight=False)
    for m in members:
        console.print(f"  [{number[m.article.id]}] {_byline(m)}", markup=False, highlight=False)
    matrix = coverage_lines(story.differences, {m.article.id: f"[{number[m.article.id]}] {m.article.outlet or ''}"
                                                for m in members})
    if matrix:
        console.print("\n[bold]Coverage[/bold] [dim](s shared, u unique fact; ● reports it)[/dim]")
        for row in matrix:
            console.print(row, markup=False, highlight=False)
    if story.summary:
        console.print("\n[bold]Summary[/bold]")
        for sentence in story.summary:
            console.print(f"  {sentence.text} {_cite(sentence.articles, number)}", markup=False, highlight=False)
            for other in sentence.disputed:
                console.print(f"    disputed: {other.text} {_cite(other.articles, number)}", markup=False, highlight=False)
    for kind in KIND_DISPLAY_ORDER:
        found = [d for d in story.differences if d.kind == kind]
        if found:
            console.print(f"\n[bold]{kind.replace('_', ' ')}[/bold] ({len(found)})")
            for difference in found[:MAX_DIFFERENCES_SHOWN]:
                console.print(f"  {_cite(difference.articles, number)} {difference.text}", markup=False, highlight=False)
    if story.timeline:
        console.print("\n[bold]Timeline[/bold]")
        for event in story.timeline:
            console.print(f"  {event.date} {_cite(event.articles, number)} {event.text}", markup=False, highlight=False)
    if why:
        _print_evidence(console, store, story, members, number)


def _print_evidence(console: Console, store: Store, story: Story, members: list[StoredArticle],
                    number: dict[str, int]) -> None:
    """Why each report joined the story: its nearest neighbour and the signals, reprints, merges."""
    console.print("\n[bold]Why each report is here[/bold]")
    evidence = store.membership_evidence(story.id)
    by_id = {m.article.id: m for m in members}
    for m in members:
        e = evidence.get(m.article.id) or {}
        if e.get("neighbour"):
            signals = ", ".join(f"{name} {value:.2f}" for name, value in e.get("signals", {}).items())
            console.print(
                f"  [{number[m.article.id]}] same event as [{number.get(e['neighbour'], '?')}] "
                f"with probability {e['similarity']:.2f}" + (f" ({signals})" if signals else ""),
                markup=False, highlight=False,
            )
            console.print(f"      shared terms: {', '.join(e.get('shared_terms', [])) or '-'}",
                          markup=False, highlight=False)
            if e.get("shared_entities"):
                names = readable_names(e["shared_entities"], _entities_of(m, by_id.get(e["neighbour"]), members))
                console.print(f"      shared names: {', '.join(names)}", markup=False, highlight=False)
        else:
            console.print(f"  [{number[m.article.id]}] started the story", markup=False, highlight=False)
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
    when = a.published.strftime("%Y-%m-%d %H:%M") if a.published else "undated"
    return f"{a.outlet or '?'} · {when} · {a.title}"


def _cite(articles: list[str], number: dict[str, int]) -> str:
    return "[" + ",".join(str(number[a]) for a in articles if a in number) + "]"
