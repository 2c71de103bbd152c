"""A credit («сообщили в полиции», «по данным МЧС», "according to …") is its own sentence's: it credits what that
sentence says, never a neighbour's fact that alignment put beside it. Nor does it pass to the sentence after: a
following sentence has a subject of its own as often as not («Среди погибших двое детей»), and an attribution line
missed costs an editor less than one naming the wrong source. Texts are ours (fictional)."""

from __future__ import annotations

from datetime import date

from svodka.compare import compare_articles
from svodka.compare.credits import credit_words
from svodka.model import Difference
from svodka.nlp import NlpModels

from conftest import of_kind, reports_of_one_day

FERRY_RU = ("Приозёрские ведомости", "10:00", "Паром затонул на Светлом озере",
            "Прогулочный паром затонул на Светлом озере у посёлка Камышино в субботу. При крушении парома погибли 12 "
            "человек. Среди погибших двое детей, сообщили в полиции.")
FERRY_EN = ("Lakeside Herald", "10:00", "Ferry sinks on Clearwater Lake",
            "A pleasure ferry sank on Clearwater Lake near the village of Reedham on Saturday. Twelve people died in "
            "the sinking. Two of the dead were children, according to Reedham County Police.")


TOLL_BY_MCHS = ("Озёрный курьер", "10:30", "Крушение парома у Камышина",
                "Паром с туристами перевернулся и затонул у посёлка Камышино на Светлом озере в субботу. "
                "При крушении парома погибли 12 человек, сообщили в МЧС.")


def _attributions(models: NlpModels, *reports: tuple[str, str, str, str]) -> list[Difference]:
    return of_kind(compare_articles(reports_of_one_day(models, date(2026, 6, 13), *reports), models.embedding),
                   "attribution")


def test_the_polices_credit_of_the_children_is_no_credit_of_the_toll_before_it(models: NlpModels) -> None:
    assert not _attributions(models, FERRY_RU, TOLL_BY_MCHS)


def test_one_toll_two_bodies_give_is_still_attributed_apart(models: NlpModels) -> None:
    credited = ("Приозёрские ведомости", "10:00", "Паром затонул на Светлом озере",
                "Прогулочный паром затонул на Светлом озере у посёлка Камышино в субботу. При крушении парома погибли "
                "12 человек, сообщили в полиции.")
    found = _attributions(models, TOLL_BY_MCHS, credited)  # the longer sentence first among the fact's
    assert len(found) == 1 and "полиции" in found[0].text and "МЧС" in found[0].text


def test_the_polices_two_children_are_not_compared_with_the_coast_guards_toll(models: NlpModels) -> None:
    other = ("Lake Courier", "10:30", "Ferry capsizes off Reedham",
             "A ferry carrying tourists capsized and sank near the village of Reedham on Clearwater Lake on Saturday. "
             "According to the Coast Guard, twelve people died in the sinking, two of them children.")
    # the Coast Guard vouches for twelve dead, the police for two children: no line puts the twelve under the police
    assert not _attributions(models, FERRY_EN, other)


def test_a_credit_does_not_pass_to_the_sentence_after(models: NlpModels) -> None:
    credited = ("Приозёрские ведомости", "10:00", "Паром затонул на Светлом озере",
                "Прогулочный паром затонул на Светлом озере у посёлка Камышино в субботу. При крушении парома погибли "
                "12 человек, сообщили в полиции. Среди погибших двое детей.")
    other = ("Озёрный курьер", "10:30", "Крушение парома у Камышина",
             "Паром с туристами перевернулся и затонул у посёлка Камышино на Светлом озере в субботу. "
             "По данным МЧС, среди погибших при крушении парома двое детей.")
    assert not _attributions(models, credited, other)


def test_an_attribution_shows_the_statement_both_credit_not_the_toll_beside_it(models: NlpModels) -> None:
    credited = ("Приозёрские ведомости", "10:00", "Паром затонул на Светлом озере",
                "Прогулочный паром затонул на Светлом озере у посёлка Камышино в субботу. Среди погибших при крушении "
                "парома 2 ребёнка, сообщили в полиции.")
    other = ("Озёрный курьер", "10:30", "Крушение парома у Камышина",
             "Паром с туристами перевернулся и затонул у посёлка Камышино на Светлом озере в субботу. "
             "При крушении парома погибли 12 человек, в том числе 2 ребёнка, сообщили в МЧС.")
    found = _attributions(models, credited, other)
    assert len(found) == 1 and "полиции" in found[0].text and "МЧС" in found[0].text
    assert "12" not in found[0].text  # the children both credit, not the toll only the emergencies ministry gives


def test_a_credits_words_are_who_told_it_not_what_happened() -> None:
    assert credit_words("Среди погибших двое детей, сообщили в полиции.") == ["сообщили", "в", "полиции"]
    assert credit_words("Two were children, according to the county police.") == [
        "according", "to", "the", "county", "police"]
    assert credit_words("При крушении парома погибли 12 человек.") == []
