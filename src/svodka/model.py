"""The document model every stage shares.

Stages take these data classes and return them; the store persists them and the
export, report and web app read them. Keeping them in one module means a newcomer
sees the whole vocabulary of svodka on one screen.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import types
import typing
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, TypeVar


@dataclass
class RawDocument:
    """One article as ingest found it, before any cleaning.

    `hints` carries metadata the container already gave (a JSONL `title`, an RSS
    `pubDate`, HTML `<meta>` tags), so cleaning can prefer it over guessing.
    """

    origin: str
    raw: bytes
    format: str  # text | html | json | rss
    text: str  # decoded body (for HTML: the whole page)
    encoding: str = "utf-8"
    hints: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return content_id(self.raw)


@dataclass
class IngestError:
    """A file or part of a file that could not become an article, and why."""

    origin: str
    reason: str


@dataclass
class Removed:
    """A piece of text the cleaner cut out, kept so that nothing is lost silently."""

    text: str
    reason: str


@dataclass
class Article:
    """A cleaned article: body text plus the metadata found around it."""

    id: str
    origin: str
    text: str
    title: str = ""
    outlet: str | None = None
    published: datetime | None = None
    published_year_guessed: bool = False  # "24 декабря 08:23": the year came from context
    published_from_url: bool = False  # no date printed: `published` is the URL's day ("/2019/11/14/"), no time of day
    # A day, no time of day: a URL's day (at noon) or a date printed without one ("15 ноября 2019", at 00:00).
    # The hour is svodka's, so it shows as a day and is no evidence of how fast outlets followed (svodka.rank).
    published_day_only: bool = False
    section: str | None = None
    dateline: str | None = None
    author: str | None = None
    url: str | None = None
    format: str = "text"
    removed: list[Removed] = field(default_factory=list)
    source_id: str | None = None  # the dump record's own `id` (or `guid`): to join an article back to its source

    def __post_init__(self) -> None:
        self.published_day_only = self.published_day_only or self.published_from_url  # a store from before the field


@dataclass
class Sentence:
    start: int
    stop: int
    text: str
    lemmas: list[str] = field(default_factory=list)


@dataclass
class Mention:
    """Where an entity is named in the text, and how."""

    start: int
    stop: int
    text: str
    kind: str = "name"  # name | role: a role standing for the person ("глава государства" for Путин)


@dataclass
class Entity:
    """A person, organisation or place, under one canonical name."""

    name: str
    type: str  # PER | ORG | LOC
    mentions: list[Mention] = field(default_factory=list)
    key: str = ""  # spelling-independent identity across articles and languages ("PER:putin")


@dataclass
class Quote:
    text: str
    speaker: str | None
    kind: str  # direct | indirect
    start: int
    stop: int


@dataclass
class DateRef:
    """A date the text mentions, resolved against the publication date."""

    text: str
    start: int
    stop: int
    date: str | None  # ISO date, or None when it could not be resolved


@dataclass
class NumberFact:
    """A number with what it counts ("55 вопросов")."""

    text: str
    value: float
    unit: str
    start: int
    stop: int


@dataclass
class Analysis:
    """What the understanding stage found in one article."""

    language: str
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    numbers: list[NumberFact] = field(default_factory=list)
    news: bool = True  # False for how-tos, ads, horoscopes, recipes…
    category: str | None = None  # society | economy | technology | sports | entertainment | science | other
    # Why (svodka.categorise.explain): the news filter's log-odds of not news, each feature's share, category scores.
    not_news_score: float | None = None  # None: analysed before svodka kept its evidence
    news_cues: dict[str, float] = field(default_factory=dict)
    category_scores: dict[str, float] = field(default_factory=dict)
    headline_subject: list[str] = field(default_factory=list)  # lemmas of who the headline says acted (Russian)

    @property
    def lemmas(self) -> list[str]:
        return [lemma for sentence in self.sentences for lemma in sentence.lemmas]


@dataclass
class Cited:
    """A sentence of a summary with the articles that state it."""

    text: str
    articles: list[str]
    disputed: list[Disputed] = field(default_factory=list)
    # Each cited article's own sentence of the fact, in `articles` order: what a citation shows under its outlet's
    # name (`text` is one report's words, maybe in another language). Empty in a store built before it was kept.
    wordings: list[Wording] = field(default_factory=list)


@dataclass
class Disputed:
    """Another value that other articles give for one of a summary sentence's numbers or dates."""

    text: str  # as they print it: "16 марта"
    articles: list[str]


@dataclass
class TimelineEvent:
    date: str
    text: str
    articles: list[str]
    date_year_guessed: bool = False  # every report giving the date counted it from a guessed publication year


@dataclass
class Wording:
    """How one article words a quote, in full: who said it how."""

    article: str
    text: str
    articles: list[str] = field(default_factory=list)  # a quote variant: every report printing these words


@dataclass
class State:
    """One value a developing figure took (an update's state): as the first report giving it prints it, when that
    report was published, and every report and outlet giving it."""

    text: str  # "5000 квадратных"
    published: datetime | None
    articles: list[str]
    outlets: list[str]
    latest: bool = False  # the newest state: what the story says now


@dataclass
class Difference:
    kind: str  # shared | unique | update | quote_variant | conflict | attribution
    text: str
    articles: list[str]
    # A shared fact: another value other articles give for one of its numbers or dates (they are not in `articles`).
    disputed: list[Disputed] = field(default_factory=list)
    wordings: list[Wording] = field(default_factory=list)  # a quote variant: each article's quote, in `articles` order
    # A unique detail of a shared fact: the names and numbers only its report gives, each as `sentence` prints it,
    # and that sentence (`text` glues them before it: "Бегайдар — …"), so a reader can be shown them in place.
    details: list[str] = field(default_factory=list)
    sentence: str = ""
    # An update: the figure's states in time order (the last is `latest`); `text` is the newest report's sentence.
    states: list[State] = field(default_factory=list)


@dataclass
class StoryEntity:
    name: str
    type: str
    articles: list[str]


@dataclass
class StoryQuote:
    text: str
    speaker: str | None
    kind: str
    article: str


@dataclass
class Reprint:
    """An article that is a near copy of an earlier one (its `original`)."""

    article: str
    original: str
    similarity: float


@dataclass
class Story:
    """Reports of one event, and what comparing them found."""

    id: str
    articles: list[str]
    title: str = ""
    summary: list[Cited] = field(default_factory=list)
    entities: list[StoryEntity] = field(default_factory=list)
    quotes: list[StoryQuote] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    reprints: list[Reprint] = field(default_factory=list)
    merged_from: list[str] = field(default_factory=list)  # ids of stories merged into this one
    category: str | None = None
    rank: float = 0.0
    rank_components: dict[str, float] = field(default_factory=dict)


def content_id(raw: bytes) -> str:
    """Articles are identified by their content, so re-ingesting adds nothing."""
    return hashlib.sha256(raw).hexdigest()[:16]


def to_dict(obj: Any) -> Any:
    """A JSON-ready form of a model object (datetimes as ISO 8601)."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_dict(item) for item in obj]
    if isinstance(obj, dict):
        return {key: to_dict(value) for key, value in obj.items()}
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, bytes):
        raise TypeError("raw bytes are stored separately, not serialised")
    return obj


T = TypeVar("T")


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a model object from `to_dict` output, recursing into nested classes."""
    return cls(**{name: convert(data[name]) for name, convert in _field_converters(cls) if name in data})


@functools.cache
def _field_converters(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """Each field's name and the function rebuilding its value; cached, since resolving annotations is slow."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


def _converter(hint: Any) -> Callable[[Any], Any]:
    """A function turning the JSON form of a value of type `hint` back into that value."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _converter(next(arg for arg in typing.get_args(hint) if arg is not type(None)))
        return lambda value: None if value is None else inner(value)
    if origin is list:
        item = _converter(typing.get_args(hint)[0])
        return lambda value: None if value is None else [item(v) for v in value]
    if hint is datetime:
        return lambda value: None if value is None else datetime.fromisoformat(value)
    if dataclasses.is_dataclass(hint):
        return lambda value: None if value is None else from_dict(hint, value)
    return lambda value: value
