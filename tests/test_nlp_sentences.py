"""Sentences end at paragraph breaks: a headline never has a full stop, and a paragraph may lack one, but neither
runs into the next sentence (razdel alone ends sentences only at end punctuation)."""

from __future__ import annotations

from datetime import datetime

from svodka.compare.align import sentence_units
from svodka.model import Article
from svodka.nlp import NlpModels, analyse, article_text
from svodka.nlp.english_sentences import english_sentences
from svodka.nlp.other_languages import analyse_other
from svodka.nlp.paragraphs import paragraph_parts
from svodka.store import StoredArticle
from svodka.report.views import body_sentences

PUBLISHED = datetime(2026, 3, 2, 9)


def _article(title: str, text: str) -> Article:
    return Article(id="t", origin="t", title=title, text=text, published=PUBLISHED)


def test_a_russian_headline_and_an_unpunctuated_paragraph_end_their_sentences(models: NlpModels) -> None:
    article = _article("Паром сел на мель у Балтийска",
                       "Утром паром сел на мель у входа в порт\n\nВ МЧС сообщили, что пострадавших нет\n\n"
                       "Пассажиров эвакуировали катерами.")
    text = article_text(article)
    sentences = analyse(article, models).sentences
    assert [s.text for s in sentences] == ["Паром сел на мель у Балтийска", "Утром паром сел на мель у входа в порт",
                                           "В МЧС сообщили, что пострадавших нет", "Пассажиров эвакуировали катерами."]
    assert all(text[s.start:s.stop] == s.text for s in sentences)
    headline, lead, report, _ = (set(s.lemmas) for s in sentences)
    assert "утро" not in headline and "утро" in lead  # each part has its own words' lemmas
    assert "мчс" in report and "пассажир" not in report


def test_russian_names_are_still_found_across_a_cut(models: NlpModels) -> None:
    article = _article("Глава МЧС Александр Куренков прибыл в Калининград",
                       "Министр осмотрел порт Балтийска\n\nКуренков провёл совещание в Калининграде.")
    analysis = analyse(article, models)
    assert len(analysis.sentences) == 3
    names = {entity.name for entity in analysis.entities}
    assert {"Александр Куренков", "Калининград"} <= names


def test_an_english_headline_and_an_unpunctuated_paragraph_end_their_sentences(models: NlpModels) -> None:
    article = _article("Ferry runs aground off Baltiysk",
                       "A ferry ran aground at the port entrance on Monday morning\n\nRescuers said no one was hurt\n\n"
                       "Passengers were taken off by boat.")
    analysis = analyse(article, models)
    assert analysis.language == "en"
    assert [s.text for s in analysis.sentences] == [
        "Ferry runs aground off Baltiysk", "A ferry ran aground at the port entrance on Monday morning",
        "Rescuers said no one was hurt", "Passengers were taken off by boat."]
    assert "rescuer" not in analysis.sentences[1].lemmas and "rescuer" in analysis.sentences[2].lemmas


def test_an_english_lead_after_a_headline_keeps_its_dateline_name_and_drops_a_capitalised_opener(models: NlpModels) -> None:
    # the dateline opens the paragraph under the headline: a name although nothing mid-sentence writes it so;
    # "Rescuers" opens a paragraph after a full stop: a capitalised common noun, no name
    article = _article("Ferry runs aground in the Baltic",
                       "BALTIYSK, March 2 - A ferry ran aground at the port entrance, officials said.\n\n"
                       "Rescuers took the passengers off by boat, and rescuers stayed on board overnight.")
    names = {entity.name.lower() for entity in analyse(article, models).entities}
    assert "baltiysk" in names
    assert "rescuers" not in names


def test_other_languages_end_sentences_at_paragraph_breaks() -> None:
    text = "Пором сів на мілину біля Одеси\n\nРятувальники повідомили, що постраждалих немає"
    sentences, _ = analyse_other(text)
    assert [s.text for s in sentences] == ["Пором сів на мілину біля Одеси",
                                           "Рятувальники повідомили, що постраждалих немає"]


def test_paragraph_parts_cut_at_blank_lines_with_spaces_and_keep_single_line_breaks() -> None:
    text = "  Заголовок\n \t\nпервая строка\nвторая строка\n\n\n"
    assert [text[a:b] for a, b in paragraph_parts(text, 0, len(text))] == [
        "Заголовок", "первая строка\nвторая строка"]


def test_the_lead_is_a_body_sentence_of_its_own_in_the_story_page_and_the_comparison(models: NlpModels) -> None:
    article = _article("Паром сел на мель у Балтийска",
                       "Утром паром «Янтарный берег» сел на мель у входа в порт Балтийска\n\n"
                       "В МЧС сообщили, что пострадавших среди пассажиров нет.")
    analysis = analyse(article, models)
    shown = [sentence.text for _, sentence, _ in body_sentences(StoredArticle(article, analysis, None, "utf-8"))]
    assert shown[0].startswith("Утром паром")  # the lead was hidden with the headline it ran into
    units = sentence_units(article, analysis)
    assert units[0].text.startswith("Утром паром") and "балтийск" in units[0].lemmas
    assert not any("Паром сел на мель у Балтийска" in unit.text for unit in units)


def test_english_abbreviations_stay_with_the_day_or_name_they_are_written_before(models: NlpModels) -> None:
    article = _article("Britain goes to the polls",
                       "Britain holds an election on Dec. 12, a political gamble. The count was due on Nov. 14. "
                       "Iowa Republican Sen. Chuck Grassley spoke first. He met Saks Inc. The company said no more.")
    analysis = analyse(article, models)
    assert [s.text for s in analysis.sentences][1:] == [
        "Britain holds an election on Dec. 12, a political gamble.", "The count was due on Nov. 14.",
        "Iowa Republican Sen. Chuck Grassley spoke first.", "He met Saks Inc.", "The company said no more."]
    assert [(d.date or "")[4:] for d in analysis.dates] == ["-12-12", "-11-14"]  # each day kept with its month



def test_an_initial_or_a_month_in_an_english_sentence_ends_it_nowhere() -> None:
    text = "The U.K. Treasury said it would pay. The count ended on Nov. 14. Then it rained."
    assert [s.text for s in english_sentences(text)] == [
        "The U.K. Treasury said it would pay.", "The count ended on Nov. 14.", "Then it rained."]
