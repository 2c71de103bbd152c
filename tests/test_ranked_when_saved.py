"""A story is saved ranked: a reader listing stories while a writer builds them (`run`, `rebuild`, a POST beside
`serve`), or after a writer was killed mid-build, sees every saved story with its rank and components, never rank 0
with none (which the export's schema refuses)."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.rank import RANK_COMPONENTS, entity_story_counts, reference_time, story_rank
from svodka.store import Store
from svodka.store.db import StoryFilter
from tests.conftest import CORPUS, TODAY

FORK = multiprocessing.get_context("fork")
TEXTS = sorted(str(path) for path in CORPUS.glob("*.txt"))[:12]
SAVES_BEFORE_KILL = 3


def unranked(db: Path) -> list[str]:
    """The stories a reader of the store finds without a rank, by every way a reader lists them."""
    with Store(db) as reader:
        listed = reader.story_list(StoryFilter())[0]
        return ([f"front page: {story.id}" for story in reader.front_page()
                 if set(story.rank_components) != set(RANK_COMPONENTS) or story.rank <= 0]
                + [f"story list: {row.story_id}" for row in listed
                   if set(row.rank_components) != set(RANK_COMPONENTS) or row.rank <= 0])


def ranks(db: Path) -> dict[str, tuple[float, dict[str, float]]]:
    with Store(db) as store:
        return {story.id: (story.rank, story.rank_components) for story in store.stories()}


def test_a_reader_sees_every_story_ranked_after_each_save_of_a_run(tmp_path: Path, models: NlpModels) -> None:
    db = tmp_path / "read-meanwhile.db"
    store = Store(db)
    engine = Engine(store, models, now=TODAY)
    save_story, seen = store.save_story, []

    def save_and_read(story) -> None:  # noqa: ANN001 (the Store's own signature)
        save_story(story)
        seen.append(unranked(db))  # another connection, as `svodka export` beside the run

    store.save_story = save_and_read  # type: ignore[method-assign]
    engine.run(TEXTS)

    assert len(seen) >= len(store.stories())  # a read after every story built
    assert all(problems == [] for problems in seen), [p for p in seen if p]


def test_the_final_ranks_are_those_of_the_whole_store(tmp_path: Path, models: NlpModels) -> None:
    """Each story is ranked as it is saved against the stories saved so far; the end of the run ranks them all
    against the final store (the entity shares and the reference moved meanwhile)."""
    store = Store(tmp_path / "final.db")
    Engine(store, models, now=TODAY).run(TEXTS)
    stories = store.stories()
    reports = store.report_times()
    counts, reference = entity_story_counts(stories), reference_time(reports.values())

    assert {s.id: (s.rank, s.rank_components) for s in stories} == {
        s.id: story_rank(s, reports, counts, len(stories), reference) for s in stories}


def _killed_while_building(db: Path, paths: list[str], models: NlpModels) -> None:
    with Store(db) as store:
        save_story, saved = store.save_story, []

        def save_then_die(story) -> None:  # noqa: ANN001
            save_story(story)
            saved.append(story.id)
            if len(saved) == SAVES_BEFORE_KILL:
                os.kill(os.getpid(), signal.SIGKILL)

        store.save_story = save_then_die  # type: ignore[method-assign]
        Engine(store, models, now=TODAY).run(paths)


def test_a_run_killed_mid_build_leaves_only_ranked_stories_and_the_next_run_ends_as_an_unbroken_one(
        tmp_path: Path, models: NlpModels) -> None:
    models.load_all()
    killed_db = tmp_path / "killed.db"
    killed = FORK.Process(target=_killed_while_building, args=(killed_db, TEXTS, models))
    killed.start()
    killed.join(120)
    assert killed.exitcode == -signal.SIGKILL
    with Store(killed_db) as store:
        assert len(store.stories()) == SAVES_BEFORE_KILL and store.dirty_stories()  # killed half way
    assert unranked(killed_db) == []

    with Store(killed_db) as store:
        Engine(store, models, now=TODAY, wait_limit=5).run(TEXTS)
    Engine(Store(tmp_path / "whole.db"), models, now=TODAY).run(TEXTS)

    assert Store(killed_db).dirty_stories() == []
    assert ranks(killed_db) == ranks(tmp_path / "whole.db")
