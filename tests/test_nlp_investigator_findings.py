"""Session 17, the investigator's findings: a name's variant transliterations (Vorontsoff, Gorbatchev, Zelenskyy)
and an English "u" Russian writes "а" (Trump, Трамп) key with the Cyrillic; a role's holder named after the
genitive of whom they serve speaks («адвокат Воронцова Игорь Шестаков»); "the ex-governor" is the former governor
the text named. All texts are fictional."""

from datetime import datetime

import pytest

from svodka.model import Article
from svodka.nlp import analyse
from svodka.nlp.quotes import find_quotes
from svodka.nlp.translit import entity_key, name_key
from tests.test_nlp_quotes_dates import entity


@pytest.mark.parametrize("spellings", [
    ("Vorontsoff", "Vorontsov", "Vorontsow", "Воронцов"),
    ("Gorbachev", "Gorbatchev", "Gorbachov", "Горбачёв"),
    ("Zelensky", "Zelenskyy", "Zelenskiy", "Зеленский"),
    ("Tchaikovsky", "Chaikovsky", "Tschaikowsky", "Чайковский"),
    ("Khrushchev", "Khrushchov", "Хрущёв"),
    ("Shchukin", "Schukin", "Щукин"),
    ("Prokofiev", "Prokofieff", "Прокофьев"),
    ("Medvedeff", "Медведев"),
    ("Trump", "Трамп"),
    ("Hunter", "Хантер"),
])
def test_variant_transliterations_share_one_key(spellings):
    assert len({name_key(s) for s in spellings}) == 1


@pytest.mark.parametrize("first, second", [("Goff", "Gove"), ("Putin", "Patin"), ("Bush", "Bash")])
def test_the_folds_keep_short_or_plain_names_apart(first, second):
    assert name_key(first) != name_key(second)


def test_a_variant_surname_keys_the_person_with_the_russian_one():
    assert entity_key("Arkady Vorontsoff", "PER") == entity_key("Аркадий Воронцов", "PER")


def speakers(text: str, *people: tuple[str, ...]) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, [entity(text, name, "PER", *spellings) for name, *spellings in people])]


def test_a_lawyer_named_after_his_clients_genitive_speaks():
    text = ("Суд приговорил бывшего мэра Павла Гринёва к шести годам. «Мы обжалуем это решение в областном суде», "
            "— сказал адвокат Гринёва Олег Ситников.")
    people = [("Павел Гринёв", "Павла Гринёва", "Гринёва"), ("Олег Ситников",)]
    assert speakers(text, *people) == ["Олег Ситников"]


def test_an_english_lawyer_after_his_clients_possessive_speaks():
    text = ("A court sentenced former mayor Pavel Grinev to six years on Monday. \"We will appeal this decision in "
            "the regional court,\" Grinev's lawyer Oleg Sitnikov said.")
    assert speakers(text, ("Pavel Grinev", "Pavel Grinev", "Grinev"), ("Oleg Sitnikov",)) == ["Oleg Sitnikov"]


def test_the_ex_governor_is_the_former_governor_named(models):
    text = ("The trial of former Northfield governor Pavel Grinev opened on Wednesday, with Mr Grinev calling the "
            "case a set-up. \"I don't admit guilt. This is a commissioned case,\" the ex-governor told the court.")
    article = Article(id="t", origin="test", title="Grinev trial opens", text=text,
                      published=datetime(2026, 7, 2, 9, 0))
    assert [q.speaker for q in analyse(article, models).quotes] == ["Pavel Grinev"]

