"""The `svodka` command: run the pipeline (on files, or on a stream), list and show stories, export.

Exit codes: 0 all went well; 1 some inputs were rejected (the rest were processed);
2 a usage error (bad option, unknown story id).
"""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Iterable, Sized
from datetime import timedelta
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import track as rich_track

from svodka.categorise import CATEGORIES
from svodka.categorise.explain import explanation
from svodka.engine import Engine
from svodka.export import full_export, story_lines
from svodka.ingest import parse_field_map, read_stored
from svodka.ingest.stream import stream_batches
from svodka.model import IngestError
from svodka.report.html import write_html_report
from svodka.report.terminal import print_not_news, print_stories, print_story
from svodka.store import Label, Store, StoredArticle, StoreError, label_source, stored_labels, stored_originals
from svodka.stories import WINDOW
from svodka.web.views import not_news_listing

# markdown: --help joins a docstring paragraph's lines and wraps it to the terminal (rich keeps the source's breaks)
app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.split("\n")[0], rich_markup_mode="markdown")
out = Console()
err = Console(stderr=True)
T = TypeVar("T")

DbOption = Annotated[Path, typer.Option("--db", help="SQLite file holding articles and stories.")]
FieldMapOption = Annotated[str, typer.Option(
    "--field-map", help="Where our fields are in JSON/JSONL input, as FIELD=KEY pairs separated by commas:"
                        " text=body,outlet=site.name")]
WindowOption = Annotated[float, typer.Option(
    "--window-days", min=0, help="A story whose last report is older than this takes no new ones.")]
NonNewsOption = Annotated[bool, typer.Option(
    "--include-non-news", help="Group how-tos, ads, listicles and recipes into stories too (always stored).")]
DEFAULT_DB = Path("svodka.db")
PROGRESS_MIN_ITEMS = 5
RUN_SHOWN = 30  # `run` prints the front page's top, not a table of the whole archive


def progress(items: Iterable[T], label: str) -> Iterable[T]:
    """A progress bar on stderr for anything longer than a few items."""
    total = len(items) if isinstance(items, Sized) else None
    if not err.is_terminal or (total is not None and total <= PROGRESS_MIN_ITEMS):
        return items  # into a file or a pipe a bar would leave only blank lines
    return rich_track(items, description=label, total=total, console=err, transient=True)


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for stdin.")],
    db: DbOption = DEFAULT_DB,
    json_file: Annotated[Path | None, typer.Option("--json", help="Write the full JSON export here.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write the static HTML report into this folder.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print the stories.")] = False,
    field_map: FieldMapOption = "",
    window_days: WindowOption = WINDOW.days,
    include_non_news: NonNewsOption = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=1, help="Processes understanding articles at once (each holds about 0.4 GB of models).")] = 1,
) -> None:
    """Ingest new articles, group them into stories, compare sources, print the stories."""
    fields = _field_map(field_map)
    store = _store(db)
    engine = Engine(store, track=progress, window=timedelta(days=window_days), include_non_news=include_non_news,
                    jobs=jobs)
    report = engine.run(paths, fields)
    _print_rejections(report.rejected)
    err.print(
        f"{report.added} new, {report.skipped} already stored, {len(report.rejected)} rejected; "
        f"{len(report.stories_updated)} stories updated; {_held(store, engine.include_non_news)} in {db}",
        markup=False, highlight=False,
    )
    if not quiet:
        shown = store.front_page(limit=RUN_SHOWN)
        print_stories(out, store, shown)
        stories = store.counts()["stories"]
        if stories > len(shown):
            err.print(f"the {len(shown)} highest-ranked of {stories} stories; all of them: "
                      f"svodka stories --db {db}", markup=False, highlight=False)
    if json_file:
        _write(json_file, json.dumps(full_export(store), ensure_ascii=False, indent=2))
        err.print(f"JSON export: {json_file}", markup=False, highlight=False)
    if html:
        try:
            index = write_html_report(store, html)
        except OSError as error:
            _usage_error(f"cannot write the HTML report into {html}: {error.strerror or error}")
        out.print(f"HTML report: {index.resolve()}", markup=False, highlight=False)
    raise typer.Exit(1 if report.rejected else 0)


@app.command()
def rebuild(
    source: Annotated[Path, typer.Argument(help="The store whose articles to read again; it is only read.")],
    db: DbOption = DEFAULT_DB,
    field_map: FieldMapOption = "",
    window_days: WindowOption = WINDOW.days,
    include_non_news: NonNewsOption = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes understanding articles at once.")] = 1,
) -> None:
    """Understand and group again, into --db, every article SOURCE kept: after upgrading svodka.

    The articles are read from the bytes SOURCE stored, in the order it received them, with the
    same ids, so the new store is what `svodka run` on the original files would build today (give
    the same --field-map if the dumps needed them). An interrupted rebuild resumes where it stopped.
    """
    if not source.exists():
        _usage_error(f"no database at {source}")
    if db.exists() and db.samefile(source):  # a link, relative or hard, to the source is the source
        _usage_error(f"{db} is the source: rebuild into another file, then replace the old one")
    fields = _field_map(field_map)
    try:
        originals = stored_originals(source)
        labels = stored_labels(source)
    except StoreError as error:
        _usage_error(str(error))
    store = _store(db)
    if store.counts()["articles"] and store.rebuilt_from() != str(source.resolve()):
        # its articles would be skipped as already rebuilt, keeping the analyses of whatever made them
        _usage_error(f"{db} already holds articles that are not a rebuild of {source}: rebuild into a new file")
    store.mark_rebuilt_from(str(source.resolve()))
    store.add_labels(labels)  # the reader's corrections outlive the rebuild, and group as they say
    engine = Engine(store, track=progress, window=timedelta(days=window_days), include_non_news=include_non_news,
                    jobs=jobs)
    report = engine.process(read_stored(originals, fields))
    _print_rejections(report.rejected)
    err.print(
        f"{report.added} read again, {report.skipped} already rebuilt, {len(report.rejected)} rejected; "
        f"{_held(store, engine.include_non_news)} in {db}", markup=False, highlight=False,
    )
    raise typer.Exit(1 if report.rejected else 0)


@app.command()
def follow(
    db: DbOption = DEFAULT_DB,
    batch: Annotated[int, typer.Option(min=1, help="Group and compare after this many articles...")] = 50,
    idle: Annotated[float, typer.Option(
        min=0.01, help="...or when no line has come for this many seconds.")] = 5.0,
    field_map: FieldMapOption = "",
    window_days: WindowOption = WINDOW.days,
    include_non_news: NonNewsOption = False,
) -> None:
    """Read a stream of JSONL articles on stdin (`tail -f feed.jsonl | svodka follow`), updating stories as they come.

    After each batch, a line on stderr says what it added, and each story it changed is printed
    on stdout as `ID  REPORTS  TITLE`. Ctrl+C stops; what is stored stays, and a later run groups
    any article the interrupted batch left ungrouped.
    """
    fields = _field_map(field_map)
    store = _store(db)
    engine = Engine(store, window=timedelta(days=window_days), include_non_news=include_non_news)
    rejected = 0
    try:
        for number, documents in enumerate(stream_batches(sys.stdin.fileno(), batch, idle, field_map=fields), 1):
            report = engine.process(documents)
            rejected += len(report.rejected)
            _print_rejections(report.rejected)
            err.print(f"batch {number}: {report.added} new, {report.skipped} already stored, "
                      f"{len(report.rejected)} rejected; {len(report.stories_updated)} stories updated",
                      markup=False, highlight=False)
            for story in filter(None, map(store.story, report.stories_updated)):
                out.print(f"{story.id}  {len(story.articles)}  {story.title}", markup=False, highlight=False, soft_wrap=True)
    except KeyboardInterrupt:
        err.print(f"stopped; {store.counts()['articles']} articles stored in {db}", markup=False, highlight=False)
        raise typer.Exit(130) from None
    raise typer.Exit(1 if rejected else 0)


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    top: Annotated[int | None, typer.Option(min=1, help="Only the first N.")] = None,
    category: Annotated[str | None, typer.Option(
        help=f"Only this category: {', '.join(CATEGORIES)}.")] = None,
) -> None:
    """The front page: stories by rank (outlets, pickup speed, recency, entities), highest first."""
    category = category.lower() if category is not None else None
    if category is not None and category not in CATEGORIES:
        _usage_error(f"unknown category {category!r}: use one of {', '.join(CATEGORIES)}")
    store = _open(db)
    print_stories(out, store, store.front_page(category, top))


@app.command("not-news")
def not_news(
    db: DbOption = DEFAULT_DB,
    top: Annotated[int | None, typer.Option(min=1, help="Only the newest N.")] = None,
) -> None:
    """The articles judged not news, newest first, with the model's why: audit the filter, then `svodka label`."""
    print_not_news(out, not_news_listing(_open(db), limit=top))


@app.command()
def show(
    story_id: Annotated[str, typer.Argument(help="A story id from `svodka stories`.")],
    db: DbOption = DEFAULT_DB,
    why: Annotated[bool, typer.Option("--why", help="Show the evidence that put each article in the story.")] = False,
) -> None:
    """One story: its sources, cited summary, differences and timeline."""
    store = _open(db)
    story = store.story(story_id)
    if story is None:
        _usage_error(f"no story {story_id!r} in {db}")
    print_story(out, store, story, why=why)


@app.command()
def label(
    article_id: Annotated[str, typer.Argument(help="An article id (`svodka show --why`, the web app or the export).")],
    news: Annotated[bool | None, typer.Option(
        "--news/--not-news", help="Correct the news filter: a report, or service content kept out of stories.",
        show_default=False)] = None,
    category: Annotated[str | None, typer.Option(help=f"Correct the category: {', '.join(CATEGORIES)}.")] = None,
    reset: Annotated[bool, typer.Option("--reset", help="Take your corrections back: the model's labels again.")] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Correct an article's news label or category for good, or (with no option) say what it is and why.

    A correction wins over the model everywhere and survives `svodka rebuild`; the stories follow at
    once: an article corrected to news joins its story as a new one would, one corrected to not news
    leaves its story (unless the store was built with --include-non-news). --reset hands both labels
    back to the model, the stories following alike.
    """
    if reset and (news is not None or category is not None):
        _usage_error(f"article {article_id}: --reset takes the corrections back; give it alone")
    category = category.lower() if category is not None else None
    if category is not None and category not in CATEGORIES:
        _usage_error(f"article {article_id}: unknown category {category!r}: use one of {', '.join(CATEGORIES)}")
    store = _open(db)
    if store.article(article_id) is None:
        _usage_error(f"article {article_id}: no such article in {db}")
    engine = Engine(store, track=progress)
    if reset:
        engine.reset(article_id)
    elif news is not None or category is not None:
        engine.correct(article_id, Label(news, category))
    _print_label(store.article(article_id))


def _print_label(stored: StoredArticle) -> None:
    """The article's labels, who set each, and the model's evidence."""
    analysis = stored.analysis
    why = explanation(stored.article, stored.analysis)
    def source(which: str) -> str:
        return "set by you" if label_source(stored.label, which) == "user" else "model"
    lines = [f"{stored.article.id}  {stored.article.title}",
             f"news: {'yes' if analysis.news else 'no'} ({source('news')})",
             f"category: {analysis.category or 'none'} ({source('category')})",
             f"story: {stored.story or 'none'}",
             f"model's why: {why.news_reason()}",
             f"category scores: {why.category_reason()}"]
    for line in lines:
        out.print(line, markup=False, highlight=False, soft_wrap=True)


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="json (one document) or jsonl (one story a line).")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
) -> None:
    """Export articles and stories as JSON (see schema/export.schema.json)."""
    if format not in ("json", "jsonl"):
        _usage_error(f"unknown format {format!r}: use json or jsonl")
    store = _open(db)
    if format == "json":
        text = json.dumps(full_export(store), ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in story_lines(store))
    if output:
        _write(output, text)
    else:
        sys.stdout.write(text)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on; the default serves this machine only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the stories, articles, search and JSON API in a browser (see README: Web)."""
    import uvicorn

    from svodka.web.app import create_app, loopback_names

    _open(db).close()
    _check_listening(host, port)
    err.print(f"svodka on http://{host}:{port}/ (Ctrl+C stops)", markup=False, highlight=False)
    uvicorn.run(create_app(db, hosts=loopback_names(host)), host=host, port=port, log_level="warning")


def _check_listening(host: str, port: int) -> None:
    """A port taken or an address not ours is a usage error named up front, not a server that never starts."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        _usage_error(f"cannot serve on {host}:{port}: {error.strerror or error}")


def _open(db: Path) -> Store:
    """An existing store: reading commands must not create an empty one."""
    if not db.exists():
        _usage_error(f"no database at {db}: run `svodka run PATH` first")
    return _store(db)


def _field_map(spec: str) -> dict[str, str]:
    try:
        return parse_field_map(spec)
    except ValueError as error:
        _usage_error(str(error))


def _held(store: Store, include_non_news: bool) -> str:
    """'56 articles (6 not news, kept out of stories) in 19 stories': what the store holds, the filter's share said."""
    counts = store.counts()
    kept_out = "" if include_non_news else ", kept out of stories"
    not_news = f" ({counts['not_news']} not news{kept_out})" if counts["not_news"] else ""
    return f"{counts['articles']} articles{not_news} in {counts['stories']} stories"


def _print_rejections(rejected: list[IngestError]) -> None:
    for rejection in rejected:
        err.print(f"rejected {rejection.origin}: {rejection.reason}", markup=False, highlight=False)


def _store(db: Path) -> Store:
    try:
        return Store(db)
    except StoreError as error:
        _usage_error(str(error))


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        _usage_error(f"cannot write {path}: {error.strerror or error}")


def _usage_error(message: str) -> NoReturn:
    """Say what is wrong on stderr (as written, never as markup) and exit 2."""
    err.print(message, markup=False, highlight=False)
    raise typer.Exit(2)


if __name__ == "__main__":
    app()
