"""Quotes and speakers as real news writes them (round 8): names quoted inside a quote in its own marks, sources
entity recognition typed as places, reports and agencies named by their kind, "по данным" with an adjective
or a pronoun, English reports with a clause of their own."""

from __future__ import annotations

import pytest

from svodka.model import Entity
from svodka.nlp.quotes import find_quotes
from tests.test_nlp_quotes_dates import entity


def quoted(text: str, *entities: Entity) -> list[tuple[str, str | None, str]]:
    """Each quote's kind, speaker and first word."""
    return [(q.kind, q.speaker, q.text.split()[0]) for q in find_quotes(text, list(entities))]


@pytest.mark.parametrize("text, last_word", [
    ('Соглашение с банком подписано сегодня. Об этом сообщает Министерство соцполитики. "В мае прошла '
     'церемония в рамках проекта "Модернизация системы поддержки" для расширения помощи семьям", - говорится в '
     'сообщении.', "семьям"),
    ("Соглашение с банком подписано сегодня. Об этом сообщает Министерство соцполитики. 'Условием названы "
     "отказ от претензий и отмена штрафа за якобы 'нарушение конкуренции' и отзыв ходатайства', – говорится в "
     "сообщении.", "ходатайства"),
])
def test_a_name_quoted_in_the_quote_s_own_marks_does_not_end_it(text, last_word):
    ministry = entity(text, "Министерство соцполитики", "ORG")
    [quote] = [q for q in find_quotes(text, [ministry]) if q.kind == "direct"]
    assert quote.text.endswith(last_word) and quote.speaker == "Министерство соцполитики"


@pytest.mark.parametrize("text, name, speaker", [
    ("The airline launched a feature. Emirates said its app now has 1.5 million active users.", "Emirates", "Emirates"),
    ("About Time will be the subject. According to Vogue, the exhibit will trace fashions back to the 1870s.",
     "Vogue", "Vogue"),
    ("Fuentes confronted the man. Fuentes said she would press charges against the employee.", "Fuentes", "Fuentes"),
    # governed by a preposition, or the complement of a noun: no subject
    ("Shopkeepers in Ayodhya said they expected quieter streets soon.", "Ayodhya", None),
    ("В администрации Кингисеппского района заявили, что весной начнут строить площадку.", "Кингисеппского района",
     None),
])
def test_a_name_typed_as_a_place_speaks_as_the_whole_subject_of_a_verb_of_saying(text, name, speaker):
    place = entity(text, name, "LOC")
    assert quoted(text, place) == [("indirect", speaker, quoted(text, place)[0][2])]


def test_a_place_is_no_subject_of_a_verb_with_other_senses():
    text = "Emirates has added a new feature on its app called Airport Maps, which helps passengers."
    assert find_quotes(text, [entity(text, "Emirates", "LOC")]) == []


@pytest.mark.parametrize("text, names, speaker", [
    ("Sources speaking with Kotaku have said the game is getting an overhaul. According to the report, the "
     "studio has dubbed it Anthem Next.", [("Kotaku", "ORG")], "Kotaku"),
    ("Компания Facebook представила отчет об удалении контента. В отчете отмечается, что большинство записей "
     "были удалены до жалоб.", [("Facebook", "ORG")], "Facebook"),
    # an indefinite report is a new source, no one cited before
    ("Colau condemned the ruling. Since a police report said she appeared calm, the case was closed.",
     [("Colau", "PER")], None),
])
def test_the_report_is_the_source_last_cited_or_the_body_that_published_it(text, names, speaker):
    entities = [entity(text, name, type_) for name, type_ in names]
    assert [q.speaker for q in find_quotes(text, entities) if q.kind == "indirect"][-1] == speaker


@pytest.mark.parametrize("text, names, expected", [
    ("BBC News reports the new case is known as the Wolf Pack.", [("BBC News", "ORG")],
     [("indirect", "BBC News", "the")]),
    # after a quote that ends its sentence: a new report, not the quote's attribution
    ("“Nobody wants to see a player hurt,” Saban said. “So too bad for him today.” ESPN reported Tagovailoa "
     "could be heard shouting.", [("Saban", "PER"), ("ESPN", "ORG"), ("Tagovailoa", "PER")],
     [("direct", "Saban", "Nobody"), ("direct", "Saban", "So"), ("indirect", "ESPN", "Tagovailoa")]),
    ("She reported the incident to police on Monday.", [], []),
])
def test_reported_with_a_clause_of_its_own_is_speech(text, names, expected):
    assert quoted(text, *(entity(text, name, type_) for name, type_ in names)) == expected


@pytest.mark.parametrize("text, names, opening, speaker", [
    ("Катера передадут Украине. Об этом сообщает ТАСС. По данным российского агентства, катера исключены из "
     "числа вещественных доказательств.", [("ТАСС", "ORG")], "катера", "ТАСС"),
    ("Об этом сообщает «Интерфакс». Передача кораблей состоится в ближайшее время, уточнил собеседник "
     "агентства.", [("Интерфакс", "ORG")], "Передача", None),
    ("Проверку ведёт Следственное управление СК по Пермскому краю. По предварительным данным следственного "
     "управления, в действиях врачей усматриваются признаки халатности.",
     [("Следственное управление СК по Пермскому краю", "ORG")], "в", "Следственное управление СК по Пермскому краю"),
    ("Как сообщила телерадиокомпания NRK, десять подлодок вышли в море. По их данным, операция рассчитана на "
     "60 дней.", [("NRK", "ORG")], "операция", "NRK"),
    ("Об этом рассказал Павел Рябинин. Эксперты считают проект показательным. По их мнению, удачный опыт "
     "подтолкнёт город к новым концессиям.", [("Павел Рябинин", "PER")], "удачный", None),
    ("Об этом заявило Посольство РФ в США. Посольство заявляет, что рассматривает серию статей как сборник "
     "измышлений.", [("Посольство РФ в США", "ORG")], "рассматривает", "Посольство РФ в США"),
])
def test_a_source_named_by_its_kind_an_adjective_or_a_pronoun(text, names, opening, speaker):
    *_, last = quoted(text, *(entity(text, name, type_) for name, type_ in names))
    assert last == ("indirect", speaker, opening)


@pytest.mark.parametrize("text, names, speaker", [
    ("The court ruled that the three clerks were liable for the lost files.", [], None),
    ("ISPA hit back at Telkom on Monday, ISPA said. The organisation added that a slower market was likely.",
     [("ISPA", "ORG"), ("Telkom", "ORG")], "ISPA"),
])
def test_any_verb_of_saying_with_that_reports_whoever_its_subject(text, names, speaker):
    entities = [entity(text, name, type_) for name, type_ in names]
    quote = find_quotes(text, entities)[-1]
    assert quote.kind == "indirect" and quote.text.startswith(("the", "a")) and quote.speaker == speaker


def test_a_passive_with_that_reports_nobody():
    assert find_quotes("The employee was fired after it was discovered that a private photo was missing.", []) == []


def test_a_person_typed_as_an_organisation_is_still_who_he_stands_for():
    text = ("Osinbajo met the delegation on Thursday. Osinbajo said that the visit was a great honour. Later, Jack Ma "
            "said that entrepreneurs were bringing four things to Africa. He said that the first was infrastructure. "
            "Apple said that it would open a store. He said that the store would be small.")
    entities = [entity(text, "Yemi Osinbajo", "PER", "Osinbajo"), entity(text, "Jack Ma", "ORG"),
                entity(text, "Apple", "ORG")]
    # an organisation named as a body ("Apple") is no antecedent: "he" stays the person who spoke before it
    assert [q.speaker for q in find_quotes(text, entities)] == [
        "Yemi Osinbajo", "Jack Ma", "Jack Ma", "Apple", "Jack Ma"]


@pytest.mark.parametrize("text, names, expected", [
    # the clause may open with a name
    ("According to Osinbajo, Nigeria offers a large market for online trade.", [("Yemi Osinbajo", "PER", "Osinbajo")],
     [("indirect", "Yemi Osinbajo", "Nigeria")]),
    # reports are speech, their source unnamed unless written after them; a quote ending its sentence before
    # "According to" is not what it attributes
    ("“He no longer works for us.” According to later reports, local officers are looking into the case.", [],
     [("direct", None, "He"), ("indirect", None, "local")]),
    ("According to a report from PageSix.com, the actress has denied the rumours.", [],
     [("indirect", "PageSix.com", "the")]),
])
def test_according_to_a_person_or_a_report(text, names, expected):
    entities = [entity(text, name, type_, *spellings) for name, type_, *spellings in names]
    assert quoted(text, *entities) == expected


def _speaker_of(text: str, first_word: str, *people: tuple[str, str]) -> str | None:
    """The speaker of the quote opening with first_word, the people given as (canonical name, spelling)."""
    entities = [entity(text, name, "PER", spelling) for name, spelling in people]
    return next(q.speaker for q in find_quotes(text, entities) if q.text.split()[0] == first_word)


def test_an_unnamed_source_after_the_verb_is_nobody_named_not_the_person_the_quote_is_about():
    text = ('Фракция обсуждает исключение депутата Ольги Ивановой, пишет агентство со ссылкой на источник. '
            '"Сейчас идёт заседание фракции, обсуждают исключение Ольги Ивановой", - сообщил источник.')
    assert _speaker_of(text, "Сейчас", ("Ольга Иванова", "Ольги Ивановой")) is None


def test_a_document_read_from_speaks_not_a_person_named_before():
    text = ("Премьер Иван Котов подписал документ о помощи малому бизнесу. «Выделить в этом году министерству "
            "два миллиарда рублей на субсидии регионам», — указано в распоряжении.")
    assert _speaker_of(text, "Выделить", ("Иван Котов", "Иван Котов")) is None


def test_a_press_office_named_by_its_kind_is_the_source_as_written():
    text = ("В городе строят новую стоянку для автобусов. «Площадка выбрана вдали от жилых домов, к ней ведут "
            "временный подъезд», - сообщили в пресс-службе администрации.")
    assert _speaker_of(text, "Площадка") == "пресс-служба администрации"


def test_a_sentence_glued_after_a_quote_attributes_nothing_to_it():
    text = ("Сообщницей оказалась его знакомая Марина Орлова. Она выбросила телефон в реку. О своей роли она "
            "«якобы ничего не знала».Как сообщает телеканал, суд признал вину Петра Смирнова.")
    assert _speaker_of(text, "якобы", ("Марина Орлова", "Марина Орлова"), ("Пётр Смирнов", "Петра Смирнова")) == \
        "Марина Орлова"


def test_a_quote_alone_after_a_sentence_about_a_person_is_that_person_s():
    text = ('The deputy mayor, Anna Berg, said the city does not comment on rulings. On Twitter, Rome\'s '
            'governor Carla Diaz slammed the "shameful ruling," a paper reported. "I am no judge, but I know this was a crime!" '
            'The attack took place in 2018.')
    assert _speaker_of(text, "I", ("Anna Berg", "Anna Berg"), ("Carla Diaz", "Carla Diaz")) == "Carla Diaz"


def test_a_name_followed_by_a_verb_with_its_own_object_after_a_quote_starts_a_new_statement():
    text = ('“A deal can be secured quickly,” said the party’s spokesman Tom Reed, who backs staying. '
            '“Under our government the choice will be on the ballot paper.” Mark Hale says the plan is too vague.')
    assert _speaker_of(text, "Under", ("Tom Reed", "Tom Reed"), ("Mark Hale", "Mark Hale")) == "Tom Reed"


def test_a_ranked_officer_typed_as_a_body_is_who_he_stands_for():
    text = ("Opening the inquest, coroner for Kent Susan Hale said the boy had been on the ride. DI Rourke, who led "
            "the inquiry, said: “At no point do we see him in his seat.” Describing the moment, he said: “He stands "
            "up just as the boat hits the barrier.”")
    entities = [entity(text, "Kent Susan Hale", "PER"), entity(text, "DI Rourke", "ORG")]
    assert [q.speaker for q in find_quotes(text, entities) if q.kind == "direct"] == ["DI Rourke", "DI Rourke"]
