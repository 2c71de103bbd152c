"""Everything the store knows about one person, organisation or place: the entity view's index and its reads.

Each stored article's entities are kept by their key (model.Entity.key: "PER:vorontsov", the identity the analysis
gives a name across inflections, titles and languages) in `article_entities`, written in the transaction that saves
the article's analysis, so an entity's stories and quotes are an indexed read, not a parse of every analysis. A
reader's words ("Воронцову", "Vorontsov", "губернатор Воронцов") are resolved to keys as the story list's entity
filter reads a name (`search.same_name_word`), the key's transliteration meeting the other script.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field, replace
from functools import lru_cache

from svodka.model import Analysis, Entity
from svodka.nlp.aliases import FUNCTION_WORDS
from svodka.nlp.titles import EN_ROLE, RU_ROLE
from svodka.nlp.translit import entity_key, name_key
from svodka.nlp.vocabulary import PERSON_TITLES
from svodka.store.db import story_window
from svodka.store.search import WORD, fold, same_name_word

# A store written before the index has no mark: its articles are indexed once (catch_up), a new store's at once.
INDEXED_MARK = "entities_indexed"
ENTITIES_UNINDEXED = f"SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = '{INDEXED_MARK}')"
KEY = re.compile(r"^(PER|ORG|LOC):\S")  # a key typed as `svodka entity` lists it
TITLE_WORDS = frozenset(word.lower() for word in PERSON_TITLES)  # "Mr", "Governor": say who, name no one
# A Russian surname or place declined as an adjective: its endings (Зеленский, Зеленского, Зеленскому, Зеленским…).
ADJECTIVE_NAME = re.compile(r"(?:ий|ый|ой|ая|ого|его|ому|ему|им|ым|ом|ем|ую|ей|ое|ее)$")
MIN_ADJECTIVE_STEM = 4
STORIES_SHOWN = 50  # an entity's newest stories, unless asked for more
# The stories whose reports name one of the keys given as a JSON list (the story list's entity filter).
STORIES_NAMING = ("SELECT m.story_id FROM article_entities e JOIN memberships m ON m.article_id = e.article_id"
                  " WHERE e.key IN (SELECT value FROM json_each(?))")


@dataclass
class EntityMatch:
    """An entity a reader's words name: `whole` when they name it all (a person's surname, every word of another
    name), not only a word of a longer name ("Воронцов" of «Воронцов и партнёры»)."""

    key: str
    name: str
    type: str
    articles: int
    whole: bool = False
    forms: list[str] = field(default_factory=list)  # every name reports give it, the most mentioned first


@dataclass
class EntityStory:
    """A story naming the entity: its dates, title and outlets, and how many of its reports name it."""

    story_id: str
    title: str
    first: str | None
    last: str | None
    reports: int
    naming: int
    outlets: list[str]


@dataclass
class QuoteWording:
    article: str
    outlet: str | None
    text: str


@dataclass
class EntityQuote:
    """What the entity said in one report of a story, and how the story's other reports word it (a quote variant)."""

    story_id: str
    story_title: str
    article: str
    outlet: str | None
    published: str | None
    text: str
    kind: str
    variants: list[QuoteWording] = field(default_factory=list)


@dataclass
class EntityProfile:
    key: str
    name: str
    type: str
    forms: list[str]  # the other names reports give it
    articles: int
    mentions: int
    stories: list[EntityStory]
    quotes: list[EntityQuote]
    outside_stories: int  # reports naming it in no story (not news, not yet grouped)


def index_entities(db: sqlite3.Connection, article_id: str, analysis: Analysis) -> None:
    """(Re)index one article's entities; call inside the transaction that stores its analysis."""
    _index(db, article_id, [(e.name, e.type, e.key, len(e.mentions)) for e in analysis.entities],
           {quote.speaker for quote in analysis.quotes if quote.speaker})


def _index(db: sqlite3.Connection, article_id: str, entities: list[tuple[str, str, str, int]], speakers: set[str]) -> None:
    """An article's rows: each entity (name, type, key, mentions) by its key, and whether one of `speakers` is it."""
    db.execute("DELETE FROM article_entities WHERE article_id = ?", (article_id,))
    db.executemany("INSERT OR IGNORE INTO article_entities VALUES (?,?,?,?,?,?)", [
        (article_id, key or _entity_key(name, type_), name, type_, mentions,
         int(any(_speaks(speaker, Entity(name, type_, key=key)) for speaker in speakers)))
        for name, type_, key, mentions in entities])


def mark_indexed_if_empty(db: sqlite3.Connection) -> None:
    """A new store (no articles) has every article indexed: marked so, no catch-up ever reads it."""
    if db.execute(f"SELECT EXISTS ({ENTITIES_UNINDEXED}) AND NOT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
        db.execute("INSERT OR IGNORE INTO meta VALUES (?, '1')", (INDEXED_MARK,))


def index_missing_entities(db: sqlite3.Connection) -> int:
    """Index every article of a store written before the index (inside the caller's transaction), once; return how
    many articles were read."""
    if not db.execute(f"SELECT EXISTS ({ENTITIES_UNINDEXED})").fetchone()[0]:
        return 0
    rows = db.execute("SELECT id, json_extract(analysis, '$.entities'), json_extract(analysis, '$.quotes')"
                      " FROM articles").fetchall()
    for article_id, entities, quotes in rows:  # the two parts of each analysis the index reads, not the whole
        _index(db, article_id, [(e["name"], e["type"], e.get("key", ""), len(e["mentions"]))
                                for e in json.loads(entities or "[]")],
               {quote["speaker"] for quote in json.loads(quotes or "[]") if quote.get("speaker")})
    db.execute("INSERT OR IGNORE INTO meta VALUES (?, '1')", (INDEXED_MARK,))
    return len(rows)


def has_entity_index(db: sqlite3.Connection) -> bool:
    """Whether the store keeps the index, filled (a store an older svodka wrote, served frozen, does not)."""
    return (db.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_entities'").fetchone() is not None
            and not db.execute(f"SELECT EXISTS ({ENTITIES_UNINDEXED})").fetchone()[0])


def keys_named(db: sqlite3.Connection, words: str) -> list[str]:
    """The keys a reader's words filter stories by, resolved as the entity view resolves them (any script, form or
    title): the one entity they name, else every entity they may name."""
    matches = entities_matching(db, words)
    found = chosen(matches)
    return [found.key] if found else [match.key for match in matches]


# --- reading -------------------------------------------------------------------------------------------------------

def entities_matching(db: sqlite3.Connection, words: str) -> list[EntityMatch]:
    """The entities a reader's words name, those they name whole first, then the most reported: a key as listed
    ("PER:vorontsov"), or names in any case and script ("Воронцову", "Vorontsov"). A role's words ("губернатор
    Воронцов", "Mr Vorontsov") may name no one, and leave the people only when a person is among the names."""
    if KEY.match(words.strip()):
        return _candidates(db, "WHERE key = ?", words.strip())
    written = _candidates(db, "WHERE key IN (SELECT key FROM article_entities WHERE name = ?)", words.strip())
    if written:  # a name as a report writes it (a chip's), read without comparing every name
        return sorted((replace(m, whole=True) for m in written), key=lambda m: (-m.articles, m.key))
    query = {word for word in WORD.findall(fold(words)) if word not in FUNCTION_WORDS and len(word) > 1}
    role = _role_words(words) | (query & TITLE_WORDS)
    name = " ".join(word for word in WORD.findall(words) if fold(word) not in role)  # "Moscow" keys as «Москва»
    found = []
    for match in _candidates(db):
        named = [[w for w in WORD.findall(fold(form)) if w not in FUNCTION_WORDS] for form in match.forms]
        said = {word for word in query if any(_same_word(word, part) for parts in named for part in parts)}
        keyed = match.type != "PER" and bool(name) and _entity_key(name, match.type) == match.key
        said = query if keyed else said  # a person's key is the surname alone: a first name must match too
        if said and not query - said - role:
            match.whole = keyed or any(_whole(said, parts, match.type) for parts in named)
            found.append(match)
    if role & query and any(m.type == "PER" for m in found):
        found = [m for m in found if m.type == "PER"]
    return sorted(found, key=lambda m: (not m.whole, -m.articles, m.key))


def chosen(matches: list[EntityMatch]) -> EntityMatch | None:
    """The one entity `entities_matching` found, or the one the words name whole; of one name typed apart
    ("Trump" a person in most reports, a place in one: natasha types a lone name by its form), the most reported.
    None when they name several entities (the reader picks one by its key)."""
    whole = [m for m in matches if m.whole] or matches
    one_name = len({m.key.split(":", 1)[1] for m in whole}) == 1
    return whole[0] if whole and (len(whole) == 1 or one_name) else None


def entity_profile(db: sqlite3.Connection, key: str, since: str | None = None, until: str | None = None,
                   limit: int | None = STORIES_SHOWN) -> EntityProfile | None:
    """Everything about one entity: its names, its stories newest first (in a window of days, if given: a story is
    in it when its first to last report overlap it, as the story list filters) and its quotes in those stories."""
    rows = db.execute("SELECT name, type, SUM(mentions) AS mentions, COUNT(*) AS articles FROM article_entities"
                      " WHERE key = ? GROUP BY name, type ORDER BY mentions DESC, articles DESC, name", (key,)).fetchall()
    if not rows:
        return None
    articles = db.execute("SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE key = ?", (key,)).fetchone()[0]
    conditions, params = story_window(since, until)
    window = "".join(f" AND {condition}" for condition in conditions)
    stories = [EntityStory(row["story_id"], row["title"], row["first"], row["last"], row["reports"], row["naming"],
                           _outlets(db, row["story_id"]))
               for row in db.execute(
                   "SELECT l.story_id, l.title, l.first, l.last, l.reports, COUNT(DISTINCT e.article_id) AS naming"
                   " FROM article_entities e JOIN memberships m ON m.article_id = e.article_id"
                   f" JOIN story_listing l ON l.story_id = m.story_id WHERE e.key = ?{window}"
                   " GROUP BY l.story_id ORDER BY l.last IS NULL, l.last DESC, l.story_id LIMIT ?",
                   (key, *params, -1 if limit is None else limit))]
    grouped = db.execute("SELECT COUNT(DISTINCT e.article_id) FROM article_entities e JOIN memberships m"
                         " ON m.article_id = e.article_id JOIN story_listing l ON l.story_id = m.story_id"
                         " WHERE e.key = ?", (key,)).fetchone()[0]
    return EntityProfile(key, rows[0]["name"], rows[0]["type"], list(dict.fromkeys(r["name"] for r in rows[1:])),
                         articles, sum(r["mentions"] for r in rows), stories, _quotes(db, key, stories),
                         articles - grouped)


def _quotes(db: sqlite3.Connection, key: str, stories: list[EntityStory]) -> list[EntityQuote]:
    """The entity's quotes in `stories`, story by story, each with the story's other wordings of it (a wording shown
    as another's variant is not shown again on its own)."""
    titles = {story.story_id: story.title for story in stories}
    rows = db.execute(
        "SELECT DISTINCT e.article_id, e.name, e.type, m.story_id, a.outlet, a.published,"
        " json_extract(a.analysis, '$.quotes') AS quotes FROM article_entities e"
        " JOIN memberships m ON m.article_id = e.article_id JOIN articles a ON a.id = e.article_id"
        " WHERE e.key = ? AND e.quoted AND m.story_id IN (SELECT value FROM json_each(?))",
        (key, json.dumps(list(titles)))).fetchall()
    variants = _variants(db, {row["story_id"] for row in rows})
    order = {story_id: i for i, story_id in enumerate(titles)}
    found, shown = [], set()
    for row in sorted(rows, key=lambda r: (order[r["story_id"]], r["published"] or "", r["article_id"])):
        entity = Entity(row["name"], row["type"], key=key)
        for quote in json.loads(row["quotes"] or "[]"):
            wording = (row["story_id"], row["article_id"], " ".join(quote["text"].split()))
            if not quote.get("speaker") or not _speaks(quote["speaker"], entity) or wording in shown:
                continue
            others = variants.get(wording, [])
            shown |= {(row["story_id"], other.article, " ".join(other.text.split())) for other in others}
            found.append(EntityQuote(row["story_id"], titles[row["story_id"]], row["article_id"], row["outlet"],
                                     row["published"], quote["text"], quote["kind"], others))
    return found


def _variants(db: sqlite3.Connection, story_ids: set[str]) -> dict[tuple[str, str, str], list[QuoteWording]]:
    """The stories' quote variants, by (story, article, its wording): the other reports' wordings of that quote."""
    outlets: dict[str, str | None] = {}
    found: dict[tuple[str, str, str], list[QuoteWording]] = {}
    for story_id, differences in db.execute(
            "SELECT id, json_extract(data, '$.differences') FROM stories WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(story_ids)),)):
        for difference in json.loads(differences or "[]"):
            if difference["kind"] != "quote_variant":
                continue
            wordings = difference.get("wordings") or []
            for wording in wordings:
                for article in wording.get("articles") or [wording["article"]]:
                    found[story_id, article, " ".join(wording["text"].split())] = [
                        QuoteWording(other["article"], _outlet(db, other["article"], outlets), other["text"])
                        for other in wordings if other is not wording]
    return found


def _outlet(db: sqlite3.Connection, article_id: str, known: dict[str, str | None]) -> str | None:
    if article_id not in known:
        row = db.execute("SELECT outlet FROM articles WHERE id = ?", (article_id,)).fetchone()
        known[article_id] = row[0] if row else None
    return known[article_id]


def _outlets(db: sqlite3.Connection, story_id: str) -> list[str]:
    """A story's outlets, as its list facets hold them (read by index)."""
    return sorted((value for (value,) in db.execute(
        "SELECT value FROM story_facets WHERE facet = 'outlet' AND story_id = ?", (story_id,))), key=str.casefold)


def _candidates(db: sqlite3.Connection, where: str = "", *params: str) -> list[EntityMatch]:
    """Every entity (or those `where` keeps), with every name reports give it (the most mentioned first) and how many
    articles name it."""
    found: dict[str, EntityMatch] = {}
    for key, name, type_, count in db.execute(
            f"SELECT key, name, type, COUNT(*) FROM article_entities {where} GROUP BY key, name, type"
            " ORDER BY key, SUM(mentions) DESC, name", params):
        match = found.setdefault(key, EntityMatch(key, name, type_, 0))
        match.articles += count
        match.forms.append(name)
    return list(found.values())


def _role_words(words: str) -> set[str]:
    """The words of a role in the reader's words ("губернатор", "the Russian president"): they may name no one."""
    return {word for pattern in (RU_ROLE, EN_ROLE) for match in pattern.finditer(words)
            for word in WORD.findall(fold(match.group()))}


def _same_word(word: str, name_word: str) -> bool:
    """A reader's word is a name's word: inflected (Russian), by its stem (English), or in the other script."""
    return (same_name_word(word, name_word) or _word_key(word) == _word_key(name_word)
            or _same_adjective(word, name_word))


def _same_adjective(word: str, name_word: str) -> bool:
    """A surname declined as an adjective ("Зеленского", "Зеленскому": «Зеленский»), which `same_name_word` (a name's
    stem and a noun's ending) misses."""
    stem = ADJECTIVE_NAME.sub("", name_word)
    return stem != name_word and len(stem) >= MIN_ADJECTIVE_STEM and ADJECTIVE_NAME.sub("", word) == stem


@lru_cache(maxsize=65536)  # every word of every stored name, per lookup
def _word_key(word: str) -> str:
    return name_key(word)


def _whole(said: set[str], parts: list[str], type_: str) -> bool:
    """Whether the words said name the whole name `parts`: a person by the surname, as the key knows one."""
    named = parts[-1:] if type_ == "PER" else parts
    return bool(named) and all(any(_same_word(word, part) for word in said) for part in named)


def _key_of(entity: Entity) -> str:
    return entity.key or _entity_key(entity.name, entity.type)


def _speaks(speaker: str, entity: Entity) -> bool:
    """Whether a quote's speaker (a canonical name) is the entity: its name, or its key's."""
    return speaker == entity.name or _entity_key(speaker, entity.type) == _key_of(entity)


@lru_cache(maxsize=65536)  # each speaker of an article against each of its entities' types
def _entity_key(name: str, type_: str) -> str:
    return entity_key(name, type_)
