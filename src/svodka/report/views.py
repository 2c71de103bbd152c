"""What the story and article pages show, built from the store: one view, two renderings.

The web app and the static report both render these objects with the same Jinja
templates, and the terminal shows some of them; none of it needs a web server, so it
lives with the report and the web app imports it, never the other way round.

Nothing here marks text safe: a view holds plain strings and the templates escape
them; the quote diff is split into segments so `<del>`/`<ins>` come from the
template, never from the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from svodka.categorise.explain import Explanation, explanation, kept_explanation
from svodka.compare.align import ALIGN_THRESHOLD, overlap
from svodka.compare.details import detail_segments
from svodka.compare.quotes import given_whole, in_translation, script
from svodka.compare.updates import told_in_one_day, update_line, when_shown
from svodka.model import Article, Cited, Difference, Disputed, Sentence, Story
from svodka.nlp import article_text
from svodka.rank import outlet_name
from svodka.store import Store, StoredArticle, label_source
from svodka.store.db import ArticleListing
from svodka.store.search import Lemmatizer, Query, SearchHit, marked_sentence

# The longest text a story-list filter (entity, outlet) takes: a chip of a longer entity (a glued run of words
# natasha took for a name) shows it unlinked, so no link the app writes is refused.
FILTER_TEXT_MAX = 200
# How a difference's kind marks the sentences it names: colour AND a symbol.
SENTENCE_STATE = {"shared": "shared", "unique": "unique", "update": "shared", "quote_variant": "conflict",
                  "conflict": "conflict", "attribution": "conflict"}
STATE_SYMBOL = {"shared": "=", "unique": "+", "conflict": "≠"}
STATE_LABEL = {"shared": "said by several outlets", "unique": "said by one outlet only",
               "conflict": "worded or stated differently"}
KIND_SYMBOL = {"shared": "=", "unique": "+", "update": "↗", "quote_variant": "≠", "conflict": "!", "attribution": "~"}
TRANSLATED_LABEL = "quoted in another language"  # a quote variant whose wordings are in two scripts
KIND_LABEL = {"shared": "shared", "unique": "only here", "update": "updated", "quote_variant": "quote worded differently",
              "conflict": "conflict", "attribution": "attributed differently"}
# The order pages and the terminal show differences in: the most telling for a reader first,
# shared facts (what every report says) last. Not the stored order (compare.KIND_RECORD_ORDER).
KIND_DISPLAY_ORDER = ["quote_variant", "conflict", "update", "attribution", "unique", "shared"]
# A difference whose text is not one of the story's sentences (a quote, a generated
# statement) names the sentences that contain it or that it contains: rapidfuzz
# partial ratio (0–100) at least this; checked by eye on the seeds' quote variants.
CONTAINED_MIN = 85
MIN_MATCHED_LEMMAS = 3  # "Подробнее." matches everything partially; it names no fact
# A quote variant's side names its first outlets and counts the rest ("Outlet A, Outlet B +3"): 34 reports of one
# event may print one wording, and the line stays a line.
OUTLETS_SHOWN = 2
# Languages written in Cyrillic (svodka.nlp.language's labels): a text from a story in Russian and English reports
# is in the one of its reports' languages whose script it is written in.
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "kk", "bg"})
UNDETERMINED = "und"  # BCP 47: a text whose language is not known
# Differences whose text is svodka's own English sentence naming outlets and speakers ("A quote X directly, B
# paraphrases: …"), not a report's words: read in the page's language, so they carry none of their own.
GENERATED_KINDS = frozenset({"attribution"})

# A search hit's snippet: about three lines of a result, as search engines show one, cut at whole words around the
# first match. A sentence splitter's worst case (a list run together, a page without full stops) is ~900
# characters, which buries the match.
SNIPPET_CHARS = 240
SNIPPET_BEFORE = 1 / 3  # of the room the match leaves, the share shown before it: a reader reads on from the match
ELLIPSIS = "…"

DIFF_MARK = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)


@dataclass
class SentenceView:
    anchor: str
    text: str
    state: str | None  # shared | unique | conflict | None (not compared)
    paragraph_start: bool


@dataclass
class Column:
    number: int
    stored: StoredArticle
    sentences: list[SentenceView]

    @property
    def id(self) -> str:
        return self.stored.article.id


@dataclass
class Citation:
    number: int
    article_id: str
    outlet: str
    anchor: str  # the cited sentence in its article column, or the column itself
    sentence: str
    language: str  # the cited report's (its sentence is in it)


@dataclass
class SummaryLine:
    text: str
    citations: list[Citation]
    disputed: list[tuple[str, list[int]]]  # another value for one of its figures or dates, and who gives it
    language: str


@dataclass
class WordingView:
    """One wording of a quote variant and every report printing it."""

    numbers: list[int]
    outlets: list[str]  # each outlet printing it once, in the reports' order
    text: str
    language: str

    def outlets_shown(self) -> str:
        return compact_names(self.outlets)


@dataclass
class StateView:
    """One state of an update: the value, who gave it, when the first of them did, and whether it is the latest."""

    text: str
    numbers: list[int]
    outlets: list[str]
    when: str  # "10:05", or "2020-05-12 10:05" when the states span days (`updates.when_shown`)
    latest: bool


@dataclass
class DifferenceView:
    kind: str
    symbol: str
    label: str
    text: str
    segments: list[tuple[str, str]]  # (same | del | ins, text): the word-level diff of a quote variant; (same | mark,
    # text): a unique detail within its sentence
    numbers: list[int]
    article_ids: list[str]
    wordings: list[WordingView]  # a quote variant: each wording in full, with every report printing it
    disputed: list[tuple[str, list[int]]]  # a shared fact: another value for it, and the reports that give it
    disputed_ids: list[str]
    language: str  # its text's; "" for svodka's own sentence (GENERATED_KINDS): the page's
    states: list[StateView] = field(default_factory=list)  # an update: its values in time order
    states_line: str = ""  # an update: its states on one line (`updates.update_line`), as the terminal prints them


@dataclass
class StoryView:
    story: Story
    columns: list[Column]
    summary: list[SummaryLine]
    differences: list[DifferenceView]
    numbers: dict[str, int] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)  # by article id: its analysis's language

    def outlets(self) -> list[str]:
        return list(dict.fromkeys(outlet_name(c.stored.article.outlet) for c in self.columns))  # as rank counts

    def language(self, text: str, article_ids: Iterable[str]) -> str:
        """The language of a text some of the story's reports print (a title, a timeline event)."""
        return text_language(text, [self.languages[a] for a in article_ids if a in self.languages])


def story_view(store: Store, story: Story) -> StoryView:
    """Everything the story page shows: numbered columns with marked sentences, cited summary, differences."""
    members = store.story_members(story.id)
    numbers = {m.article.id: index for index, m in enumerate(members, 1)}
    body = {m.article.id: body_sentences(m) for m in members}
    lemmas_by_text = {s.text: frozenset(s.lemmas) for sentences in body.values() for _, s, _ in sentences}
    states = sentence_states(story.differences, body, lemmas_by_text)
    columns = [
        Column(numbers[m.article.id], m, [
            SentenceView(anchor(m.article.id, index), s.text, states.get((m.article.id, index)), starts)
            for index, s, starts in body[m.article.id]
        ])
        for m in members
    ]
    outlet = {m.article.id: m.article.outlet or "?" for m in members}
    languages = {m.article.id: m.analysis.language for m in members}
    summary = [
        SummaryLine(line.text, sorted((
            _citation(numbers[a], a, outlet[a], own_sentence(line, a), body[a], lemmas_by_text, languages[a])
            for a in line.articles if a in numbers
        ), key=lambda citation: citation.number),
            disputed_numbers(line.disputed, numbers),
            text_language(line.text, [languages[a] for a in line.articles if a in languages]))
        for line in story.summary
    ]
    return StoryView(story, columns, summary, difference_views(story.differences, numbers, outlet, languages),
                     numbers, languages)


def text_language(text: str, languages: list[str]) -> str:
    """The language of a text printed by reports in `languages` (their analyses'), for a page's lang attribute: theirs
    when they share one (a Russian headline full of markup is Russian, whatever script most of its letters are in);
    else the first of them written in the text's script (a summary line of a story told in Russian and English is in
    Russian when it is in Cyrillic); "und" when no report's is known."""
    distinct = list(dict.fromkeys(languages))
    if len(distinct) <= 1:
        return distinct[0] if distinct else UNDETERMINED
    cyrillic = script(text) == "cyrillic"
    return next((language for language in distinct if (language in CYRILLIC_LANGUAGES) == cyrillic), distinct[0])


def compact_names(names: list[str], shown: int = OUTLETS_SHOWN) -> str:
    """'Outlet A, Outlet B +3': the first `shown` names and how many more there are."""
    rest = len(names) - shown
    return ", ".join(names[:shown]) + (f" +{rest}" if rest > 0 else "")


def own_sentence(line: Cited, article_id: str) -> str:
    """The cited article's own sentence of a summary line (`Cited.wordings`); the line itself in an older store."""
    return next((w.text for w in line.wordings if w.article == article_id), line.text)


def disputed_numbers(disputed: list[Disputed], numbers: dict[str, int]) -> list[tuple[str, list[int]]]:
    """Each other value and the numbers of the reports giving it, as a summary line and a shared fact show it."""
    return [(other.text, sorted(numbers[a] for a in other.articles if a in numbers)) for other in disputed]


def anchor(article_id: str, index: int) -> str:
    return f"s-{article_id}-{index}"


def body_sentences(stored: StoredArticle) -> list[tuple[int, Sentence, bool]]:
    """(index, sentence, starts a paragraph) for the body's sentences: the headline is shown apart."""
    article = stored.article
    text = article_text(article)
    title_end = len(article.title) + 1 if article.title and not article.text.startswith(article.title) else 0
    found, previous_stop = [], title_end
    for index, sentence in enumerate(stored.analysis.sentences):
        if sentence.start < title_end:
            continue
        found.append((index, sentence, not found or "\n" in text[previous_stop:sentence.start]))
        previous_stop = sentence.stop
    return found


def sentence_states(differences: list[Difference], body: dict[str, list[tuple[int, Sentence, bool]]],
                    lemmas_by_text: dict[str, frozenset[str]]) -> dict[tuple[str, int], str]:
    """Which sentence of which article each difference names, and so how to mark it.

    A conflict outranks anything; otherwise the difference that names the sentence
    most closely (its own text first) decides.
    """
    best: dict[tuple[str, int], tuple[tuple[bool, float], str]] = {}
    for difference in differences:
        state = SENTENCE_STATE.get(difference.kind)
        if state is None:
            continue
        sides = diff_sides(difference.text) if difference.kind == "quote_variant" else None
        # a statement quoted three or more ways names each report's sentence by that report's own wording
        said = {a: w.text for w in difference.wordings for a in w.articles or [w.article]} \
            if len(difference.wordings) > 2 else {}
        for position, article_id in enumerate(difference.articles):
            text = said.get(article_id) or (sides[min(position, 1)] if sides else difference.text)
            for index, sentence, _ in body.get(article_id, []):
                score = _naming_score(sentence, text, lemmas_by_text.get(text))
                key = (article_id, index)
                rank = (state == "conflict", score)
                if score > 0 and (key not in best or rank > best[key][0]):
                    best[key] = (rank, state)
    return {key: state for key, (_, state) in best.items()}


def _naming_score(sentence: Sentence, text: str, text_lemmas: frozenset[str] | None) -> float:
    """How closely a difference's text names a sentence: 2 itself, 1+ the same fact, 0 not at all."""
    if sentence.text == text:
        return 2.0
    if len(set(sentence.lemmas)) < MIN_MATCHED_LEMMAS:
        return 0.0
    if text_lemmas is not None:
        score = overlap(frozenset(sentence.lemmas), text_lemmas)
        return 1.0 + score if score >= ALIGN_THRESHOLD else 0.0
    score = fuzz.partial_ratio(sentence.text.lower(), text.lower())
    return 1.0 + score / 100 if score >= CONTAINED_MIN else 0.0


def _citation(number: int, article_id: str, outlet: str, text: str, sentences: list[tuple[int, Sentence, bool]],
              lemmas_by_text: dict[str, frozenset[str]], language: str) -> Citation:
    """The sentence of a cited article that states the summary line (the article itself if none does)."""
    scored = [(_naming_score(s, text, lemmas_by_text.get(text)), index, s) for index, s, _ in sentences]
    score, index, sentence = max(scored, key=lambda item: item[0], default=(0.0, -1, None))
    if sentence is None or score == 0:
        return Citation(number, article_id, outlet, f"a-{article_id}", text, language)
    return Citation(number, article_id, outlet, anchor(article_id, index), sentence.text, language)


def wording_views(difference: Difference, numbers: dict[str, int], outlet: dict[str, str],
                  languages: dict[str, str]) -> list[WordingView]:
    """A quote variant's wordings, each with every report printing it (`Wording.articles`; its first report alone
    in a store built before compare kept them all)."""
    views = []
    for wording in difference.wordings:
        printing = sorted((a for a in wording.articles or [wording.article] if a in numbers), key=numbers.get)
        if printing:
            views.append(WordingView([numbers[a] for a in printing], list(dict.fromkeys(outlet.get(a, "?") for a in printing)),
                                     wording.text, text_language(wording.text, [languages[a] for a in printing
                                                                                if a in languages])))
    return views


def difference_views(differences: list[Difference], numbers: dict[str, int], outlet: dict[str, str] | None = None,
                     languages: dict[str, str] | None = None) -> list[DifferenceView]:
    """Every difference with its kind, the most telling kinds first; `outlet` and `languages` by article id name a
    quote variant's outlets and give each text its language (unknown: "?" and "und")."""
    outlet, languages = outlet or {}, languages or {}
    order = {kind: position for position, kind in enumerate(KIND_DISPLAY_ORDER)}
    views = []
    for d in differences:
        label, segments = KIND_LABEL.get(d.kind, d.kind), [("same", d.text)]
        if d.kind == "quote_variant":
            segments = diff_segments(d.text)
            if _translated(segments):  # a store built before compare gave translations whole
                label, segments = TRANSLATED_LABEL, [("same", " ⇄ ".join(diff_sides(d.text)))]
            elif given_whole(d):  # compare gives a translation's wordings whole: the speaker, then the wordings
                label = TRANSLATED_LABEL if in_translation(d) else label
                segments = [("same", d.text.partition(": ")[0] + ":")]
        elif d.details:  # a unique detail: its sentence, the detail marked in place
            segments = detail_segments(d.sentence, d.details)
        views.append(DifferenceView(d.kind, KIND_SYMBOL.get(d.kind, "?"), label, d.text, segments,
                                    sorted(numbers[a] for a in d.articles if a in numbers),
                                    [a for a in d.articles if a in numbers],
                                    wording_views(d, numbers, outlet, languages),
                                    disputed_numbers(d.disputed, numbers),
                                    [a for other in d.disputed for a in other.articles if a in numbers],
                                    "" if d.kind in GENERATED_KINDS else
                                    text_language(d.sentence or d.text, [languages[a] for a in d.articles
                                                                         if a in languages]),
                                    state_views(d, numbers), update_line(d) if d.states else ""))
    return sorted(views, key=lambda v: order.get(v.kind, len(order)))


def state_views(update: Difference, numbers: dict[str, int]) -> list[StateView]:
    """An update's states, oldest first, each with the numbers of the reports giving it."""
    one_day = told_in_one_day(update)
    return [StateView(state.text, sorted(numbers[a] for a in state.articles if a in numbers), state.outlets,
                      when_shown(state.published, one_day), state.latest) for state in update.states]


def _translated(segments: list[tuple[str, str]]) -> bool:
    """The words one outlet quotes in one script and the other in another: a word diff of a translation says
    nothing. By the script most letters of each side are in, so a one-letter Russian word is no translation."""
    removed, added = (" ".join(t for op, t in segments if op == side) for side in ("del", "ins"))
    return bool(removed.strip() and added.strip()) and script(removed) != script(added)


def diff_segments(text: str) -> list[tuple[str, str]]:
    """'a [-b-] {+c+}' → [(same, 'a '), (del, 'b'), (same, ' '), (ins, 'c')]."""
    segments, position = [], 0
    for match in DIFF_MARK.finditer(text):
        if match.start() > position:
            segments.append(("same", text[position:match.start()]))
        segments.append(("del", match.group(1)) if match.group(1) is not None else ("ins", match.group(2)))
        position = match.end()
    if position < len(text):
        segments.append(("same", text[position:]))
    return segments


def diff_sides(text: str) -> tuple[str, str]:
    """The two quotes a word diff was made from: (first article's, second article's)."""
    segments = diff_segments(text)
    first = "".join(t for op, t in segments if op != "ins")
    second = "".join(t for op, t in segments if op != "del")
    return " ".join(first.split()), " ".join(second.split())


@dataclass
class GoneStory:
    """A story the reader's corrections emptied (Store.dissolved): what its page says instead of "no such story"."""

    story_id: str  # as asked for: the dropped story's id or one merged into it
    articles: list[StoredArticle]  # the reports that were in it, oldest first
    now_in: dict[str, Story] = field(default_factory=dict)  # by article id: the story a report is in now, if any

    @property
    def reformed(self) -> Story | None:
        """The one story all its reports are in again (corrected back to news), if so: the id leads there, as an id
        merged away does."""
        stories = {story.id: story for story in self.now_in.values()}
        return next(iter(stories.values())) if len(stories) == 1 and len(self.now_in) == len(self.articles) else None

    @property
    def reason(self) -> str:
        return (f"story {self.story_id} no longer exists: a reader corrected its reports to not news"
                " (svodka label), and stories hold news only")


def gone_story(store: Store, story_id: str) -> GoneStory | None:
    """What became of a story that is gone, with where each of its reports is now; None when it is not gone."""
    articles = [stored for stored in map(store.article, store.dissolved(story_id)) if stored is not None]
    if not articles:
        return None
    now_in = {stored.article.id: story for stored in articles if stored.story and (story := store.story(stored.story))}
    return GoneStory(story_id, articles, now_in)


def original_text(raw: bytes, encoding: str) -> str:
    """The bytes as received, decoded as ingest decoded them, for reading as plain text."""
    try:
        return raw.decode(encoding, "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


@dataclass
class ArticleHit:
    article: Article
    sentence: list[tuple[bool, str]]  # the first sentence that matched, as (matched word?, text) pieces
    language: str  # the article's analysis's
    copies: list[str] = field(default_factory=list)  # the ids of the same text's other hits (SearchHit.copies)


@dataclass
class SearchGroup:
    story_id: str | None
    title: str
    articles: list[ArticleHit]
    story_languages: list[str] = field(default_factory=list)  # of all its reports, not only the hits shown

    @property
    def language(self) -> str:
        """The story title's: its reports' languages, else the hits shown."""
        return text_language(self.title, self.story_languages or [hit.language for hit in self.articles])


def search_groups(store: Store, hits: list[SearchHit], query: Query,
                  russian_lemmas: Lemmatizer) -> list[SearchGroup]:
    """Search hits grouped by story, best story first, each article with its best matching sentence."""
    groups: dict[str | None, SearchGroup] = {}
    for hit in hits:
        stored = store.article(hit.article_id)
        if stored is None:
            continue
        if hit.story_id not in groups:
            story = store.story(hit.story_id) if hit.story_id else None
            groups[hit.story_id] = SearchGroup(story.id if story else None, story.title if story else "", [],
                                               store.story_languages(story.id) if story else [])
        groups[hit.story_id].articles.append(ArticleHit(stored.article, matching_sentence(stored, query, russian_lemmas),
                                                        stored.analysis.language, hit.copies))
    return list(groups.values())


def matching_sentence(stored: StoredArticle, query: Query, russian_lemmas: Lemmatizer) -> list[tuple[bool, str]]:
    """The article's sentence that best matches the query, matches marked, cut to a snippet around the first match
    (`snippet`); the title (shown with the hit anyway) only when no other sentence matches as well."""
    title = stored.article.title.strip()
    sentences = [sentence.text for sentence in stored.analysis.sentences if sentence.text.strip() != title] + [title]
    return snippet(marked_sentence(sentences, query, russian_lemmas))


def snippet(pieces: list[tuple[bool, str]], limit: int = SNIPPET_CHARS) -> list[tuple[bool, str]]:
    """(marked, text) pieces cut to about `limit` characters of whole words around the first marked piece, which is
    always kept whole, each cut end shown by an ellipsis; pieces that fit are returned as they are."""
    text = "".join(piece for _, piece in pieces)
    if len(text) <= limit:
        return pieces
    match_start, match_end = _first_mark(pieces)
    room = max(0, limit - (match_end - match_start))
    start = max(0, min(match_start - int(room * SNIPPET_BEFORE), len(text) - limit))
    end = max(match_end, start + limit)
    start, end = _word_start(text, start, match_start), _word_end(text, end, match_end)
    cut = _pieces_between(pieces, start, end)
    head = [(False, ELLIPSIS + " ")] if start > 0 else []
    tail = [(False, " " + ELLIPSIS)] if end < len(text) else []
    return head + cut + tail


def _first_mark(pieces: list[tuple[bool, str]]) -> tuple[int, int]:
    """Where the first marked piece starts and ends in the pieces' text (the text's start when none is marked)."""
    position = 0
    for marked, piece in pieces:
        if marked:
            return position, position + len(piece)
        position += len(piece)
    return 0, 0


def _word_start(text: str, start: int, latest: int) -> int:
    """`start` moved on to the start of a word (not past `latest`), so that no word is shown cut."""
    if start == 0 or text[start - 1].isspace():
        return start
    return next((i + 1 for i in range(start, latest) if text[i].isspace()), start)


def _word_end(text: str, end: int, earliest: int) -> int:
    """`end` moved back to the end of a word (not before `earliest`), so that no word is shown cut."""
    if end >= len(text) or text[end].isspace():
        return min(end, len(text))
    return next((i for i in range(end - 1, earliest - 1, -1) if text[i].isspace()), end)


def _pieces_between(pieces: list[tuple[bool, str]], start: int, end: int) -> list[tuple[bool, str]]:
    """The parts of the pieces between two positions of their text, each keeping its mark; the cut ends stripped."""
    cut, position = [], 0
    for marked, piece in pieces:
        part = piece[max(0, start - position):max(0, end - position)]
        if part:
            cut.append((marked, part))
        position += len(piece)
    if cut:
        cut[0] = (cut[0][0], cut[0][1].lstrip())
        cut[-1] = (cut[-1][0], cut[-1][1].rstrip())
    return cut


@dataclass
class JudgedRow:
    """One article of the not-news page: what the store lists of it and the model's one-line why."""

    listing: ArticleListing
    why: str  # Explanation.news_reason(): the model's call, whatever the reader made of it

    @property
    def news_source(self) -> str:
        """'user' when the reader set the news label, else 'model'."""
        return label_source(self.listing.label, "news")


def judged_rows(store: Store, news: bool, by_reader: bool = False, offset: int = 0,
                limit: int | None = None) -> tuple[list[JudgedRow], int]:
    """A page of Store.articles_judged with each article's why, and how many there are in all."""
    listings, total = store.articles_judged(news, by_reader, offset, limit)
    return [JudgedRow(listing, listing_explanation(store, listing).news_reason()) for listing in listings], total


def listing_explanation(store: Store, listing: ArticleListing) -> Explanation:
    """The model's evidence for a listed article: as its analysis keeps it, or weighed now from the whole article
    (one analysed before svodka kept it)."""
    kept = kept_explanation(listing)
    if kept is not None:  # read without the article
        return kept
    stored = store.article(listing.id)
    assert stored is not None  # just listed
    return explanation(stored.article, stored.analysis)


@dataclass
class NotNewsListing:
    """What the not-news page shows: a page of the articles kept out of stories as not news, how many there are,
    and every article the reader corrected to news (few: each is a reader's act), so both directions of
    correction can be audited."""

    rows: list[JudgedRow]
    total: int
    to_news: list[JudgedRow]
    grouped: bool  # the store groups not-news too (Store.groups_non_news): these are in stories, not kept out


def not_news_listing(store: Store, offset: int = 0, limit: int | None = None) -> NotNewsListing:
    """The not-news page's listing: `limit` rows from `offset` (the web app's page), or all of them (the report)."""
    rows, total = judged_rows(store, False, offset=offset, limit=limit)
    return NotNewsListing(rows, total, judged_rows(store, True, by_reader=True)[0], store.groups_non_news())
