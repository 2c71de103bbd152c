"""A surname written alone, with none of the cues a place or a body has, is read by what a reader reads: who speaks
after a speech verb, what only a person does or has; a place the article uses or knows stays a place (session 16)."""

from __future__ import annotations

from svodka.nlp.english import analyse_english
from svodka.nlp.entities import canonical_entities


def _names(text: str) -> dict[str, str]:
    """Each name the English pass finds, with its type."""
    return {span.text: span.type for span in analyse_english(text)[1]}


def test_a_name_after_a_speech_verb_closing_its_clause_is_a_speaker():
    names = _names("“The vote was close,” said Haverford. The levy will rise, says Orlund, and the board agreed.")
    assert names["Haverford"] == "PER" and names["Orlund"] == "PER"


def test_a_name_after_a_speech_verb_opening_a_clause_is_whom_it_speaks_of_and_no_cue():
    # "said Dunmere had…": the name is the reported clause's subject; nothing tells its type, its shape stays
    names = _names("The council met on Friday, and the clerk said Dunmere had flooded again.")
    assert names["Dunmere"] == "LOC"


def test_what_only_a_person_is_or_has_makes_a_one_word_name_a_person():
    text = ("The merger was blocked by Tarrow himself, and Lindell’s wife sat on the board, and the trial began "
            "a week after Penhale's funeral. The ferry left Dunmore, and Okonedo said she would appeal.")
    names = _names(text)
    assert names["Tarrow"] == names["Lindell"] == names["Penhale"] == names["Okonedo"] == "PER"
    assert names["Dunmore"] == "LOC"


def test_a_sister_company_is_no_family():
    names = _names("Shares in Korvaro fell as Korvaro's sister brand Velt opened a plant.")
    assert names["Korvaro"] != "PER"


def test_a_name_called_a_surname_or_a_god_is_a_person():
    names = _names("A student, who gave her surname Ho, said pilgrims honour the god Rama in the town.")
    assert names["Ho"] == "PER" and names["Rama"] == "PER"


def test_a_known_place_after_a_speech_verb_stays_a_place():
    text = "The talks are over, said Moscow. The ceasefire holds, said Haverford."
    entities = {e.name: e.type for e in canonical_entities(analyse_english(text)[1], text, english=True)}
    assert entities == {"Moscow": "LOC", "Haverford": "PER"}


def test_a_surname_after_according_to_is_a_person_when_the_text_gives_a_cue_elsewhere():
    # "according to" alone leans to a source (the dev texts' one-word names after it are all Refinitiv): a full name
    # or a title elsewhere in the article decides
    text = ("The levy was proposed by Amara Okafor in May. The plan would cost more, according to Okafor. "
            "Dr Lindqvist disagreed, and the figures were wrong, according to Lindqvist.")
    names = {(span.start, span.text): span.type for span in analyse_english(text)[1]}
    assert set(names.values()) == {"PER"}
    assert _names("Revenue rose, according to Refinitiv.") == {"Refinitiv": "ORG"}
