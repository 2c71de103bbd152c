"""The Store class: schema, transactions and every query svodka makes."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit

from svodka.model import Analysis, Article, IngestError, RawDocument, Story, from_dict, to_dict
from svodka.store.lock import WriterLock
from svodka.story_span import story_span
from svodka.times import as_utc

# svodka.rank and svodka.store.search are imported where an article or a story is written or an entity looked up:
# they load the cleaning and NLP packages (natasha), which a command only reading the store (`svodka stories`) skips.
SCHEMA_VERSION = 1
# Two pages at one URL are one article's versions when their headlines match or their texts do: rapidfuzz ratio
# (0-100) of the openings, as svodka.stories.reprints.COPY_RATIO judges an edited copy.
VERSION_RATIO = 85
VERSION_TEXT_CHARS = 4000
# ...or when one text stands almost whole (VERSION_RATIO per cent of its letters, in order) inside the other and is at
# least this share of it: a paragraph or a correction line added, which lowers the ratio of a short text.
VERSION_KEPT_SHARE = 0.5
# The parts of svodka that only show a store: a change to them changes no stored article or story (pipeline_version).
PRESENTATION = {"web", "report", "cli.py", "export.py", "schema"}
PACKAGE = Path(__file__).resolve().parent.parent
# What grouping reads of an article (see _pending).
GROUPING_COLUMNS = "a.id, a.terms, a.published, json_extract(a.article, '$.published_year_guessed') AS year_guessed"
# A stored article as every reader of it sees it: the reader's corrections (labels) over the model's.
LABEL_COLUMNS = ", l.news AS label_news, l.category AS label_category"
LABEL_JOINS = " LEFT JOIN labels l ON l.article_id = a.id"
# When grouping meets an article: its publication time, but a URL's day (Article.published_from_url) keeps the
# article's input place, as if undated. Measured: placing tgcontest's 119 such articles by their day moved pairs at
# the threshold (the document frequencies early profiles are weighed with): en 0.973 -> 0.944, held out ru -1 pair.
PLACED_AT = "CASE WHEN json_extract(a.article, '$.published_from_url') THEN NULL ELSE a.published END"
# Article.published_day_only; a store written before the field knew only URL days (as Article.__post_init__ reads it).
DAY_ONLY = "json_extract(article, '$.published_day_only') OR json_extract(article, '$.published_from_url')"


# The articles whose news label, as the reader corrected it, is :news (COALESCE(l.news, the model's call)): as the
# model judged them (from the index articles_news: no analysis is read) where the reader
# corrected nothing, and as the reader corrected them. Measured on a store of 168,056 articles (21,007 not news):
# the COALESCE over every analysis took 1.6-1.7 s to count them, over the index's candidates 210 ms, this 2 ms.
# The NOT IN stays inside the index: a LEFT JOIN to labels instead reads each candidate's row for its id (measured
# on a synthetic store of 168,000 articles, 21,034 not news: 21 ms against 2.7 ms).
READER_SET = "SELECT j.seq FROM labels r JOIN articles j ON j.id = r.article_id WHERE r.news {}"
READER_JUDGED = READER_SET.format("= :news")
JUDGED = (f"SELECT seq FROM articles WHERE json_extract(analysis, '$.news') = :news"
          f" AND seq NOT IN ({READER_SET.format('IS NOT NULL')}) UNION ALL {READER_JUDGED}")
# The story list's order, and front_page's: rank, then the id, a tie-break that is the same in every store holding
# the same stories (a rebuild's too), so "the top N" of the export, the web and `svodka stories` are one list.
RANKED = "ORDER BY l.rank DESC, l.story_id"
NEWEST_FIRST = "ORDER BY {0}published IS NULL, {0}published DESC, {0}seq DESC"  # {0}: the table's alias, if any


class StoreError(RuntimeError):
    """The file cannot serve as svodka's store; the message names it and says why."""


class ReadOnlyFile(StoreError):
    """SQLite may not write the file (its mode, or its folder's): it can still be read as it is (Store's `frozen`)."""


class SchemaError(StoreError):
    """The database was written by a different version of svodka."""


class NoSuchArticle(LookupError):
    """A correction for an article not in the store (removed meanwhile by `svodka remove`): refused, so that no
    label outlives its article."""


@dataclass
class Label:
    """A reader's correction: None leaves that label to the model."""

    news: bool | None = None
    category: str | None = None

    def over(self, analysis: Analysis) -> Analysis:
        """The analysis as the reader corrected it (a copy: the stored analysis stays the model's)."""
        return replace(analysis, news=analysis.news if self.news is None else self.news,
                       category=self.category or analysis.category)


@dataclass
class StoredArticle:
    article: Article
    analysis: Analysis  # news and category as corrected by the reader, when they were (`label`)
    story: str | None
    encoding: str
    label: Label | None = None  # the reader's correction (`svodka label`), already applied to `analysis`

    @property
    def label_source(self) -> str:
        return label_source(self.label)


def may_write(path: str | Path) -> bool:
    """Whether this process may write the store: the file, and its folder, where SQLite creates the -wal and -shm
    (os.access: a read-only mount says no too). A file it may not write opens all the same, and its first write
    fails ("attempt to write a readonly database"): `svodka serve` serves it frozen instead."""
    return os.access(path, os.W_OK) and os.access(Path(path).resolve().parent, os.W_OK)


def read_only_uri(path: str | Path) -> str:
    """The URI a frozen store is opened by. mode=ro reads with SQLite's locks and the -wal, so it sees what another
    process writes, checkpoints and vacuums meanwhile. immutable=1 (no locks, no -wal: it would read pages a
    checkpoint or vacuum moved since) only where nothing can change the file, a read-only mount with no -wal beside
    it; there SQLite could not create the -shm a read of a WAL store needs."""
    uri = Path(path).resolve().as_uri()
    fixed = os.statvfs(path).f_flag & os.ST_RDONLY and not Path(f"{path}-wal").exists()
    return f"{uri}?immutable=1" if fixed else f"{uri}?mode=ro"


def oldest_first(members: Iterator[StoredArticle] | list[StoredArticle]) -> list[StoredArticle]:
    """Reports by the instant they came out (svodka.times.as_utc: "09:00+03:00" before "01:30-05:00"), undated
    last, as a story's first_published counts them; SQL's order of the ISO strings compares the digits, not the
    instants. Equal instants keep the order given (ingest order)."""
    return sorted(members, key=lambda m: _instant(m.article.published))


def _published_later(stored: datetime | None, incoming: datetime | None) -> bool:
    """Whether a stored version is to be kept over an incoming one: the later publication time wins; a dated
    version wins over an undated one (a time is evidence, an arrival is not); with neither dated, the one arriving."""
    if stored is None:
        return False
    return incoming is None or as_utc(stored) > as_utc(incoming)


def _one_article(title: str, text: str, other_title: str, other_text: str) -> bool:
    """Whether two pages at one URL are versions of one article, not different articles pointing at one address (a
    homepage canonical, a feed whose items all link one page): the same headline, or the text mostly in place
    (an edited copy, as svodka.stories.reprints judges one)."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import LCSseq

    if _same_title(title, other_title) and title.strip():
        return True
    opening, other_opening = text[:VERSION_TEXT_CHARS], other_text[:VERSION_TEXT_CHARS]
    if fuzz.ratio(opening, other_opening) >= VERSION_RATIO:
        return True
    shorter, longer = sorted((opening, other_opening), key=len)  # the longest common subsequence: fast, unlike
    return (len(shorter) >= VERSION_KEPT_SHARE * len(longer)        # partial_ratio on long texts (seconds a pair)
            and LCSseq.similarity(shorter, longer) >= VERSION_RATIO / 100 * len(shorter))


def _same_title(title: str, other: str) -> bool:
    """Headlines equal but for case and spacing (a refetch re-spaced is no edit)."""
    return " ".join(title.casefold().split()) == " ".join(other.casefold().split())


def _text_changed(text: str, other: str) -> int:
    """How much of a text an edit changed, in per cent: 100 less their rapidfuzz ratio (the measure VERSION_RATIO
    judges versions by), over the whole texts."""
    from rapidfuzz import fuzz

    return round(100 - fuzz.ratio(text, other))


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _history_order(arrived: list[tuple[Article, datetime]]) -> list[tuple[Article, datetime]]:
    """Versions oldest first: dated ones by publication time (equal times by arrival), an undated one right after
    the version that arrived before it, since its arrival is all that places it."""
    positions = sorted((i for i, (article, _) in enumerate(arrived) if article.published),
                       key=lambda i: _instant(arrived[i][0].published))
    for i, (article, _) in enumerate(arrived):
        if article.published is None:
            positions.insert(positions.index(i - 1) + 1 if i else 0, i)
    return [arrived[i] for i in positions]


def _instant(published: datetime | None) -> tuple[bool, datetime]:
    return (published is None, as_utc(published) if published else datetime.min)


@dataclass
class ArticleListing:
    """What a list of articles shows of one, read from columns and a few JSON fields, not the whole article.

    `published_*` are Article's flags, so the pages' `article_time` reads it as it reads an Article."""

    id: str
    title: str | None
    outlet: str | None
    published: datetime | None
    published_year_guessed: bool
    published_day_only: bool
    published_from_url: bool
    news: bool  # as corrected by the reader, when they did (`label`)
    category: str | None  # likewise
    label: Label | None
    not_news_score: float | None  # the model's evidence (Analysis): None for an article analysed before it was kept
    news_cues: dict[str, float] = field(default_factory=dict)
    category_scores: dict[str, float] = field(default_factory=dict)
    language: str = "und"  # the text's, for the page's `lang`

    @property
    def label_source(self) -> str:
        return label_source(self.label)


@dataclass
class PendingArticle:
    """An analysed article waiting to be grouped."""

    id: str
    terms: dict[str, float]
    published: datetime | None
    year_guessed: bool


@dataclass
class GroupedArticle(PendingArticle):
    story: str


@dataclass
class ReportTime:
    id: str
    outlet: str | None
    published: datetime | None
    year_guessed: bool = False  # Article.published_year_guessed
    day_only: bool = False  # Article.published_day_only: a day, no time of day


@dataclass
class StoryListing:
    """What the story list shows of one story, read without parsing the story itself."""

    story_id: str
    title: str
    rank: float
    reports: int
    outlets: int
    first: str | None
    last: str | None
    languages: list[str]
    entities: list[str]
    category: str | None = None
    rank_components: dict[str, float] = field(default_factory=dict)  # svodka.rank: why it is where it is
    first_year_guessed: bool = False  # `first` (`last`) is only known with a year guessed (Article.published_year_guessed)
    last_year_guessed: bool = False
    first_day_only: bool = False  # `first` (`last`) is a day, no time of day (Article.published_day_only)
    last_day_only: bool = False


@dataclass
class StoryFilter:
    """Story list filters; dates are ISO days, both ends included."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    language: str | None = None
    entity: str | None = None
    category: str | None = None


@dataclass
class ArticleVersion:
    """An earlier version of a stored article (the same page before an edit), kept for its history in no story, and
    what the version after it changed (the next earlier version's, or the article's as the store keeps it)."""

    article: Article  # as that version read: title, text, publication time
    stored_at: datetime  # when svodka stored it
    title_changed: bool
    text_changed: int  # per cent of the text (_text_changed)
    published_changed: bool

    def changes(self) -> str:
        """What the next version changed, as a reader says it: "title changed, text changed by 7%"."""
        said = ["title changed"] if self.title_changed else []
        said += [f"text changed by {self.text_changed}%"] if self.text_changed else []
        said += ["publication time changed"] if self.published_changed else []
        return ", ".join(said) or "no change to title, text or time"


@dataclass
class Added:
    """What storing an article did: stored, or not (the same bytes were, or `newer`: a newer version of it is, and it
    is kept as an earlier version of that one), and the id of the older version it `replaced` (Store.add_article)."""

    stored: bool
    replaced: str | None = None
    newer: str | None = None


# The stories whose listing a store written before the story list (or before its category facet) lacks, and the
# listings of stories merged away since (Store.catch_up_indexes).
UNLISTED_STORIES = ("SELECT s.data FROM stories s LEFT JOIN story_listing l ON l.story_id = s.id"
                    " WHERE l.story_id IS NULL AND s.data IS NOT NULL AND s.merged_into IS NULL")
UNFACETED_STORIES = (  # listed before the category facet existed (the facets first: fast)
    "SELECT s.data FROM stories s WHERE s.id IN (SELECT l.story_id FROM story_listing l WHERE NOT EXISTS"
    " (SELECT 1 FROM story_facets f WHERE f.facet = 'category' AND f.story_id = l.story_id))"
    " AND json_extract(s.data, '$.category') IS NOT NULL")
LISTED_MERGED = "SELECT story_id FROM story_listing JOIN stories s ON s.id = story_id WHERE s.merged_into IS NOT NULL"
KEY_ENTITIES = 5  # shown in the story list
# What a checkpoint leaves of the -wal file: without a limit it stays as large as the largest write since the
# store was opened (a rebuild's copy, a long run's), however little is written after.
WAL_SIZE_LIMIT = 64 * 1024 * 1024
FILTER_ENTITIES = 20  # a story can be filtered by its most prominent entities only


def story_window(since: str | None, until: str | None) -> tuple[list[str], list[str]]:
    """The conditions (on story_listing `l`) and parameters keeping the stories whose first to last report overlap a
    window of ISO days: the story list's and the entity view's."""
    where, params = [], []
    if since:
        where.append("l.last >= ?")
        params.append(since)
    if until:
        where.append("l.first < date(?, '+1 day')")
        params.append(until)
    return where, params


class Store:
    def __init__(self, path: str | Path, frozen: bool = False, any_thread: bool = False) -> None:
        """Open (or create) the store; StoreError when the file is not one svodka can use. `frozen`: a file this
        process may not write (`svodka serve` as a user other than the one whose `svodka follow` writes it), read
        through a read-only connection (`read_only_uri`) that sees what others write, and written to never (no
        schema brought up to date: `_check_frozen_schema`). `any_thread`: the connection may be closed from another
        thread than its own (the web app's shutdown)."""
        self.path = str(path)
        self._writer = WriterLock(self.path)
        try:
            self.db = sqlite3.connect(read_only_uri(path) if frozen else self.path, uri=frozen,
                                      isolation_level=None, check_same_thread=not any_thread)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open ({error})") from None
        try:
            self.db.row_factory = sqlite3.Row
            if frozen:
                self._check_frozen_schema()
            else:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute("PRAGMA foreign_keys=ON")
                self._create_schema()
        except sqlite3.DatabaseError as error:
            self.db.close()
            if error.sqlite_errorcode == sqlite3.SQLITE_READONLY_DIRECTORY:
                folder = Path(self.path).resolve().parent
                raise StoreError(f"{self.path}: cannot be read now: SQLite reads a store others may write through"
                                 f" {self.path}-shm, which is there only while a svodka has the store open (`svodka"
                                 f" follow`), and which this user may not create in {folder}: serve it while its"
                                 " writer runs, or let this user write the folder") from None
            if error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY:
                raise ReadOnlyFile(f"{self.path}: cannot be written ({error}): the file or its folder is"
                                   " read-only") from None
            raise StoreError(f"{self.path}: not a database svodka can use ({error})") from None
        except StoreError:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def damage(self) -> str | None:
        """What SQLite's quick check finds wrong with the file (None: nothing). A damaged page can open fine and
        fail only when a query reaches it; a server checks at start (~3 s a GB) rather than answer 500s."""
        try:
            problem = self.db.execute("PRAGMA quick_check(1)").fetchone()[0]
        except sqlite3.DatabaseError as error:
            return str(error)
        return None if problem == "ok" else problem

    def replace_with(self, source: Store, wait_limit: float | None = None) -> None:
        """This store's content replaced by `source`'s in one commit, through SQLite (its backup API), under the
        writer lock: readers holding this file open (`svodka serve`) read the old content until the commit and the
        new one after it. Moving another file onto this one instead leaves them reading through the old -wal and
        -shm, which SQLite then applies to the new file: a corrupt store."""
        with self.writing(wait_limit):
            source.db.backup(self.db)
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copy went through the -wal: hand its space back

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _create_schema(self) -> None:
        row = self._meta("schema_version")
        self._check_version(row)
        # executescript commits by itself; the script is idempotent (IF NOT EXISTS), and writes nothing when the
        # tables are there, so opening a store takes the write lock only to bring it up to date: a reader opening
        # it (`svodka search`) waits for no writer.
        self.db.executescript(resources.files("svodka.store").joinpath("schema.sql").read_text())
        if row is None or self._missing_columns():
            with self.transaction():
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                self._add_columns()
        if row is None:  # a new store: its entity index starts complete (store/entities.py)
            from svodka.store.entities import mark_indexed_if_empty

            with self.transaction():
                mark_indexed_if_empty(self.db)
        self.db.execute("CREATE INDEX IF NOT EXISTS articles_analysed_by ON articles(analysed_by)")

    def _check_version(self, row: str | None) -> None:
        if row is not None and _version(row) != SCHEMA_VERSION:
            raise SchemaError(f"{self.path}: schema version {row}, this svodka reads {SCHEMA_VERSION}; `svodka rebuild"
                              f" {self.path} --db NEW.db` reads its articles into a store this svodka reads")

    def _check_frozen_schema(self) -> None:
        """A frozen store's version only: the schema script would write (a table a later svodka added, such as an
        older store's missing article_copies: `keeps_copies`), which a file this process may not write refuses."""
        self.db.execute("SELECT 1 FROM sqlite_master").fetchall()  # the first read: where a missing -shm is met
        row = self._meta("schema_version")
        if row is None:
            raise StoreError(f"{self.path}: not a store svodka wrote (no schema version), and it cannot be written")
        self._check_version(row)

    def keeps_copies(self) -> bool:
        """Whether the store keeps the copy texts search folds reprints by (a store the previous svodka wrote,
        served frozen, does not: its search shows each copy)."""
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_copies'").fetchone() is not None

    def _add_columns(self) -> None:
        """The columns added to `articles` since it was first written, added to a store written before them (its
        articles' NULL there reads as not known): which svodka analysed each article (`pipeline_version`; NULL: an
        older svodka), and whether svodka assigned its outlet's name (`rename_outlets`; NULL: the input gave it).
        Inside the opening's transaction, so two svodkas opening an old store at once add each once."""
        for column in self._missing_columns():
            self.db.execute(f"ALTER TABLE articles ADD COLUMN {column}")

    def _missing_columns(self) -> list[str]:
        """The columns `_add_columns` adds that `articles` lacks (with their types)."""
        present = {row["name"] for row in self.db.execute("PRAGMA table_info(articles)")}
        return [column for column in ("analysed_by TEXT", "outlet_assigned INTEGER")
                if column.split()[0] not in present]

    def analysed_by_another(self) -> int:
        """How many articles another svodka analysed (another `pipeline_version`, or one from before it was kept):
        their entities, categories and stories are that svodka's until `svodka rebuild` reads them again. Counted
        from an index: said at every start."""
        with self.reading():
            total = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            ours = self.db.execute("SELECT COUNT(*) FROM articles WHERE analysed_by = ?", (pipeline_version(),))
            return total - ours.fetchone()[0]

    def rebuilt_from(self) -> str | None:
        """The store `svodka rebuild` is reading into this one, if any (so a rerun resumes that rebuild only)."""
        return self._meta("rebuilt_from")

    def groups_non_news(self) -> bool:
        """Whether some run grouped not-news articles into this store's stories (`--include-non-news`): its
        stories hold them, so every later run, correction and ingest keeps doing so (rebuild to undo)."""
        return self._meta("groups_non_news") == "1"

    def mark_groups_non_news(self) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('groups_non_news', '1')")

    def mark_rebuilt_from(self, source: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('rebuilt_from', ?)", (source,))

    def _meta(self, key: str) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    def transaction(self) -> sqlite3.Connection:
        """`with store.transaction():` commits on success, rolls back on error."""
        return _Transaction(self.db)  # type: ignore[return-value]

    def change_mark(self) -> tuple[int, int]:
        """A mark that moves whenever the store may have changed: another connection's commit (SQLite's data_version,
        which only those move) or this connection's own write (its total_changes). A view cached per Store is still
        the store's while the mark is the same (`report.nearest.grouping_index`)."""
        return self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes

    @contextmanager
    def reading(self) -> Iterator[None]:
        """`with store.reading():` every statement inside reads one snapshot of the store (WAL keeps it while a
        writer commits), so a view built from several statements never mixes a story before and after a rewrite
        or merge. Inside a transaction already (a write, or an outer read), that one holds."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            if self.db.in_transaction:
                self.db.execute("COMMIT")

    def writing(self, wait_limit: float | None = None,
                waiting: Callable[[], None] | None = None) -> AbstractContextManager[None]:
        """`with store.writing():` this process is the store's only writer of stories inside the block (one
        transaction is atomic by itself; grouping, comparing and ranking read and write over many): see
        svodka.store.lock for the wait, and StoreBusy when it exceeds `wait_limit` seconds."""
        return self._writer.held(wait_limit, waiting)

    # --- ingest -------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def has_story(self, story_id: str) -> bool:
        """Whether the story is built and live: an article's story is not built until compared
        (a killed run can leave it so), and a merged-away id has no page of its own."""
        row = self.db.execute(
            "SELECT 1 FROM stories WHERE id = ? AND data IS NOT NULL AND merged_into IS NULL", (story_id,)
        ).fetchone()
        return row is not None

    def add_article(self, raw: RawDocument, article: Article, analysis: Analysis, terms: dict[str, float]) -> Added:
        """Store an article, unless it already was (another writer stored the same bytes meanwhile) or a newer
        version of it is (`Added.newer`: it is kept as that one's earlier version). A version is the same URL (the
        same outlet's page) fetched again after an edit: the newest, by publication time, else by arrival, takes the
        older's place in the store and in its story (`Added.replaced`; `_replace_version`), the older kept as its
        earlier version (`versions`). One transaction: a killed run never leaves both, nor loses either."""
        from svodka.store.entities import index_entities
        from svodka.store.search import index_article

        with self.transaction():
            other = self._other_version(article)
            if other is not None and _published_later(other[1], article.published):
                self.db.execute(
                    "INSERT OR IGNORE INTO article_versions (id, article_id, origin, format, encoding, raw, ingested_at,"
                    " published, title, article) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (article.id, other[0], raw.origin, raw.format, raw.encoding, raw.raw, _now(),
                     _iso(article.published), article.title, _json(article)))
                return Added(stored=False, newer=other[0])
            added = self.db.execute(
                "INSERT OR IGNORE INTO articles (id, origin, format, encoding, raw, ingested_at, published,"
                " outlet, title, language, article, analysis, terms, analysed_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id, raw.origin, raw.format, raw.encoding, raw.raw, _now(),
                    article.published.isoformat() if article.published else None,
                    article.outlet, article.title, analysis.language,
                    _json(article), _json(analysis), json.dumps(terms, ensure_ascii=False), pipeline_version(),
                ),
            ).rowcount
            if not added:
                return Added(stored=False)
            index_article(self.db, article, analysis)
            index_entities(self.db, article.id, analysis)
            if other is not None:
                self._replace_version(other[0], article.id)
                return Added(stored=True, replaced=other[0])
        return Added(stored=True)

    def _other_version(self, article: Article) -> tuple[str, datetime | None] | None:
        """(id, published) of the stored article with this one's URL, if any (read by index: articles_url). The URL
        alone: it names the outlet's site, and a fetch giving only the URL is named after the site later
        (Engine.name_unnamed_outlets), so its outlet column may differ from the same page's stored row."""
        if not article.url or not urlsplit(article.url).path.strip("/"):  # a site's address names no one article
            return None
        for other_id, published, title, text in self.db.execute(
            "SELECT id, published, title, json_extract(article, '$.text') FROM articles"
            " WHERE json_extract(article, '$.url') = ? AND id != ? ORDER BY seq DESC", (article.url, article.id),
        ).fetchall():
            if _one_article(article.title, article.text, title or "", text or ""):
                return other_id, datetime.fromisoformat(published) if published else None
        return None

    def _replace_version(self, old: str, new: str) -> None:
        """The newer version `new` in the older's place, inside add_article's transaction: in its story (the story
        keeps its id and is rebuilt; left as a correction to not news leaves it when the new version is not news
        in a store keeping not news out), with the reader's corrections and departures carried over. The older
        version moves to article_versions (its bytes, title, text and times, with the versions before it): the
        articles table holds one row per article, which alone counts in stories and search."""
        self.db.execute("UPDATE article_versions SET article_id = ? WHERE article_id = ?", (new, old))
        self.db.execute(
            "INSERT OR IGNORE INTO article_versions (id, article_id, origin, format, encoding, raw, ingested_at,"
            " published, title, article) SELECT id, ?, origin, format, encoding, raw, ingested_at, published, title,"
            " article FROM articles WHERE id = ?", (new, old))
        self.db.execute("UPDATE OR IGNORE labels SET article_id = ? WHERE article_id = ?", (new, old))
        row = self.db.execute("SELECT story_id FROM memberships WHERE article_id = ?", (old,)).fetchone()
        if row is not None and (self.groups_non_news() or self._counts_as_news(new)):
            self.db.execute("UPDATE memberships SET article_id = ? WHERE article_id = ?", (new, old))
            self.db.execute("UPDATE stories SET dirty = 1 WHERE id = ?", (row[0],))
        else:
            self._leave_story(old)
        # after leaving: where the report went stays said (the gone page), under the version kept
        self.db.execute("UPDATE OR IGNORE story_departures SET article_id = ? WHERE article_id = ?", (new, old))
        self.db.execute("DELETE FROM article_search WHERE rowid = (SELECT seq FROM articles WHERE id = ?)", (old,))
        self.db.execute("DELETE FROM article_copies WHERE seq = (SELECT seq FROM articles WHERE id = ?)", (old,))
        self.db.execute("DELETE FROM article_entities WHERE article_id = ?", (old,))
        self.db.execute("DELETE FROM labels WHERE article_id = ?", (old,))
        self.db.execute("DELETE FROM story_departures WHERE article_id = ?", (old,))
        self.db.execute("DELETE FROM articles WHERE id = ?", (old,))

    def _counts_as_news(self, article_id: str) -> bool:
        """The article's news label as the reader corrected it, else the model's (as pending_articles reads it)."""
        row = self.db.execute(
            "SELECT COALESCE(l.news, json_extract(a.analysis, '$.news')) IS NOT 0 FROM articles a"
            f"{LABEL_JOINS} WHERE a.id = ?", (article_id,)).fetchone()
        return bool(row and row[0])

    def remove_article(self, article_id: str) -> bool:
        """Take an article out of the store for good (junk ingested by mistake): out of its story (rebuilt when the
        story is next built, dropped when emptied, as a correction to not news does), its bytes, analysis, search
        row, earlier versions and the reader's labels gone; the same file ingested later is new again. False: no such
        article."""
        with self.transaction():
            row = self.db.execute("SELECT seq FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                return False
            self._leave_story(article_id)
            self.db.execute("DELETE FROM article_search WHERE rowid = ?", (row[0],))
            self.db.execute("DELETE FROM article_copies WHERE seq = ?", (row[0],))
            self.db.execute("DELETE FROM article_entities WHERE article_id = ?", (article_id,))
            self.db.execute("DELETE FROM labels WHERE article_id = ?", (article_id,))
            self.db.execute("DELETE FROM article_versions WHERE article_id = ?", (article_id,))
            self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return True

    def update_article(self, article: Article, analysis: Analysis, terms: dict[str, float] | None = None) -> None:
        """Store what a later stage learnt about an article (e.g. its publication year), and its `terms` when they
        changed with it (grouping reads them); the analysis is this svodka's now (`analysed_by`)."""
        from svodka.store.entities import index_entities
        from svodka.store.search import index_article

        with self.transaction():
            if terms is not None:
                self.db.execute("UPDATE articles SET terms = ? WHERE id = ?", (_json(terms), article.id))
            self.db.execute(
                "UPDATE articles SET published = ?, article = ?, analysis = ?, analysed_by = ? WHERE id = ?",
                (_iso(article.published), _json(article), _json(analysis), pipeline_version(), article.id),
            )
            index_article(self.db, article, analysis)
            index_entities(self.db, article.id, analysis)

    def outlets_by_url(self) -> list[tuple[str, str, str | None]]:
        """(id, url, outlet) of every article with a URL: which name each site goes by (svodka.clean.outlets)."""
        rows = self.db.execute(
            "SELECT id, json_extract(article, '$.url') AS url, outlet FROM articles WHERE url IS NOT NULL")
        return [(row[0], row[1], row[2]) for row in rows]

    def outlets_assigned(self) -> set[str]:
        """The articles whose outlet's name svodka assigned (`rename_outlets`), not their input: their name repeats
        the names their site's other articles give, so it is no vote of its own (svodka.clean.outlets)."""
        return {row[0] for row in self.db.execute("SELECT id FROM articles WHERE outlet_assigned")}

    def rename_outlets(self, names: dict[str, str]) -> None:
        """Give articles (id → name) their outlet's name, in the column and the stored article alike, marked as
        assigned (`outlets_assigned`); the stories holding them are marked for rebuilding, since their outlets, and
        so their counts and wording, change."""
        with self.transaction():
            self.db.executemany(
                "UPDATE articles SET outlet = ?, article = json_set(article, '$.outlet', ?), outlet_assigned = 1"
                " WHERE id = ?",
                [(name, name, article_id) for article_id, name in names.items()],
            )
            self.db.execute("UPDATE stories SET dirty = 1 WHERE merged_into IS NULL AND id IN (SELECT story_id FROM"
                            " memberships WHERE article_id IN (SELECT value FROM json_each(?)))",
                            (json.dumps(list(names)),))

    def add_rejection(self, error: IngestError) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO rejections VALUES (?,?,?)", (error.origin, error.reason, _now()))

    # --- grouping -----------------------------------------------------------

    def pending_articles(self, include_non_news: bool = False) -> list[PendingArticle]:
        """Analysed but not yet grouped, oldest publication first (ingest order breaks ties; see PLACED_AT).

        Not-news (Analysis.news false) stays out of stories unless asked for; it stays stored and searchable.
        """
        rows = self.db.execute(
            f"SELECT {GROUPING_COLUMNS}"
            " FROM articles a LEFT JOIN memberships m ON m.article_id = a.id LEFT JOIN labels l ON l.article_id = a.id"
            " WHERE m.article_id IS NULL AND (? OR COALESCE(l.news, json_extract(a.analysis, '$.news')) IS NOT 0)"
            f" ORDER BY {PLACED_AT} IS NULL, {PLACED_AT}, a.seq",
            (include_non_news,),
        )
        return [self._pending(row) for row in rows]

    def grouped_articles(self) -> Iterator[GroupedArticle]:
        """Every grouped article, in the order their stories were created."""
        rows = self.db.execute(
            f"SELECT {GROUPING_COLUMNS}, m.story_id FROM memberships m"
            " JOIN articles a ON a.id = m.article_id JOIN stories s ON s.id = m.story_id"
            " ORDER BY s.seq, a.seq"
        )
        for row in rows:
            pending = self._pending(row)
            yield GroupedArticle(**vars(pending), story=row["story_id"])

    @staticmethod
    def _pending(row: sqlite3.Row) -> PendingArticle:
        """What grouping needs, read from columns: reloading the index parses no article JSON."""
        published = datetime.fromisoformat(row["published"]) if row["published"] else None
        return PendingArticle(row["id"], json.loads(row["terms"]), published, bool(row["year_guessed"]))

    def assign(self, article_id: str, story_id: str, evidence: dict, merged: list[str]) -> None:
        """Record one grouping decision, and the merges it caused, atomically."""
        with self.transaction():
            self._revive(story_id)  # ON CONFLICT: that id starts a story again, merged into none
            self.db.execute("INSERT INTO stories (id) VALUES (?) ON CONFLICT(id) DO UPDATE SET merged_into = NULL",
                            (story_id,))
            self.db.execute("UPDATE stories SET dirty = 1 WHERE id = ?", (story_id,))
            self.db.execute(
                "INSERT INTO memberships VALUES (?,?,?)",
                (article_id, story_id, json.dumps(evidence, ensure_ascii=False)),
            )
            for old in merged:
                self.db.execute("UPDATE memberships SET story_id = ? WHERE story_id = ?", (story_id, old))
                self.db.execute("UPDATE stories SET merged_into = ?, dirty = 0, data = NULL WHERE id = ?", (story_id, old))
                self._unlist_story(old)

    def _revive(self, story_id: str) -> None:
        """Before a merged-away id starts a story again (its first report left the story that absorbed it, as not
        news, and came back alone): the ids merged into it keep leading where their reports are, to that story,
        whose `merged_from` is rebuilt without this id; inside `assign`'s transaction."""
        row = self.db.execute("SELECT merged_into FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None or row[0] is None:
            return
        self.db.execute("UPDATE stories SET merged_into = ? WHERE merged_into = ? AND id != ?",
                        (row[0], story_id, story_id))
        self.db.execute("UPDATE stories SET dirty = 1 WHERE id = ?", (self._merge_end(row[0])[0],))

    # --- stories ------------------------------------------------------------

    def dirty_stories(self) -> list[str]:
        rows = self.db.execute("SELECT id FROM stories WHERE dirty = 1 AND merged_into IS NULL ORDER BY seq")
        return [row[0] for row in rows]

    def story_languages(self, story_id: str) -> list[str]:
        """The languages of a story's reports, oldest first, from a column: what a page's `lang` needs of them."""
        return [row[0] or "und" for row in self.db.execute(
            "SELECT a.language FROM memberships m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?"
            " ORDER BY a.seq", (story_id,))]

    def story_members(self, story_id: str) -> list[StoredArticle]:
        rows = self.db.execute(
            f"SELECT a.article, a.analysis, a.encoding, m.story_id{LABEL_COLUMNS} FROM memberships m"
            f" JOIN articles a ON a.id = m.article_id{LABEL_JOINS} WHERE m.story_id = ?"
            " ORDER BY a.seq", (story_id,),
        )
        return oldest_first(self._stored(row) for row in rows)

    def save_story(self, story: Story) -> None:
        from svodka.store.search import link_reprints

        with self.transaction():
            self.db.execute("UPDATE stories SET data = ?, dirty = 0 WHERE id = ?", (_json(story), story.id))
            self._list_story(story)
            link_reprints(self.db, story.id, story.articles)

    def stories(self) -> list[Story]:
        """Built stories, most reports first, then most recent."""
        rows = self.db.execute(
            "SELECT s.data FROM stories s JOIN memberships m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id"
            " WHERE s.merged_into IS NULL AND s.data IS NOT NULL"
            " GROUP BY s.id ORDER BY COUNT(*) DESC, MAX(a.published) DESC, s.seq"
        )
        return [from_dict(Story, json.loads(row[0])) for row in rows]

    def entity_names_by_story(self) -> dict[str, set[str]]:
        """The entity names of every built story (as `stories` lists them), by story id: what ranking a story needs
        of the others (svodka.rank: entities), read without parsing the stories."""
        rows = self.db.execute(
            "SELECT s.id, json_extract(e.value, '$.name') FROM stories s LEFT JOIN json_each(s.data, '$.entities') e"
            " WHERE s.merged_into IS NULL AND s.data IS NOT NULL"
            " AND EXISTS (SELECT 1 FROM memberships m WHERE m.story_id = s.id)")
        names: dict[str, set[str]] = {}
        for story_id, name in rows:
            names.setdefault(story_id, set()).update([name] if name is not None else [])
        return names

    def front_page(self, category: str | None = None, limit: int | None = None) -> list[Story]:
        """Built stories by rank, highest first (svodka.rank), optionally of one category; equal ranks by id, as
        the story list (RANKED): `svodka stories`, the export, the web and the static report list in one order."""
        rows = self.db.execute(
            "SELECT data FROM stories WHERE merged_into IS NULL AND data IS NOT NULL"
            " AND (? IS NULL OR json_extract(data, '$.category') = ?)"
            " ORDER BY json_extract(data, '$.rank') DESC, id LIMIT ?",
            (category, category, -1 if limit is None else limit),
        )
        return [from_dict(Story, json.loads(row[0])) for row in rows]

    def report_times(self, ids: list[str] | None = None) -> dict[str, ReportTime]:
        """Outlet and publication time of every article (or of `ids`): what ranking needs, without parsing articles."""
        query = ("SELECT id, outlet, published, json_extract(article, '$.published_year_guessed'),"
                 f" {DAY_ONLY} FROM articles")
        rows = (self.db.execute(query) if ids is None else
                self.db.execute(query + " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)))
        return {row[0]: ReportTime(row[0], row[1], datetime.fromisoformat(row[2]) if row[2] else None, bool(row[3]),
                                   bool(row[4])) for row in rows}

    def story(self, story_id: str) -> Story | None:
        """A story by id; an id merged away leads to the story that absorbed it."""
        with self.reading():
            _, row = self._merge_end(story_id)
        return from_dict(Story, json.loads(row["data"])) if row is not None and row["data"] else None

    def _merge_end(self, story_id: str) -> tuple[str, sqlite3.Row | None]:
        """Where an id leads through merges: the last id and its row (None: that story is gone, or never was)."""
        seen = set()
        while story_id not in seen:
            seen.add(story_id)
            row = self.db.execute("SELECT data, merged_into FROM stories WHERE id = ?", (story_id,)).fetchone()
            if row is None or row["merged_into"] is None:
                return story_id, row
            story_id = row["merged_into"]
        return story_id, None

    def dissolved(self, story_id: str) -> list[str]:
        """The articles a reader's corrections took out of the story an id leads to (through merges, and out of the
        stories merged into it), oldest first, when that emptied the story and dropped it: what its page says
        instead of "no such story". Empty for a story that is there, and for an id that never was one; a removed
        article is not listed (it is nowhere), so a story emptied by `remove` alone is no story."""
        with self.reading():
            end, row = self._merge_end(story_id)
            if row is not None:
                return []
            rows = self.db.execute(
                "SELECT a.id, a.published FROM story_departures d JOIN articles a ON a.id = d.article_id"
                " WHERE d.story_id IN (SELECT value FROM json_each(?)) ORDER BY a.seq",
                (json.dumps([end, *self.merged_into(end)]),),
            ).fetchall()
        rows.sort(key=lambda row: _instant(datetime.fromisoformat(row[1]) if row[1] else None))  # as oldest_first
        return list(dict.fromkeys(row[0] for row in rows))  # once: it may have left an absorbed story, then this

    def dissolved_ids(self) -> list[str]:
        """Every id `dissolved` may answer for: the stories the reader's corrections dropped, and those merged into
        them (the static report writes each a page saying what became of it)."""
        dropped = [row[0] for row in self.db.execute(
            "SELECT DISTINCT story_id FROM story_departures WHERE story_id NOT IN (SELECT id FROM stories) ORDER BY 1")]
        return [*dropped, *(old for story_id in dropped for old in self.merged_into(story_id))]

    def merged_into(self, story_id: str) -> list[str]:
        """Ids of the stories a bridging report merged into this one (directly or through others)."""
        found, frontier = [], [story_id]
        while frontier:
            rows = self.db.execute("SELECT id FROM stories WHERE merged_into = ? ORDER BY seq", (frontier.pop(),))
            for (old,) in rows:
                if old != story_id and old not in found:  # a store written before assign revived ids may loop
                    found.append(old)
                    frontier.append(old)
        return found

    def membership_evidence(self, story_id: str) -> dict[str, dict]:
        rows = self.db.execute("SELECT article_id, evidence FROM memberships WHERE story_id = ?", (story_id,))
        return {row[0]: json.loads(row[1]) for row in rows}

    # --- the story list (web app, HTML report) ---------------------------------

    def _list_story(self, story: Story) -> None:
        """Refresh a story's list row and filter facets; call inside the transaction saving it."""
        from svodka.rank import outlet_count

        rows = self.db.execute(
            "SELECT a.id, a.outlet, a.published, a.language FROM memberships m JOIN articles a ON a.id = m.article_id"
            " WHERE m.story_id = ?", (story.id,),
        ).fetchall()
        span = story_span(self.report_times([row["id"] for row in rows]).values())  # one rule: svodka.story_span
        languages = [lang for lang, _ in Counter(row["language"] for row in rows if row["language"]).most_common()]
        outlets = {row["outlet"] for row in rows if row["outlet"]}
        self.db.execute(
            "INSERT OR REPLACE INTO story_listing VALUES (?,?,?,?,?,?,?,?,?)",
            (story.id, story.title, story.rank, len(rows), outlet_count(row["outlet"] for row in rows),
             _iso(span.first), _iso(span.last), json.dumps(languages),
             json.dumps([e.name for e in story.entities[:KEY_ENTITIES]], ensure_ascii=False)),
        )
        self.db.execute("DELETE FROM story_facets WHERE story_id = ?", (story.id,))
        facets = [("outlet", o) for o in outlets] + [("language", lang) for lang in languages]
        facets += [("entity", e.name.lower()) for e in story.entities[:FILTER_ENTITIES]]
        facets += [("category", story.category)] if story.category else []
        self.db.executemany("INSERT OR IGNORE INTO story_facets VALUES (?,?,?)", [(f, v, story.id) for f, v in facets])

    def _unlist_story(self, story_id: str) -> None:
        """A story merged away leaves the list, so listing queries need no join to `stories`."""
        self.db.execute("DELETE FROM story_facets WHERE story_id = ?", (story_id,))
        self.db.execute("DELETE FROM story_listing WHERE story_id = ?", (story_id,))

    def catch_up_indexes(self) -> None:
        """Index what a store written before search and the story list holds. Whether anything is missing is read
        first, outside any write: a reader (`svodka search`, the web app's start) takes no write lock and waits for
        no writer (a `run` storing) when nothing is, as is the case but for a store an older svodka wrote."""
        from svodka.store.entities import index_missing_entities
        from svodka.store.search import index_missing

        if not self._indexes_missing():
            return
        with self.transaction():
            index_missing(self.db)
            index_missing_entities(self.db)
            for row in self.db.execute(UNLISTED_STORIES).fetchall() + self.db.execute(UNFACETED_STORIES).fetchall():
                self._list_story(from_dict(Story, json.loads(row[0])))
            for (merged,) in self.db.execute(LISTED_MERGED).fetchall():
                self._unlist_story(merged)

    def _indexes_missing(self) -> bool:
        """Whether an article lacks its search row, or a story its listing (catch_up_indexes): read in one snapshot."""
        from svodka.store.entities import ENTITIES_UNINDEXED
        from svodka.store.search import UNCOPIED_SEQS, UNINDEXED_SEQS

        with self.reading():
            return any(self.db.execute(f"SELECT EXISTS ({query})").fetchone()[0] for query in (
                UNINDEXED_SEQS, UNCOPIED_SEQS, ENTITIES_UNINDEXED, UNLISTED_STORIES, UNFACETED_STORIES, LISTED_MERGED))

    def story_list(self, filters: StoryFilter, offset: int = 0, limit: int | None = None) -> tuple[list[StoryListing], int]:
        """One page of the ranked story list and the number of stories passing the filters, read in one snapshot:
        the listing rows, their stories' ranks and their members agree even while a writer rewrites or merges."""
        with self.reading():
            return self._story_list(filters, offset, limit)

    def _entity_filter(self, words: str) -> tuple[str, list[str]]:
        """The stories an entity filter keeps (SQL taking a JSON list) and the list: those whose reports name an entity
        key the words name, resolved as the entity view does ("Vorontsov", «Воронцову»: PER:vorontsov), so any script
        or form finds the same stories; a store served frozen that an older svodka wrote, without the entity index,
        by the names its story facets hold."""
        from svodka.store.entities import STORIES_NAMING, has_entity_index, keys_named
        from svodka.store.search import entities_named

        if has_entity_index(self.db):
            return STORIES_NAMING, keys_named(self.db, words)
        return ("SELECT f.story_id FROM story_facets f WHERE f.facet = 'entity'"
                " AND f.value IN (SELECT value FROM json_each(?))"), entities_named(self.db, words)

    def _story_list(self, filters: StoryFilter, offset: int, limit: int | None) -> tuple[list[StoryListing], int]:
        where, params = story_window(filters.since, filters.until)
        for facet, value in (("outlet", filters.outlet), ("language", filters.language),
                             ("category", filters.category)):
            if value:
                where.append("EXISTS (SELECT 1 FROM story_facets f WHERE f.facet = ? AND f.value = ? AND f.story_id = l.story_id)")
                params += [facet, value]
        if filters.entity:
            stories, values = self._entity_filter(filters.entity)
            where.append(f"l.story_id IN ({stories})")
            params.append(json.dumps(values, ensure_ascii=False))
        source = "FROM story_listing l" + "".join(f" {'AND' if i else 'WHERE'} {w}" for i, w in enumerate(where))
        total = self.db.execute("SELECT COUNT(*) " + source, params).fetchone()[0]
        rows = self.db.execute(
            "SELECT l.* " + source + f" {RANKED} LIMIT ? OFFSET ?",
            [*params, -1 if limit is None else limit, offset],
        )
        listings = [
            StoryListing(row["story_id"], row["title"], row["rank"], row["reports"], row["outlets"], row["first"],
                         row["last"], json.loads(row["languages"]), json.loads(row["entities"]))
            for row in rows
        ]
        by_id = {listing.story_id: listing for listing in listings}
        ranks = self.db.execute(
            "SELECT id, json_extract(data, '$.category'), json_extract(data, '$.rank_components') FROM stories"
            " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(by_id)),),
        )
        for story_id, category, components in ranks:
            by_id[story_id].category, by_id[story_id].rank_components = category, json.loads(components or "{}")
        self._mark_span_flags(by_id)
        return listings, total

    def _mark_span_flags(self, listings: dict[str, StoryListing]) -> None:
        """A listing's first and last time by svodka.story_span's rule (as the export's: a list row written before
        it took that rule may order times of known and unknown zones otherwise), each flagged when only a guessed
        year supports it or it is a day with no time of day."""
        members: dict[str, list[str]] = {story_id: [] for story_id in listings}
        for story_id, article_id in self.db.execute(
            "SELECT story_id, article_id FROM memberships WHERE story_id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(listings)),),
        ):
            members[story_id].append(article_id)
        reports = self.report_times([article_id for ids in members.values() for article_id in ids])
        for story_id, listing in listings.items():
            span = story_span(reports[a] for a in members[story_id] if a in reports)
            listing.first, listing.last = _iso(span.first), _iso(span.last)
            listing.first_year_guessed, listing.last_year_guessed = span.first_year_guessed, span.last_year_guessed
            listing.first_day_only, listing.last_day_only = span.first_day_only, span.last_day_only

    def facet_values(self, facet: str, limit: int | None = 100) -> list[str]:
        """The commonest values of a story-list filter (outlet, language), for its menu; every one when `limit` is
        None."""
        rows = self.db.execute(
            "SELECT value FROM story_facets WHERE facet = ? GROUP BY value ORDER BY COUNT(*) DESC, value LIMIT ?",
            (facet, -1 if limit is None else limit),
        )
        return [row[0] for row in rows]

    # --- articles -----------------------------------------------------------

    def articles(self) -> Iterator[StoredArticle]:
        rows = self.db.execute(
            f"SELECT a.article, a.analysis, a.encoding, m.story_id{LABEL_COLUMNS} FROM articles a"
            f" LEFT JOIN memberships m ON m.article_id = a.id{LABEL_JOINS} ORDER BY a.seq"
        )
        for row in rows:
            yield self._stored(row)

    def article(self, article_id: str) -> StoredArticle | None:
        row = self.db.execute(
            f"SELECT a.article, a.analysis, a.encoding, m.story_id{LABEL_COLUMNS} FROM articles a"
            f" LEFT JOIN memberships m ON m.article_id = a.id{LABEL_JOINS} WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        return self._stored(row) if row else None

    def version_of(self, version_id: str) -> str | None:
        """The id of the article an earlier version's id is kept under (None: no earlier version has that id)."""
        row = self.db.execute("SELECT article_id FROM article_versions WHERE id = ?", (version_id,)).fetchone()
        return row[0] if row else None

    def articles_with_versions(self) -> set[str]:
        """The articles that have earlier versions, from an index: an export asks `versions` of these alone."""
        return {row[0] for row in self.db.execute("SELECT DISTINCT article_id FROM article_versions")}

    def versions(self, article_id: str) -> list[ArticleVersion]:
        """An article's earlier versions, oldest first (`_history_order`), each with what the
        version after it changed: the history of an edited page, as a fact-checker reads it."""
        with self.reading():
            rows = self.db.execute("SELECT article, ingested_at FROM article_versions WHERE article_id = ? ORDER BY"
                                   " seq", (article_id,)).fetchall()
            current = self.db.execute("SELECT article FROM articles WHERE id = ?", (article_id,)).fetchone()
        if current is None or not rows:
            return []
        earlier = _history_order([(from_dict(Article, json.loads(row[0])), datetime.fromisoformat(row[1]))
                                  for row in rows])
        following = [article for article, _ in earlier[1:]] + [from_dict(Article, json.loads(current[0]))]
        return [ArticleVersion(article, stored_at, not _same_title(article.title, after.title),
                               _text_changed(article.text, after.text), article.published != after.published)
                for (article, stored_at), after in zip(earlier, following)]

    def raw(self, article_id: str) -> bytes | None:
        row = self.db.execute("SELECT raw FROM articles WHERE id = ?", (article_id,)).fetchone()
        return bytes(row[0]) if row else None

    def rejections(self) -> list[IngestError]:
        return [IngestError(row[0], row[1]) for row in self.db.execute("SELECT origin, reason FROM rejections ORDER BY at")]

    def counts(self) -> dict[str, int]:
        """How many articles (and of them not news, as corrected), built stories (those `stories`, the export and
        the web list), rejections, and articles waiting to be grouped (`ungrouped_count`) the store holds."""
        def count(sql: str) -> int:
            return self.db.execute(sql).fetchone()[0]
        with self.reading():
            return {"articles": count("SELECT COUNT(*) FROM articles"), "not_news": self.judged_count(news=False),
                    "stories": count("SELECT COUNT(*) FROM stories WHERE merged_into IS NULL AND data IS NOT NULL"),
                    "rejections": count("SELECT COUNT(*) FROM rejections"), "ungrouped": self.ungrouped_count()}

    def ungrouped_count(self) -> int:
        """Articles stored but in no built story yet, that grouping would place: not yet grouped (news, or any when
        the store groups non-news), or grouped into a story not yet (re)built with them. An interrupted run leaves
        them; the next run, or `svodka run` with no paths, groups them. Their export `story` is null meanwhile."""
        pending = self.db.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.article_id = a.id)"
            f" AND (:all OR a.seq NOT IN ({JUDGED}))", {"news": False, "all": self.groups_non_news()},
        ).fetchone()[0]
        unbuilt = self.db.execute(
            "SELECT COUNT(*) FROM stories s JOIN memberships m ON m.story_id = s.id"
            " WHERE s.dirty = 1 AND s.merged_into IS NULL AND (s.data IS NULL"
            " OR m.article_id NOT IN (SELECT value FROM json_each(s.data, '$.articles')))"
        ).fetchone()[0]
        return pending + unbuilt

    def judged_count(self, news: bool, by_reader: bool = False) -> int:
        """How many articles `articles_judged` lists, read from an index (the front page says it on every view)."""
        judged = READER_JUDGED if by_reader else JUDGED
        return self.db.execute(f"SELECT COUNT(*) FROM ({judged})", {"news": news}).fetchone()[0]

    def articles_judged(self, news: bool, by_reader: bool = False, offset: int = 0,
                        limit: int | None = None) -> tuple[list[ArticleListing], int]:
        """One page of the articles that count as news (`news`) or not, as corrected by the reader, newest first,
        and how many there are; `by_reader`: only those the reader's correction made so. What a fact-checker
        reads to audit the news filter: a listing, so no article's JSON is parsed whole, and only the page's
        articles are read beyond their publication time."""
        judged = READER_JUDGED if by_reader else JUDGED
        params = {"news": news, "limit": -1 if limit is None else limit, "offset": offset}
        total = self.judged_count(news, by_reader)
        rows = self.db.execute(
            "SELECT a.id, a.title, a.outlet, a.published, json_extract(a.article, '$.published_year_guessed'),"
            f" {DAY_ONLY}, json_extract(a.article, '$.published_from_url'), json_extract(a.analysis, '$.news'),"
            " json_extract(a.analysis, '$.category'), l.news, l.category,"
            " json_extract(a.analysis, '$.not_news_score'), json_extract(a.analysis, '$.news_cues'),"
            " json_extract(a.analysis, '$.category_scores'), a.language FROM articles a"
            f"{LABEL_JOINS} WHERE a.seq IN (SELECT seq FROM articles WHERE seq IN ({judged})"
            f" {NEWEST_FIRST.format('')} LIMIT :limit OFFSET :offset) {NEWEST_FIRST.format('a.')}",
            params,
        )
        return [_article_listing(*row) for row in rows], total

    @staticmethod
    def _stored(row: sqlite3.Row) -> StoredArticle:
        analysis = from_dict(Analysis, json.loads(row["analysis"]))
        label = None
        if row["label_news"] is not None or row["label_category"] is not None:
            label = _label(row["label_news"], row["label_category"])
            analysis = label.over(analysis)
        return StoredArticle(
            article=from_dict(Article, json.loads(row["article"])),
            analysis=analysis,
            story=row["story_id"],
            encoding=row["encoding"],
            label=label,
        )

    # --- corrections and explanations ---------------------------------------

    def set_label(self, article_id: str, label: Label, leave_story_if_not_news: bool = True) -> None:
        """Store a reader's correction over any earlier one, and mark the story it changes for rebuilding.

        An article corrected to not news leaves its story (the story dropped when nothing is left),
        unless `leave_story_if_not_news` is false (a store grouping non-news too); one corrected to
        news is pending, so the next grouping places it as a new article. One transaction: a correction
        is never stored without its effect on the stories."""
        with self.transaction():  # the check and the write in one transaction: remove_article cannot come between
            if not self.has_article(article_id):
                raise NoSuchArticle(f"no article {article_id} in the store (removed?): nothing corrected")
            self.db.execute(
                "INSERT INTO labels VALUES (?,?,?,?) ON CONFLICT(article_id) DO UPDATE SET"
                " news = COALESCE(excluded.news, news), category = COALESCE(excluded.category, category), at = excluded.at",
                (article_id, label.news, label.category, _now()),
            )
            self._follow_label(article_id, leaves=label.news is False and leave_story_if_not_news,
                               recount=label.category is not None)

    def reset_label(self, article_id: str, leave_story_if_not_news: bool = True) -> None:
        """Drop a reader's correction: the model's labels hold again, with their effect on the stories (as
        `set_label`: an article the model calls not news leaves its story, one it calls news is pending). An
        article with no correction is left as it is: its story has nothing to follow."""
        with self.transaction():
            dropped = self.db.execute(
                "SELECT l.news, l.category, json_extract(a.analysis, '$.news') FROM labels l"
                " JOIN articles a ON a.id = l.article_id WHERE l.article_id = ?", (article_id,),
            ).fetchone()
            if dropped is None:
                return  # nothing to take back: the stories stay as the model's labels made them
            self.db.execute("DELETE FROM labels WHERE article_id = ?", (article_id,))
            reader_news, reader_category, model_news = dropped
            # Only a reader's "news" taken back moves the article out (the model's "not news" holds again), and only
            # a reader's category taken back changes its story's (as in set_label).
            self._follow_label(article_id, leaves=bool(reader_news) and model_news == 0 and leave_story_if_not_news,
                               recount=reader_category is not None)

    def _follow_label(self, article_id: str, leaves: bool, recount: bool) -> None:
        """A corrected article's story: without it when it `leaves` (dropped when nothing is left, the departure
        kept so that its id says where its reports went: `dissolved`), else rebuilt when its category may have
        changed (`recount`)."""
        if leaves:
            self._leave_story(article_id)
            return
        row = self.db.execute("SELECT story_id FROM memberships WHERE article_id = ?", (article_id,)).fetchone()
        if row is not None and recount:  # else its story's articles are the same, and so is its category
            self.db.execute("UPDATE stories SET dirty = 1 WHERE id = ?", (row[0],))

    def _leave_story(self, article_id: str) -> None:
        """An article out of its story, if in one: the story marked for rebuilding, or dropped when emptied with the
        departure kept, so that its id says where its reports went (`dissolved`); inside the caller's transaction."""
        row = self.db.execute("SELECT story_id FROM memberships WHERE article_id = ?", (article_id,)).fetchone()
        if row is None:
            return
        story_id = row[0]
        self.db.execute("DELETE FROM memberships WHERE article_id = ?", (article_id,))
        self.db.execute("INSERT OR REPLACE INTO story_departures VALUES (?,?,?)", (story_id, article_id, _now()))
        if self.db.execute("SELECT 1 FROM memberships WHERE story_id = ?", (story_id,)).fetchone() is None:
            self._unlist_story(story_id)
            self.db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
        else:
            self.db.execute("UPDATE stories SET dirty = 1 WHERE id = ?", (story_id,))

    def add_labels(self, labels: dict[str, Label]) -> None:
        """Take over another store's corrections (`svodka rebuild`); one already here is kept."""
        with self.transaction():
            self.db.executemany("INSERT OR IGNORE INTO labels VALUES (?,?,?,?)",
                                [(a, label.news, label.category, _now()) for a, label in labels.items()])

    def add_departures(self, departures: list[Departure]) -> None:
        """Take over another store's dropped stories (`svodka rebuild`, see `stored_departures`)."""
        with self.transaction():
            self.db.executemany("INSERT OR IGNORE INTO story_departures VALUES (?,?,?)", departures)

    def story_ids_starting(self, prefix: str) -> list[str]:
        """Every story id starting with `prefix` (lower-case hex): live, merged away, or dropped with its departures
        kept, so a short id leads where the full one does; a range on the primary keys, not a read of every story."""
        if not prefix:
            return []
        end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = self.db.execute("SELECT id FROM stories WHERE id >= ?1 AND id < ?2 UNION SELECT story_id FROM"
                               " story_departures WHERE story_id >= ?1 AND story_id < ?2 ORDER BY 1", (prefix, end))
        return [row[0] for row in rows]

    def article_ids_starting(self, prefix: str) -> list[str]:
        """Every article id starting with `prefix` (lower-case hex), as `story_ids_starting` reads stories'."""
        if not prefix:
            return []
        end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = self.db.execute("SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id", (prefix, end))
        return [row[0] for row in rows]

    # --- read one at a time (the export) -------------

    def ranked_stories(self) -> Iterator[Story]:
        """Built stories by rank as front_page lists them, parsed one at a time: an export of any size holds one."""
        rows = self.db.execute("SELECT data FROM stories WHERE merged_into IS NULL AND data IS NOT NULL"
                               " ORDER BY json_extract(data, '$.rank') DESC, id")
        for row in rows:
            yield from_dict(Story, json.loads(row[0]))

    def listing_stories(self) -> dict[str, str]:
        """The built story listing each article, by article id (the lower-ranked of two that list one, as the
        export's records name it), read from the stories' article lists without parsing the stories."""
        rows = self.db.execute(
            "SELECT j.value, s.id FROM stories s, json_each(s.data, '$.articles') j"
            " WHERE s.merged_into IS NULL AND s.data IS NOT NULL ORDER BY json_extract(s.data, '$.rank') DESC, s.id")
        return {article_id: story_id for article_id, story_id in rows}

    def left_out_of_stories(self) -> dict[str, int]:
        """The articles no built story lists, counted by why: `not_news` (kept out of stories by the filter, as
        corrected), `ungrouped` (not yet grouped), `unbuilt` (grouped into a story a run has not yet built with
        them: it is still comparing, or was stopped)."""
        rows = self.db.execute(
            "SELECT m.article_id IS NOT NULL, NOT :all AND a.seq IN (" + JUDGED + "), COUNT(*)"
            " FROM articles a LEFT JOIN memberships m ON m.article_id = a.id"
            " WHERE a.id NOT IN (SELECT j.value FROM stories s, json_each(s.data, '$.articles') j"
            "                    WHERE s.merged_into IS NULL AND s.data IS NOT NULL) GROUP BY 1, 2",
            {"news": False, "all": self.groups_non_news()})
        counts = {"not_news": 0, "ungrouped": 0, "unbuilt": 0}
        for grouped, not_news, count in rows:
            counts["unbuilt" if grouped else "not_news" if not_news else "ungrouped"] += count
        return counts


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind, value, traceback) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")


def stored_originals(path: str | Path) -> Iterator[tuple[str, bytes, str]]:
    """Every article's origin, bytes as received and encoding, in ingest order, each after its earlier versions:
    what `svodka rebuild` reads (the versions read first are replaced by the article again, and so kept as its
    history).

    The file is opened read-only and not as a Store, so a store an older svodka wrote (another schema
    version, none of these tables) is read too, and nothing in it changes."""
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        versions = ("SELECT a.seq AS place, 0 AS kept, v.seq AS arrival, v.origin, v.raw, v.encoding FROM"
                    " article_versions v JOIN articles a ON a.id = v.article_id UNION ALL "
                    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_versions'").fetchone() else "")
        rows = db.execute(f"SELECT origin, raw, encoding FROM ({versions}SELECT seq AS place, 1 AS kept, 0 AS arrival,"
                          " origin, raw, encoding FROM articles) ORDER BY place, kept, arrival")
    except sqlite3.DatabaseError as error:  # checked here, on the call, before the caller writes anything
        raise StoreError(f"{path} is not svodka's database ({error})") from None
    return _closing_rows(db, rows)


def stored_labels(path: str | Path) -> dict[str, Label]:
    """The reader's corrections a store holds (none in one written before corrections existed): read-only, as above.
    A table that cannot be read is an error, not "no corrections": a rebuild would drop them unsaid."""
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'labels'").fetchone() is None:
                return {}
            rows = db.execute("SELECT article_id, news, category FROM labels").fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: the reader's corrections cannot be read ({error})") from None
    return {row[0]: _label(row[1], row[2]) for row in rows}


Departure = tuple[str, str, str]  # a story_departures row: story id, article id, when


def stored_departures(path: str | Path) -> list[Departure]:
    """The departures of the stories a reader's corrections dropped (Store.dissolved answers for their ids), read-only
    as `stored_labels`. A story's id is its first report's, and a dropped story's reports stay out of the rebuilt
    stories (their not-news labels are carried, a removed one is gone), so its id is free there too and still says
    where its reports went. Departures from stories still there are left: they answer nothing while it is there."""
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_departures'").fetchone() is None:
                return []
            return db.execute("SELECT story_id, article_id, at FROM story_departures"
                              " WHERE story_id NOT IN (SELECT id FROM stories) ORDER BY at").fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: the stories the reader's corrections dropped cannot be read ({error})") from None


def _article_listing(article_id: str, title: str | None, outlet: str | None, published: str | None,
                     year_guessed: int | None, day_only: int | None, from_url: int | None, model_news: int | None,
                     model_category: str | None, label_news: int | None, label_category: str | None,
                     score: float | None, cues: str | None, scores: str | None,
                     language: str | None) -> ArticleListing:
    label = _label(label_news, label_category) if label_news is not None or label_category is not None else None
    news = model_news != 0 if label is None or label.news is None else label.news  # as Label.over reads them
    category = (label and label.category) or model_category
    return ArticleListing(article_id, title, outlet, datetime.fromisoformat(published) if published else None,
                          bool(year_guessed), bool(day_only), bool(from_url), news, category, label, score,
                          json.loads(cues or "{}"), json.loads(scores or "{}"), language or "und")


def label_source(label: Label | None, which: str | None = None) -> str:
    """'user' when the reader set that label (`which`: "news" or "category"; None: either), else 'model'."""
    corrected = label is not None and (which is None or getattr(label, which) is not None)
    return "user" if corrected else "model"


def _label(news: int | None, category: str | None) -> Label:
    return Label(None if news is None else bool(news), category)


def _closing_rows(db: sqlite3.Connection, rows: sqlite3.Cursor) -> Iterator[tuple[str, bytes, str]]:
    try:
        for origin, raw, encoding in rows:
            yield origin, bytes(raw), encoding
    finally:
        db.close()


@cache
def pipeline_version() -> str:
    """Which svodka this is, as its stored articles record it: a digest of the code and data that read, analyse,
    group and compare them (every file of the package but PRESENTATION's). Any change to them may change what an
    article's row or its story holds (entity keys, categories, terms), so a store can tell the articles another
    svodka analysed (`Store.analysed_by_another`); a change that does not is a harmless false alarm, a forgotten
    version number would be a silent one."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if path.is_file() and path.suffix != ".pyc" and PRESENTATION.isdisjoint(relative.parts):
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _version(value: str) -> int | None:
    """The stored schema version as a number; None when it is not one (another program's meta table)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _json(obj: object) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
