"""Session 11's leftovers in cleaning: a byline set in capitals is an author, not the outlet; an English photo credit
glued to a lead goes and the lead stays; an outlet's pointer to its own older piece closing the text goes, while the
same words inside the report and recaps («Напомним, …») stay. Every text here is ours."""

from __future__ import annotations

from datetime import datetime

import pytest

from svodka.clean.text import CleanedText, clean_plain_text

REFERENCE = datetime(2026, 3, 20, 12, 0)
EN_LEAD = ("The port authority of Ostrava said on Monday that the river ferry will run again from March 12 after "
           "repairs to its hull.")
RU_LEAD = "Губернатор области открыл мост через реку Сок после ремонта, который длился два года и стоил 7,8 млрд рублей."


def cleaned(text: str) -> CleanedText:
    return clean_plain_text(text, REFERENCE)


def cut(result: CleanedText) -> dict[str, str]:
    return {r.text: r.reason for r in result.removed if not r.reason.startswith("header")}


@pytest.mark.parametrize(("byline", "outlet"), [
    ("JANE DOE", "Ostrava Courier"),
    ("MARY K. O'BRIEN", "Ostrava Courier"),
    ("ИВАН ПЕТРОВ", "Заречные новости"),
    ("АННА СЕРГЕЕВНА ПЕТРОВА", "Заречные новости"),
])
def test_a_byline_in_capitals_is_the_author_and_the_outlet_line_after_it_the_outlet(byline: str, outlet: str) -> None:
    lead = EN_LEAD if byline.isascii() else RU_LEAD
    result = cleaned(f"Ferry back in service\n{byline}\n{outlet}\n\n{lead}")
    assert (result.author, result.outlet) == (byline, outlet)
    assert byline not in result.body


def test_a_byline_in_capitals_alone_names_no_outlet() -> None:
    result = cleaned(f"Мост открыт\nИВАН ПЕТРОВ\n16 марта 2026\n\n{RU_LEAD}")
    assert result.outlet is None and result.author == "ИВАН ПЕТРОВ"


@pytest.mark.parametrize("masthead", ["BBC NEWS", "ВОЛЖСКИЙ ТЕЛЕГРАФ", "OSTRAVA DAILY"])
def test_a_masthead_in_capitals_is_still_the_outlet(masthead: str) -> None:
    result = cleaned(f"Ferry back in service\n{masthead}\n\n{EN_LEAD}")
    assert result.outlet == masthead and result.author is None


def test_two_authors_in_capitals_after_by_are_a_byline() -> None:
    result = cleaned(f"Ferry back in service\nBY JANE DOE AND JOHN SMITH\n\n{EN_LEAD}")
    assert result.author == "JANE DOE AND JOHN SMITH" and "JANE" not in result.body


@pytest.mark.parametrize("credit", ["(Image: PA)", "Picture: Reuters", "Photo: AFP via Getty Images",
                                    "Photograph: Tom Hale/Reuters", "(Pictures: Supplied)"])
def test_an_english_photo_credit_glued_to_the_lead_goes_and_the_lead_stays(credit: str) -> None:
    text = f"Ferry back\n\n{EN_LEAD} {credit} Prime Minister Petr Novak said the town would pay half. It costs more."
    result = cleaned(text)
    assert cut(result) == {credit: "photo credit"}
    assert "Prime Minister Petr Novak said the town would pay half." in result.body


@pytest.mark.parametrize(("credit", "lead"), [
    *[(credit, lead) for credit in ("Photo: Reuters/Evelyn Hockstein", "Photo: REUTERS/Evelyn Hockstein",
                                    "Image: AP/Jane Doe", "Photo: AFP/Getty Images")
      for lead in ("Prime Minister Petr Novak said the town would pay half.", "The minister resigned.",
                   "President Novak said talks would resume on Monday.")],
    # one or three words: told from the lead's first word only where that is one no name holds
    ("Photo: Reuters/Jose Luis Gonzalez", "The minister resigned."), ("Photo: AP/Stringer", "The minister resigned."),
    ("Photo: AP/Stringer", "In Ostrava the minister resigned."),
])
def test_a_photographer_after_the_agency_goes_whole_and_the_lead_stays_whole(credit: str, lead: str) -> None:
    result = cleaned(f"Ferry back\n\n{EN_LEAD} {credit} {lead} It costs more.")
    assert cut(result) == {credit: "photo credit"}
    assert f"{EN_LEAD} {lead} It costs more." == result.body


@pytest.mark.parametrize("agency", ["Reuters", "REUTERS"])
def test_an_agency_credit_before_no_whole_sentence_stays_in_the_text(agency: str) -> None:
    """Where the credit ends is unknown when no sentence follows it: no caption's words may go with it."""
    body = f"{EN_LEAD} Photo: {agency}/Evelyn Hockstein President Novak at the quay in Ostrava\n\n{RU_LEAD}"
    result = cleaned(f"Ferry back\n\n{body}")
    assert result.body == body and not cut(result)


def test_a_credit_line_with_a_terminated_lead_keeps_the_lead_and_one_with_a_caption_goes_whole() -> None:
    lead = "The mayor of Ostrava said on Monday the ferry will run again from March."
    caption = "Picture: Reuters Rescue workers search the quay in Ostrava, March 7, 2026"
    result = cleaned(f"Ferry back\n\nPicture: Reuters {lead}\n\n{caption}\n\n{EN_LEAD}")
    assert result.body.startswith(lead)
    assert cut(result) == {"Picture: Reuters": "photo credit", caption: "photo credit"}


@pytest.mark.parametrize("words", ["The picture: Reuters said it was taken on Monday.",
                                   "Photo: an unknown agency Reuters later named.",
                                   "He sent an image: Reuters Plaza at night."])
def test_credit_words_inside_a_sentence_are_reporting(words: str) -> None:
    result = cleaned(f"Ferry back\n\n{EN_LEAD} {words} The ferry carries 40 cars.")
    assert words.split(":")[1].split()[0] in result.body


@pytest.mark.parametrize("pointer", [
    "Также мы сообщали, что в Самаре закрыли на ремонт ещё два моста через Волгу.",
    "Ранее мы писали о том, что мост «Сок» закрыли в 2024 году.",
    "Ранее на Медикфорум мы писали о том, что мост закрыли.",
    "We reported earlier that the ferry had been damaged in the autumn storms.",
    "As we reported previously, the ferry was damaged in the storms.",
    "As we reported on Monday, the ferry was damaged in the storms.",
    "We wrote about the ferry's damaged hull last autumn.",
])
def test_a_pointer_to_an_older_piece_closing_the_text_is_a_teaser(pointer: str) -> None:
    lead = RU_LEAD if not pointer.isascii() else EN_LEAD
    for text in (f"Мост\n\n{lead}\n\n{pointer}", f"Мост\n\n{lead} {pointer}"):
        result = cleaned(text)
        assert cut(result) == {pointer: "related-article teaser"} and result.body == lead


@pytest.mark.parametrize("body", [
    f"{RU_LEAD} Ранее мы писали о том, что мост закрыли. Теперь его открыли снова.",  # followed by the report
    f"Мы рассказывали, что мост закрыли в 2024 году. {RU_LEAD}",  # the report opens with it
    f"{RU_LEAD} Напомним, мост закрыли в 2024 году.",  # a recap is the report's
    f"{RU_LEAD} Ранее сообщалось, что мост закрыли в 2024 году.",  # no "we": the report's background
    f"{EN_LEAD} We reported earlier that the ferry was damaged, and the mayor says it is now safe. It sails daily.",
    f"{EN_LEAD} We wrote to the ministry asking for comment but did not get a reply.",  # the outlet's reporting act
    f"{EN_LEAD} We have reported the leak to the police, a spokesman said.",  # a speaker's act
    f'{EN_LEAD} "We reported on the damage to the port authority at once"',  # a quotation, not the outlet
])
def test_a_pointer_inside_the_report_or_a_recap_stays(body: str) -> None:
    result = cleaned(f"Мост\n\n{body}")
    assert result.body == body and not cut(result)
