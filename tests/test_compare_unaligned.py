"""Comparison across sentences alignment keeps apart: a figure misprinted in one report, one count told in two
wordings, and the credit line every report ends with."""

from __future__ import annotations

from datetime import datetime

import pytest

from svodka.compare import compare_articles
from svodka.compare.credits import credit_only
from svodka.model import Article, Difference
from svodka.nlp import NlpModels, analyse

# How each report opens, on another subject, so that the sentences under test meet nothing here; worded apart, so
# that no report is taken for a reprint of the other
OPENINGS = (("Власти Вологодской области продлили масочный режим до конца месяца. Кафе и рестораны региона продолжат "
             "работать только навынос, а театры останутся закрытыми. "),
            ("Губернатор решил не отменять ограничения: маски в Вологодской области обязательны ещё месяц. Заведения "
             "общепита по-прежнему торгуют лишь на вынос. "))


def _differences(models: NlpModels, *bodies: str) -> list[Difference]:
    articles = [Article(id=f"a{i}", origin=f"a{i}.txt", text=OPENINGS[i] + body, title="Коронавирус в Вологде",
                        outlet=f"Outlet {i}", published=datetime(2026, 3, 4, 12, 0)) for i, body in enumerate(bodies)]
    return compare_articles([(a, analyse(a, models)) for a in articles], models.embedding)


def _of(differences: list[Difference], kind: str) -> list[str]:
    return [d.text for d in differences if d.kind == kind]


def _claimed_unique(differences: list[Difference]) -> list[str]:
    """What the unique differences claim as one outlet's: their details when they name them, else their sentence."""
    return [claim for d in differences if d.kind == "unique" for claim in (d.details or [d.text])]


def test_a_figure_misprinted_in_sentences_that_do_not_align_is_a_conflict(models: NlpModels) -> None:
    # the total of one joins the other's day: "Всего выздоровели" is closer to "выздоровели 310" than to "Вылечились"
    differences = _differences(models, "За сутки от осложнений умерли 12 человек, выздоровели 310 человек. "
                                       "Вылечились от болезни 48215 человек.",
                               "За сутки умерли 12 человек. Всего выздоровели 43 215 человек.")
    conflicts = _of(differences, "conflict")
    assert len(conflicts) == 1 and "48215" in conflicts[0] and "43 215" in conflicts[0]


@pytest.mark.parametrize(("first", "second"), [
    ("За сутки умерли 12 человек. Вылечились от болезни 48215 человек.",
     "За сутки умерли 12 человек. Всего выздоровели 4 830 человек."),
    ("В больницах остаются 1113 человек.", "За время эпидемии домой выписаны 1123 человека."),
])
def test_close_figures_of_sentences_apart_are_no_conflict_unless_one_figure_told_two_ways(
        models: NlpModels, first: str, second: str) -> None:
    # a day's count beside a total; two counts of people that share no word of what happened to them
    assert not _of(_differences(models, first, second), "conflict")


def test_one_count_told_in_two_wordings_is_no_outlets_unique_fact(models: NlpModels) -> None:
    differences = _differences(
        models, "При этом за сутки коронавирус подхватили 57 человек, сообщила представитель облздрава Анна Смирнова.",
        "По последним данным, в Череповце выявлено 57 новых случаев заражения инфекцией за сутки.")
    assert not [claim for claim in _claimed_unique(differences) if "57" in claim]


def test_an_age_and_a_count_of_one_figure_are_two_facts(models: NlpModels) -> None:
    differences = _differences(models, "Среди заболевших за сутки нет ни одного жителя младше 18 лет.",
                               "Из заболевших 18 человек госпитализированы в областную больницу.")
    assert [claim for claim in _claimed_unique(differences) if "18" in claim]


@pytest.mark.parametrize(("sentence", "only"), [
    ("Об этом сообщает ТАСС.", True),
    ("Информация предоставлена оперативным штабом по борьбе с инфекцией.", True),
    ("Об этом сообщили в оперативном штабе по ситуации с COVID-19.", True),
    ("Reuters reported.", True),
    ("This was reported by the BBC.", True),
    ("Информация о пострадавших уточняется.", False),  # no verb of telling
    ("Об этом сообщил мэр, добавив, что 15 школ закрыты.", False),  # a figure: a fact besides the credit
    ("The company said it would cut 300 jobs.", False),
    ("Об этом пишет «Коммерсантъ», ссылаясь на два источника.", True),  # who passed it on, after a comma
    ("Об этом говорится в сообщении министерства, передает РБК.", True),
    # a fact told in words after the credit
    ("Об этом сообщил мэр, добавив, что школы закрыты на карантин до конца недели.", False),
    ("Эту информацию подтвердили в МЧС, сообщив о гибели троих человек.", False),
    ("Об этом пишет РБК со ссылкой на источники в правительстве, знакомые с планами закрыть границу.", False),
    ("This was reported by the BBC, which said the border would close.", False),
    ("Об этом сообщил " + "очень " * 30 + "важный источник.", False),  # longer than any credit
])
def test_a_sentence_only_crediting_the_story_is_told_apart(sentence: str, only: bool) -> None:
    assert credit_only(sentence) is only


def test_a_credit_line_in_every_report_is_no_shared_fact(models: NlpModels) -> None:
    credit = " Об этом сообщает агентство «Северный край»."
    differences = _differences(models, "Вылечились от болезни 48215 человек." + credit,
                               "Всего выздоровели 48 215 человек." + credit)
    assert not [text for text in _of(differences, "shared") if "Северный край" in text]
