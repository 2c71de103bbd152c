"""A Kazakh date's year by the tense of its event verb (session 16): «өтеді» (will be held) names the coming
December, «өтті» (was held) the last. Its past and present-future share endings, so only whole verbs tell; a
Kazakh «қала» (town) is no Ukrainian past in "-ла". Fictional texts, published in March."""

from __future__ import annotations

from datetime import date

import pytest

from svodka.nlp.dates import find_dates

PUBLISHED = date(2026, 3, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("Мәжіліс отырысы 28 желтоқсанда өтеді.", "2026-12-28"),
    ("Мәжіліс отырысы 28 желтоқсанда өтті.", "2025-12-28"),
    ("Жаңа көпір желтоқсанда ашылады.", "2026-12-01/2026-12-31"),
    ("Жаңа көпір желтоқсанда ашылды.", "2025-12-01/2025-12-31"),
    ("Қала әкімдігі көпірді желтоқсанда салмақшы.", "2026-12-01/2026-12-31"),  # an intention
    ("Қала әкімдігі 28 желтоқсанда жиын өткізеді.", "2026-12-28"),  # «Қала» tells no past
])
def test_a_kazakh_event_verb_picks_the_year(text, expected):
    assert [d.date for d in find_dates(text, PUBLISHED, languages={"kk"})] == [expected]


def test_a_kazakh_clause_without_an_event_verb_takes_the_nearest_month():
    assert [d.date for d in find_dates("Жаңа көпір желтоқсанда.", PUBLISHED, languages={"kk"})] == [
        "2025-12-01/2025-12-31"]


def test_a_kazakh_name_in_a_russian_sentence_leaves_the_tense_russian():
    """«Қазақтелеком» has Kazakh letters but no Kazakh verb: the Russian «провели» tells the past Monday."""
    text = "Акционеры «Қазақтелеком» в понедельник провели собрание."
    assert [d.date for d in find_dates(text, date(2026, 11, 20), languages={"ru"})] == ["2026-11-16"]
