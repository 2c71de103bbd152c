"""An English analyst's page furniture: the byline element names the author, never "Additional reporting by"; a
cookie banner, a newsletter box, a bracketed photo credit, "More on this story:", a bracketed credit naming helpers
and a related headline in capitals inside a body go, each with its reason, and the report around them stays. Every
text here is ours."""

from __future__ import annotations

from datetime import datetime

import pytest

from svodka.clean import clean_document
from svodka.clean.text import CleanedText, clean_plain_text
from svodka.model import RawDocument

REFERENCE = datetime(2026, 3, 20, 12, 0)
LEAD = "Councillors voted on Monday to build a tram line from the railway station to the harbour, the council said."
MORE = "Opposition councillors said the money would be better spent on buses, which carry far more passengers."
WIRE_LEAD = "DHAKA (World Wire) - A ferry sank on the river on Monday, killing twelve people, police said."


def page(byline: str, extra: str = "") -> RawDocument:
    html = (f"<html><head><title>Tram line approved</title></head><body><h1>Tram line approved</h1>{byline}"
            f"<article><p>{LEAD}</p><p>{MORE}</p>{extra}</article></body></html>")
    return RawDocument(origin="page.html", raw=html.encode(), format="html", text=html, encoding="utf-8", hints={})


def cleaned(*paragraphs: str) -> CleanedText:
    return clean_plain_text("Tram line approved\n\n" + "\n\n".join(paragraphs), REFERENCE)


def cut(result: CleanedText) -> dict[str, str]:
    return {r.text: r.reason for r in result.removed if not r.reason.startswith("header")}


@pytest.mark.parametrize("byline", [
    '<span class="author">By Priya Lindqvist, Transport Correspondent</span>',
    '<div class="article-byline">By Priya Lindqvist</div>',
    '<a rel="author" href="/people/pl">Priya Lindqvist</a>',
    '<span itemprop="author">Priya Lindqvist</span>',
])
def test_the_byline_element_names_the_author_not_additional_reporting(byline: str) -> None:
    article = clean_document(page(byline, "<p>Additional reporting by Marek Szabo</p>"), REFERENCE)
    assert article.author == "Priya Lindqvist"
    assert "Marek Szabo" not in article.text


def test_an_author_element_that_is_no_byline_names_nobody() -> None:
    bio = '<div class="author-bio">Priya writes about transport and has covered the city council since 2019.</div>'
    assert clean_document(page(bio), REFERENCE).author is None


@pytest.mark.parametrize("credit", [
    "Additional reporting by Marek Szabo", "Editing by Clara Mendes", "Writing by Dev Rao; Editing by Clara Mendes",
    "(Additional reporting by Marek Szabo; Editing by Clara Mendes)", "(Editing by Clara Mendes)",
])
def test_helpers_and_editors_are_cut_and_never_the_author(credit: str) -> None:
    result = cleaned(LEAD, credit)
    assert result.author is None
    assert cut(result) == {credit: "credit line"}


def test_the_reporter_of_a_credit_still_is_the_author() -> None:
    result = cleaned(LEAD, "(Reporting by Jane Doe; Additional reporting by Bo Chen; Editing by John Smith)")
    assert result.author == "Jane Doe"


@pytest.mark.parametrize(("furniture", "reason"), [
    ("This site uses cookies. Read our cookie policy. OK", "cookie notice"),
    ("We use cookies to improve your experience. Accept", "cookie notice"),
    ("Sign up to our free newsletter for the biggest stories every morning. Enter your email address. We will use "
     "your email address only for sending you newsletters.", "subscribe or share"),
    ("More on this story: Why the harbour trams were shelved", "related-article teaser"),
    ("COUNCIL TO REVIEW BUS ROUTES ACROSS THE EASTERN DISTRICTS AFTER COMPLAINTS", "related-article teaser"),
])
def test_a_furniture_paragraph_goes_and_the_report_stays(furniture: str, reason: str) -> None:
    result = cleaned(LEAD, furniture, MORE)
    assert cut(result) == {furniture: reason}
    assert result.body == f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize("prose", [
    "The regulator said the site uses cookies to track readers without asking them first, and fined it.",
    "Readers who sign up to the council's newsletter will be told when work on the line begins, it said.",
    "THE NATO AND EU SUMMIT",  # a crosshead: short
])
def test_prose_on_the_same_subjects_stays(prose: str) -> None:
    assert prose in cleaned(LEAD, prose, MORE).body


def test_a_bracketed_photo_credit_goes_and_its_sentence_stays() -> None:
    result = cleaned(LEAD, f"(Photo: Harbour Wire/Tomas Okafor) {MORE}")
    assert cut(result) == {"(Photo: Harbour Wire/Tomas Okafor)": "photo credit"}
    assert result.body == f"{LEAD}\n\n{MORE}"


def test_a_related_headline_in_capitals_glued_between_sentences_goes() -> None:
    teaser = "INDONESIAN FERRY FIRE KILLS TWELVE AS PASSENGERS JUMP INTO THE SEA"
    result = cleaned(f"{WIRE_LEAD} {teaser} {MORE}")
    assert cut(result) == {teaser: "related-article teaser"}
    assert result.body == f"{WIRE_LEAD} {MORE}"


def test_a_text_in_capitals_throughout_keeps_its_paragraphs() -> None:
    paragraphs = ["FERRY SINKS ON THE MEGHNA RIVER WITH TWELVE DEAD", "POLICE SAY RESCUE TEAMS ARE STILL SEARCHING THE RIVER",
                  "THE MINISTER ORDERS AN INQUIRY INTO THE FERRY'S LICENCE"]
    assert cleaned(*paragraphs).body == "\n\n".join(paragraphs)
