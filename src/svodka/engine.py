"""The orchestrator: the pipeline's order lives here and nowhere else (Engine.process).

    ingest → clean → nlp → categorise → store   (per article, one transaction each; the same URL fetched again
                                                  replaces its older version, Store.add_article)
    name outlets                                (articles that gave only a URL take their site's name from the
                                                  store's other articles: name_unnamed_outlets)
    place guessed years → nlp → categorise      (a year-less date takes the year of this input's full dates, and
                                                  the article is analysed again: place_guessed_years)
    stories                                     (each pending article placed, one transaction each)
    re-anchor years → nlp → categorise          (a year-less report takes its story's year, analysed again:
    → compare → summarise → rank → store          build_story, for each story whose membership changed, ranked
                                                  before it is saved: a reader never sees a story without its rank)
    rank                                        (every story again, against the newest report: the parts of a
                                                  rank that other stories give moved; only changed ranks are saved)

Every step reads its input from the store and writes its output back, so a run that
is killed resumes where it stopped: an article is stored whole or not at all; an
article stored but not grouped is grouped next time; a story whose members changed
stays marked until it is rebuilt.

Several svodkas may write to one store (`serve` beside `run` or `follow`): each article
is stored in a transaction of its own, and everything from placing years to ranking,
which reads the stories and writes them back, holds the store's writer lock
(svodka.store.lock), so one writer at a time does it. Understanding, the slow part,
takes no lock: two runs understand side by side, and a web correction waits only for
another writer's grouping, comparing and ranking.
"""

from __future__ import annotations

import math
import os
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import chain
from typing import TypeVar

from svodka.categorise import story_category, with_category
from svodka.clean import clean_document
from svodka.clean.outlets import names_for_unnamed
from svodka.compare import compare_articles, story_alignment
from svodka.ingest import read_inputs
from svodka.ingest.skipped import Skipped
from svodka.model import Analysis, Article, IngestError, RawDocument, Story
from svodka.nlp import NlpModels, analyse
from svodka.rank import entity_story_counts, reference_time, story_rank
from svodka.redate import anchored, year_near
from svodka.store import Label, Store, StoredArticle
from svodka.store.db import ReportTime
from svodka.stories import WINDOW, StoryGrouper, placement_evidence, term_counts
from svodka.summarise import (
    story_entities,
    story_quotes,
    story_summary,
    story_timeline,
    story_title,
)
from svodka.times import wall_clock
from svodka.workers import ordered_map

T = TypeVar("T")
Track = Callable[[Iterable[T], str], Iterable[T]]


def no_progress(items: Iterable[T], label: str) -> Iterable[T]:
    """The default `track`: the items as they are. The CLI passes a progress bar (cli.progress) with this shape: the
    items, and a label naming the step ("Grouping into stories")."""
    return items


def say_waiting() -> None:
    """What a writer says on stderr while another svodka holds the store (a terminal's, or the web server's log)."""
    print("waiting for another svodka writing to this store…", file=sys.stderr, flush=True)


Understood = tuple[Article, Analysis]
# A page of scripts and menus, markup nested past the parser's depth, a record whose text is "123", a nav bar's
# "Home": no article. A title alone is none either (a page's <title>, a record's "title"), but for a pasted plain
# text of one line: a flash ("Путин прибыл в Минск"), whose headline is all it says. Even that line must tell of an
# event (name someone or a place, give a figure or a date): a file holding a headline alone ("Просто заголовок")
# has nothing a story could be placed or compared by, and would stand as a story of its own.
NOTHING_LEFT = "no article text after cleaning: nothing is left after removing markup and boilerplate"
TITLE_ALONE = ("a title alone, no article text: a one-line text is kept as a flash only when it names someone or a "
               "place, or gives a figure or a date")


def understand(item: RawDocument, models: NlpModels, now: datetime | None) -> Understood | str:
    """Clean, analyse and categorise one document, or say why it could not be: the per-article work."""
    try:
        article = clean_document(item, now)
        one_line = item.format == "text" and "title" not in item.hints and article.title.strip()
        if not (article.text.strip() or one_line):
            return NOTHING_LEFT
        analysis = with_category(article, analyse(article, models))
        if not article.text.strip() and not (analysis.entities or analysis.numbers or analysis.dates):
            return TITLE_ALONE
        return article, analysis
    except Exception as error:  # noqa: BLE001 (one bad article must not stop the run: it is named instead)
        return f"could not be processed: {type(error).__name__}: {error}"


_worker: dict[str, object] = {}  # a worker process's models and reference time, set once by _start_worker


def _start_worker(models: NlpModels | None, now: datetime | None) -> None:
    """A worker leaves stopping to the main process: Ctrl+C reaches the whole process group (a service manager's
    SIGTERM too), and a worker taking it would print a traceback for an article the main process is dropping anyway;
    the main process, stopped, shuts the workers down (svodka.workers.ordered_map). A worker whose main process is
    gone (killed outright) still ends on SIGTERM."""
    parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda number, frame: None if os.getppid() == parent else os._exit(1))
    _worker.update(models=models or NlpModels(), now=now)


def _understand_in_worker(item: RawDocument) -> Understood | str:
    return understand(item, _worker["models"], _worker["now"])  # type: ignore[arg-type]


@dataclass
class RunReport:
    """What one `Engine.process` did, for the CLI's lines and the web API's answer: counts of this call's own work
    only (another writer's articles stored meanwhile are not in them)."""

    added: int = 0  # articles stored (a newer version of a stored page included)
    skipped: int = 0  # already stored (the same bytes), or an older version of a stored page
    rejected: list[IngestError] = field(default_factory=list)
    stories_updated: list[str] = field(default_factory=list)
    passed_by: list[Skipped] = field(default_factory=list)  # files a folder walk left unread (not articles…), and why
    # Pages fetched again (the same URL): an older version's id → the id of the version the store keeps.
    versions: dict[str, str] = field(default_factory=dict)


class Engine:
    """Runs the pipeline over inputs, against one store, with models loaded once."""

    def __init__(self, store: Store, models: NlpModels | None = None, now: datetime | None = None,
                 track: Track = no_progress, window: timedelta = WINDOW, include_non_news: bool = False,
                 jobs: int = 1, wait_limit: float | None = None) -> None:
        self.store = store
        self.wait_limit = wait_limit  # seconds to wait for another writer before StoreBusy; None: as long as it takes
        # Group how-tos, ads, listicles too (they are stored either way): asked for now, or by an earlier run on this
        # store, whose stories hold them (Store.groups_non_news).
        remembered = store.groups_non_news()
        if include_non_news and not remembered:
            store.mark_groups_non_news()
        self.include_non_news = include_non_news or remembered
        self.window = window
        self.models = models or NlpModels()
        self.now = now
        self.track = track
        self.jobs = jobs  # processes understanding articles (svodka.workers); 1: this process alone
        self.stored = 0  # articles this engine stored over all its calls, counted as each is: a stop mid-call keeps it

    def run(self, paths: Iterable[str], field_map: dict[str, str] | None = None) -> RunReport:
        """Ingest paths ('-' is stdin) and bring every story up to date (`field_map`: see read_inputs)."""
        passed_by: list[Skipped] = []
        report = self.process(read_inputs(paths, field_map, passed_by))
        report.passed_by = passed_by
        return report

    def process(self, documents: Iterable[RawDocument | IngestError]) -> RunReport:
        """The whole pipeline over documents (rejections recorded as they come): each new one understood and
        stored; then, holding the writer lock, outlets named, guessed years placed, pending articles grouped, the
        changed stories built and every story ranked. With no documents it only finishes what the store holds
        pending: an interrupted run's articles, or a correction's or removal's stories (`correct`, `remove`)."""
        report = RunReport()
        new = (item for item in self.track(documents, "Reading articles") if self._is_new(item, report))
        for item, understood in self._understood(new):
            self._add(item, understood, report)
        with self._writing():
            self.name_unnamed_outlets()
            self.place_guessed_years()
            self.group_pending()
            report.stories_updated = self.build_stories()
            self.rank_stories()
        return report

    def _writing(self) -> AbstractContextManager[None]:
        return self.store.writing(self.wait_limit, say_waiting)

    def correct(self, article_id: str, label: Label) -> RunReport:
        """A reader's correction, stored for good, with the stories brought up to date at once: an article
        corrected to news is grouped as a new one would be, one corrected to not news leaves its story
        (kept in it when this engine groups non-news too), and a changed category re-counts its story's."""
        with self._writing():
            self.store.set_label(article_id, label, leave_story_if_not_news=not self.include_non_news)
            return self.process([])

    def reset(self, article_id: str) -> RunReport:
        """A reader's correction taken back: the model's labels again, the stories following as for `correct`."""
        with self._writing():
            self.store.reset_label(article_id, leave_story_if_not_news=not self.include_non_news)
            return self.process([])

    def remove(self, article_ids: Iterable[str]) -> RunReport:
        """Articles taken out of the store for good (Store.remove_article), their stories brought up to date."""
        with self._writing():
            for article_id in article_ids:
                self.store.remove_article(article_id)
            return self.process([])

    def _is_new(self, item: RawDocument | IngestError, report: RunReport) -> bool:
        """A document to understand: not a rejection (recorded here), not one already stored (as an article, or as
        an earlier version of one)."""
        if isinstance(item, IngestError):
            self._reject(item, report)
            return False
        if self.store.has_article(item.id) or self.store.version_of(item.id):
            report.skipped += 1
            return False
        return True

    def _understood(self, documents: Iterable[RawDocument]) -> Iterable[tuple[RawDocument, Understood | str]]:
        """Each document with its article and analysis, or why it could not be processed, in input order."""
        if self.jobs == 1:
            return ((item, understand(item, self.models, self.now)) for item in documents)
        documents = iter(documents)
        first = next(documents, None)
        if first is None:  # nothing new (a re-run): no models loaded for workers with nothing to do
            return iter(())
        models = self.models.load_all()
        outcomes = ordered_map(_understand_in_worker, chain([first], documents), self.jobs, _start_worker,
                               (models, self.now))
        return ((item, f"worker process died: {result}" if isinstance(result, Exception) else result)
                for item, result in outcomes)

    def _add(self, item: RawDocument, understood: Understood | str, report: RunReport) -> None:
        if isinstance(understood, str):
            self._reject(IngestError(item.origin, understood), report)
        elif self.store.has_article(item.id):  # the same bytes twice in one run, understood side by side
            report.skipped += 1
        else:
            article, analysis = understood
            added = self.store.add_article(item, article, analysis, term_counts(article, analysis))
            if added.stored:
                report.added += 1
                self.stored += 1
            else:  # another writer stored the same bytes meanwhile, or a newer version of the page is stored
                report.skipped += 1
            if added.replaced or added.newer:
                report.versions[added.replaced or article.id] = added.newer or article.id

    def _reject(self, rejection: IngestError, report: RunReport) -> None:
        report.rejected.append(rejection)
        self.store.add_rejection(rejection)

    def name_unnamed_outlets(self) -> None:
        """Articles that gave only their URL take the name the store's other articles of their site give
        (svodka.clean.outlets): a feed titled "Reuters" and a dump's reuters.com records are one outlet, whichever
        came first (the stories of those already grouped are rebuilt with it, before ranking counts their outlets).
        Only when articles wait to be grouped: else no name came (a removal, a correction to not news), and every
        stored URL is not read for nothing."""
        if not self.store.pending_articles(include_non_news=self.include_non_news):
            return
        renamed = names_for_unnamed(self.store.outlets_by_url(), self.store.outlets_assigned())
        if renamed:
            self.store.rename_outlets(renamed)

    def place_guessed_years(self) -> None:
        """Year-less dates of the articles not yet grouped (this input) take the year nearest the dates printed
        in full (or given by a URL) among them, an archive's eras, rather than the clock's (svodka.clean.dates)."""
        pending = self.store.pending_articles(include_non_news=True)
        known = sorted(wall_clock(a.published) for a in pending if a.published and not a.year_guessed)
        if not known:
            return
        for waiting in pending:
            if not (waiting.year_guessed and waiting.published):
                continue
            placed = year_near(waiting.published, known, self.now or datetime.now())
            if placed != waiting.published:
                stored = self.store.article(waiting.id)
                stored.article.published = placed
                analysis = with_category(stored.article, analyse(stored.article, self.models))
                self.store.update_article(stored.article, analysis, term_counts(stored.article, analysis))

    def group_pending(self) -> None:
        # Read again, not taken from place_guessed_years: placing rewrote times, terms and the news judgement, which
        # the store's filter and order follow; the read is a column scan (~30 ms of a 27 s run on 640 articles).
        pending = self.store.pending_articles(include_non_news=self.include_non_news)
        if not pending:
            return
        grouper = StoryGrouper(window=self.window, vectors=self.models.embedding)
        for grouped in self.store.grouped_articles():
            grouper.remember(grouped.id, grouped.terms, grouped.story, grouped.published, grouped.year_guessed)
        for article in self.track(pending, "Grouping into stories"):
            placement = grouper.place(article.id, article.terms, article.published, article.year_guessed)
            self.store.assign(article.id, placement.story, placement_evidence(placement), placement.merged)

    def build_stories(self) -> list[str]:
        """Build each story whose membership changed, and save it ranked (its rank in the same write as the rest):
        a reader listing stories meanwhile, or a run killed after some, sees every saved story ranked, never one
        with rank 0 and no components. Its corpus-wide parts (recency's reference, entities' shares) are as of the
        stories saved so far; rank_stories brings every story to the final ones."""
        dirty = self.store.dirty_stories()
        if not dirty:
            return dirty
        ranking = RunningRanking.of(self.store)
        for story_id in self.track(dirty, "Comparing sources"):
            story = self.build_story(story_id)
            self.store.save_story(ranking.ranked(story, self.store.report_times(story.articles)))
        return dirty

    def build_story(self, story_id: str) -> Story:
        stored = self.store.story_members(story_id)
        members = self._with_anchored_years(stored)
        alignment = story_alignment(members, self.models.embedding)  # once, for summary, differences and timeline
        return Story(
            id=story_id,
            articles=[article.id for article, _ in members],
            title=story_title(members, alignment),
            summary=story_summary(members, self.models.embedding, alignment),
            entities=story_entities(members),
            quotes=story_quotes(members),
            differences=compare_articles(members, self.models.embedding, alignment),
            timeline=story_timeline(members, self.models.embedding, alignment),
            reprints=alignment.reprints,
            merged_from=self.store.merged_into(story_id),
            category=story_category([analysis.category for _, analysis in members],
                                    [_tie_scores(member, analysis) for member, (_, analysis) in zip(stored, members)]),
        )

    def rank_stories(self) -> None:
        """Rank every story against the newest report in the store (formula: svodka.rank)."""
        stories = self.store.stories()
        reports = self.store.report_times()
        reference = reference_time(reports.values())
        counts = entity_story_counts(stories)
        for story in stories:
            rank, components = story_rank(story, reports, counts, len(stories), reference)
            if (rank, components) != (story.rank, story.rank_components):
                story.rank, story.rank_components = rank, components
                self.store.save_story(story)

    def _with_anchored_years(self, members: list[StoredArticle]) -> list[tuple[Article, Analysis]]:
        """Give year-less articles the year of their story's dated reports, and re-analyse them (the reader's
        corrections still over the model's new reading). Their terms are stored anew too: later placements compare
        new reports with them (Store.grouped_articles), and terms keeping the guessed year's date terms would miss
        a report of the right year; this story's membership is not decided again."""
        references = [m.article.published for m in members
                      if m.article.published and not m.article.published_year_guessed]
        anchored_members = []
        for member in members:
            article, analysis = member.article, member.analysis
            if article.published_year_guessed and article.published and references:
                published = anchored(article.published, references)
                if published != article.published:
                    article.published = published
                    analysis = with_category(article, analyse(article, self.models))
                    self.store.update_article(article, analysis, term_counts(article, analysis))
                    analysis = member.label.over(analysis) if member.label else analysis
            anchored_members.append((article, analysis))
        return anchored_members


class RunningRanking:
    """What ranking one story needs of the others, read once before building and kept up to date as each built story
    is ranked: the reference time (svodka.rank.reference_time) and each built story's entity names, whose counts give
    the entities component."""

    def __init__(self, reference: datetime | None, entity_names: dict[str, set[str]]) -> None:
        self.reference = reference
        self.entity_names = entity_names
        self.entity_counts = Counter(name for names in entity_names.values() for name in names)

    @classmethod
    def of(cls, store: Store) -> RunningRanking:
        return cls(reference_time(store.report_times().values()), store.entity_names_by_story())

    def ranked(self, story: Story, reports: dict[str, ReportTime]) -> Story:
        """The story with its rank and components, counted among the stories from now on (in place of what it was)."""
        self.entity_counts.subtract(self.entity_names.get(story.id, set()))
        self.entity_names[story.id] = {entity.name for entity in story.entities}
        self.entity_counts.update(self.entity_names[story.id])
        story.rank, story.rank_components = story_rank(story, reports, self.entity_counts, len(self.entity_names),
                                                       self.reference)
        return story


def _tie_scores(member: StoredArticle, analysis: Analysis) -> dict[str, float]:
    """An article's category scores for breaking a tied story's category (svodka.categorise.story_category): a
    category the reader set outweighs any words."""
    return {analysis.category: math.inf} if member.label and member.label.category else analysis.category_scores
