"""Full-text search over articles that understands Russian inflection and English stems.

Each article is indexed twice in one FTS5 row: its lemmas (natasha's, from the
analysis) and its folded words. A query word matches either any lemma it may have
("союзника" → союзник, so it finds "союзником") or the word itself (so a word natasha
lemmatised differently in context is still found); an English word's stem, or the stems of
all its forms when it is irregular ("went" → go, goes, going, gone: IRREGULAR_ENGLISH), met at
query time, so the index holds stems alone and a store built before needs no rebuild. A quoted phrase matches those
words in that order as the article wrote them (case and ё aside): a fact-checker
looking for who printed a quote wants the quote, not its words scattered or
inflected otherwise. Words and phrases must all match; `OR` between two makes
either do, and `NOT` before one leaves out the articles that have it. When no article has them all, articles with some are shown, those matching
the most of them first (then by bm25), and the result says so. The title and the text
are indexed with a boundary word between them, so a phrase never runs from one into
the other. The FTS row's rowid is the
article's `seq`, so catching up an old store is an indexed anti-join, not a scan
per article. A text printed again (word for word, or a near copy its story's reprints link) folds into its best
hit when asked (`fold_copies`: `svodka search`, where an archive's weekly reprints filled the first page), and a
window of days keeps a search to the articles published in it.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from svodka.model import Analysis, Article
from svodka.nlp.aliases import FUNCTION_WORDS
from svodka.nlp.english import stem

if TYPE_CHECKING:
    from pymorphy2 import MorphAnalyzer

    from svodka.nlp.models import NlpModels  # natasha: the caller loads the models it passes in

WORD = re.compile(r"\w+")
CYRILLIC = re.compile(r"[а-яё]")
# A quoted phrase (its closing quote may be missing: the rest of the query is the phrase), or any other token.
QUERY_TOKEN = re.compile(r'"([^"]*)(?:"|$)|[^\s"]+')
OR, AND = "OR", "AND"  # operators only in capitals, as FTS5 and web search engines take them: "or" is a word
NOT = "NOT"  # before a word or "phrase": articles that have it are left out
# Operators of other search syntaxes a reader may type (FTS5's, a search engine's): not supported, so left out of
# the query, and the query says so (Query.ignored), rather than searched as the words "near", "title".
NEAR = re.compile(r"^NEAR(?:/\d+)?\(")
FIELD = re.compile(r"^[^\W\d_]+:(?=\S)")  # title:Путин; not 10:30
# What a Russian name's word may end in when inflected, after its own last vowel or soft sign (Путин: Путина,
# Путиным; Захарова: Захаровой; Кремль: Кремля). Not the plural -ов/-ев, which would make Иван find Иванов.
NAME_ENDINGS = frozenset({"", "а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й", "ом", "ем", "ой", "ей", "ою", "ею",
                          "ым", "им", "ых", "их", "ам", "ям", "ах", "ях", "ами", "ями", "ого", "его", "ому", "ему",
                          "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ью"})
NAME_FINAL_LETTERS = "аяоеьйыиую"
MIN_NAME_STEM = 3  # shorter stems (ЕС, Ли) only match as written
# A name that ends in a vowel leaves a shorter stem, and short ones are common words' too (Бали: бал, Куба: куб,
# Перу: перо, Мали: мало, Рига: риги), so its inflections need a longer stem; Рим still finds Рима.
MIN_VOWEL_NAME_STEM = 4
# Between the title and the text in the words column: a letter (so unicode61 keeps it as a token) no query word is,
# so a quoted phrase cannot run from the title into the text.
TITLE_END = "ǂ"
# Every distinct entity name the story list can filter on: one index seek per name, not a read of every story's.
ENTITY_NAMES = ("WITH RECURSIVE names(value) AS (SELECT min(value) FROM story_facets WHERE facet = 'entity'"
                " UNION ALL SELECT (SELECT min(value) FROM story_facets WHERE facet = 'entity' AND value > names.value)"
                " FROM names WHERE names.value IS NOT NULL) SELECT value FROM names WHERE value IS NOT NULL")
MAX_QUERY_WORDS = 12  # a search box, not a document: longer queries are cut here
# English words whose forms `stem` cannot meet (it strips -s, -ed, -ing: "talks" finds "talk", but "children" not
# "child" nor "went" "go"), each line a base form and its irregular forms. A query word of a line stands for the
# whole line, so "child" finds «children» and "children" «child», as "ferry" finds «ferries». Left out, as they are
# other words as often: found (to found), left (the left), saw (a saw), lay, rose (a rose, Rose), bore, bound,
# ground, wound, bit, people. Say/said/says, be and have are stop words, never indexed.
IRREGULAR_ENGLISH = """
child children; man men; woman women; mouse mice; foot feet; tooth teeth; goose geese; ox oxen; life lives;
wife wives; knife knives; half halves; shelf shelves; thief thieves; wolf wolves; self selves; loaf loaves;
calf calves; crisis crises; analysis analyses; thesis theses; diagnosis diagnoses; hypothesis hypotheses;
criterion criteria; phenomenon phenomena; nucleus nuclei; stimulus stimuli; fungus fungi; cactus cacti;
index indices; appendix appendices; matrix matrices; bacterium bacteria; curriculum curricula;
memorandum memoranda; millennium millennia; penny pence;
arise arose arisen; awake awoke awoken; beat beaten; become became; begin began begun; bend bent; bleed bled;
blow blew blown; break broke broken; breed bred; bring brought; build built; buy bought; catch caught;
choose chose chosen; cling clung; come came; creep crept; deal dealt; dig dug; draw drew drawn; drink drank drunk;
drive drove driven; eat ate eaten; fall fell fallen; feed fed; feel felt; fight fought; flee fled; fling flung;
fly flew flown; forbid forbade forbidden; foresee foresaw foreseen; forget forgot forgotten; forgive forgave forgiven;
freeze froze frozen; get got gotten; give gave given; go goes going went gone; grow grew grown; hang hung;
hear heard; hide hid hidden; hold held; keep kept; kneel knelt; know knew known; lead led; lend lent; light lit;
lose lost; make made; mean meant; meet met; mislead misled; mistake mistook mistaken; overcome overcame;
overrun overran; oversee oversaw overseen; overtake overtook overtaken; overthrow overthrew overthrown; pay paid;
rebuild rebuilt; ride rode ridden; ring rang rung; rise risen; run ran; seek sought; see seen; sell sold;
send sent; shake shook shaken; shine shone; shoot shot; show shown; shrink shrank shrunk; sing sang sung;
sink sank sunk; sit sat; sleep slept; slide slid; speak spoke spoken; speed sped; spend spent; spin spun;
spring sprang sprung; stand stood; steal stole stolen; stick stuck; sting stung; strike struck stricken;
strive strove striven; swear swore sworn; sweep swept; swim swam swum; swing swung; take took taken; teach taught;
tear tore torn; tell told; think thought; throw threw thrown; undergo underwent undergone; understand understood;
undertake undertook undertaken; uphold upheld; wake woke woken; wear wore worn; weave wove woven; weep wept;
win won; withdraw withdrew withdrawn; withhold withheld; write wrote written
"""
# Nouns of a role that end in -man: each has its -men, as "man" does ("gunmen" finds «gunman»).
MAN_COMPOUNDS = ("spokes chair business congress gun police fire fisher service country clergy camera sports states"
                 " crafts trades lay").split()
HITS_PER_PAGE = 200  # a page of results; the rest are further pages
MAX_JOINED = 4  # pieces of one sentence a snippet joins again (whole_sentences)
COPY_MIN_WORDS = 20  # a shorter text is no copy of another (stories.reprints.MIN_WORDS: datasketch stays unloaded)

Lemmatizer = Callable[[str], Iterable[str]]
DayWindow = tuple[str | None, str | None]  # (since, until): ISO days, both included; None: open


@dataclass(frozen=True)
class QueryTerm:
    """One word of a query and the lemmas it may stand for."""

    word: str
    lemmas: frozenset[str]


@dataclass(frozen=True)
class Phrase:
    """Quoted words: they match only as written, in this order (folded)."""

    words: tuple[str, ...]


QueryPart = QueryTerm | Phrase


@dataclass(frozen=True)
class Query:
    """A parsed query: every group must match, by any one of its parts (parts joined by OR)."""

    groups: tuple[tuple[QueryPart, ...], ...]
    ignored: tuple[str, ...] = ()  # operators it does not support, as typed ("NEAR(", "title:"), left out
    excluded: tuple[QueryPart, ...] = ()  # NOT's: an article with any of them is no match

    @property
    def parts(self) -> list[QueryPart]:
        return [part for group in self.groups for part in group]

    @property
    def terms(self) -> list[QueryTerm]:
        return [part for part in self.parts if isinstance(part, QueryTerm)]

    @property
    def phrases(self) -> list[Phrase]:
        return [part for part in self.parts if isinstance(part, Phrase)]

    def excluded_words(self) -> list[str]:
        """The words and phrases NOT leaves out, as a reader typed them (folded)."""
        return [" ".join(part.words) if isinstance(part, Phrase) else part.word for part in self.excluded]

    def describe(self) -> str:
        """What the query matches, for a reader: 'мост/мосты or паром + «в предварительном режиме»'."""
        def shown(part: QueryPart) -> str:
            return "«" + " ".join(part.words) + "»" if isinstance(part, Phrase) else "/".join(sorted(part.lemmas))
        return " + ".join(" or ".join(map(shown, group)) for group in self.groups) + "".join(
            f", not {shown(part)}" for part in self.excluded)


@dataclass
class SearchHit:
    article_id: str
    story_id: str | None
    score: float  # bm25: lower is better
    copies: list[str] = field(default_factory=list)  # the same text's other hits, folded into this one (fold_copies)


@dataclass
class SearchResults:
    hits: list[SearchHit]  # one page, best first
    total: int  # how many articles match in all
    partial: bool  # no article matched every group: these match some


def fold(text: str) -> str:
    """Lower case with ё as е: writers use both, readers type е."""
    return text.lower().replace("ё", "е")


def parse_query(query: str, russian_lemmas: Lemmatizer) -> Query:
    """A query's words, "quoted phrases", ORs and NOTs; NEAR( and field: are left out (Query.ignored), and so is a
    NOT with nothing to search beside it; anything else (FTS syntax included) is only words."""
    groups: list[list[QueryPart]] = []
    ignored: list[str] = []
    excluded: list[QueryPart] = []
    joined, negated, budget = False, False, MAX_QUERY_WORDS
    for token in QUERY_TOKEN.finditer(query):
        text = token.group()
        if token.group(1) is None and text in (OR, AND, NOT):
            joined, negated = text == OR and bool(groups), text == NOT
            continue
        if token.group(1) is None and (operator := _unsupported(text)):
            ignored.append(operator)
            text = text[len(operator):]
        words = WORD.findall(fold(text if token.group(1) is None else token.group(1)))[:budget]
        budget -= len(words)
        parts: list[QueryPart] = ([QueryTerm(word, query_lemmas(word, russian_lemmas)) for word in words]
                                  if token.group(1) is None else [Phrase(tuple(words))] if words else [])
        if negated:
            excluded += parts[:1]  # NOT takes the word or phrase after it; the rest are words to find
            parts, negated = parts[1:], False
        for part in parts:
            if joined:
                groups[-1].append(part)
            elif [part] not in groups:
                groups.append([part])
            joined = False
    if excluded and not groups:  # FTS5 finds no "everything but"
        ignored.append(f"{NOT} with no word to find beside it")
    return Query(tuple(tuple(dict.fromkeys(group)) for group in groups), tuple(dict.fromkeys(ignored)),
                 tuple(dict.fromkeys(excluded)) if groups else ())


def _unsupported(token: str) -> str:
    """The operator of another search syntax that a query token starts with ("NEAR(", "title:"), or ""."""
    match = NEAR.match(token) or FIELD.match(token)
    return match.group() if match else ""


def russian_lemmatizer(models: NlpModels | None = None) -> Lemmatizer:
    """Every normal form pymorphy gives a Russian word, remembered (a page marks the same words again and again):
    through the pipeline's `models` when the caller holds them (the web app: one dictionary in memory), else
    through pymorphy2's dictionary alone (`russian_morphology`). The morphology loads on the first word, so an app
    that never searches never loads it."""
    @lru_cache(maxsize=50_000)
    def lemmas(word: str) -> frozenset[str]:
        morphology = models.morph_vocab if models is not None else russian_morphology()
        return frozenset(parse.normal_form for parse in morphology.parse(word))
    return lemmas


@cache
def russian_morphology() -> MorphAnalyzer:
    """pymorphy2's analyser and Russian dictionary, without natasha: 0.07 s of CPU and 21 MB for `svodka search`,
    where natasha's import and MorphVocab took 0.31 s and 36 MB (numpy among them). natasha's MorphVocab is this
    analyser with this dictionary, its normal forms unchanged, so a query's lemmas are those the index was built
    from (300 titles of the development articles, 1706 words: every one lemmatised alike both ways, session 15).
    pymorphy2 0.9 calls `inspect.getargspec`, which Python 3.11 removed: yargy's hotfix (which natasha imports too)
    replaces it; PYMORPHY2_DICT_PATH as in nlp.models."""
    import pymorphy2_dicts_ru

    os.environ.setdefault("PYMORPHY2_DICT_PATH", pymorphy2_dicts_ru.get_path())
    import yargy.morph  # noqa: F401  (patches pymorphy2 for Python 3.11)
    from pymorphy2 import MorphAnalyzer

    return MorphAnalyzer()


def query_lemmas(word: str, russian_lemmas: Lemmatizer) -> frozenset[str]:
    """A folded word and every lemma it may have (an English word's: the stems of each of its forms)."""
    lemmas = russian_lemmas(word) if CYRILLIC.search(word) else map(stem, english_forms().get(word, [word]))
    return frozenset(fold(lemma) for lemma in lemmas) | {word}


@lru_cache(maxsize=1)
def english_forms() -> dict[str, tuple[str, ...]]:
    """Each word of IRREGULAR_ENGLISH (and of the -man compounds) with every form of its line."""
    lines = [line.split() for line in IRREGULAR_ENGLISH.replace("\n", " ").split(";")]
    lines += [[f"{prefix}{man}", f"{prefix}{men}"] for prefix in MAN_COMPOUNDS
              for man, men in (("man", "men"), ("woman", "women"))]
    return {word: tuple(line) for line in lines for word in line}


def match_expression(query: Query, every: bool = True) -> str:
    """An FTS5 query: every group (or, not `every`, any) must match; every string quoted, so no input is syntax."""
    def quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    def clause(part: QueryPart) -> str:
        if isinstance(part, Phrase):
            return f"words : {quoted(' '.join(part.words))}"
        options = [f"lemmas : {quoted(lemma)}" for lemma in sorted(part.lemmas)] + [f"words : {quoted(part.word)}"]
        return " OR ".join(options)

    found = (" AND " if every else " OR ").join(
        "(" + " OR ".join(f"({clause(part)})" for part in group) + ")" for group in query.groups)
    if not query.excluded:
        return found
    return f"({found}) NOT (" + " OR ".join(f"({clause(part)})" for part in query.excluded) + ")"


def group_expressions(query: Query) -> list[str]:
    """One FTS5 query per group of the query: what counts how many of them an article matches."""
    return [match_expression(Query((group,))) for group in query.groups]


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
        (seq, article_id, fold(" ".join(lemmas)), fold(f"{title}\n{TITLE_END}\n{text}")),
    )


def search(db: sqlite3.Connection, query: Query, limit: int = HITS_PER_PAGE, offset: int = 0,
           window: DayWindow = (None, None), fold_copies: bool = False) -> SearchResults:
    """A page of the articles matching the whole query, best first; when none does, of those matching some part,
    those matching the most parts first. `window`: only articles published from its first day to its last (ISO
    days, either end open; an undated article is in no window). `fold_copies`: a hit that is a copy of a better one
    (`copy_keys`) is folded into it (its `copies`), and `limit` counts the hits left, read past `offset` rows."""
    if not query.groups:
        return SearchResults([], 0, False)
    expression = match_expression(query)
    total = _count(db, expression, window)
    partial = total == 0 and len(query.groups) > 1
    if partial:
        expression = match_expression(query, every=False)
        total = _count(db, expression, window)
        partial = total > 0
    groups = group_expressions(query) if partial else []
    matched = " + ".join(["(s.rowid IN (SELECT rowid FROM article_search WHERE article_search MATCH ?))"] * len(groups))
    within, days = _window_clause(window)
    rows = db.execute(
        f"SELECT s.article_id, m.story_id, bm25(article_search) AS score, {matched or 0} AS parts,"
        f" {'s.words' if fold_copies else 'NULL'}"
        " FROM article_search s LEFT JOIN memberships m ON m.article_id = s.article_id"
        f" WHERE article_search MATCH ?{within} ORDER BY parts DESC, score, s.rowid LIMIT ? OFFSET ?",
        (*groups, expression, *days, -1 if fold_copies else limit, offset),
    )
    hits = ((SearchHit(row[0], row[1], row[2]), row[4]) for row in rows)
    if fold_copies:
        return SearchResults(folded_copies(hits, limit, _reprint_originals(db)), total, partial)
    return SearchResults([hit for hit, _ in hits], total, partial)


def _window_clause(window: DayWindow) -> tuple[str, list[str]]:
    """The SQL that keeps a search's rows to articles published in `window` (the story list's rule: ISO strings
    compared by day, a time in any zone taken on the day it prints), and its parameters; none for no window."""
    since, until = window
    if since is None and until is None:
        return "", []
    clauses = [" AND a.published >= ?"] * (since is not None) + [" AND a.published < date(?, '+1 day')"] * (
        until is not None)
    return (" AND EXISTS (SELECT 1 FROM articles a WHERE a.seq = s.rowid" + "".join(clauses) + ")",
            [day for day in window if day is not None])


def folded_copies(hits: Iterable[tuple[SearchHit, str]], limit: int,
                  originals: Callable[[str], dict[str, str]]) -> list[SearchHit]:
    """The first `limit` hits (with their indexed words) that copy no better hit, each holding the ids of the later
    hits that copy it: a text reprinted week after week is one hit, not a page of the same words."""
    kept: list[SearchHit] = []
    holder: dict[tuple[str, ...], SearchHit] = {}
    for hit, words in hits:
        keys = copy_keys(hit, words, originals)
        better = next((holder[key] for key in keys if key in holder), None)
        if better is not None:
            better.copies.append(hit.article_id)
        elif len(kept) == limit:
            break
        else:
            kept.append(better := hit)
        for key in keys:
            holder.setdefault(key, better)
    return kept


def copy_keys(hit: SearchHit, words: str, originals: Callable[[str], dict[str, str]]) -> list[tuple[str, ...]]:
    """What makes two hits copies: the same text, word for word (the title aside: a reprint often retitles; a text
    of at least COPY_MIN_WORDS, as shorter ones say too little to be one text), or one original of their story's
    reprints (`Story.reprints`: near copies, a trimmed or reworded end)."""
    text = WORD.findall(words.partition(f"\n{TITLE_END}\n")[2])
    keys = [("text", " ".join(text))] if len(text) >= COPY_MIN_WORDS else []
    if hit.story_id is not None:
        keys.append(("reprint", hit.story_id, originals(hit.story_id).get(hit.article_id, hit.article_id)))
    return keys


def _reprint_originals(db: sqlite3.Connection) -> Callable[[str], dict[str, str]]:
    """A story's reprints as {copy: original}, read once a story."""
    @lru_cache(maxsize=None)
    def originals(story_id: str) -> dict[str, str]:
        row = db.execute("SELECT json_extract(data, '$.reprints') FROM stories WHERE id = ?", (story_id,)).fetchone()
        return {reprint["article"]: reprint["original"] for reprint in json.loads(row[0] if row and row[0] else "[]")}
    return originals


def _count(db: sqlite3.Connection, expression: str, window: DayWindow = (None, None)) -> int:
    within, days = _window_clause(window)
    return db.execute(f"SELECT count(*) FROM article_search s WHERE article_search MATCH ?{within}",
                      (expression, *days)).fetchone()[0]


def marked_sentence(sentences: Iterable[str], query: Query, russian_lemmas: Lemmatizer) -> list[tuple[bool, str]]:
    """The sentence matching the most parts of the query (the first that matches all), as (marked, text) pieces
    with each matching word, and each phrase as a whole, marked; [] when no sentence matches."""
    best: tuple[int, str, list[tuple[int, int]]] = (0, "", [])
    for text in whole_sentences(sentences):
        matched, spans = _matches(text, query, russian_lemmas)
        if matched > best[0]:
            best = (matched, text, spans)
        if matched == len(query.parts):
            break
    _, text, spans = best
    pieces, position = [], 0
    for start, end in sorted(spans):
        if start >= position:
            pieces += [(False, text[position:start]), (True, text[start:end])]
            position = end
    return pieces + [(False, text[position:])] if pieces else []


def whole_sentences(sentences: Iterable[str]) -> Iterator[str]:
    """The sentences with the pieces a splitter cut out of one joined again: a piece that starts in lower case, or
    that follows an open quote (the programme «Москва. Кремль. Путин» read as three sentences, the last
    `Путин", сообщает ТАСС.`), belongs to the sentence before it, so a snippet starts where its sentence does. At
    most MAX_JOINED pieces join, so a quote never closed does not swallow the text."""
    joined: list[str] = []
    for text in sentences:
        if joined and len(joined) < MAX_JOINED and (_quote_open(" ".join(joined)) or text[:1].islower()):
            joined.append(text)
            continue
        if joined:
            yield " ".join(joined)
        joined = [text]
    if joined:
        yield " ".join(joined)


STRAIGHT_OPENING = re.compile(r'(?:^|[\s(])"(?=\w)')
STRAIGHT_CLOSING = re.compile(r'(?<=[\w.,!?])"')


def _quote_open(text: str) -> bool:
    """Whether a quote opened in the text is not closed in it: more « than », or more straight quotes opening a word
    than closing one (an inch mark, 6'2", opens nothing)."""
    return (text.count("«") > text.count("»")
            or len(STRAIGHT_OPENING.findall(text)) > len(STRAIGHT_CLOSING.findall(text)))


def _matches(text: str, query: Query, russian_lemmas: Lemmatizer) -> tuple[int, list[tuple[int, int]]]:
    """How many parts of the query a sentence matches, and the character spans that match."""
    words = list(WORD.finditer(text))
    folded = [fold(word.group()) for word in words]
    lemmas = {word: query_lemmas(word, russian_lemmas) for word in set(folded)} if query.terms else {}
    matched, spans = 0, []
    for part in query.parts:
        if isinstance(part, Phrase):
            size = len(part.words)
            found = [(words[i].start(), words[i + size - 1].end()) for i in range(len(words) - size + 1)
                     if tuple(folded[i:i + size]) == part.words]
        else:
            found = [(word.start(), word.end()) for word, form in zip(words, folded) if part.lemmas & lemmas[form]]
        matched += bool(found)
        spans += found
    return matched, spans


def entities_named(db: sqlite3.Connection, query: str) -> list[str]:
    """The entity names (as the story list's facets hold them) that a reader's query names: each of its words is a
    word of the name, inflected or not, so "Токаеву" finds «Касым-Жомарт Токаев» and "Путина" «Владимир Путин»."""
    words = WORD.findall(fold(query))
    words = [word for word in words if word not in FUNCTION_WORDS]  # "of", "the", "и": in many names, naming none
    if not words:
        return []
    names = [(name, WORD.findall(fold(name))) for (name,) in db.execute(ENTITY_NAMES)]
    named = [(name, parts) for name, parts in names
             if all(any(same_name_word(word, part) for part in parts) for word in words)]
    return [name for name, _ in named] + surnames_alone(names, named)


def surnames_alone(names: list[tuple[str, list[str]]], named: list[tuple[str, list[str]]]) -> list[str]:
    """The names stored as the surname alone («Путин») of a full name a query named («Владимир Путин»): an outlet
    that writes "Путин" means him when no other full name in the store ends so (a «Вера Путина» would make "Путин"
    ambiguous, and it is left out). A name's last word is its surname, as natasha normalises Russian names; the
    facets keep no entity type, so only a name's last word is compared: "Trump Administration" or «Фонд Путина»
    end otherwise, "Ivanka Trump" does not."""
    named_names = {name for name, _ in named}
    surnames = {parts[-1] for _, parts in named if len(parts) > 1}
    other_surnames = [parts[-1] for name, parts in names if len(parts) > 1 and name not in named_names]
    return [name for name, parts in names
            if name not in named_names and len(parts) == 1 and parts[0] in surnames
            and not any(same_name_word(parts[0], surname) for surname in other_surnames)]


def same_name_word(word: str, name_word: str) -> bool:
    """Whether a query word is a name's word, maybe inflected: a Russian ending after the name's stem, an English
    word by its stem."""
    if word == name_word:
        return True
    if not CYRILLIC.search(name_word):
        return stem(word) == stem(name_word)
    base = name_word[:-1] if name_word[-1] in NAME_FINAL_LETTERS else name_word
    shortest = MIN_VOWEL_NAME_STEM if base != name_word else MIN_NAME_STEM
    return len(base) >= shortest and word.startswith(base) and word[len(base):] in NAME_ENDINGS
