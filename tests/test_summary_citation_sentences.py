"""The sentence a summary line shows for each report it cites is the one of that report supporting the line."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from svodka.compare.align import Fact, Unit, sentence_units
from svodka.compare.similarity import SentenceSimilarity
from svodka.model import Article, NumberFact
from svodka.nlp import NlpModels, analyse
from svodka.summarise.summary import own_wordings, stated_by_sentence


def _unit(article: str, text: str, *numbers: float, language: str = "en") -> Unit:
    """A made-up sentence unit: its words for lemmas, its figures as numbers."""
    return Unit(article, f"Outlet {article}", article, text, frozenset(re.findall(r"\w+", text.lower())),
                language=language, numbers=[NumberFact(f"{n:g}", n, "", 0, 0) for n in numbers])


@pytest.mark.parametrize("language, line, paraphrase, restatement", [
    ("en", ("The ferry Aurora sank off Kerry Point on March 3 with 40 passengers aboard.", 40),
     "The ferry Aurora sank off Kerry Point.",
     ("On March 3 the ferry Aurora with 40 passengers aboard sank off Kerry Point after its engine failed in a "
      "storm that had battered the coast since the weekend.", 40)),
    ("ru", ("Паром «Аврора» с 40 пассажирами затонул у мыса Каменный 3 марта.", 40),
     "Паром «Аврора» затонул у мыса Каменный.",
     ("3 марта у мыса Каменный после отказа двигателя в сильный шторм затонул паром «Аврора» с 40 пассажирами "
      "на борту.", 40)),
])
def test_a_report_aligned_by_two_sentences_is_shown_by_the_one_stating_the_line(
        language: str, line: tuple, paraphrase: str, restatement: tuple) -> None:
    chosen = _unit("a", *line, language=language)
    units = [chosen, _unit("b", paraphrase, language=language), _unit("b", *restatement, language=language)]
    similarity = SentenceSimilarity(units)
    assert similarity(chosen, units[1]) > similarity(chosen, units[2])  # closeness alone shows the paraphrase
    shown = own_wordings(Fact(units), chosen, ["a", "b"], similarity)
    assert [w.text for w in shown] == [chosen.shown, units[2].shown]


def test_a_lead_is_weighed_by_its_own_words_not_its_headlines(models: NlpModels) -> None:
    article = Article(id="b", origin="b.txt", title="Паром «Аврора» поднимут со дна летом",
                      text="Водолазы осмотрели корпус судна у мыса Каменный. Подъём назначен на июль.",
                      outlet="Берег", published=datetime(2026, 3, 4, 12, 0))
    members = [(article, analyse(article, models))]
    lead = sentence_units(article, members[0][1])[0]
    assert "поднять" in lead.lemmas  # alignment gives a lead its headline's words
    stated = stated_by_sentence(members, [lead])[id(lead)]
    assert "водолаз" in stated and "поднять" not in stated and "паром" not in stated


def test_a_report_told_twice_is_shown_by_the_sentence_printing_more_of_the_line() -> None:
    line = _unit("a", "Councillors voted to cut the pension top-up age from 80 to 75 years.", 80, 75)
    shorter = _unit("b", "A pension top-up from 75.", 75)
    fuller = _unit("b", "The top-up age falls from 80 to 75 years after the councillors' vote.", 80, 75)
    assert [w.text for w in own_wordings(Fact([line, shorter, fuller]), line, ["a", "b"], None)] == [
        line.shown, fuller.shown]
    assert [w.text for w in own_wordings(Fact([line, fuller, shorter]), line, ["b"], None)] == [fuller.shown]
