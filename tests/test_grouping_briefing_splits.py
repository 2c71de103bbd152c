"""Session 17: a launch told by three outlets in two languages is one story, though each headline takes its own angle
and the facts they share are a designation ("Kestra 4"), a code ("Q7") and a day away from publication; another
product of the same maker stays apart."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from svodka.engine import Engine
from svodka.model import Article
from svodka.nlp import analyse
from svodka.stories.similarity import article_profile, signals
from svodka.stories.vectors import designations, term_counts

from tests.conftest import TODAY

# Invented reports (outlet, published, title, text): a drone maker's launch, in two English and one Russian report,
# each headline with its own angle; and the same maker's other product, recalled a week earlier.
REPORTS = {
    "launch-a": ("Harbour Ledger", "2026-11-24T09:10:00+03:00", "Skyforge unveils Kestra 4 drone with its own Q7 chip",
                 "Drone maker Skyforge unveiled the Kestra 4 on Tuesday, its first drone built around an in-house Q7 "
                 "flight chip, the company said at an event in Tallinn. It goes on sale on December 9 at a price of "
                 "$1,299. Chief executive Maren Holt said the Q7 chip plans routes without a pilot."),
    "launch-b": ("Bayside Courier", "2026-11-24T09:40:00+03:00", "Skyforge's Kestra 4 squares up to DJI",
                 "Skyforge launched its Kestra 4 quadcopter on Tuesday with a Q7 processor that flies set routes on its "
                 "own. The craft ships on December 9, the company said. Analysts at Dronemetrics said Skyforge sold "
                 "310,000 drones in the first half of the year."),
    "launch-ru": ("Вечерняя почта", "2026-11-24T10:05:00+03:00", "Skyforge показала дрон Kestra 4 с процессором Q7",
                  "Производитель дронов Skyforge представил во вторник квадрокоптер Kestra 4 с процессором Q7 "
                  "собственной разработки. Продажи начнутся 9 декабря, сообщила компания. По словам главы Skyforge "
                  "Марен Холт, процессор позволяет дрону летать по маршруту без пилота."),
    "recall": ("Harbour Ledger", "2026-11-24T11:00:00+03:00", "Skyforge recalls Kestra 3 drones over battery fires",
               "Skyforge is recalling 48,000 Kestra 3 drones sold since March after reports of batteries catching "
               "fire, the company said on Tuesday. Owners can return them for a refund until January 15, it said."),
}


def stories_of(store, models, tmp_path) -> dict[str, str | None]:
    dump = tmp_path / "reports.jsonl"
    dump.write_text("".join(json.dumps({"id": key, "outlet": outlet, "published": published, "title": title,
                                        "text": text, "url": f"https://news.example/{key}"}) + "\n"
                            for key, (outlet, published, title, text) in REPORTS.items()), encoding="utf-8")
    Engine(store, models, now=TODAY).run([str(dump)])
    return {stored.article.url.rsplit("/", 1)[1]: stored.story for stored in store.articles()}


def test_one_launch_in_three_outlets_and_two_languages_is_one_story_and_another_product_stays_apart(
        models, store, tmp_path):
    story = stories_of(store, models, tmp_path)
    assert story["launch-a"] is not None
    assert story["launch-a"] == story["launch-b"] == story["launch-ru"]
    assert story["recall"] != story["launch-a"]


def profile(models, key: str, published: datetime | None):
    _, _, title, text = REPORTS[key]
    article = Article(id=key, origin=key, text=text, title=title)
    return article_profile(term_counts(article, analyse(article, models)), {}, 10, None, published)


def test_shared_designations_and_a_day_away_from_publication_are_facts_that_outweigh_the_headlines_angles(models):
    at = datetime(2026, 11, 24, 7, 0)
    unveiled, squares_up = profile(models, "launch-a", at), profile(models, "launch-b", at)
    found = signals(unveiled, squares_up)
    assert found["facts"] == 1.0  # "Kestra 4", "Q7", December 9
    assert found["untold"] == 0  # each headline's own angle, one launch
    recall = profile(models, "recall", at)
    assert signals(unveiled, recall)["facts"] == 0  # "Kestra 3" is another drone
    # undated, the day cannot be told from the day of publication: the designations alone are shared
    undated = signals(profile(models, "launch-a", None), profile(models, "launch-b", None))
    assert undated["facts"] == 1.0 and signals(profile(models, "launch-a", None), recall)["facts"] == 0


def test_across_languages_no_headline_claim_is_told_so_none_is_shown_as_a_conflict(models):
    at = datetime(2026, 11, 24, 7, 0)
    english, russian = (replace(profile(models, key, at), facts=frozenset()) for key in ("launch-b", "launch-ru"))
    found = signals(english, russian)  # their facts aside, which lift the conflict in any language
    assert found["untold"] == 0  # `show --why` names no untold claim between reports in two languages


def test_designations_are_latin_names_with_their_number_and_codes_not_days_years_counts_or_phases():
    assert designations("Skyforge показала дрон Kestra 4 с процессором Q7") == ["kestra 4", "q7"]
    assert designations("On December 9 the A320 and a Boeing 737 landed. Since 2019 it sold 48 million, "
                        "Phase 3 of the trial, CO2 and Kestra 4.5 at 30%.") == ["a320", "boeing 737"]


# Invented reports of two events of one racing weekend: each names the support series ("Formula 2") and the finale's
# day to come (December 6), and neither headline's claim is told by the other.
WEEKEND = {
    "signing": ("Harbour Ledger", "2026-11-24T09:10:00+03:00", "Velox signs Tomas Rehn for next Formula 1 season",
                "The Velox team signed Danish driver Tomas Rehn for the next Formula 1 season on Tuesday, replacing "
                "Marco Ilves, who retires after the final race in Abu Dhabi on December 6. Rehn won the Formula 2 "
                "title last year."),
    "sprint": ("Bayside Courier", "2026-11-24T12:10:00+03:00",
               "Formula 1 bosses scrap sprint races for Abu Dhabi finale",
               "Formula 1 organisers said on Tuesday there will be no sprint race at the season finale in Abu Dhabi on "
               "December 6 after teams complained about tyre supply. The Formula 2 support races will go ahead."),
}


def test_a_series_and_a_day_to_come_two_events_share_do_not_lift_the_untold_claims_conflict(models):
    """A day to come is the day of many events of one topic (a finale, an election, a summit): only designations, two
    of them, tell one event whatever angle each headline takes."""
    at = datetime(2026, 11, 24, 7, 0)
    signing, sprint = (article_profile(term_counts(article, analyse(article, models)), {}, 10, None, at)
                       for article in (Article(id=key, origin=key, title=title, text=text)
                                       for key, (_, _, title, text) in WEEKEND.items()))
    assert signals(signing, sprint)["untold"] == 1.0
