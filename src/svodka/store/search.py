"""Full-text search over articles that understands Russian inflection and English stems.

Each article is indexed twice in one FTS5 row: its lemmas (natasha's, from the
analysis) and its folded words. A query word matches either any lemma it may have
("союзника" → союзник, so it finds "союзником") or the word itself (so a word natasha
lemmatised differently in context is still found); an English word's stem, or the stems of
all its forms when it is irregular ("went" → go, goes, going, gone: IRREGULAR_ENGLISH) or ends in -e ("strikes" →
strik, strike: english_stems), met at query time, so the index holds stems alone and a store built before needs no rebuild. A quoted phrase matches those
words in that order as the article wrote them (case and ё aside): a fact-checker
looking for who printed a quote wants the quote, not its words scattered or
inflected otherwise. Words and phrases must all match; `OR` between two makes
either do, and `NOT` before one leaves out the articles that have it. A capitalised word is read as a name too: it
matches every Russian case of the name as written (natasha lemmatises «Токаев» as токай) and, through
`spelled_across_scripts`, its spellings in the other script the store holds (Воронцов, Vorontsov: translit's key). When no article has them all, articles with some are shown, those matching
the most of them first (then by bm25), and the result says so. The title and the text
are indexed with a boundary word between them, so a phrase never runs from one into
the other. The FTS row's rowid is the
article's `seq`, so catching up an old store is an indexed anti-join, not a scan
per article. A text printed again (word for word, or a near copy its story's reprints link) folds into its best
hit, shown as the text's original, when asked (`fold_copies`: `svodka search`, its --json and the web's, where an archive's weekly reprints filled
the first page), however far copies chain, and pages and totals count the folded hits; the copy texts and reprint
links are kept by article (article_copies), read by index. A window of days keeps a search to the articles published
in it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from svodka.model import Analysis, Article
from svodka.nlp.aliases import FUNCTION_WORDS
from svodka.nlp.english import stem
from svodka.nlp.translit import latin, name_key

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
# The articles a store written before search (or before its copy texts) holds with no search row, and with no copy
# text (index_missing): read from an index of articles and FTS5's table of its rows' sizes (one row an article, by
# its rowid), as the FTS table itself is scanned with its text (0.5 s for 56,056 articles, not 0.03).
UNINDEXED_SEQS = "SELECT seq FROM articles WHERE seq NOT IN (SELECT id FROM article_search_docsize)"
UNCOPIED_SEQS = "SELECT seq FROM articles WHERE seq NOT IN (SELECT seq FROM article_copies)"
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
    """One word of a query and the lemmas it may stand for. A word the reader capitalised is read as a name too
    (`name_term`): `bases` are the names (nominative) it may be, `forms` the words as written it matches besides
    its lemmas (a Russian name's every case, its spellings in the other script; none yet for a word pymorphy reads
    as no name, until the store shows it is one: `spelled_across_scripts`), `spellings` those other spellings
    the store holds (`spelled_across_scripts`), which the query shows a reader."""

    word: str
    lemmas: frozenset[str]
    forms: frozenset[str] = frozenset()
    bases: frozenset[str] = frozenset()
    spellings: tuple[str, ...] = ()


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
            if isinstance(part, Phrase):
                return quoted(" ".join(part.words))
            return "/".join(sorted(part.lemmas)) + (f" (also {', '.join(part.spellings)})" if part.spellings else "")
        return " + ".join(" or ".join(map(shown, group)) for group in self.groups) + "".join(
            f", not {shown(part)}" for part in self.excluded)


@dataclass
class SearchHit:
    article_id: str
    story_id: str | None
    score: float  # bm25: lower is better
    copies: list[str] = field(default_factory=list)  # the same text's other hits, best first (fold_copies)


@dataclass
class SearchResults:
    hits: list[SearchHit]  # one page, best first
    total: int  # how many hits in all (every page): the articles matching, their copies folded when folded
    partial: bool  # no article matched every group: these match some
    matching_articles: int  # how many articles match in all, copies included


def fold(text: str) -> str:
    """Lower case with ё as е: writers use both, readers type е."""
    return text.lower().replace("ё", "е")


def quoted(text: str) -> str:
    """A reader's words in the quotes of their language: «Russian», "English" (guillemets read as foreign there)."""
    return f"«{text}»" if CYRILLIC.search(fold(text)) else f'"{text}"'


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
        typed = WORD.findall(text if token.group(1) is None else token.group(1))[:budget]
        budget -= len(typed)
        words = [fold(word) for word in typed]
        parts: list[QueryPart] = ([query_term(word, russian_lemmas) for word in typed] if token.group(1) is None
                                  else [Phrase(tuple(words))] if words else [])
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


# What pymorphy2 tags a reading as a name by: a first name, surname, patronymic, place, organisation, trademark.
NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


class RussianLemmatizer:
    """Every normal form pymorphy gives a Russian word (called), and those of its readings as a name (`names`),
    remembered (a page marks the same words again and again): through the pipeline's `models` when the caller holds
    them (the web app: one dictionary in memory), else through pymorphy2's dictionary alone (`russian_morphology`).
    The morphology loads on the first word, so an app that never searches never loads it."""

    def __init__(self, models: NlpModels | None = None) -> None:
        self.models = models
        self.readings = lru_cache(maxsize=50_000)(self._readings)

    def __call__(self, word: str) -> frozenset[str]:
        return frozenset(lemma for lemma, _ in self.readings(word))

    def names(self, word: str) -> frozenset[str]:
        """The normal forms of the word's readings as a name: «Воронцов» is воронцов, not воронец (its genitive
        plural too)."""
        return frozenset(lemma for lemma, name in self.readings(word) if name)

    def common_word(self, word: str) -> bool:
        """Whether the word is the normal form of a reading that is no name («мост», «банк»), so it is read as that
        word, not as a name (whose spellings in Latin letters would be English words: most, bank)."""
        return not self.names(word) and any(lemma == word for lemma, _ in self.readings(word))

    def _readings(self, word: str) -> tuple[tuple[str, bool], ...]:
        morphology = self.models.morph_vocab if self.models is not None else russian_morphology()
        return tuple((fold(parse.normal_form), not NAME_TAGS.isdisjoint(parse.tag.grammemes))
                     for parse in morphology.parse(word))


def russian_lemmatizer(models: NlpModels | None = None) -> RussianLemmatizer:
    """The lemmatizer a query is read with (RussianLemmatizer)."""
    return RussianLemmatizer(models)


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


def query_term(typed: str, russian_lemmas: Lemmatizer) -> QueryTerm:
    """A query word as typed: a capitalised one is read as a name too (`name_term`)."""
    word = fold(typed)
    lemmas = query_lemmas(word, russian_lemmas, typed[0].isupper())
    return name_term(word, lemmas, russian_lemmas) if typed[0].isupper() else QueryTerm(word, lemmas)


def name_term(word: str, lemmas: frozenset[str], russian_lemmas: Lemmatizer) -> QueryTerm:
    """A capitalised word read as a name. A Russian one matches every case of the names it may be as written
    (`name_forms`), since natasha lemmatises a surname by the common word its form also is («Токаев»: токай, the
    genitive plural of токай, so "Токаеву" missed it), and only the lemmas of its readings as a name when it has any
    («Воронцов»: not воронец); with none, the name may be the word or the word less its case ending (Лапину: Лапин),
    whose cases are matched only once the store shows it written as a name (`spelled_across_scripts`): «Среди» at
    a sentence's start is no name, and its "cases" would be среду, среда. A plain callable as `russian_lemmas`
    (tests) reads no word as a name's lemma."""
    if not CYRILLIC.search(word):
        return QueryTerm(word, lemmas, bases=frozenset({word}))
    names = russian_lemmas.names(word) if isinstance(russian_lemmas, RussianLemmatizer) else frozenset()
    if not names:  # Лапину: Лапин, as pymorphy knows none; no `forms` until the store writes it as a name
        return QueryTerm(word, lemmas, bases=frozenset({word, name_stem(word) or word}))
    return QueryTerm(word, names | {word}, name_forms(names | {word}), names | {word})


def name_stem(name_word: str) -> str | None:
    """What a Russian name's word keeps in every case (Путин: путин; Захарова: захаров; Кремль: кремл), or None
    when that is too short to tell it from other words (MIN_NAME_STEM, MIN_VOWEL_NAME_STEM)."""
    base = name_word[:-1] if name_word[-1] in NAME_FINAL_LETTERS else name_word
    shortest = MIN_VOWEL_NAME_STEM if base != name_word else MIN_NAME_STEM
    return base if len(base) >= shortest else None


def name_forms(bases: Iterable[str]) -> frozenset[str]:
    """Every case of Russian names as written: each stem with each of NAME_ENDINGS (a name too short for a stem,
    as written)."""
    stems = {base: name_stem(base) for base in bases}
    return frozenset(f"{kept}{ending}" for kept in stems.values() if kept for ending in NAME_ENDINGS) | {
        base for base, kept in stems.items() if not kept}


def query_lemmas(word: str, russian_lemmas: Lemmatizer, capitalised: bool = False) -> frozenset[str]:
    """A folded word and every lemma it may have (an English word's: the stems of each of its forms). An English
    word the reader capitalised is a name or an acronym ("Fed", "US"): its own stems, not the forms of the lower-case
    word it also spells ("fed": feed)."""
    if CYRILLIC.search(word):
        return frozenset(fold(lemma) for lemma in russian_lemmas(word)) | {word}
    forms = [word] if capitalised else irregular_forms(word)
    return frozenset(lemma for form in forms for lemma in english_stems(form)) | {word}


def irregular_forms(word: str) -> tuple[str, ...]:
    """The forms of the irregular word's line (IRREGULAR_ENGLISH) that a word or its regular form is of ("strikes":
    strike, struck, stricken), else the word alone."""
    lines = english_forms()
    return lines.get(word) or next((lines[base] for base in sorted(english_stems(word)) if base in lines), (word,))


def english_stems(word: str) -> set[str]:
    """The stems the index holds a word's regular forms under. `stem` strips -es, -ed and -ing whole, so the forms
    of a word ending in -e have two: "strike" is held as strike, "strikes" and "striking" as strik. A base form
    stands for its -e-less stem too, and a form that lost its -es, -ed or -ing for its base with -e ("quakes":
    quak, quake; "talked" gives talke too, which no word is), so both sides meet without a reindex."""
    stemmed = stem(word)
    if stemmed == word and word.endswith("e"):
        return {word, stem(f"{word}s")}
    if word.startswith(stemmed) and word[len(stemmed):] in ("es", "ed", "ing") and not stemmed.endswith("e"):
        return {stemmed, f"{stemmed}e"}
    return {stemmed}


@lru_cache(maxsize=1)
def english_forms() -> dict[str, tuple[str, ...]]:
    """Each word of IRREGULAR_ENGLISH (and of the -man compounds) with every form of its line."""
    lines = [line.split() for line in IRREGULAR_ENGLISH.replace("\n", " ").split(";")]
    lines += [[f"{prefix}{man}", f"{prefix}{men}"] for prefix in MAN_COMPOUNDS
              for man, men in (("man", "men"), ("woman", "women"))]
    return {word: tuple(line) for line in lines for word in line}


def match_expression(query: Query, every: bool = True) -> str:
    """An FTS5 query: every group (or, not `every`, any) must match; every string quoted, so no input is syntax."""
    def fts_quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    def clause(part: QueryPart) -> str:
        if isinstance(part, Phrase):
            return f"words : {fts_quoted(' '.join(part.words))}"
        options = ([f"lemmas : {fts_quoted(lemma)}" for lemma in sorted(part.lemmas)]
                   + [f"words : {fts_quoted(word)}" for word in sorted(part.forms | {part.word})])
        return " OR ".join(options)

    found = (" AND " if every else " OR ").join(
        "(" + " OR ".join(f"({clause(part)})" for part in group) + ")" for group in query.groups)
    if not query.excluded:
        return found
    return f"({found}) NOT (" + " OR ".join(f"({clause(part)})" for part in query.excluded) + ")"


def group_expressions(query: Query) -> list[str]:
    """One FTS5 query per group of the query: what counts how many of them an article matches."""
    return [match_expression(Query((group,))) for group in query.groups]


# The store's search terms (lemmas and words alike), which a name's spellings in the other script are looked up in,
# by a range of terms (an index seek): FTS5's own vocabulary table, made in the connection's temp schema, so a store
# served read-only needs no writing.
VOCABULARY = ("CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_terms"
              " USING fts5vocab(main, 'article_search', 'row')")
TERMS_FROM = "SELECT term FROM temp.article_search_terms WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?"
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
SILENT_E = re.compile(r"[^aeiouy]e$")
# A shorter name key spells common words of the other language too (Дон: don, of "don't"; Лин: lin, lynn): such a
# name is searched as written.
MIN_KEY = 4
RUSSIAN_LETTERS = "абвгдежзийклмнопрстуфхцчшщыэюя"  # folded: ё is е


def spelled_across_scripts(db: sqlite3.Connection, query: Query, russian_lemmas: Lemmatizer) -> Query:
    """The query with each word read as a name (QueryTerm.bases) also matching its spellings in the other script
    that the store holds, as the analysis meets names (translit.name_key: Воронцов, Vorontsov; Токаев, Tokayev):
    "Воронцов" finds the English reports on him, "Lapin" the Russian ones in every case. A common word is no name
    on either side («мост», "Most"; "State", «статье»: `a_name`)."""
    db.execute(VOCABULARY)
    common = russian_lemmas.common_word if isinstance(russian_lemmas, RussianLemmatizer) else lambda word: False
    names = russian_lemmas.names if isinstance(russian_lemmas, RussianLemmatizer) else lambda word: frozenset()

    def a_name(term: str) -> bool:
        """Whether a spelling found is a name: a Russian word pymorphy reads as one, else (not a Russian common word)
        one the store's texts write capitalised inside a sentence."""
        if CYRILLIC.search(term) and (names(term) or common(term)):
            return bool(names(term))
        return written_as_name(db, term)

    def respelled(part: QueryPart) -> QueryPart:
        if not isinstance(part, QueryTerm) or not part.bases:
            return part
        if CYRILLIC.search(part.word) and not part.forms:  # read as no name by pymorphy: «Лапину», «Среди»
            if not written_as_name(db, *name_forms(part.bases)):
                return part
            part = replace(part, forms=name_forms(part.bases))
        if CYRILLIC.search(part.word):
            spellings = frozenset(filter(a_name, latin_spellings(db, {
                key for base in part.bases if len(key := name_key(base)) >= MIN_KEY and not common(base)})))
            return replace(part, forms=part.forms | spellings, spellings=tuple(sorted(spellings)))
        found = frozenset(filter(a_name, russian_spellings(db, name_key(part.word))))
        return replace(part, forms=part.forms | name_forms(found), spellings=nominatives(found))

    return replace(query, groups=tuple(tuple(dict.fromkeys(map(respelled, group))) for group in query.groups),
                   excluded=tuple(map(respelled, query.excluded)))


def nominatives(names: Iterable[str]) -> tuple[str, ...]:
    """The names less those a shorter (or first) one is a case of («урале» of «урал»: both key "ural"), to show."""
    shown: list[str] = []
    for name in sorted(names, key=lambda name: (len(name), name)):
        if not any(same_name_word(name, other) for other in shown):
            shown.append(name)
    return tuple(shown)


def latin_spellings(db: sqlite3.Connection, keys: set[str]) -> frozenset[str]:
    """The store's words in Latin letters that spell a name keyed `keys` (Tokayev, Tokaev for токаев), but for an
    English word's silent final e, which the key drops and a Russian name never writes ("crime" keys as Крым does,
    "done" as Дон)."""
    return frozenset(term for key in keys if key for term in _terms_from(db, key, LATIN_LETTERS, 2, 4)
                     if name_key(term) == key and not SILENT_E.search(term))


def russian_spellings(db: sqlite3.Connection, key: str) -> frozenset[str]:
    """The words in Russian letters, as the store holds them in the nominative (a lemma or a word), that a Latin
    name keyed `key` spells (воронцов for Vorontsov)."""
    return frozenset(term for term in _terms_from(db, key, RUSSIAN_LETTERS, 3, 3)
                     if name_key(term) == key) if len(key) >= MIN_KEY else frozenset()


# A few of the texts holding a word, to see how they write it (`written_as_name`).
TEXTS_WITH = ("SELECT json_extract(a.article, '$.text') FROM article_search s JOIN articles a ON a.seq = s.rowid"
              " WHERE article_search MATCH ? LIMIT 5")


def written_as_name(db: sqlite3.Connection, *words: str) -> bool:
    """Whether the store's texts (a few of those holding any of the words, a name's cases; titles aside, which
    English capitalises throughout) write them capitalised after a word of their sentence or a hyphen
    (Stroyinvest-Ural) more often than not there: Lapin, «Лапин» (which pymorphy reads as лапина's genitive plural)
    are names; "most", «статье», «среди» are not, nor «второй» for the «Второй мировой» of a few."""
    spelled = "|".join(re.escape(word).replace("е", "[её]") for word in sorted(words, key=len, reverse=True))
    pattern = re.compile(r"(?:[\w,;:)»”\"-] +|\w-)((?i:" + spelled + r"))\b")
    expression = " OR ".join(f'words : "{word}"' for word in sorted(words))
    capitalised = [found.group(1)[0].isupper() for (text,) in db.execute(TEXTS_WITH, (expression,))
                   for found in pattern.finditer(text or "")]
    return capitalised.count(True) > capitalised.count(False)


def _terms_from(db: sqlite3.Connection, key: str, letters: str, shorter: int, longer: int) -> Iterator[str]:
    """The store's terms that start with two letters whose spelling a name key may start with (`spelling_starts`),
    `shorter` to `longer` letters off the key's length (romanisations write a sound in one to four letters: щ shch)."""
    for start in spelling_starts(key[:2], letters):
        for (term,) in db.execute(TERMS_FROM, (start, start + "\uffff", len(key) - shorter, len(key) + longer)):
            yield term


@lru_cache(maxsize=4096)
def spelling_starts(key_start: str, letters: str) -> tuple[str, ...]:
    """The pairs of `letters` a word whose name key starts `key_start` may start with (вo, во for "vo"; дж, жо for
    "zh"), so a name's spellings are looked up in a few ranges of the store's terms, not among all of them."""
    def starts(written: str) -> bool:  # followed by a vowel, a consonant or the key's own next letter
        return any(name_key(latin(written) + after).startswith(key_start[:len(written)])
                   for after in ("a", "e", "i", "t", key_start[1:]))

    return tuple(first + second for first in letters if starts(first) for second in letters if starts(first + second))


def index_article(db: sqlite3.Connection, article: Article, analysis: Analysis) -> None:
    """(Re)index one stored article; call inside the transaction that stores it."""
    row = db.execute("SELECT seq FROM articles WHERE id = ?", (article.id,)).fetchone()
    if row is None:
        return
    db.execute("DELETE FROM article_search WHERE rowid = ?", (row[0],))
    _add_row(db, row[0], article.id, analysis.lemmas, article.title, article.text)


def index_missing(db: sqlite3.Connection) -> int:
    """Index articles stored before search existed, and keep the copy text (and reprint link) of those stored before
    they were kept; return how many articles were indexed."""
    unlinked = db.execute(f"SELECT EXISTS ({UNCOPIED_SEQS})").fetchone()[0]
    rows = db.execute(f"SELECT seq, id, article, analysis FROM articles WHERE seq IN ({UNINDEXED_SEQS})").fetchall()
    for seq, article_id, article_json, analysis_json in rows:
        article, analysis = json.loads(article_json), json.loads(analysis_json)
        lemmas = [lemma for sentence in analysis["sentences"] for lemma in sentence["lemmas"]]
        _add_row(db, seq, article_id, lemmas, article.get("title", ""), article["text"])
    for seq, text in db.execute(f"SELECT seq, json_extract(article, '$.text') FROM articles"
                                f" WHERE seq IN ({UNCOPIED_SEQS})").fetchall():
        _add_copy_text(db, seq, text)
    if unlinked:
        db.execute(LINK_EVERY_REPRINT)
    return len(rows)


def _add_row(db: sqlite3.Connection, seq: int, article_id: str, lemmas: list[str], title: str, text: str) -> None:
    """One article's search row (its rowid is the article's `seq`) and copy text."""
    db.execute(
        "INSERT INTO article_search (rowid, article_id, lemmas, words) VALUES (?,?,?,?)",
        (seq, article_id, fold(" ".join(lemmas)), fold(f"{title}\n{TITLE_END}\n{text}")),
    )
    _add_copy_text(db, seq, text)


def _add_copy_text(db: sqlite3.Connection, seq: int, text: str) -> None:
    """An article's copy text (copy_text), which search folds the hits printing one text by; the article's reprint
    link, if any, is kept (a new analysis of the article does not unlink it)."""
    db.execute("INSERT INTO article_copies (seq, copy_text) VALUES (?, ?)"
               " ON CONFLICT (seq) DO UPDATE SET copy_text = excluded.copy_text", (seq, copy_text(text)))


# Each live story's reprints (Story.reprints: a near copy and its original) kept by the copy's article_copies row, so
# search folds a near copy by index rather than parsing every hit's story (a third of a folded search's time on a
# store of 60,000 articles). LINK_REPRINTS does one story's (its members' old links dropped first: a member no
# longer a reprint); LINK_EVERY_REPRINT, every story's, for a store written before the links were kept.
REPRINT_LINKS = ("SELECT a.seq, json_extract(r.value, '$.original') AS original, st.id AS story_id"
                 " FROM stories st, json_each(st.data, '$.reprints') r JOIN articles a"
                 " ON a.id = json_extract(r.value, '$.article')")
UNLINK_MEMBERS = ("UPDATE article_copies SET original = NULL, original_story = NULL"
                  " WHERE original_story IS NOT NULL AND seq IN (SELECT seq FROM articles WHERE id IN"
                  " (SELECT value FROM json_each(?)))")
LINK_REPRINTS = ("UPDATE article_copies AS c SET original = l.original, original_story = l.story_id"
                 f" FROM ({REPRINT_LINKS} WHERE st.id = ?) l WHERE c.seq = l.seq")
LINK_EVERY_REPRINT = ("UPDATE article_copies AS c SET original = l.original, original_story = l.story_id"
                      f" FROM ({REPRINT_LINKS} WHERE st.merged_into IS NULL) l WHERE c.seq = l.seq")


def link_reprints(db: sqlite3.Connection, story_id: str, members: list[str]) -> None:
    """Keep a saved story's reprint links (LINK_REPRINTS); call inside the transaction that saves it."""
    db.execute(UNLINK_MEMBERS, (json.dumps(members),))
    db.execute(LINK_REPRINTS, (story_id,))


def search(db: sqlite3.Connection, query: Query, limit: int = HITS_PER_PAGE, offset: int = 0,
           window: DayWindow = (None, None), fold_copies: bool = False) -> SearchResults:
    """A page of the articles matching the whole query, best first; when none does, of those matching some part,
    those matching the most parts first. `window`: only articles published from its first day to its last (ISO
    days, either end open; an undated article is in no window). `fold_copies`: the hits that copy one text
    (FOLDED) are one hit, the best ranked, holding the others as its `copies`; `offset`, `limit` and `total`
    count these hits, so every page agrees with the others."""
    if not query.groups:
        return SearchResults([], 0, False, 0)
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
    hits = (f"SELECT s.rowid AS seq, s.article_id, m.story_id, bm25(article_search) AS score, {matched or 0} AS parts"
            f" FROM article_search s LEFT JOIN memberships m ON m.article_id = s.article_id"
            f" WHERE article_search MATCH ?{within}")
    parameters = (*groups, expression, *days)
    if fold_copies:
        return _folded(db, hits, parameters, limit, offset, total, partial)
    rows = db.execute(f"{hits} ORDER BY parts DESC, score, s.rowid LIMIT ? OFFSET ?", (*parameters, limit, offset))
    return SearchResults([SearchHit(row[1], row[2], row[3]) for row in rows], total, partial, total)


# Every hit, best first, with what folds it (_folded): its own key, its text's words (`copy_text`, kept when
# indexed), or, a text too short to tell a copy, its id; and its linked key, the own key of the original its story's
# reprints link it to (a near copy: a trimmed or reworded end; LINK_REPRINTS), while it is in that story; and when
# it was published, so the text's first printing is the hit its copies fold into.
FOLDED = """WITH hits AS MATERIALIZED ({hits})
SELECT hits.article_id, hits.story_id, hits.score, coalesce(own.copy_text, hits.article_id) AS own_key,
       CASE WHEN own.original_story = hits.story_id THEN coalesce(linked.copy_text, own.original) END AS linked_key,
       (SELECT published FROM articles WHERE seq = hits.seq) AS published
FROM hits LEFT JOIN article_copies own ON own.seq = hits.seq
     LEFT JOIN articles original_article ON original_article.id = own.original
     LEFT JOIN article_copies linked ON linked.seq = original_article.seq
ORDER BY hits.parts DESC, hits.score, hits.seq"""
FoldedRow = tuple[str, str | None, float, str, str | None, str | None]  # FOLDED's: id, story, score, keys, published


def _folded(db: sqlite3.Connection, hits: str, parameters: tuple[str, ...], limit: int, offset: int,
            matching_articles: int, partial: bool) -> SearchResults:
    """One page of the folded hits and how many there are in all; `matching_articles`: how many articles match.
    The hits of one text (FOLDED's keys, joined by copy_families) are one hit where the best ranked of them stands,
    shown as the text's original (`original_first`), the others its copies, best first. Folded in Python, not SQL: a
    text's family is a chain of any length (D prints B's words, B reprints A, C reprints A), which SQL follows only
    by a recursive join it cannot index (150 s for 60,000 hits)."""
    rows = db.execute(FOLDED.format(hits=hits), parameters).fetchall()
    family = copy_families((own_key, linked_key) for _, _, _, own_key, linked_key, _ in rows)
    families: dict[str, list[FoldedRow]] = {}
    for row in rows:
        families.setdefault(family(row[3]), []).append(row)
    folded = [original_first(members) for members in families.values()]
    return SearchResults(folded[offset:offset + limit], len(folded), partial, matching_articles)


def original_first(members: list[FoldedRow]) -> SearchHit:
    """One text's hits (FOLDED's rows, best first) as one: the original its reprints link to, else the first
    printed when every time is known with its zone, else the best ranked; the others are its copies. A reader
    looking for who printed a text first must not see a reprint with the original as its copy."""
    linked = {linked_key for *_, linked_key, _ in members if linked_key is not None}
    originals = [row for row in members if row[3] in linked and row[4] is None] or members
    dated = [(moment, row) for row in originals if (moment := _moment(row[5])) is not None]
    first = min(dated, key=lambda pair: pair[0])[1] if len(dated) == len(originals) else originals[0]
    return SearchHit(first[0], first[1], first[2], [row[0] for row in members if row is not first])


def _moment(published: str | None) -> datetime | None:
    """A publication time with its zone, or None (none, unreadable, or a wall-clock time in an unknown zone)."""
    try:
        moment = datetime.fromisoformat(published) if published else None
    except ValueError:
        return None
    return moment if moment is not None and moment.utcoffset() is not None else None


def copy_families(links: Iterable[tuple[str, str | None]]) -> Callable[[str], str]:
    """The keys each (own, linked) pair joins, followed however far they chain: a key's family (one key of it)."""
    parent: dict[str, str] = {}

    def family(key: str) -> str:
        while (up := parent.get(key, key)) != key:
            parent[key] = parent.get(up, up)  # halve the path: the next look-up is shorter
            key = up
        return key

    for own_key, linked_key in links:
        if linked_key is not None:
            parent[family(own_key)] = family(linked_key)
    return family


def copy_text(text: str) -> str | None:
    """What two printings of one text share, word for word (case, ё and punctuation aside; the title too, as a
    reprint often retitles): its words, hashed. None for a text of fewer than COPY_MIN_WORDS, which says too little
    to be one text."""
    words = WORD.findall(fold(text))
    if len(words) < COPY_MIN_WORDS:
        return None
    return hashlib.blake2b(" ".join(words).encode(), digest_size=16).hexdigest()


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
            found = [(word.start(), word.end()) for word, form in zip(words, folded)
                     if form in part.forms or part.lemmas & lemmas[form]]
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
    base = name_stem(name_word)
    return base is not None and word.startswith(base) and word[len(base):] in NAME_ENDINGS
