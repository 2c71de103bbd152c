"""One outlet, one name: a site's articles that give only their URL take the name its other articles give."""

from __future__ import annotations

import json
from pathlib import Path

from svodka.clean.outlets import names_for_unnamed, site_names
from svodka.engine import Engine
from svodka.store import Store
from svodka.store.db import StoryFilter

LEAD = ("The port authority of Ostrava said on Monday that the river ferry will run again from March 12 after "
        "repairs to its hull, which cost 4.2 million crowns, were finished ahead of the spring floods.")
OWN_WORDS = ("Ostrava's river ferry returns on March 12, the port authority said on Monday. Fixing the hull took "
             "four months and 4.2 million crowns; the ferry carries up to 40 cars and runs every half hour.")
BRIDGE = ("Brno's city council closed the Svitava bridge on Tuesday for three weeks of repairs costing 12 million "
          "crowns, and trams 2 and 4 will take a detour through Husova street until the work is done.")
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


def test_a_name_learnt_later_reaches_the_articles_grouped_before_it(tmp_path: Path, engine: Engine,
                                                                     store: Store) -> None:
    """A dump's reuters.com record grouped on Monday, the Reuters feed read on Tuesday: the record's story, which
    Tuesday's report does not join, lists and filters its outlet as "Reuters" too."""
    records = [{"url": "https://www.reuters.com/world/ostrava-ferry-back", "title": "Ostrava ferry back from March 12",
                "text": LEAD.replace("said on Monday", "said")},
               {"url": "https://ostrava-daily.example/ferry", "outlet": "Ostrava Daily", "title": "Our ferry is back",
                "text": OWN_WORDS}]
    (tmp_path / "dump.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    engine.run([str(tmp_path / "dump.jsonl")])
    [ferry] = store.stories()
    assert store.facet_values("outlet") == ["Ostrava Daily", "reuters.com"]

    (tmp_path / "feed.xml").write_text(FEED.format(lead=BRIDGE), encoding="utf-8")
    report = engine.run([str(tmp_path / "feed.xml")])

    assert sorted(stored.article.outlet for stored in store.articles()) == ["Ostrava Daily", "Reuters", "Reuters"]
    assert ferry.id in report.stories_updated  # compared again: whether two reports are two outlets changed
    assert len(store.stories()) == 2 and sorted(store.facet_values("outlet")) == ["Ostrava Daily", "Reuters"]
    assert ferry.id in {listed.story_id for listed in store.story_list(StoryFilter(outlet="Reuters"))[0]}
    assert store.story(ferry.id).rank_components["outlets"] == 2


def test_a_site_named_several_ways_goes_by_the_name_a_reader_knows() -> None:
    names = site_names([
        ("https://www.reuters.com/world/1", "Reuters: World"), ("https://reuters.com/business/2", "Reuters"),
        ("https://www.bbc.co.uk/news/3", "BBC News"), ("https://www.bbc.co.uk/news/4", "BBC News - World"),
        ("https://ria.example/5", "РИА Ньюс: Политика"), ("https://ria.example/6", "РИА Ньюс: Экономика"),
        ("https://harbour.example/7", "Harbour Times"), ("https://harbour.example/8", "Harbour Times"),
        ("https://harbour.example/9", "The Harbour Times Online"),
    ])
    assert names == {"reuters.com": "Reuters", "bbc.co.uk": "BBC News", "ria.example": "РИА Ньюс",
                     "harbour.example": "Harbour Times"}


def test_a_site_whose_names_are_not_its_own_goes_by_none() -> None:
    """An aggregator's items credit several outlets: none of them is the aggregator's name; nor is one of two names
    given equally often."""
    names = site_names([("https://news.google.com/1", "Reuters"), ("https://news.google.com/2", "Reuters"),
                        ("https://news.google.com/3", "AP"),
                        ("https://harbour.example/1", "Harbour Times"), ("https://harbour.example/2", "Harbour Post"),
                        ("https://m.lenta.ru/x", "Лента"), ("https://lenta.ru/y", "lenta.ru"),
                        ("https://lenta.ru/z", "Лента")])
    assert names == {"lenta.ru": "Лента"}


def test_only_articles_named_by_their_url_take_the_site_s_name() -> None:
    stored = [("named", "https://lenta.ru/y", "Лента"), ("given", "https://lenta.ru/news/1", "Вечерний город"),
              ("new", "https://lenta.ru/news/2", "lenta.ru"), ("old", "https://lenta.ru/news/0", "lenta.ru")]
    # the record that gave "Вечерний город" makes lenta.ru a site named two ways, neither spelling its address
    assert names_for_unnamed(stored) == {}
    stored[1] = ("given", "https://ria.ru/news/1", "РИА Новости")
    assert names_for_unnamed(stored) == {"new": "Лента", "old": "Лента"}  # "given" keeps the name its input gave


def test_a_name_svodka_assigned_does_not_vote_against_the_names_given() -> None:
    """Five URL-only articles took "Harbour Times", then the only name given: it is no five votes for it when the
    site's own records later give "Harbour Post" twice; the names given decide, and the assigned follow."""
    given = [("feed", "https://harbour.example/1", "Harbour Times"), ("post1", "https://harbour.example/2", "Harbour Post"),
             ("post2", "https://harbour.example/3", "Harbour Post")]
    assigned = [(f"url{i}", f"https://harbour.example/news/{i}", "Harbour Times") for i in range(5)]
    stored = given + assigned
    assert names_for_unnamed(stored) == {}  # counted as given: "Harbour Times" six to two, the assigned stay
    renamed = names_for_unnamed(stored, assigned={article_id for article_id, _, _ in assigned})
    assert renamed == {article_id: "Harbour Post" for article_id, _, _ in assigned}


def test_the_store_remembers_which_names_it_assigned_and_renames_them_when_the_given_names_change(
        tmp_path: Path, engine: Engine, store: Store) -> None:
    first = [{"url": "https://harbour.example/ferry", "outlet": "Harbour Times", "title": "Ferry back", "text": LEAD},
             {"url": "https://harbour.example/bridge", "title": "Bridge shut", "text": BRIDGE},
             {"url": "https://harbour.example/ferry-hull", "title": "Ferry hull", "text": OWN_WORDS}]
    (tmp_path / "one.jsonl").write_text("".join(json.dumps(r) + "\n" for r in first), encoding="utf-8")
    engine.run([str(tmp_path / "one.jsonl")])
    unnamed = {s.article.id for s in store.articles() if s.article.url != first[0]["url"]}
    assert store.outlets_assigned() == unnamed
    assert {s.article.outlet for s in store.articles()} == {"Harbour Times"}

    later = [{"url": f"https://harbour.example/post/{i}", "outlet": "Harbour Post", "title": f"Tram detour {i}",
              "text": f"Trams {i} and {i + 2} take a detour through Husova street from Monday, the city council "
                      f"said, while workers replace {i * 40 + 100} metres of rails near the main station."}
             for i in range(2)]
    (tmp_path / "two.jsonl").write_text("".join(json.dumps(r) + "\n" for r in later), encoding="utf-8")
    engine.run([str(tmp_path / "two.jsonl")])
    outlets = {s.article.id: s.article.outlet for s in store.articles()}
    assert {outlets[article_id] for article_id in unnamed} == {"Harbour Post"}  # two given beat one given
    assert sorted(outlets.values()).count("Harbour Times") == 1  # the record that gave it keeps it
