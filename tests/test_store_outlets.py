"""One story's outlets are counted one way everywhere: the story list, the story page, the rank and the terminal."""

from __future__ import annotations

import re
from pathlib import Path

from rich.console import Console

from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.report.terminal import print_stories
from svodka.store import Store
from svodka.store.db import StoryFilter
from svodka.report.views import story_view
from tests.conftest import CORPUS, TODAY


def pasted_body(source: Path, encoding: str, title: str) -> str:
    """A report as pasted from an unknown site: a title and the body, no header naming an outlet or a dateline."""
    body = source.read_text(encoding=encoding).split("\n\n", 1)[1]
    return title + "\n\n" + re.sub(r"^[А-ЯЁ]+, \d+ марта\. /[^/]+/\. ", "", body.lstrip())


def test_one_named_outlet_and_two_pasted_texts_are_two_outlets_everywhere(tmp_path: Path, models: NlpModels) -> None:
    pastes = tmp_path / "pastes"
    pastes.mkdir()
    (pastes / "a.txt").write_text(pasted_body(CORPUS / "ru_005.txt", "utf-8", "Мост через Сок открыт"))
    (pastes / "b.txt").write_text(pasted_body(CORPUS / "ru_004_koi8r.txt", "koi8-r", "Мост через Сок стоил 7,8 млрд"))
    store = Store(tmp_path / "outlets.db")
    Engine(store, models, now=TODAY).run([str(CORPUS / "ru_003.txt"), str(pastes)])
    [story] = store.stories()
    assert len(story.articles) == 3 and [s.article.outlet for s in store.articles()].count(None) == 2

    listed = store.story_list(StoryFilter())[0][0].outlets
    page = len(story_view(store, story).outlets())
    console = Console(width=120, record=True)
    print_stories(console, store, [story])
    assert f"3/{listed}" in console.export_text()
    assert listed == page == story.rank_components["outlets"] == 2
