"""English quotes as an analyst found them read wrongly (session 12, user pass 1): unnamed speakers, quotes over two
paragraphs, possessors, "according to" after a quote, chants, "U.K.", datelines and fragments. Texts are fictional."""

from __future__ import annotations

import pytest

from svodka.model import Entity, Mention
from svodka.nlp.quotes import find_quotes
from tests.test_nlp_quotes_dates import entity


def speakers(text: str, *entities: Entity) -> list[tuple[str | None, str]]:
    """Each quote's speaker and text."""
    return [(q.speaker, q.text) for q in find_quotes(text, list(entities))]


def test_an_unnamed_spokesman_is_not_the_spokeswoman_named_before():
    text = ('Party spokeswoman Ann Dale said the scheme was weak. "Nobody believes it," she said.\n\n'
            '"The money is in the budget," a Harbour Board spokesman said.')
    dale = entity(text, "Ann Dale", "PER")
    role = text.index("spokesman")  # entity grouping ties the role to the only spokesperson it knows
    dale.mentions.append(Mention(role, role + len("spokesman"), "spokesman", "role"))
    board = entity(text, "Harbour Board", "ORG")
    assert speakers(text, dale, board)[-1] == ("Harbour Board", "The money is in the budget")


@pytest.mark.parametrize("opening", ["In a statement the", "In a statement, the", "Within a week the"])
def test_a_definite_role_after_an_indefinite_phrase_is_the_person_named_before(opening):
    text = (f"Treasury spokesman John Hale defended the plan on Monday. {opening} spokesman said the tax would be "
            "cut next year.")
    hale = entity(text, "John Hale", "PER")
    role = text.rindex("spokesman")
    hale.mentions.append(Mention(role, role + len("spokesman"), "spokesman", "role"))
    assert speakers(text, hale) == [("John Hale", "the tax would be cut next year")]


@pytest.mark.parametrize("attribution", ["an official said", "a source said", "officials said", "aides said"])
def test_an_unnamed_source_after_a_quote_names_nobody(attribution):
    text = f'Mayor Tom Reed opened the bridge. "The toll will stay as it is for now," {attribution}.'
    assert speakers(text, entity(text, "Tom Reed", "PER"))[-1] == (None, "The toll will stay as it is for now")


@pytest.mark.parametrize("mark", ['"', "“"])
def test_a_quote_over_two_paragraphs_keeps_both_with_the_speaker_of_its_introduction(mark):
    close = '"' if mark == '"' else "”"
    text = (f"Ann Dale spoke first. Mr Reed said: {mark}We will rebuild the old pier. It is no small job.\n\n"
            f"{mark}It means work for the whole town, and cheaper ferries.{close}")
    found = speakers(text, entity(text, "Ann Dale", "PER"), entity(text, "Tom Reed", "PER", "Reed"))
    assert found == [("Tom Reed", "We will rebuild the old pier. It is no small job."),
                     ("Tom Reed", "It means work for the whole town, and cheaper ferries.")]


@pytest.mark.parametrize("owner", ["Reed's aides", "Reed's officials"])
def test_whose_aides_speak_is_not_the_speaker(owner):
    text = f"Tom Reed visited the port. {owner} said the first contracts would be signed next week."
    assert speakers(text, entity(text, "Tom Reed", "PER", "Tom Reed", "Reed")) == [
        (None, "the first contracts would be signed next week")]


def test_what_a_source_wrote_speaks_for_it():
    text = "Harbour News’s report cautions that the plans are still in flux and may change."
    assert speakers(text, entity(text, "Harbour News", "ORG"))[0][0] == "Harbour News"


def test_a_quote_attributed_according_to_an_outlet_is_not_the_last_person_s():
    text = ('Minister Ann Dale condemned the attack. One of the guards was said to have told each of them, '
            '"It\'s your turn. Ten minutes each and no delay," according to the Tribune.')
    found = speakers(text, entity(text, "Ann Dale", "PER"), entity(text, "Tribune", "ORG"))
    assert found[-1] == ("Tribune", "It's your turn. Ten minutes each and no delay")


def test_a_chant_quoted_after_the_speaker_s_quote_is_not_his():
    text = ('"The budget holds steady this year," Tom Reed said, to chants of "not for sale, not for sale" from '
            'the audience.')
    assert speakers(text, entity(text, "Tom Reed", "PER")) == [
        ("Tom Reed", "The budget holds steady this year"), (None, "not for sale, not for sale")]


def test_a_name_entity_recognition_missed_before_the_verb_speaks():
    text = ('Police official Abdul Rahim said nine people died. "Whoever is responsible will face the law," Shipping '
            'Minister Karim Nasser said.')
    assert speakers(text, entity(text, "Abdul Rahim", "PER"))[-1] == (
        "Karim Nasser", "Whoever is responsible will face the law")


@pytest.mark.parametrize("sentence, said", [
    ("The US Treasury and the U.K. Treasury will coordinate sanctions, Tom Reed said.",
     "The US Treasury and the U.K. Treasury will coordinate sanctions"),
    ("Tom Reed said the U.S. and the UK would keep supplying aid.", "the U.S. and the UK would keep supplying aid"),
    ("A bus overturned on Sunday night, Nov. 15, killing 9 people, police said.",
     "A bus overturned on Sunday night, Nov. 15, killing 9 people"),
])
def test_an_abbreviation_ends_no_quoted_clause(sentence, said):
    assert [q.text for q in find_quotes(sentence, [entity(sentence, "Tom Reed", "PER")])] == [said]


@pytest.mark.parametrize("dateline", ["DHAKA (Reuters) - ", "LONDON, June 10 (Daily Chronicle) - ", "NEW DELHI - ",
                                      "PORT LOUIS, Mauritius (AP) — "])
def test_a_quote_carries_no_dateline(dateline):
    text = f"{dateline}A river ferry sank near the port on Monday, police said."
    assert [q.text for q in find_quotes(text, [])] == ["A river ferry sank near the port on Monday"]


@pytest.mark.parametrize("before", ["", "Trade talks resume\n", "The minister spoke in Geneva. "])
def test_an_acronym_and_a_dash_opening_what_was_said_are_no_dateline(before):
    text = f"{before}US - China trade talks will resume next week, the minister said."
    assert [q.text for q in find_quotes(text, [])] == ["US - China trade talks will resume next week"]


@pytest.mark.parametrize("dateline", ["NEW DELHI - ", "LONDON, June 10 (Daily Chronicle) - "])
def test_a_dateline_is_read_only_where_it_stands(dateline):
    """A bare one opens the report; one with a date or credit is a dateline wherever it is."""
    text = f"Ferry sinks\n{dateline}A river ferry sank near the port, police said. {dateline}Nine swam ashore, police said."
    bare = "," not in dateline
    assert [q.text for q in find_quotes(text, [])] == [
        "A river ferry sank near the port", f"{dateline.strip() + ' ' if bare else ''}Nine swam ashore"]


@pytest.mark.parametrize("sentence, said", [
    ('"We will rebuild the bridge," Tom Reed said at a joint press conference in the East Room of the town hall.',
     []),
    ("Tom Reed said in a statement the company will grow fast.", ["the company will grow fast"]),
    ("Tom Reed said on Thursday it would rise.", ["it would rise"]),
])
def test_where_a_statement_was_made_is_no_statement(sentence, said):
    found = find_quotes(sentence, [entity(sentence, "Tom Reed", "PER")])
    assert [q.text for q in found if q.kind == "indirect"] == said
