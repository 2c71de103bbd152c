"""Full-text search over articles that understands Russian inflection and English stems.

Each article is indexed twice in one FTS5 row: its lemmas (natasha's, from the
analysis) and its folded words. A query word matches either any lemma it may have
("союзника" → союзник, so it finds "союзником") or the word itself (so a word natasha
lemmatised differently in context is still found). Words of a query must all match.
The FTS row's rowid is the article's `seq`, so catching up an old store is an
indexed anti-join, not a scan per article.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from svodka.model import Analysis, Article
from svodka.nlp.english import stem

WORD = re.compile(r"\w+")
CYRILLIC = re.compile(r"[а-яё]")
MAX_QUERY_WORDS = 12  # a search box, not a document: longer queries are cut here
HITS_PER_PAGE = 200  # a page of results; the rest are further pages

Lemmatizer = Callable[[str], Iterable[str]]


@dataclass(frozen=True)
class QueryTerm:
    """One word of a query and the lemmas it may stand for."""

    word: str
    lemmas: frozenset[str]


@dataclass
class SearchHit:
    article_id: str
    story_id: str | None
    score: float  # bm25: lower is better


def fold(text: str) -> str:
    """Lower case with ё as е: writers use both, readers type е."""
    return text.lower().replace("ё", "е")


def query_terms(query: str, russian_lemmas: Lemmatizer) -> list[QueryTerm]:
    """The words of a query with their lemmas: every reading for Russian, the stem for English."""
    words = WORD.findall(fold(query))[:MAX_QUERY_WORDS]
    return list(dict.fromkeys(QueryTerm(word, query_lemmas(word, russian_lemmas)) for word in words))


def query_lemmas(word: str, russian_lemmas: Lemmatizer) -> frozenset[str]:
    """A folded word and every lemma it may have."""
    lemmas = russian_lemmas(word) if CYRILLIC.search(word) else [stem(word)]
    return frozenset(fold(lemma) for lemma in lemmas) | {word}


def match_expression(terms: list[QueryTerm]) -> str:
    """An FTS5 query: every term must match, as one of its lemmas or as the word itself."""
    def quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    clauses = []
    for term in terms:
        options = [f"lemmas : {quoted(lemma)}" for lemma in sorted(term.lemmas)] + [f"words : {quoted(term.word)}"]
        clauses.append("(" + " OR ".join(options) + ")")
    return " AND ".join(clauses)


def index_article(db: sqlite3.Connection, article: Article, analysis: Analysis) -> None:
    """(Re)index one stored article; call inside the transaction that stores it."""
    row = db.execute("SELECT seq FROM articles WHERE id = ?", (article.id,)).fetchone()
    if row is None:
        return
    db.execute("DELETE FROM article_search WHERE rowid = ?", (row[0],))
    _add_row(db, row[0], article.id, analysis.lemmas, article.title, article.text)


def index_missing(db: sqlite3.Connection) -> int:
    """Index articles stored before search existed; return how many."""
    rows = db.execute(
        "SELECT seq, id, article, analysis FROM articles WHERE seq NOT IN (SELECT rowid FROM article_search)"
    ).fetchall()
    for seq, article_id, article_json, analysis_json in rows:
        article, analysis = json.loads(article_json), json.loads(analysis_json)
        lemmas = [lemma for sentence in analysis["sentences"] for lemma in sentence["lemmas"]]
        _add_row(db, seq, article_id, lemmas, article.get("title", ""), article["text"])
    return len(rows)


def _add_row(db: sqlite3.Connection, seq: int, article_id: str, lemmas: list[str], title: str, text: str) -> None:
    """One article's search row; its rowid is the article's `seq`."""
    db.execute(
        "INSERT INTO article_search (rowid, article_id, lemmas, words) VALUES (?,?,?,?)",
        (seq, article_id, fold(" ".join(lemmas)), fold(f"{title}\n{text}")),
    )


def search_hits(db: sqlite3.Connection, terms: list[QueryTerm], limit: int = HITS_PER_PAGE,
                offset: int = 0) -> list[SearchHit]:
    """Articles matching every term, best first (from `offset`), with the story each belongs to."""
    if not terms:
        return []
    rows = db.execute(
        "SELECT s.article_id, m.story_id, bm25(article_search) AS score FROM article_search s"
        " LEFT JOIN memberships m ON m.article_id = s.article_id"
        " WHERE article_search MATCH ? ORDER BY score, s.rowid LIMIT ? OFFSET ?",
        (match_expression(terms), limit, offset),
    )
    return [SearchHit(row[0], row[1], row[2]) for row in rows]


def count_hits(db: sqlite3.Connection, terms: list[QueryTerm]) -> int:
    """How many articles match every term: the number of result pages depends on it."""
    if not terms:
        return 0
    return db.execute("SELECT count(*) FROM article_search WHERE article_search MATCH ?",
                      (match_expression(terms),)).fetchone()[0]
