"""Session 16: a storm's reports whose headline place the English tagger folds into a longer name stay one event;
undated daily bulletins of one series, months apart, each opening with its day or giving other counts of one unit,
are two."""

from __future__ import annotations

from svodka.model import Article
from svodka.nlp import analyse
from svodka.nlp.translit import entity_key
from svodka.stories.similarity import article_profile, signals
from svodka.stories.vectors import HEADLINE_NAME, entity_term, term_counts

from tests.conftest import TODAY

# Invented: a storm's morning report naming "Mid Wales" (a longer place closing with "Wales") further down, and
# the evening report of the same storm with a higher toll.
MORNING = ("Two dead as Storm Brenna brings flooding to Wales",
           "Two people have died after Storm Brenna brought gusts of 75mph and heavy rain to Wales overnight. "
           "A man in his 70s died when his van was swept off a road near Penhallow, police said on Tuesday. "
           "Rivers burst their banks across Mid Wales, and the quays at Penhallow stayed shut.")
EVENING = ("Storm Brenna: four dead as floods hit Wales and England",
           "Four people have died after Storm Brenna swept across Wales and England, bringing gusts of 75mph. "
           "The toll rose to four on Tuesday evening after police found a man in a flooded car near Trevose. "
           "Flood warnings stayed in force across the country by the evening.")


def counted(models, title: str, text: str) -> dict[str, float]:
    article = Article(id=title, origin=title, text=text, title=title)
    return term_counts(article, analyse(article, models))


def test_a_known_place_the_tagger_folds_into_a_longer_name_is_the_place_its_headline_names(models):
    morning, evening = counted(models, *MORNING), counted(models, *EVENING)
    wales = HEADLINE_NAME + entity_term("Wales", "LOC", entity_key("Wales", "LOC"))[1:]
    assert wales in morning  # not "Mid Wales", which the headline never writes
    found = signals(article_profile(morning, {}, 10, None, TODAY), article_profile(evening, {}, 10, None, TODAY))
    assert found["other_names"] == 0  # the toll rose: two reports of one storm, not two places


BULLETIN = {"^сутки": 1, "^обстрел": 1, "сутки": 2, "обстрел": 3, "позиция": 2, "нарушить": 1, "режим": 1,
            "@loc:donbass": 1, "!loc:donbass": 1}


def bulletin(*days_and_counts: str) -> dict[str, float]:
    return {**BULLETIN, **{term: 1 for term in days_and_counts}}


def test_undated_bulletins_months_apart_with_their_own_days_or_other_counts_tell_two_days():
    november = article_profile(bulletin("~11-03", "#6раз", "#1военнослужащий"), {}, 10, None, None)
    may = article_profile(bulletin("%05-02", "%05-03", "#11раз", "#1военнослужащий"), {}, 10, None, None)
    assert signals(november, may)["other_day"] == 1  # each the counts of its own day
    opening_may = article_profile(bulletin("~05-15", "#2обстрел"), {}, 10, None, None)
    assert signals(november, opening_may)["other_day"] == 1  # each opens with its own day, months apart
    # the same event with a background day months back ("5 июля", an earlier crash) and the same counts: no conflict
    background = article_profile(bulletin("%07-05", "#6раз", "#1военнослужащий"), {}, 10, None, None)
    assert signals(november, background)["other_day"] == 0
    # dated reports months apart: the days stay background, their times keep them apart
    dated_may = article_profile(bulletin("%05-02", "%05-03", "#11раз"), {}, 10, None, TODAY)
    dated_november = article_profile(bulletin("~11-03", "#6раз"), {}, 10, None, TODAY)
    assert signals(dated_november, dated_may)["other_day"] == 0


def test_undated_reports_opening_with_days_months_apart_but_the_same_facts_are_one_event():
    november = article_profile(bulletin("~11-03", "#6раз", "#1военнослужащий"), {}, 10, None, None)
    background = article_profile(bulletin("~07-05", "#6раз", "#1военнослужащий"), {}, 10, None, None)
    assert signals(november, background)["other_day"] == 0  # the same counts: July's day is background
    # one report dated: its time tells which day is background
    dated_may = article_profile(bulletin("~05-15", "#2обстрел"), {}, 10, None, TODAY)
    assert signals(november, dated_may)["other_day"] == 0


def test_a_longer_name_keeps_its_headline_weight_when_the_headline_names_its_place():
    longer = {"^шторм": 1, "@loc:mid vales": 1, "@loc:penhallow": 1}
    in_headline = article_profile({**longer, "!loc:vales": 1}, {}, 10, None, None).entities
    further_down = article_profile(longer, {}, 10, None, None).entities
    assert in_headline["@name:mid vales"] > in_headline["@name:penhallow"]
    assert further_down["@name:mid vales"] == further_down["@name:penhallow"]
