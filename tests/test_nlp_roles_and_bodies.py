"""Session 16: an English role speaks only for whom the text gives it, bodies keep their nation and their type, and a
quoted title with full stops inside is one sentence."""

import pytest

from svodka.nlp.english import analyse_english
from svodka.nlp.quotes import find_quotes
from svodka.nlp.russian import analyse_russian
from tests.test_nlp_quotes_dates import entity

STRIKE = ('Nurses in Wessex will strike next month. Health Secretary Ruth Calloway called the vote disappointing.\n\n'
          'Speaking in Leeds, the prime minister said: "This strike is not justified."\n\n'
          '"We will not give in," the prime minister said.')


def test_an_english_role_nobody_was_given_is_no_other_person():
    speakers = [q.speaker for q in find_quotes(STRIKE, [entity(STRIKE, "Ruth Calloway", "PER")])]
    assert speakers == [None, None]


def test_an_english_role_the_text_gave_someone_is_that_person():
    text = "Prime Minister Owen Mercer visited Leeds. " + STRIKE
    entities = [entity(text, "Ruth Calloway", "PER"),
                entity(text, "Owen Mercer", "PER", "Owen Mercer", "prime minister")]
    assert [q.speaker for q in find_quotes(text, entities)] == ["Owen Mercer", "Owen Mercer"]


@pytest.mark.parametrize("opening", ["Dara Quinn, the health minister, visited the hospital on Monday.",
                                     "The health minister, Dara Quinn, visited the hospital on Monday."])
def test_an_english_role_given_in_apposition_is_that_person(opening):
    text = opening + " “The wards are full,” the minister said. Later, the minister said: “We need more nurses on every ward this winter.”"
    assert [q.speaker for q in find_quotes(text, [entity(text, "Dara Quinn", "PER")])] == ["Dara Quinn"] * 2


def spans(text: str) -> list[tuple[str, str]]:
    return [(s.type, s.text) for s in analyse_english(text)[1]]


def test_a_body_its_members_form_keeps_its_nation_and_a_court_does_not():
    text = ("Thousands of vets will strike, the British Veterinary Association (BVA) said on Tuesday. "
            "The Spanish Supreme Court ruled on Monday.")
    assert spans(text) == [("ORG", "British Veterinary Association"), ("ORG", "BVA"), ("ORG", "Supreme Court")]


def test_a_named_storm_is_no_person_and_an_office_or_rail_is_a_body():
    text = ("Storm Ilse brought gales to Dorset on Monday. The Met Office said rain would follow, and Coast Rail "
            "cancelled trains.")
    assert spans(text) == [("LOC", "Dorset"), ("ORG", "Met Office"), ("ORG", "Coast Rail")]


def test_a_surname_seen_before_a_possessive_is_a_name_opening_a_sentence():
    text = ("Nurses piled pressure on Prime Minister Owen Mercer's government.\n\n"
            "Mercer said the strike was unjustified.")
    assert ("PER", "Mercer") in spans(text)


def test_a_quoted_title_with_full_stops_is_one_sentence(models):
    text = ("Канал «Волга 24» покажет фильм «Город. Река. Люди» в субботу. Режиссёр рассказал: «Мы снимали год. "
            "Было трудно». Премьера прошла в Твери.")
    sentences, _ = analyse_russian(text, models)
    assert [s.text for s in sentences] == [
        "Канал «Волга 24» покажет фильм «Город. Река. Люди» в субботу.", "Режиссёр рассказал: «Мы снимали год.",
        "Было трудно».", "Премьера прошла в Твери."]


def test_a_storm_agency_is_a_body_and_a_party_keys_without_its_nation():
    text = ("The Storm Prediction Center warned of tornadoes in Kansas. The Chinese Communist Party met on Monday, "
            "and the Communist Party said the plan was approved.")
    assert spans(text) == [("ORG", "Storm Prediction Center"), ("LOC", "Kansas"), ("ORG", "Communist Party"),
                           ("ORG", "Communist Party")]


def test_the_person_given_the_role_in_apposition_speaks_for_it_after_another_speaker():
    text = ("Dara Quinn, the health minister, visited the hospital on Monday. “We have waited for hours,” said Tom "
            "Reid, a nurse there. “The wards are full,” the minister said.")
    entities = [entity(text, "Dara Quinn", "PER"), entity(text, "Tom Reid", "PER")]
    assert [q.speaker for q in find_quotes(text, entities)] == ["Tom Reid", "Dara Quinn"]
