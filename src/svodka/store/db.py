"""The Store class: schema, transactions and every query svodka makes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from svodka.model import Analysis, Article, IngestError, RawDocument, Story, from_dict, to_dict

SCHEMA_VERSION = 1


class SchemaError(RuntimeError):
    """The database was written by a different version of svodka."""


@dataclass
class StoredArticle:
    article: Article
    analysis: Analysis
    story: str | None
    encoding: str


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


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._create_schema()

    def close(self) -> None:
        self.db.close()

    def _create_schema(self) -> None:
        row = self._meta("schema_version")
        if row is not None and int(row) != SCHEMA_VERSION:
            raise SchemaError(f"{self.path}: schema version {row}, this svodka reads {SCHEMA_VERSION}")
        # executescript commits by itself; the script is idempotent (IF NOT EXISTS).
        self.db.executescript(resources.files("svodka.store").joinpath("schema.sql").read_text())
        with self.transaction():
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def _meta(self, key: str) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    def transaction(self) -> sqlite3.Connection:
        """`with store.transaction():` commits on success, rolls back on error."""
        return _Transaction(self.db)  # type: ignore[return-value]

    # --- ingest -------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add_article(self, raw: RawDocument, article: Article, analysis: Analysis, terms: dict[str, float]) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO articles (id, origin, format, encoding, raw, ingested_at, published,"
                " outlet, title, language, article, analysis, terms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id, raw.origin, raw.format, raw.encoding, raw.raw, _now(),
                    article.published.isoformat() if article.published else None,
                    article.outlet, article.title, analysis.language,
                    _json(article), _json(analysis), json.dumps(terms, ensure_ascii=False),
                ),
            )

    def update_article(self, article: Article, analysis: Analysis) -> None:
        """Store what a later stage learnt about an article (e.g. its publication year)."""
        with self.transaction():
            self.db.execute(
                "UPDATE articles SET published = ?, article = ?, analysis = ? WHERE id = ?",
                (article.published.isoformat() if article.published else None, _json(article), _json(analysis), article.id),
            )

    def add_rejection(self, error: IngestError) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO rejections VALUES (?,?,?)", (error.origin, error.reason, _now()))

    # --- grouping -----------------------------------------------------------

    def pending_articles(self) -> list[PendingArticle]:
        """Analysed but not yet grouped, oldest publication first (ingest order breaks ties)."""
        rows = self.db.execute(
            "SELECT a.id, a.terms, a.article FROM articles a LEFT JOIN memberships m ON m.article_id = a.id"
            " WHERE m.article_id IS NULL ORDER BY a.published IS NULL, a.published, a.seq"
        )
        return [self._pending(row) for row in rows]

    def grouped_articles(self) -> Iterator[GroupedArticle]:
        """Every grouped article, in the order their stories were created."""
        rows = self.db.execute(
            "SELECT a.id, a.terms, a.article, m.story_id FROM memberships m"
            " JOIN articles a ON a.id = m.article_id JOIN stories s ON s.id = m.story_id"
            " ORDER BY s.seq, a.seq"
        )
        for row in rows:
            pending = self._pending(row)
            yield GroupedArticle(**vars(pending), story=row["story_id"])

    @staticmethod
    def _pending(row: sqlite3.Row) -> PendingArticle:
        article = json.loads(row["article"])
        published = datetime.fromisoformat(article["published"]) if article.get("published") else None
        return PendingArticle(row["id"], json.loads(row["terms"]), published, article.get("published_year_guessed", False))

    def assign(self, article_id: str, story_id: str, evidence: dict, merged: list[str]) -> None:
        """Record one grouping decision, and the merges it caused, atomically."""
        with self.transaction():
            self.db.execute("INSERT OR IGNORE INTO stories (id) VALUES (?)", (story_id,))
            self.db.execute("UPDATE stories SET dirty = 1 WHERE id = ?", (story_id,))
            self.db.execute(
                "INSERT INTO memberships VALUES (?,?,?)",
                (article_id, story_id, json.dumps(evidence, ensure_ascii=False)),
            )
            for old in merged:
                self.db.execute("UPDATE memberships SET story_id = ? WHERE story_id = ?", (story_id, old))
                self.db.execute("UPDATE stories SET merged_into = ?, dirty = 0, data = NULL WHERE id = ?", (story_id, old))

    # --- stories ------------------------------------------------------------

    def dirty_stories(self) -> list[str]:
        rows = self.db.execute("SELECT id FROM stories WHERE dirty = 1 AND merged_into IS NULL ORDER BY seq")
        return [row[0] for row in rows]

    def story_members(self, story_id: str) -> list[StoredArticle]:
        rows = self.db.execute(
            "SELECT a.article, a.analysis, a.encoding, m.story_id FROM memberships m"
            " JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?"
            " ORDER BY a.published IS NULL, a.published, a.seq",
            (story_id,),
        )
        return [self._stored(row) for row in rows]

    def save_story(self, story: Story) -> None:
        with self.transaction():
            self.db.execute("UPDATE stories SET data = ?, dirty = 0 WHERE id = ?", (_json(story), story.id))

    def stories(self) -> list[Story]:
        """Built stories, most reports first, then most recent."""
        rows = self.db.execute(
            "SELECT s.data FROM stories s JOIN memberships m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id"
            " WHERE s.merged_into IS NULL AND s.data IS NOT NULL"
            " GROUP BY s.id ORDER BY COUNT(*) DESC, MAX(a.published) DESC, s.seq"
        )
        return [from_dict(Story, json.loads(row[0])) for row in rows]

    def story(self, story_id: str) -> Story | None:
        """A story by id; an id merged away leads to the story that absorbed it."""
        seen = set()
        while story_id not in seen:
            seen.add(story_id)
            row = self.db.execute("SELECT data, merged_into FROM stories WHERE id = ?", (story_id,)).fetchone()
            if row is None:
                return None
            if row["merged_into"] is None:
                return from_dict(Story, json.loads(row["data"])) if row["data"] else None
            story_id = row["merged_into"]
        return None

    def membership_evidence(self, story_id: str) -> dict[str, dict]:
        rows = self.db.execute("SELECT article_id, evidence FROM memberships WHERE story_id = ?", (story_id,))
        return {row[0]: json.loads(row[1]) for row in rows}

    # --- articles -----------------------------------------------------------

    def articles(self) -> Iterator[StoredArticle]:
        rows = self.db.execute(
            "SELECT a.article, a.analysis, a.encoding, m.story_id FROM articles a"
            " LEFT JOIN memberships m ON m.article_id = a.id ORDER BY a.seq"
        )
        for row in rows:
            yield self._stored(row)

    def article(self, article_id: str) -> StoredArticle | None:
        row = self.db.execute(
            "SELECT a.article, a.analysis, a.encoding, m.story_id FROM articles a"
            " LEFT JOIN memberships m ON m.article_id = a.id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        return self._stored(row) if row else None

    def raw(self, article_id: str) -> bytes | None:
        row = self.db.execute("SELECT raw FROM articles WHERE id = ?", (article_id,)).fetchone()
        return bytes(row[0]) if row else None

    def rejections(self) -> list[IngestError]:
        return [IngestError(row[0], row[1]) for row in self.db.execute("SELECT origin, reason FROM rejections ORDER BY at")]

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "stories": one("SELECT COUNT(*) FROM stories WHERE merged_into IS NULL"),
            "rejections": one("SELECT COUNT(*) FROM rejections"),
        }

    @staticmethod
    def _stored(row: sqlite3.Row) -> StoredArticle:
        return StoredArticle(
            article=from_dict(Article, json.loads(row["article"])),
            analysis=from_dict(Analysis, json.loads(row["analysis"])),
            story=row["story_id"],
            encoding=row["encoding"],
        )


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind, value, traceback) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")


def _json(obj: object) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
