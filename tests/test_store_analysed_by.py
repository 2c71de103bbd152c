"""Every write of an article's analysis says which svodka made it (`analysed_by`), a re-analysis too."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from svodka.engine import Engine
from svodka.store import Store
from svodka.store.db import pipeline_version

from tests.conftest import CORPUS


def test_an_article_analysed_again_is_this_svodka_s(tmp_path: Path, engine: Engine, store: Store) -> None:
    engine.run([str(CORPUS / "ru_003.txt")])
    [stored] = store.articles()
    store.db.execute("UPDATE articles SET analysed_by = 'an-older-svodka'")
    assert store.analysed_by_another() == 1

    store.update_article(stored.article, replace(stored.analysis, news=True))  # as placing a guessed year does

    assert store.analysed_by_another() == 0
    assert store.db.execute("SELECT analysed_by FROM articles").fetchone()[0] == pipeline_version()
