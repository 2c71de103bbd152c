"""One outlet, one name: a site's articles that give only their URL take the name its other articles give."""

from __future__ import annotations

import json
from pathlib import Path

from svodka.clean.outlets import names_for_unnamed, site_names
from svodka.engine import Engine
from svodka.store import Store

LEAD = ("The port authority of Ostrava said on Monday that the river ferry will run again from March 12 after "
        "repairs to its hull, which cost 4.2 million crowns, were finished ahead of the spring floods.")
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Reuters</title><link>https://www.reuters.com/</link>
<item><title>River ferry in Ostrava to run again from March 12</title>
<link>https://www.reuters.com/world/ostrava-ferry-returns</link><description>{lead}</description></item>
</channel></rss>"""


def test_a_dump_record_with_only_a_url_takes_the_name_the_site_s_feed_gives(tmp_path: Path, engine: Engine,
                                                                           store: Store) -> None:
    (tmp_path / "feed.xml").write_text(FEED.format(lead=LEAD), encoding="utf-8")
    record = {"url": "https://reuters.com/world/ostrava-ferry-back", "title": "Ostrava ferry back from March 12",
              "text": LEAD.replace("said on Monday", "said")}
    (tmp_path / "dump.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    engine.run([str(tmp_path / "feed.xml"), str(tmp_path / "dump.jsonl")])

    assert sorted(stored.article.outlet for stored in store.articles()) == ["Reuters", "Reuters"]
    [story] = store.stories()
    assert story.rank_components["outlets"] == 1


def test_a_record_s_own_outlet_is_kept_and_an_unnamed_site_stays_its_address(tmp_path: Path, engine: Engine,
                                                                             store: Store) -> None:
    records = [
        {"url": "https://www.reuters.com/a", "outlet": "Reuters", "title": "Ferry back", "text": LEAD},
        {"url": "https://reuters.com/b", "outlet": "Thomson Reuters Wire", "title": "Ferry", "text": LEAD + " Two."},
        {"url": "https://ostrava-port.example/c", "title": "Ferry again", "text": LEAD + " Three."},
    ]
    (tmp_path / "dump.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    engine.run([str(tmp_path / "dump.jsonl")])

    assert sorted(s.article.outlet for s in store.articles()) == ["Reuters", "Thomson Reuters Wire",
                                                                  "ostrava-port.example"]


def test_a_site_named_two_ways_goes_by_neither() -> None:
    """An aggregator's items credit several outlets: none of them is the aggregator's name."""
    names = site_names([("https://news.google.com/1", "Reuters"), ("https://news.google.com/2", "AP"),
                        ("https://m.lenta.ru/x", "Лента"), ("https://lenta.ru/y", "lenta.ru"),
                        ("https://lenta.ru/z", "Лента")])
    assert names == {"lenta.ru": "Лента"}
    stored = [("named", "https://lenta.ru/y", "Лента", True), ("given", "https://lenta.ru/news/1", "Lenta daily", False),
              ("new", "https://lenta.ru/news/2", "lenta.ru", False), ("old", "https://lenta.ru/news/0", "lenta.ru", True)]
    # the record that gave "Lenta daily" makes lenta.ru a site named two ways: nobody takes a name
    assert names_for_unnamed(stored) == {}
    stored[1] = ("given", "https://ria.ru/news/1", "РИА Новости", False)
    assert names_for_unnamed(stored) == {"new": "Лента"}  # the grouped "old" keeps the name its story counted
