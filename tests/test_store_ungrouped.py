"""What an interrupted run leaves stored but ungrouped: counted alike everywhere, and finished by `svodka run`."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

import pytest
from typer.testing import CliRunner

from svodka.cli import _held as held, app
from svodka.engine import Engine
from svodka.export import full_export
from svodka.nlp import NlpModels
from svodka.store import Store
from svodka.store.db import StoryFilter
from tests.conftest import CORPUS, TODAY

BRIDGE = [str(CORPUS / name) for name in ("ru_003.txt", "ru_004_koi8r.txt", "ru_005.txt")]  # one story, 3 outlets
LONE = str(CORPUS / "ru_020.txt")
T = TypeVar("T")
runner = CliRunner()


def interrupted_at(stage: str):
    """A progress tracker that stops the run (as Ctrl+C does) when `stage` begins."""
    def track(items: Iterable[T], label: str) -> Iterable[T]:
        if label == stage:
            raise KeyboardInterrupt
        return items
    return track


def finished(db: Path, how: str) -> str:
    """Finish a store's grouping `how` the user may: `svodka run` with no paths, or `svodka follow` (on an empty
    stream, in a process of its own: it reads stdin's file descriptor); what it said."""
    if how == "run":
        result = runner.invoke(app, ["run", "--db", str(db), "-q"])
        assert result.exit_code == 0, result.output
        return result.output
    result = subprocess.run([sys.executable, "-c", "from svodka.cli import app; app()", "follow", "--db", str(db)],
                            stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


@pytest.mark.parametrize(("stage", "how"), [("Grouping into stories", "run"), ("Comparing sources", "run"),
                                            ("Comparing sources", "follow")])
def test_a_run_stopped_before_its_stories_were_built_is_counted_alike_and_finished_by_run_or_follow(
        tmp_path: Path, models: NlpModels, stage: str, how: str) -> None:
    db = tmp_path / "stopped.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([LONE])
        with pytest.raises(KeyboardInterrupt):
            Engine(store, models, now=TODAY, track=interrupted_at(stage)).run(BRIDGE)
        exported = full_export(store)
        storyless = [a for a in exported["articles"] if a["story"] is None and a["news"]]
        counts = store.counts()
        assert counts["stories"] == len(exported["stories"]) == len(store.front_page()) == \
            store.story_list(StoryFilter())[1] == 1  # the stop line, `stories`, the export and the web agree
        assert counts["ungrouped"] == len(storyless) == len(BRIDGE)

    said = finished(db, how)
    if how == "run":
        assert "0 new" in said and "in 2 stories" in said and "not yet grouped" not in said
    with Store(db) as store:
        assert store.counts()["ungrouped"] == 0
        assert sorted(len(s.articles) for s in store.front_page()) == [1, len(BRIDGE)]


def test_the_stop_line_says_what_is_left_to_group_and_how(tmp_path: Path, models: NlpModels) -> None:
    db = tmp_path / "stopped.db"
    with Store(db) as store:
        with pytest.raises(KeyboardInterrupt):
            Engine(store, models, now=TODAY, track=interrupted_at("Comparing sources")).run(BRIDGE)
        said = held(store, False, db)
    assert said == f"{len(BRIDGE)} articles in 0 stories in {db}; {len(BRIDGE)} articles not yet grouped" \
                   f" (`svodka run --db {db}` groups them)"


def test_run_with_no_paths_on_a_missing_store_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--db", str(tmp_path / "typo.db")])
    assert result.exit_code == 2 and "no database at" in result.output
    assert not (tmp_path / "typo.db").exists()
