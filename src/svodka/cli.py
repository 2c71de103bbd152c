"""The `svodka` command: run the pipeline (on files, or on a stream), list and show stories, export.

Exit codes: 0 all went well; 1 some inputs were rejected (the rest were processed);
2 a usage error (bad option, unknown story id).
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer
from rich.console import Console, ConsoleDimensions
from rich.text import Text

from svodka import __version__
from svodka.settings import CATEGORIES, MIN_ID_PREFIX, WINDOW

if TYPE_CHECKING:
    from svodka.engine import RunReport
    from svodka.ingest.skipped import Skipped
    from svodka.ingest.stream import Position, StopRequest
    from svodka.model import IngestError, Story
    from svodka.store import Store, StoredArticle
    from svodka.store.db import ReportTime
    from svodka.store.entities import EntityMatch, EntityProfile
    from svodka.report.nearest import GroupingIndex
    from svodka.report.views import GoneStory

# Each command imports the stages it runs inside itself: `svodka --version`, `stories` or `show` would otherwise load
# the whole pipeline (natasha, scipy through datasketch: ~2.5 s of CPU) before reading one row of the store.
# markdown: --help joins a docstring paragraph's lines and wraps it to the terminal (rich keeps the source's breaks)
app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.split("\n")[0], rich_markup_mode="markdown")
# Into a file or a pipe a line is as long as its record: wide enough that no title, sentence or table row wraps.
UNWRAPPED_WIDTH = 1_000_000


class StdoutConsole(Console):
    """stdout: in a terminal wrapped to its width; into a file or a pipe never wrapped, whatever COLUMNS says, so each
    record (a story's row, a search hit's `article ID` line, a why) is one line that grep, cut and awk take whole."""

    @property
    def size(self) -> ConsoleDimensions:
        size = super().size
        return size if self.is_terminal else ConsoleDimensions(UNWRAPPED_WIDTH, size.height)


out = StdoutConsole()


class ReaderMayStopConsole(StdoutConsole):
    """stdout for a listing a reader may stop reading (`svodka search … | head`): the pipe closing early is a
    finished job, exit 0 and nothing said, not rich's exit 1 (svodka's code for rejected inputs)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit's own flush must not fail again
        raise SystemExit(0)


HEAD_READ_OUT = ReaderMayStopConsole()
err = Console(stderr=True, soft_wrap=not sys.stderr.isatty())  # into a log: a rejection a line, its path whole for grep
T = TypeVar("T")

DbOption = Annotated[Path, typer.Option("--db", help="SQLite file holding articles and stories.")]
FieldMapOption = Annotated[str, typer.Option(
    "--field-map", help="Where our fields are in JSON/JSONL input, as FIELD=KEY pairs separated by commas:"
                        " text=body,outlet=site.name")]
WindowOption = Annotated[float, typer.Option(
    "--window-days", min=0, help="A story whose last report is older than this takes no new ones.")]
QuietOption = Annotated[bool, typer.Option(
    "--quiet", "-q", help="Do not print the stories, nor (stderr into a file or a pipe) a progress line every 30 s.")]
NonNewsOption = Annotated[bool, typer.Option(
    "--include-non-news", help="Group how-tos, ads, listicles and recipes into stories too (always stored).")]
JsonOutOption = Annotated[bool, typer.Option(
    "--json", help="One JSON document on stdout (UTF-8), the export's records (schema/export.schema.json).")]
DEFAULT_DB = Path("svodka.db")
CATEGORY_LIST = ", ".join(CATEGORIES)  # as --help and a usage error name them
PROGRESS_MIN_ITEMS = 5
PROGRESS_LOG_SECONDS = 30  # into a log: a line this often says a long step goes on
RUN_SHOWN = 30  # `run` prints the front page's top, not a table of the whole archive
GRACEFUL_STOP_SECONDS = 5  # `serve` stopping waits this long for the requests under way, then closes the rest
HEX = re.compile(r"[0-9a-fA-F]+")


def _print_version(asked: bool) -> None:
    if asked:
        out.print(f"svodka {__version__}", markup=False, highlight=False)
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print svodka's version and exit.")] = False,
) -> None:
    """Options for svodka itself, before a command."""


def progress(items: Iterable[T], label: str, quiet: bool = False) -> Iterable[T]:
    """A progress bar on stderr for anything longer than a few items; into a file or a pipe (a cron or nohup log),
    a plain line every PROGRESS_LOG_SECONDS instead (`logged_progress`), none when `quiet`."""
    total = len(items) if isinstance(items, Sized) else None
    if total is not None and total <= PROGRESS_MIN_ITEMS:
        return items
    if not err.is_terminal:  # a bar would leave only blank lines there
        return items if quiet else logged_progress(items, label, total, _say)
    from rich.progress import track

    return track(items, description=label, total=total, console=err, transient=True)


def quiet_progress(items: Iterable[T], label: str) -> Iterable[T]:
    """`progress` for a command given -q: the bar in a terminal, no line into a log."""
    return progress(items, label, quiet=True)


def logged_progress(items: Iterable[T], label: str, total: int | None, say: Callable[[str], None],
                    clock: Callable[[], float] = time.monotonic) -> Iterator[T]:
    """The items, saying through `say` how far a step has gone once every PROGRESS_LOG_SECONDS ("Comparing sources:
    120/2044 after 2m30s") and, when it took more than a few items, that it is done: plain lines a log keeps, so a
    long run is told from a hung one."""
    started = said = clock()
    done = 0
    of = f"/{total}" if total is not None else ""
    for item in items:
        yield item
        done += 1
        if (now := clock()) - said >= PROGRESS_LOG_SECONDS:
            say(f"{label}: {done}{of} after {_elapsed(now - started)}")
            said = now
    if done > PROGRESS_MIN_ITEMS:
        say(f"{label}: {done}{of} done in {_elapsed(clock() - started)}")


def _elapsed(seconds: float) -> str:
    """'2m30s', '1h04m', '12s': a step's time as a log line gives it."""
    minutes, second = divmod(int(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}h{minute:02d}m" if hours else f"{minute}m{second:02d}s" if minute else f"{second}s"


def _say(line: str) -> None:
    err.print(line, markup=False, highlight=False)


@app.command()
def run(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files, folders (recursive) or - for stdin; none: group what an interrupted run or follow left"
             " stored but not grouped.")] = None,
    db: DbOption = DEFAULT_DB,
    json_file: Annotated[Path | None, typer.Option("--json", help="Write the full JSON export here.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write the static HTML report into this folder.")] = None,
    quiet: QuietOption = False,
    field_map: FieldMapOption = "",
    window_days: WindowOption = WINDOW.days,
    include_non_news: NonNewsOption = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=1, help="Processes understanding articles at once (each holds about 0.4 GB of models).")] = 1,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Name each file a folder walk skipped (scripts, images, READMEs…), not only count them.")
    ] = False,
) -> None:
    """Ingest new articles, group them into stories, compare sources, print the stories.

    With no paths, only finish: group and compare the articles an interrupted run or `follow` stored but left
    ungrouped (the stop message counts them).
    """
    from svodka.engine import Engine
    from svodka.export import export_text
    from svodka.ingest import missing_paths
    from svodka.ingest.stream import StopRequest
    from svodka.report.html import write_html_report
    from svodka.report.terminal import counted

    fields = _field_map(field_map)
    _check_targets(json_file, html)
    paths = paths or []
    if not paths:
        _open(db).close()  # finishing a store that is not there is a mistyped --db
    elif len(missing := missing_paths(paths)) == len(paths):  # a mistyped path: no store is made for nothing
        _usage_error("no such file or folder: " + ", ".join(missing))
    store = _store(db)
    _say_if_analysed_by_another(store, db)
    engine = Engine(store, track=quiet_progress if quiet else progress, window=timedelta(days=window_days),
                    include_non_news=include_non_news, jobs=jobs)
    stop = StopRequest()
    try:
        with stop.at_once(), _lock_trouble_said():
            report = engine.run(paths, fields)
    except KeyboardInterrupt:
        _stopped(store, db, "run it again on the same paths to go on: what is stored is skipped", _signal_code(stop))
    _print_rejections(report.rejected)
    _print_skipped(report.passed_by, verbose)
    err.print(
        f"{report.added} new, {report.skipped} already stored, {len(report.rejected)} rejected{_versions(report)}; "
        f"{counted(len(report.stories_updated), 'story', 'stories')} updated; "
        f"{_held(store, engine.include_non_news, db)}", markup=False, highlight=False,
    )
    if not quiet:
        _print_front_page(store, db)
    if json_file:
        _write_pieces(json_file, export_text(store))
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
    quiet: QuietOption = False,
    replace: Annotated[bool, typer.Option(
        "--replace", help="Then copy the rebuilt store into SOURCE in one commit: a `serve` reading SOURCE goes on"
                          " and shows it at once (refused if SOURCE changed meanwhile: run it again, it resumes);"
                          " --db stays a copy.")] = False,
) -> None:
    """Understand and group again, into --db, every article SOURCE kept: after upgrading svodka.

    The articles are read from the bytes SOURCE stored, in the order it received them, with the
    same ids, so the new store is what `svodka run` on the original files would build today (give
    the same --field-map if the dumps needed them). An interrupted rebuild resumes where it stopped.
    """
    from svodka.engine import Engine
    from svodka.ingest import read_stored
    from svodka.ingest.stream import StopRequest
    from svodka.store import Store, StoreError, stored_departures, stored_labels, stored_originals

    if not source.exists():
        _usage_error(f"no database at {source}")
    if db.exists() and db.samefile(source):  # a link, relative or hard, to the source is the source
        _usage_error(f"{db} is the source: rebuild into another file, then replace the old one")
    fields = _field_map(field_map)
    replacing = _opened_to_replace(source) if replace else None  # refused now, not after hours of rebuild
    try:
        originals = stored_originals(source)
        labels = stored_labels(source)
        departures = stored_departures(source)
    except StoreError as error:
        _usage_error(str(error))
    store = _store(db)
    if store.counts()["articles"] and store.rebuilt_from() != str(source.resolve()):
        # its articles would be skipped as already rebuilt, keeping the analyses of whatever made them
        _usage_error(f"{db} already holds articles that are not a rebuild of {source}: rebuild into a new file")
    if stale := store.analysed_by_another():  # a rebuild another svodka began: its analyses are not this one's
        err.print(f"{db}: another version of svodka analysed {stale} of its articles: rebuilding it from the start",
                  markup=False, highlight=False)
        with Store(":memory:") as empty:
            store.replace_with(empty)
    store.mark_rebuilt_from(str(source.resolve()))
    store.add_labels(labels)  # the reader's corrections outlive the rebuild, and group as they say
    store.add_departures(departures)  # a story they emptied still says where its reports went
    engine = Engine(store, track=quiet_progress if quiet else progress, window=timedelta(days=window_days),
                    include_non_news=include_non_news, jobs=jobs)
    stop = StopRequest()
    try:
        with stop.at_once(), _lock_trouble_said():
            report = engine.process(read_stored(originals, fields))
    except KeyboardInterrupt:
        _stopped(store, db, "the same rebuild again goes on where this one stopped", _signal_code(stop))
    _print_rejections(report.rejected)
    err.print(
        f"{report.added} read again, {report.skipped} already rebuilt, {len(report.rejected)} rejected; "
        f"{_held(store, engine.include_non_news, db)}", markup=False, highlight=False,
    )
    if not quiet:
        _print_front_page(store, db)
    if replace and report.rejected:
        _usage_error(f"{source} not replaced: the rebuild lacks the {len(report.rejected)} articles it rejected")
    if replacing:
        _replace_store(source, *replacing, store, db)
    else:
        err.print(f"to use it in place of {source}: `svodka rebuild {source} --db {db} --replace` (safe while `serve`"
                  f" reads {source}), or stop serve and follow, remove {source}-wal and {source}-shm if left, then"
                  f" mv {db} {source} (moving it onto a file a server reads corrupts it)", markup=False, highlight=False)
    raise typer.Exit(1 if report.rejected else 0)


Writes = tuple[tuple[object, ...], tuple[object, ...]]  # SOURCE's articles (count, last seq), its corrections'


def _opened_to_replace(source: Path) -> tuple[sqlite3.Connection, Writes]:
    """SOURCE opened to be written by plain SQLite, not as a Store: a store another svodka wrote (another schema
    version, which a Store refuses) is replaced too. A write tried and rolled back: a read-only file or folder is
    refused here, before the rebuild. With what its writers had done before the rebuild reads it."""
    try:
        live = sqlite3.connect(source, isolation_level=None)
        live.execute("PRAGMA journal_mode=WAL")  # as a Store writes it: readers go on reading during the copy
        live.execute("BEGIN IMMEDIATE")
        try:
            live.execute("CREATE TABLE svodka_write_check (x)")  # in WAL even a read-only file takes the lock
        finally:
            live.execute("ROLLBACK")
    except sqlite3.Error as error:
        if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:  # busy: another writer, which a writable file has
            _usage_error(f"{source} cannot be replaced: it cannot be written ({error})")
    return live, _writes_seen(live)


def _writes_seen(live: sqlite3.Connection) -> Writes:
    """What SOURCE's writers have done so far, cheaply: its articles' count and last seq, and the count and last
    time of its corrections and their departures (tables a store from before them lacks)."""
    tables = {row[0] for row in live.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    corrections = tuple(live.execute(f"SELECT COUNT(*), MAX(at) FROM {table}").fetchone() if table in tables else None
                        for table in ("labels", "story_departures"))
    return tuple(live.execute("SELECT COUNT(*), MAX(seq) FROM articles").fetchone()), corrections


def _replace_store(source: Path, live: sqlite3.Connection, seen: Writes, rebuilt: Store, db: Path) -> None:
    """The rebuild copied into SOURCE through SQLite's backup API, in one commit under SOURCE's writer lock (as
    Store.replace_with): never a file moved onto a store that servers hold open, whose old -wal SQLite would apply
    to the new file. Refused, SOURCE untouched, when its writers changed it since the rebuild read it."""
    from svodka.ingest.stream import StopRequest
    from svodka.store.lock import WriterLock

    replaced, stop = False, StopRequest()
    try:
        with stop.at_once(), WriterLock(str(source)).held(), _lock_trouble_said():
            now = _writes_seen(live)
            if now[1] != seen[1]:  # a resumed rebuild keeps the corrections it took: only a new one has these
                _usage_error(f"{source} unchanged: its corrections changed during the rebuild: rebuild it again"
                             f" into a new --db")
            if now != seen:
                _usage_error(f"{source} changed during the rebuild: run the same command again (it resumes)")
            with _signals_held():  # the copy is one step: a stop during it comes after it, once `replaced` says so
                rebuilt.db.backup(live)
                replaced = True
    except sqlite3.Error as error:  # a full disk, say: the copy's commit never happened
        _usage_error(f"{source} unchanged: {error}")
    except KeyboardInterrupt:
        err.print(f"stopped: {source} " + ("holds the rebuild" if replaced else "unchanged") + f"; {db} is the rebuild",
                  markup=False, highlight=False)
        raise typer.Exit(_signal_code(stop)) from None
    try:
        live.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copy went through the -wal: hand its space back
    except sqlite3.Error:
        pass  # the next writer's checkpoint does it; the copy is committed
    err.print(f"{source} now holds the rebuild (servers reading it show it now; one an older svodka runs must be"
              f" restarted); {db} is a copy of it", markup=False, highlight=False)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl+C and SIGTERM noted inside the block and sent again on leaving it, to the handlers before: what they
    stop comes after the block, whole. Python handlers, not a blocked mask: a signal sent to the process reaches a
    thread the mask does not cover (the models' threads)."""
    came: list[int] = []
    before = {number: signal.signal(number, lambda number, frame: came.append(number))
              for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
    if came:
        signal.raise_signal(came[-1])


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
    on stdout as `ID  REPORTS  TITLE`. Ctrl+C (or SIGTERM) stops: the articles already read are
    stored and grouped first, and the last line counts them and names the last line read (those
    after it were never read: send them again); a second Ctrl+C stops at once, naming the line to
    give again. What an interrupted run left ungrouped is grouped when `follow`
    starts (or by `svodka run` with no paths).
    """
    from svodka.engine import Engine
    from svodka.ingest.stream import Position, StopRequest, stream_batches
    from svodka.report.terminal import counted

    fields = _field_map(field_map)
    store = _store(db)
    _say_if_analysed_by_another(store, db)
    engine = Engine(store, window=timedelta(days=window_days), include_non_news=include_non_news)
    stop = StopRequest()
    rejected, read, stored_until = 0, Position(), 0
    try:
        with stop.on_signals("stopping: storing and grouping the articles already read (Ctrl+C again: at once)"), \
                _lock_trouble_said():
            if store.ungrouped_count():  # an interrupted run's leftovers, before the stream's own
                engine.process([])
            for number, documents in enumerate(
                    stream_batches(sys.stdin.fileno(), batch, idle, field_map=fields, stop=stop, position=read), 1):
                report = engine.process(documents)
                rejected, stored_until = rejected + len(report.rejected), read.line
                _print_batch(store, number, report)
    except KeyboardInterrupt:
        again = (f"; give the lines from <stdin>:{stored_until + 1} on again (what is stored is skipped)"
                 if read.line > stored_until else "")
        _stopped(store, db, f"at once: this follow stored {counted(engine.stored, 'new article')}"
                            f"{_last_line_read(read)}{again}", _signal_code(stop))
    if stop.asked:
        _stopped(store, db, f"this follow stored {counted(engine.stored, 'new article')}{_last_line_read(read)}:"
                            " every complete line it read is stored or named above", _signal_code(stop))
    raise typer.Exit(1 if rejected else 0)


def _last_line_read(read: Position) -> str:
    """'; last line read: <stdin>:117': where a stopped follow left its pipe, so a feeder knows what to send again
    (lines after it were never read)."""
    return f"; last line read: <stdin>:{read.line}" if read.line else "; no line read"


def _print_batch(store: Store, number: int, report: RunReport) -> None:
    """What one batch of `follow` did (stderr), and each story it changed (stdout)."""
    from svodka.report.terminal import counted

    _print_rejections(report.rejected)
    err.print(f"batch {number}: {report.added} new, {report.skipped} already stored, {len(report.rejected)} rejected"
              f"{_versions(report)};"
              f" {counted(len(report.stories_updated), 'story', 'stories')} updated", markup=False, highlight=False)
    for story in filter(None, map(store.story, report.stories_updated)):
        out.print(f"{story.id}  {len(story.articles)}  {story.title}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    top: Annotated[int | None, typer.Option(min=1, help="Only the first N.")] = None,
    category: Annotated[str | None, typer.Option(
        help=f"Only this category: {CATEGORY_LIST}.")] = None,
    since: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Only stories whose last report is on this day (ISO: 2026-03-07) or after, as"
                                   " the web's ?since=.", show_default=False)] = None,
    until: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Only stories whose first report is on this day or before, as the web's ?until=.",
        show_default=False)] = None,
    outlet: Annotated[str | None, typer.Option(help="Only stories this outlet reported (its name as listed).")] = None,
    language: Annotated[str | None, typer.Option(help="Only stories with a report in this language (ru, en…).")] = None,
    entity: Annotated[str | None, typer.Option(
        help="Only stories naming this entity, in any case, script or form («Воронцову», Vorontsov), as the web's"
             " ?entity= and `svodka entity` read it.")] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="One JSON document on stdout (UTF-8): the stories as /api/stories lists them.")] = False,
) -> None:
    """The front page: stories by rank (outlets, pickup speed, recency, entities), highest first.

    With --json: `{"total": N, "stories": [...]}`, N counting every story of the category (or all), each story as
    the web's /api/stories lists it (`svodka show ID --json`: the story in full, as the export gives it).
    --since, --until, --outlet, --language and --entity filter as the web's story list does: a story is in a window
    of days when its first to last report overlap it.
    """
    from svodka.report.terminal import print_stories
    from svodka.store.db import StoryFilter

    category = category.lower() if category is not None else None
    if category is not None and category not in CATEGORIES:
        _usage_error(f"unknown category {category!r}: use one of {CATEGORY_LIST}")
    filters = StoryFilter(*_day_window(since, until), outlet, language, entity, category=category)
    store = _open(db)
    if as_json:
        from svodka.export import listing_record

        store.catch_up_indexes()  # a store an older svodka wrote lists its stories first, as the web's start does
        listings, total = store.story_list(filters, limit=top)
        _print_json({"total": total, "stories": [listing_record(listing) for listing in listings]})
        return
    if since or until or outlet or language or entity:  # the list's filters, then its stories in full for the table
        store.catch_up_indexes()
        with store.reading():
            listings, total = store.story_list(filters, limit=top)
            shown = [story for listing in listings if (story := store.story(listing.story_id))]
    else:
        with store.reading():  # the stories and their count from one state of the store
            shown = store.front_page(category, top)
            total = _stories_total(store, category, shown, top)
    print_stories(out, store, shown, total)


def _stories_total(store: Store, category: str | None, shown: list[Story], top: int | None) -> int:
    """How many stories `stories` ranks, shown or not: those shown when no top cut any, else the store's count, or
    the category's stories counted (the store keeps no count by category)."""
    if top is None or len(shown) < top:
        return len(shown)
    return store.counts()["stories"] if category is None else len(store.front_page(category))


@app.command("not-news")
def not_news(
    db: DbOption = DEFAULT_DB,
    top: Annotated[int | None, typer.Option(min=1, help="Only the newest N.")] = None,
) -> None:
    """The articles judged not news, newest first, with the model's why: audit the filter, then `svodka label`."""
    from svodka.report.terminal import print_not_news
    from svodka.report.views import not_news_listing

    print_not_news(out, not_news_listing(_open(db), limit=top))


@app.command()
def show(
    story_id: Annotated[str, typer.Argument(
        help=f"A story id from `svodka stories`, or its first {MIN_ID_PREFIX} or more characters (an article's id: its"
             " story).")],
    db: DbOption = DEFAULT_DB,
    why: Annotated[bool, typer.Option("--why", help="Show the evidence that put each article in the story, and the"
                                      " nearest reports kept out of it and why (given an article's id: the stories"
                                      " it came nearest).")] = False,
    every: Annotated[bool, typer.Option(
        "--all", help="Every difference, not only the first few of each kind.")] = False,
    as_json: JsonOutOption = False,
) -> None:
    """One story: its sources, cited summary, differences and timeline (or, for a story that is gone, where its
    reports are now, as the web's page for it says). With --json: the story as the export gives it, every
    difference in it."""
    from svodka.report.terminal import print_closest_stories, print_story
    from svodka.report.views import GoneStory

    if as_json and why:
        _usage_error("--why has no JSON form (the web's /api/stories/ID/nearest has): give --json or --why")
    store = _open(db)
    found = _story_or_gone(store, story_id.lower())
    if found is None and (article := store.article(store.version_of(story_id.lower()) or story_id.lower())) is not None:
        if why:
            from svodka.report.nearest import closest_stories  # the grouper's profiles (numpy): --why only

            print_closest_stories(out, store, article, closest_stories(_grouping_index(store), article.article.id))
            return
        if not article.story:  # not news, or not yet grouped: `--why` says which stories it came nearest
            _usage_error(f"article {article.article.id} is in no story in {db} (svodka show {article.article.id} "
                         "--why names the stories it came nearest)")
        found = _story_or_gone(store, article.story)  # an article's id leads to its story, as on the web
    found = found or _story_by_prefix(store, story_id, db)
    if isinstance(found, GoneStory) and as_json:
        _usage_error(f"{found.reason}: `svodka show {story_id}` without --json says where its reports are now")
    if isinstance(found, GoneStory):
        _print_gone(found)
    elif as_json:
        from svodka.export import story_record

        _print_json(story_record(found, store.report_times(found.articles)))
    else:
        nearest = None
        if why:
            from svodka.report.nearest import nearest_outside

            nearest = nearest_outside(_grouping_index(store), found.id)
        print_story(out, store, found, why=why, every_difference=every, nearest=nearest)


def _grouping_index(store: Store) -> GroupingIndex:
    """The stories' grouping index for `show --why`: the one read of a story that loads a model (navec's vectors,
    as the grouper weighed them); the plain `show` loads none."""
    from svodka.nlp.models import NlpModels
    from svodka.report.nearest import grouping_index

    return grouping_index(store, NlpModels().embedding)


def _story_or_gone(store: Store, story_id: str) -> Story | GoneStory | None:
    """The story an id leads to (through merges), what became of it when it is gone, or None: as the web's page."""
    from svodka.report.views import gone_story

    gone = None if (story := store.story(story_id)) else gone_story(store, story_id)
    return story or (gone.reformed or gone if gone else None)


def _story_by_prefix(store: Store, prefix: str, db: Path) -> Story | GoneStory:
    """The one story whose id (live, merged away or gone) starts with `prefix`; none or several is a usage error."""
    missing = f"no story {prefix!r} in {db}"
    found = _story_or_gone(store, _id_starting(prefix, store.story_ids_starting, f"story {prefix!r} in {db}", missing))
    if found is None:
        _usage_error(missing)
    return found


def _id_starting(prefix: str, ids_starting: Callable[[str], list[str]], named: str, missing: str) -> str:
    """The one id `ids_starting` finds for `prefix`, MIN_ID_PREFIX or more hex characters, as git takes a short
    hash; none (`missing` says so) or several is a usage error."""
    ids = ids_starting(prefix.lower()) if len(prefix) >= MIN_ID_PREFIX and HEX.fullmatch(prefix) else []
    if len(ids) > 1:
        _usage_error(f"{named} is ambiguous: " + ", ".join(ids))
    if not ids:
        _usage_error(missing + (f" (an id's start takes {MIN_ID_PREFIX} characters)"
                                if len(prefix) < MIN_ID_PREFIX else ""))
    return ids[0]


def _print_gone(gone: GoneStory) -> None:
    """A story the reader's corrections emptied: why it is gone and where each of its reports is now."""
    from svodka.report.times import article_time
    from svodka.store import label_source

    out.print(f"{gone.reason}. Its reports are still stored:", markup=False, highlight=False, soft_wrap=True)
    for stored in gone.articles:
        article, now = stored.article, gone.now_in.get(stored.article.id)
        by_you = " (set by you)" if label_source(stored.label, "news") == "user" else ""
        where = (f"now in story {now.id} ({now.title})" if now else
                 f"not news{by_you}" if not stored.analysis.news else "in no story")
        out.print(f"  {article.id}  {article.title or '(untitled)'} · {article.outlet or '?'} · "
                  f"{article_time(article)} · {where}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words in any inflected form; "a quoted phrase" as written; a OR b.')],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(
        "--limit", "-n", min=1, help="Show the best N articles (the copies folded into one not counted).")] = 20,
    since: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Only articles published on this day (ISO: 2026-03-07) or after.",
        show_default=False)] = None,
    until: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Only articles published on this day or before.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="One JSON document on stdout (UTF-8): the hits grouped by story, as /api/search gives them.")
    ] = False,
) -> None:
    """Find articles by their words, best match first, as the web app's /search does: each with its outlet, time,
    story and the sentence that matches, the match marked. The same text printed again (a reprint: word for word,
    or a near copy its story links) is one hit, "and N more copies" under it."""
    from svodka.report.terminal import counted
    from svodka.report.times import article_time
    from svodka.store.search import (parse_query, quoted, russian_lemmatizer, search as search_store,
                                     spelled_across_scripts)
    from svodka.report.views import matching_sentence

    window = _day_window(since, until)
    store = _open(db)
    store.catch_up_indexes()
    lemmas = russian_lemmatizer()  # pymorphy2's dictionary alone: natasha stays unloaded
    parsed = spelled_across_scripts(store.db, parse_query(query, lemmas), lemmas)
    if not parsed.groups:
        _usage_error(f"{query!r} has no words to search for")
    found = search_store(store.db, parsed, limit, window=window, fold_copies=True)
    if as_json:
        from svodka.export import search_record
        from svodka.report.views import search_groups

        _print_json(search_record(query, parsed, found.total, found.partial,
                                  search_groups(store, found.hits, parsed, lemmas)))
        return
    shown = len(found.hits) + sum(len(hit.copies) for hit in found.hits)
    out = HEAD_READ_OUT  # `search … | head`: a reader stopping early is no error
    out.print(f"{counted(found.matching_articles, 'article')} for {quoted(query)} (matching {parsed.describe()})"
              f"{_window_said(window)}{f', the best {shown} shown' if found.matching_articles > shown else ''}",
              markup=False, highlight=False)
    if found.partial:
        out.print("No article has all the words; showing articles with some, those with the most first.",
                  markup=False, highlight=False)
    for number, hit in enumerate(found.hits, 1):
        stored = store.article(hit.article_id)
        if stored is None:
            continue
        article = stored.article
        sentence = matching_sentence(stored, parsed, lemmas)
        out.print(Text.assemble(f"\n{number}. ", (article.title or "(untitled)", "bold")))
        out.print(Text(f"   {article.outlet or '?'} · {article_time(article)} · "
                       f"{f'story {hit.story_id}' if hit.story_id else 'in no story'} · article {article.id}",
                       style="dim"))
        out.print(Text.assemble("   ", *((text, "reverse bold") if marked else text for marked, text in sentence)))
        if hit.copies:
            out.print(Text(f"   and {counted(len(hit.copies), 'more copy', 'more copies')}"
                           f"{_copies_said(store.report_times(hit.copies).values())}: {' '.join(hit.copies)}",
                           style="dim"))


def _copies_said(copies: Iterable[ReportTime]) -> str:
    """' (telegraf.com.ua, news.finance.ua; 2026-01-05 to 2026-03-01)': who printed a hit's copies and when, so a
    reader sees how far a reprinted text went without listing each."""
    outlets = ", ".join(dict.fromkeys(copy.outlet or "?" for copy in copies))
    days = sorted(f"{copy.published:%Y-%m-%d}" for copy in copies if copy.published)
    return f" ({outlets}" + (f"; {days[0]}" + (f" to {days[-1]}" if days[-1] != days[0] else "") if days else "") + ")"


def _day_window(since: datetime | None, until: datetime | None) -> tuple[str | None, str | None]:
    """--since and --until as ISO days (either may be open); a window that ends before it starts is a usage error."""
    if since and until and since > until:
        _usage_error(f"--since {since:%Y-%m-%d} is after --until {until:%Y-%m-%d}: no day is in between")
    return (f"{since:%Y-%m-%d}" if since else None, f"{until:%Y-%m-%d}" if until else None)


def _window_said(window: tuple[str | None, str | None]) -> str:
    """', published 2026-02-01 to 2026-02-07': the window a search kept to, as its heading says it."""
    since, until = window
    if since is None and until is None:
        return ""
    days = f"{since} to {until}" if since and until else f"from {since}" if since else f"until {until}"
    return f", published {days}"


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="A person's, organisation's or place's name in any case, script or"
                                             " with a title («Воронцову», Vorontsov, «губернатор Воронцов»), or a"
                                             " key as listed (PER:vorontsov).")],
    db: DbOption = DEFAULT_DB,
    since: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Only stories whose last report is on this day (ISO: 2026-03-07) or after.",
        show_default=False)] = None,
    until: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Only stories whose first report is on this day or before.",
        show_default=False)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show the newest N stories.")] = 20,
    as_json: Annotated[bool, typer.Option(
        "--json", help="One JSON document on stdout (UTF-8), as the web's /api/entities/KEY gives it.")] = False,
) -> None:
    """Everything about one person, organisation or place: its names, its stories newest first (date, title,
    outlets, how many reports name it) and what it said in them, as the web's /entities/KEY page. A name several
    entities answer to lists them, each with the key that picks it (exit 2)."""
    from svodka.model import to_dict
    from svodka.store.entities import chosen, entities_matching, entity_profile, has_entity_index

    window = _day_window(since, until)
    store = _open(db)
    store.catch_up_indexes()  # a store written before the entity index is indexed once
    if not has_entity_index(store.db):
        _usage_error(f"{db} keeps no entity index: open it once with this svodka (`svodka stories --db {db}`)")
    matches = entities_matching(store.db, name)
    found = chosen(matches)
    if found is None:
        _entity_not_chosen(name, matches, db, as_json)
    profile = entity_profile(store.db, found.key, *window, limit=limit)
    if as_json:
        _print_json(to_dict(profile))
        return
    _print_entity(profile, [m for m in matches if m.key != found.key], window)


def _entity_not_chosen(name: str, matches: list[EntityMatch], db: Path, as_json: bool) -> NoReturn:
    """No entity or several for the name: a usage error listing each match with the key that picks it."""
    if as_json:
        from svodka.model import to_dict

        _print_json({"matches": [to_dict(m) for m in matches]})
    if not matches:
        _usage_error(f"no entity named {name!r} in {db}")
    lines = [f"  {m.key}  {m.name} ({m.type}, {m.articles} reports)" for m in matches]
    _usage_error("\n".join([f"{len(matches)} entities answer to {name!r}; pick one by its key:", *lines,
                            f"e.g. svodka entity {matches[0].key} --db {db}"]))


def _print_entity(profile: EntityProfile, others: list[EntityMatch], window: tuple[str | None, str | None]) -> None:
    """The entity view in the terminal: plain lines (article text is never read as markup)."""
    from svodka.report.terminal import counted

    def say(text: str, style: str = "") -> None:
        out.print(Text(text, style=style), soft_wrap=True)

    say(f"{profile.name} ({profile.type}, {profile.key})", "bold")
    if profile.forms:
        say(f"also written: {', '.join(profile.forms)}")
    outside = f", {profile.outside_stories} of them in no story" if profile.outside_stories else ""
    say(f"named in {counted(profile.articles, 'report')} ({counted(profile.mentions, 'mention')}){outside}", "dim")
    if others:
        say(f"other entities with that name: {', '.join(f'{m.name} ({m.key})' for m in others)}", "dim")
    say(f"\n{counted(len(profile.stories), 'story', 'stories')}{_window_said(window).replace('published', 'reported')},"
        " newest first", "bold")
    for story in profile.stories:
        say(f"  {_days_span(story.first, story.last)}  {story.title}")
        say(f"    story {story.story_id} · named in {story.naming} of {counted(story.reports, 'report')}"
            f" · {', '.join(story.outlets) or '?'}", "dim")
    say(f"\n{counted(len(profile.quotes), 'quote')}", "bold")
    for quote in profile.quotes:
        say(f"  «{quote.text}»" if quote.kind == "direct" else f"  (reported) {quote.text}")
        say(f"    {quote.outlet or '?'} · {(quote.published or '?')[:10]} · story {quote.story_id}: {quote.story_title}",
            "dim")
        for variant in quote.variants:
            say(f"    also worded: «{variant.text}» ({variant.outlet or '?'})", "dim")


def _days_span(first: str | None, last: str | None) -> str:
    """A story's first to last day ("2026-11-20 to 2026-11-22"), one day said once."""
    first_day, last_day = (first or "?")[:10], (last or "")[:10]
    return first_day + (f" to {last_day}" if last_day and last_day != first_day else "")


@app.command()
def label(
    article_id: Annotated[str, typer.Argument(
        help=f"An article id (`svodka show --why`, the web app or the export), or its first {MIN_ID_PREFIX} or more"
             " characters.")],
    news: Annotated[bool | None, typer.Option(
        "--news/--not-news", help="Correct the news filter: a report, or service content kept out of stories.",
        show_default=False)] = None,
    category: Annotated[str | None, typer.Option(help=f"Correct the category: {CATEGORY_LIST}.")] = None,
    reset: Annotated[bool, typer.Option("--reset", help="Take your corrections back: the model's labels again.")] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Correct an article's news label or category for good, or (with no option) say what it is and why.

    A correction wins over the model everywhere and survives `svodka rebuild`; the stories follow at
    once: an article corrected to news joins its story as a new one would, one corrected to not news
    leaves its story (unless the store was built with --include-non-news). --reset hands both labels
    back to the model, the stories following alike.
    """
    from svodka.engine import Engine
    from svodka.store import Label, NoSuchArticle

    if reset and (news is not None or category is not None):
        _usage_error(f"article {article_id}: --reset takes the corrections back; give it alone")
    category = category.lower() if category is not None else None
    if category is not None and category not in CATEGORIES:
        _usage_error(f"article {article_id}: unknown category {category!r}: use one of {CATEGORY_LIST}")
    store = _open(db)
    article_id = _article_id(store, article_id, db)
    engine = Engine(store, track=progress)
    with _lock_trouble_said():
        if reset:
            engine.reset(article_id)
        elif news is not None or category is not None:
            try:
                engine.correct(article_id, Label(news, category))
            except NoSuchArticle:  # a `svodka remove` came first
                _usage_error(f"article {article_id}: removed from {db} meanwhile; nothing corrected")
    _print_label(store.article(article_id))


@app.command()
def remove(
    article_ids: Annotated[list[str], typer.Argument(help="Article ids (`svodka show --why`, the web app or the export).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Take articles out of the store for good: junk ingested by mistake, a file replaced by a newer version.

    Each leaves its story (rebuilt, or gone when emptied); its bytes, analysis, search entry and your
    corrections are deleted. The same file given to `svodka run` later is ingested again as new.
    """
    from svodka.engine import Engine
    from svodka.report.terminal import counted

    store = _open(db)
    if unknown := [article_id for article_id in article_ids if store.article(article_id) is None]:
        _usage_error(f"no such article in {db}: {', '.join(unknown)} (nothing removed)")
    stories = {stored.story for stored in map(store.article, article_ids) if stored and stored.story}
    with _lock_trouble_said():
        report = Engine(store, track=progress).remove(article_ids)
    gone = sorted(story for story in stories if not store.has_story(story))
    err.print(f"removed {counted(len(set(article_ids)), 'article', 'articles')}; "
              f"{counted(len(report.stories_updated), 'story', 'stories')} rebuilt"
              + (f", {len(gone)} emptied and dropped: {', '.join(gone)}" if gone else "")
              + f"; {_held(store, store.groups_non_news(), db)}", markup=False, highlight=False)


def _article_id(store: Store, given: str, db: Path) -> str:
    """The id of the article `given` names: its whole id, or its first MIN_ID_PREFIX or more characters when they
    start one article's id alone (as `show` takes a story's); none or several is a usage error."""
    if store.article(given) is not None:
        return given
    return _id_starting(given, store.article_ids_starting, f"article {given!r} in {db}",
                        f"article {given}: no such article in {db}")


def _print_label(stored: StoredArticle) -> None:
    """The article's labels, who set each, and the model's evidence."""
    from svodka.categorise.explain import explanation
    from svodka.store import label_source

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
    format: Annotated[str, typer.Option("--format", help="json (one document) or jsonl (one story a line, its"
                                        " articles in full: an article in no story is only in json).")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
) -> None:
    """Export articles and stories as JSON (see schema/export.schema.json), written as read: an archive of any size
    exports in the memory of its largest record."""
    from svodka.export import export_text, jsonl_text, story_lines

    if format not in ("json", "jsonl"):
        _usage_error(f"unknown format {format!r}: use json or jsonl")
    store = _open(db)
    left_out: dict[str, int] = {}  # read with the lines, in their snapshot
    _write_pieces(output, export_text(store) if format == "json" else jsonl_text(story_lines(store, left_out)))
    if format == "jsonl":  # a story line is the contract, so an article in no story is said, not added
        _say_left_out(left_out)


def _say_left_out(left_out: dict[str, int]) -> None:
    """How many articles the JSONL export left out and why, each reason its own (`Store.left_out_of_stories`)."""
    from svodka.report.terminal import counted

    reasons = {"not_news": "not news", "ungrouped": "not yet grouped",
               "unbuilt": "in stories not yet built (a run is comparing, or was stopped)"}
    said = [f"{left_out[why]} {reason}" for why, reason in reasons.items() if left_out[why]]
    if said:
        err.print(f"{counted(sum(left_out.values()), 'article')} in no story left out ({'; '.join(said)}): they are in"
                  " --format json", markup=False, highlight=False)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on; the default serves this machine only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    read_only: Annotated[bool, typer.Option(
        "--read-only", help="Refuse corrections and new articles (403), and show no correction form: for a server"
                            " others can reach.")] = False,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="A name browsers may ask for, e.g. the name a reverse proxy passes as Host: on a"
                             " loopback address besides its own names, on another the only names answered"
                             " (repeatable).")] = None,
) -> None:
    """Serve the stories, articles, search and JSON API in a browser (see README: Web)."""
    import uvicorn

    from svodka.store import StoreError
    from svodka.web.app import create_app, loopback_names

    frozen = _served_frozen(db)
    with _open(db, frozen) as store:
        if problem := store.damage():
            _usage_error(f"{db}: damaged ({problem}): serve a backup, or a copy `sqlite3 {db} .recover` makes")
        _say_if_analysed_by_another(store, db)
    _check_listening(host, port)
    hosts = loopback_names(host)
    if allow_host:
        hosts = (hosts or []) + allow_host
    try:
        served = create_app(db, hosts=hosts, read_only=read_only, frozen=frozen)
    except StoreError as error:
        _usage_error(str(error))
    if frozen:
        err.print(f"{db} cannot be written by this user: served read-only (showing what others write to it)",
                  markup=False, highlight=False)
    err.print(f"svodka on http://{_address(host, port)}/ (Ctrl+C stops)", markup=False, highlight=False)
    # a keep-alive client sending on would otherwise keep a SIGTERM waiting for ever
    uvicorn.run(served, host=host, port=port, log_level="warning", timeout_graceful_shutdown=GRACEFUL_STOP_SECONDS)


def _served_frozen(db: Path) -> bool:
    """Whether `serve` reads the store as a file it may not write (Store's `frozen`): this user may not write the
    file or its folder (checked first: opening such a file writable leaves a -wal and -shm behind), or SQLite
    refused to write it."""
    from svodka.store.db import ReadOnlyFile, Store, StoreError, may_write

    if not db.exists():
        return False
    if not may_write(db):
        return True
    try:
        Store(db).close()
    except ReadOnlyFile:
        return True
    except StoreError:  # said by the opening that follows
        pass
    return False


def _print_front_page(store: Store, db: Path) -> None:
    """The top of the front page after a run, and where the rest is."""
    from svodka.report.terminal import print_stories

    with store.reading():
        shown, stories = store.front_page(limit=RUN_SHOWN), store.counts()["stories"]
    print_stories(out, store, shown, stories)
    if stories > len(shown):
        err.print(f"the {len(shown)} highest-ranked of {stories} stories; all of them: "
                  f"svodka stories --db {db}", markup=False, highlight=False)


def _say_if_analysed_by_another(store: Store, db: Path) -> None:
    """Once a command, on stderr: the store holds articles another svodka analysed (this one is an upgrade), so
    their entities, categories and stories are not what this one makes, and the command that reads them again.
    Nothing is analysed again unasked: a large archive's rebuild takes hours, and the old store stays as it was."""
    from svodka.report.terminal import counted

    if older := store.analysed_by_another():
        err.print(f"another version of svodka analysed {counted(older, 'article')} of {store.counts()['articles']} in"
                  f" {db}: entities, categories and stories may differ from what this one makes. To analyse them"
                  f" again: svodka rebuild {db} --db NEW.db (it only reads {db}, and goes on where it stopped when run"
                  f" again), then use NEW.db (`--replace` copies it into {db} when done, safe while `svodka serve`"
                  f" reads {db})", markup=False, highlight=False)


def _check_targets(json_file: Path | None, html: Path | None) -> None:
    """An export that cannot be written is named before the run does its work, not after."""
    if json_file is not None and (json_file.is_dir() or not json_file.parent.is_dir()
                                  or not os.access(json_file if json_file.exists() else json_file.parent, os.W_OK)):
        _usage_error(f"cannot write {json_file}: " + ("a folder" if json_file.is_dir() else
                                                      "no such folder" if not json_file.parent.is_dir() else
                                                      "permission denied"))
    if html is not None:
        try:
            html.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            _usage_error(f"cannot write the HTML report into {html}: {error.strerror or error}")
        if not os.access(html, os.W_OK):
            _usage_error(f"cannot write the HTML report into {html}: permission denied")


def _stopped(store: Store, db: Path, going_on: str, code: int = 128 + signal.SIGINT) -> NoReturn:
    """Ctrl+C: what the store kept and how to go on, and `code` (130: a shell's code for SIGINT)."""
    err.print(f"stopped; {_held(store, store.groups_non_news(), db)}; {going_on}", markup=False, highlight=False)
    raise typer.Exit(code) from None


def _signal_code(stop: StopRequest) -> int:
    """A shell's code for a process stopped by a signal: 128 + its number (130 for SIGINT, 143 for SIGTERM)."""
    return 128 + (stop.signal or signal.SIGINT)


def _check_listening(host: str, port: int) -> None:
    """A port taken or an address not ours is a usage error named up front, not a server that never starts."""
    try:
        with socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET):
            pass
    except OSError as error:
        _usage_error(f"cannot serve on {_address(host, port)}: {error.strerror or error}")


def _address(host: str, port: int) -> str:
    """host:port as a URL writes it: an IPv6 address in brackets ([::1]:8000)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _open(db: Path, frozen: bool = False) -> Store:
    """An existing store: reading commands must not create an empty one."""
    if not db.exists():
        _usage_error(f"no database at {db}: run `svodka run PATH` first")
    return _store(db, frozen)


def _field_map(spec: str) -> dict[str, str]:
    from svodka.ingest import parse_field_map

    try:
        return parse_field_map(spec)
    except ValueError as error:
        _usage_error(str(error))


def _held(store: Store, include_non_news: bool, db: Path) -> str:
    """'56 articles (6 not news, kept out of stories) in 19 stories in DB': what the store holds, the filter's share
    said, and what an interrupted run left to group (counted as `stories` and the export count: built stories)."""
    from svodka.report.terminal import counted

    counts = store.counts()
    kept_out = "" if include_non_news else ", kept out of stories"
    not_news = f" ({counts['not_news']} not news{kept_out})" if counts["not_news"] else ""
    waiting = (f"; {counted(counts['ungrouped'], 'article')} not yet grouped (`svodka run --db {db}` groups them)"
               if counts["ungrouped"] else "")
    return (f"{counted(counts['articles'], 'article')}{not_news} in {counted(counts['stories'], 'story', 'stories')}"
            f" in {db}{waiting}")


def _versions(report: RunReport) -> str:
    """', 1 page fetched again: …': pages whose older version was replaced, or arrived late, and is kept as history."""
    from svodka.report.terminal import counted

    pages = len(report.versions)
    return f", {counted(pages, 'page')} fetched again: {'its' if pages == 1 else 'their'} newest version shown, the older kept as history" if pages else ""


def _print_rejections(rejected: list[IngestError]) -> None:
    for rejection in rejected:
        err.print(f"rejected {rejection.origin}: {rejection.reason}", markup=False, highlight=False)


def _print_skipped(skipped: list[Skipped], each: bool) -> None:
    """What a folder walk left unread, counted by why; `each`: every file named too."""
    from svodka.ingest.skipped import skipped_summary

    for item in skipped if each else []:
        err.print(f"skipped {item.path}: {item.why}", markup=False, highlight=False)
    if skipped:
        err.print(skipped_summary(skipped), markup=False, highlight=False)


def _store(db: Path, frozen: bool = False) -> Store:
    from svodka.store import Store, StoreError

    try:
        return Store(db, frozen=frozen)
    except StoreError as error:
        _usage_error(str(error))


def _json_text(document: object) -> str:
    """A JSON document as svodka writes one: UTF-8 as written (no \\u escapes), indented, ending in a newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _print_json(document: object) -> None:
    """A read command's --json: the document alone on stdout (anything else it says goes to stderr)."""
    sys.stdout.write(_json_text(document))


def _write_pieces(path: Path | None, pieces: Iterable[str]) -> None:
    """Text written piece by piece as it is made (UTF-8), into `path` or, with none, stdout. A file is written beside
    its place and put there whole: an export stopped half way leaves the last good one, not a truncated one."""
    if path is None:
        sys.stdout.writelines(pieces)
        return
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8") as file:
            file.writelines(pieces)
        os.replace(partial, path)
    except OSError as error:
        _usage_error(f"cannot write {path}: {error.strerror or error}")
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def _lock_trouble_said() -> Iterator[None]:
    """A writer lock that cannot be taken (its file unreadable, say) is a usage error naming the file, not a
    traceback; the CLI waits for a busy lock as long as it takes, so nothing else ends here."""
    from svodka.store import StoreBusy

    try:
        yield
    except StoreBusy as error:
        _usage_error(str(error))


def _usage_error(message: str) -> NoReturn:
    """Say what is wrong on stderr (as written, never as markup) and exit 2."""
    err.print(message, markup=False, highlight=False)
    raise typer.Exit(2)


if __name__ == "__main__":
    app()
