-- svodka's store: one SQLite file holds everything a user gave and everything found.
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per distinct article (by content hash; a page fetched again, the same URL, replaces its older version:
-- Store.add_article, which keeps the older in article_versions). `raw` keeps the bytes as given. Columns added
-- since (Store._add_columns): analysed_by, outlet_assigned.
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    raw BLOB NOT NULL,
    ingested_at TEXT NOT NULL,
    published TEXT,
    outlet TEXT,
    title TEXT,
    language TEXT,
    article TEXT NOT NULL,   -- model.Article as JSON
    analysis TEXT NOT NULL,  -- model.Analysis as JSON
    terms TEXT NOT NULL      -- weighted lemma counts, the input of grouping
);

CREATE TABLE IF NOT EXISTS stories (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    data TEXT,                      -- model.Story as JSON, once built
    dirty INTEGER NOT NULL DEFAULT 1,  -- membership changed since it was built
    merged_into TEXT                -- set when a bridging report merged it into an older story
);
CREATE INDEX IF NOT EXISTS stories_merged_into ON stories(merged_into);  -- Store.merged_into, once per story built

-- An article is grouped once it has a row here.
CREATE TABLE IF NOT EXISTS memberships (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    story_id TEXT NOT NULL REFERENCES stories(id),
    evidence TEXT NOT NULL  -- why it joined: neighbour, similarity, shared terms
);
CREATE INDEX IF NOT EXISTS memberships_story ON memberships(story_id);

-- Inputs that could not be read, with the reason (a run reports them; nothing is hidden).
CREATE TABLE IF NOT EXISTS rejections (
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (origin, reason)
);

-- Full-text search (store/search.py): each article's lemmas (so "союзник" finds
-- "союзником") and its folded words (so a word natasha lemmatised oddly is still found).
CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(
    article_id UNINDEXED,
    lemmas,
    words,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What each article's text shares with its reprints word for word (store/search.py copy_text: hashed; NULL for
-- a text too short to tell), and the original its story's reprints link it to as a near copy (`original`, by id,
-- in story `original_story`; NULL: none), by the article's seq: search folds a text printed again by index.
CREATE TABLE IF NOT EXISTS article_copies (
    seq INTEGER PRIMARY KEY,
    copy_text TEXT,
    original TEXT,
    original_story TEXT
);

-- One row per built story with what the story list shows and sorts by, so a page of
-- the list is an indexed read however many articles the store holds.
CREATE TABLE IF NOT EXISTS story_listing (
    story_id TEXT PRIMARY KEY REFERENCES stories(id),
    title TEXT NOT NULL,
    rank REAL NOT NULL,
    reports INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    first TEXT,
    last TEXT,
    languages TEXT NOT NULL,  -- JSON list
    entities TEXT NOT NULL    -- JSON list of the key entities' names
);
-- The list's order (store RANKED): rank, then id; the index it had before (rank, reports, last) goes.
DROP INDEX IF EXISTS story_listing_order;
CREATE INDEX IF NOT EXISTS story_listing_ranked ON story_listing(rank DESC, story_id);
-- What the story list filters on: (facet, value) is outlet, language or entity (lowercased).
CREATE TABLE IF NOT EXISTS story_facets (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    story_id TEXT NOT NULL REFERENCES stories(id),
    PRIMARY KEY (facet, value, story_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_facets_story ON story_facets(story_id);

-- A reader's corrections (`svodka label`): they win over the model everywhere and outlive
-- re-analysis and `svodka rebuild`. NULL leaves that label to the model. No foreign key: a
-- rebuild copies the corrections before it reads the articles again, so they apply at once.
CREATE TABLE IF NOT EXISTS labels (
    article_id TEXT PRIMARY KEY,
    news INTEGER,
    category TEXT,
    at TEXT NOT NULL
);

-- The articles a reader's correction took out of a story (`svodka label --not-news`), or a removal (`svodka remove`;
-- the row outlives the article, so the story's id leads to it again if it is ingested again). A story they empty is
-- dropped; its id, and the ids merged into it, then answer "gone, and where its reports are now" (Store.dissolved),
-- not "no such story".
CREATE TABLE IF NOT EXISTS story_departures (
    story_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
) WITHOUT ROWID;

-- The articles the news filter judged not news (Store.articles_judged, the not-news page): found without reading
-- every article's analysis.
CREATE INDEX IF NOT EXISTS articles_news ON articles(json_extract(analysis, '$.news'));

-- An article's URL: the same URL from the same outlet again is a newer version of it (Store.add_article), found
-- without reading every article's JSON.
CREATE INDEX IF NOT EXISTS articles_url ON articles(json_extract(article, '$.url'));

-- An article's earlier versions (the same page before an edit, Store.add_article): the history a fact-checker reads
-- (Store.versions), in no story, no count and no search. `article_id` is the version the store keeps now; `raw`
-- keeps the bytes, so that `svodka rebuild` reads the history again (stored_originals).
CREATE TABLE IF NOT EXISTS article_versions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles(id),
    origin TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    raw BLOB NOT NULL,
    ingested_at TEXT NOT NULL,  -- when svodka stored it
    published TEXT,
    title TEXT,
    article TEXT NOT NULL       -- model.Article as JSON: the text as that version read
);
CREATE INDEX IF NOT EXISTS article_versions_article ON article_versions(article_id);

-- Each article's entities by key (model.Entity.key: "PER:vorontsov"), written with its analysis (store/entities.py):
-- the entity view (`svodka entity`, /entities/KEY) reads an entity's articles, stories and quotes by index. `quoted`:
-- the article quotes it as a speaker. A store written before it is indexed once on catching up (meta
-- 'entities_indexed'). No foreign key: a removal or a newer version deletes the rows in its own transaction.
CREATE TABLE IF NOT EXISTS article_entities (
    article_id TEXT NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,   -- PER | ORG | LOC
    mentions INTEGER NOT NULL,
    quoted INTEGER NOT NULL,
    PRIMARY KEY (key, article_id, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_entities_article ON article_entities(article_id);
