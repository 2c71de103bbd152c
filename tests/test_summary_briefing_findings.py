"""A morning briefing reads the summary's first line and the title on air: they say what happened, with no wire label."""

from __future__ import annotations

from datetime import datetime

import pytest

from svodka.compare import story_alignment
from svodka.compare.align import Unit
from svodka.model import Article
from svodka.nlp import NlpModels, analyse
from svodka.summarise import story_summary
from svodka.summarise.summary import _stands_alone
from svodka.summarise.title import story_title, without_labels


def _reports(models: NlpModels, reports: list[tuple[str, str, str]]) -> list[tuple]:
    """Made-up reports (outlet, title, body) of 26 November 2026, an hour apart, oldest first."""
    members = []
    for number, (outlet, title, body) in enumerate(reports):
        article = Article(id=chr(ord("a") + number), origin=f"{number}.txt", title=title, text=body, outlet=outlet,
                          published=datetime(2026, 11, 26, number + 1, 0))
        members.append((article, analyse(article, models)))
    return members


VERDICT = {
    "ru": [("Вести Полесья", "Бывший мэр Ольховска получил 7 лет колонии",
            "Суд приговорил бывшего мэра Ольховска Игоря Тарасенко к 7 годам колонии и штрафу в 40 млн рублей по делу "
            "о взятке. По версии следствия, Тарасенко получил 9 млн рублей за контракт на ремонт моста. "
            "Защита намерена обжаловать приговор."),
           ("Речной курьер", "Экс-мэра Ольховска приговорили к семи годам",
            "Областной суд приговорил бывшего главу Ольховска Игоря Тарасенко к семи годам колонии, признав его "
            "виновным во взятке. По версии следствия, Тарасенко получил 9 млн рублей за контракт на ремонт моста. "
            "Адвокат Тарасенко заявил, что приговор будет обжалован.")],
    "en": [("Valley Post", "Former Elmbridge mayor jailed for 7 years",
            "A court sentenced former Elmbridge mayor Owen Tarrant to 7 years in prison and a $4 million fine for "
            "taking a bribe. Prosecutors said Tarrant took $900,000 for a contract to repair the river bridge. "
            "His lawyers said they would appeal."),
           ("Riverside Courier", "Ex-mayor of Elmbridge gets seven years",
            "The regional court sentenced Owen Tarrant, the former mayor of Elmbridge, to seven years in prison "
            "after finding him guilty of bribery. Prosecutors said Tarrant took $900,000 for a contract to repair "
            "the river bridge. Tarrant's lawyer said the verdict would be appealed.")],
}


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_summary_opens_with_the_verdict_the_leads_tell_not_a_detail_both_reports_print(
        models: NlpModels, language: str) -> None:
    members = _reports(models, VERDICT[language])
    lines = story_summary(members, models.embedding, story_alignment(members, models.embedding))
    assert lines
    assert any(word in lines[0].text for word in ("приговорил", "sentenced")), [line.text for line in lines]


OBITUARY = {
    "ru": [("Утренний вестник", "Умер народный артист Олег Ветров",
            "Народный артист Олег Ветров умер в Самаре на 80-м году жизни. Ветров служил в драматическом театре "
            "более 40 лет и сыграл более 60 ролей в кино. Прощание пройдёт 30 ноября."),
           ("Волжские новости", "Скончался актёр Олег Ветров",
            "Актёр Олег Ветров служил в драматическом театре более 40 лет и сыграл более 60 ролей в кино, "
            "в том числе в фильме «Тихая пристань». Прощание с артистом пройдёт 30 ноября.")],
    "en": [("Morning Herald", "Actor Oliver Vance dies at 79",
            "Actor Oliver Vance has died in Bristol at the age of 79, the Old Vic company said on Wednesday evening. "
            "Vance spent more than 40 years with the company and appeared in more than 60 films. "
            "A memorial will be held on November 30."),
           ("Western Times", "Oliver Vance, star of 'Quiet Harbour', has died",
            "Oliver Vance spent more than 40 years with the Old Vic company and appeared in more than 60 films, "
            "among them 'Quiet Harbour'. His death was announced by the company on Wednesday evening.")],
}


@pytest.mark.parametrize("language", ["ru", "en"])
def test_an_obituary_summary_opens_with_the_death(models: NlpModels, language: str) -> None:
    members = _reports(models, OBITUARY[language])
    lines = story_summary(members, models.embedding, story_alignment(members, models.embedding))
    assert lines
    assert any(word in lines[0].text for word in ("умер", "died")), [line.text for line in lines]


@pytest.mark.parametrize("title, expected", [
    ("Срочно: министр финансов Пётр Орлов подал в отставку", "Министр финансов Пётр Орлов подал в отставку"),
    ("Молния: в Заречье горит склад", "В Заречье горит склад"),
    ("Эксклюзив: глава банка «Северный» уходит", "Глава банка «Северный» уходит"),
    ("BREAKING: Dockworkers at Port Kelling walk out", "Dockworkers at Port Kelling walk out"),
    ("UPDATE 2-Oil rises on supply worries", "Oil rises on supply worries"),
    ("EXCLUSIVE-Lender weighs sale of card unit", "Lender weighs sale of card unit"),
    ("WATCH: Storm floods the harbour road", "Storm floods the harbour road"),
    ("LIVE: Counting under way in Elmbridge", "Counting under way in Elmbridge"),
    # a speaker or a source opening a headline is part of its claim; so is a word "update" of the event
    ("Орлов: бюджет будет исполнен", "Орлов: бюджет будет исполнен"),
    ("Update on the bridge vote: delayed again", "Update on the bridge vote: delayed again"),
    # a bracketed medium goes; a bracketed part of the claim stays
    ("Пожар на складе в Заречье [ВИДЕО]", "Пожар на складе в Заречье"),
    ("Мэры встретились в Нью-Йорке (США)", "Мэры встретились в Нью-Йорке (США)"),
])
def test_a_wire_label_is_no_part_of_the_title(title: str, expected: str) -> None:
    assert without_labels(title) == expected


def test_the_story_title_loses_its_wire_label(models: NlpModels) -> None:
    members = _reports(models, [
        ("Вечерний курьер", "Срочно: министр финансов Пётр Орлов подал в отставку",
         "Министр финансов Пётр Орлов подал в отставку, сообщила пресс-служба правительства."),
    ])
    assert story_title(members) == "Министр финансов Пётр Орлов подал в отставку"


@pytest.mark.parametrize("sentence, alone", [
    ("Разрушений в посёлке нет, жители были эвакуированы заранее.", False),
    ("No homes in the village were damaged, officials said.", False),
    ("Разрушений в посёлке Усть-Ольховка нет, жители были эвакуированы заранее.", True),
    ("No homes in the village of Kerry Point were damaged, officials said.", True),
])
def test_a_sentence_naming_its_village_only_before_does_not_stand_alone(sentence: str, alone: bool) -> None:
    unit = Unit("a", "Outlet a", "a", sentence, frozenset(sentence.lower().split()))
    assert _stands_alone(unit) is alone
