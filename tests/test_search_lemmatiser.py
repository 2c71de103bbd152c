"""A query is lemmatised by pymorphy2's dictionary alone (`svodka search` loads no natasha), and its lemmas must be
those natasha's MorphVocab gives, since the index holds the lemmas natasha's pipeline chose: the same dictionary,
so the same normal forms, word for word."""

from __future__ import annotations

from svodka.nlp import NlpModels
from svodka.store.search import WORD, fold, query_lemmas, russian_lemmatizer

# Fictional reports' sentences: inflected nouns, verbs, participles, names, a hyphenated word, ё
SENTENCES = [
    "Паромщики Верхних Ключей прекратили рейсы: паром «Стрежень» сел на мель у правого берега.",
    "Губернатор пообещал, что отремонтированные школы откроются к сентябрю, а учителям повысят"
    " зарплаты.",
    "Спасатели эвакуировали сорок пассажиров катерами; пострадавших нет, сообщила пресс-служба"
    " МЧС.",
    "Зрители шли на концерт под проливным дождём, а организаторы раздавали им плащи.",
]


def test_a_query_s_lemmas_are_natasha_s_without_natasha(models: NlpModels) -> None:
    light, natasha = russian_lemmatizer(), russian_lemmatizer(models)
    words = {word for sentence in SENTENCES for word in WORD.findall(fold(sentence))}
    assert len(words) > 40
    assert {word: query_lemmas(word, light) for word in words} == {
        word: query_lemmas(word, natasha) for word in words}
    assert {"паромщик", "пообещать", "школа"} <= {lemma for word in words for lemma in query_lemmas(word, light)}
