"""The code pages of a Cyrillic-languages desk: Serbian in ISO-8859-5, Ukrainian in KOI8-U and CP1125, Kazakh in
KZ-1048 read back exactly; a declared charset honoured when it reads as well as the best; an unsure reading kept and
said, naming the file; a JSONL line in another code page than its neighbours read in its own; UTF-16 cut short kept.
Fictional texts written for these tests."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from svodka.ingest import read_inputs
from svodka.ingest.decode import declared_charset, decode_bytes, decode_text
from svodka.model import IngestError, RawDocument

SERBIAN = ("Градско веће Ваљева усвојило је план обнове старе чаршије. Радови ће почети у марту и трајаће две "
           "године, а њихова вредност процењена је на 410 милиона динара. Власници радњи добиће помоћ за "
           "поправку излога и кровова.")
UKRAINIAN = ("У Черкасах відкрили нову дитячу лікарню на двісті ліжок. Її будівництво тривало три роки й "
             "коштувало 530 мільйонів гривень. Міська рада пообіцяла, що перших пацієнтів тут приймуть уже в "
             "понеділок, а ґанок відремонтують до зими.")
KAZAKH = ("Павлодар облысында жаңа мектеп ашылды. Ғимарат алты жүз оқушыға арналған, құрылысы екі жылға созылды. "
          "Әкімдіктің хабарлауынша, оқу үйірмелері қыркүйектен бастап жұмыс істейді.")
RUSSIAN = ("В Кинешме после ремонта открыли набережную Волги. Работы шли два года и обошлись городу в 180 млн "
           "рублей. Мэр пообещал, что летом здесь заработают прокат лодок и летнее кафе.")
BELARUSIAN_HEADLINE = "Дажджы ў Брэсце"  # as short and ambiguous as a headline gets: ў is ұ in kz1048, і in cp1125


@pytest.mark.parametrize(("text", "code_page"), [
    (SERBIAN, "iso8859_5"), (RUSSIAN, "iso8859_5"), (UKRAINIAN, "koi8_u"), (UKRAINIAN, "cp1125"),
    (KAZAKH, "kz1048"), (SERBIAN, "cp1251"), (UKRAINIAN, "cp1251"), (UKRAINIAN, "mac_cyrillic"),
])
def test_each_desk_code_page_reads_back_exactly_and_surely(text: str, code_page: str) -> None:
    decoded = decode_text(text.encode(code_page))
    assert (decoded.text, decoded.encoding, decoded.doubt) == (text, code_page, "")


@pytest.mark.parametrize(("code_page", "named"), [("koi8_u", "koi8_r"), ("cp1125", "cp866"), ("kz1048", "cp1251")])
def test_russian_bytes_that_read_alike_in_two_code_pages_are_named_by_the_older(code_page: str, named: str) -> None:
    """Russian has none of the letters KOI8-U, CP1125 and KZ-1048 add: the same bytes, the same text, no doubt."""
    assert decode_text(RUSSIAN.encode(code_page)) == decode_text(RUSSIAN.encode(named))
    assert decode_bytes(RUSSIAN.encode(code_page)) == (RUSSIAN, named)


def page(title: str, declaration: str) -> str:
    return (f"<!DOCTYPE html><html><head>{declaration}<title>{title}</title></head>"
            f"<body><p>{title}</p></body></html>")


@pytest.mark.parametrize("declaration", ['<meta charset="ibm866">',
                                         '<meta http-equiv="Content-Type" content="text/html; charset=IBM866">'])
def test_a_declared_charset_settles_a_short_page_the_letters_cannot(declaration: str) -> None:
    html = page(BELARUSIAN_HEADLINE, declaration)
    assert decode_bytes(html.encode("cp866")) == (html, "cp866")


def test_an_xml_declaration_is_read_too() -> None:
    feed = ('<?xml version="1.0" encoding="ISO-8859-5"?><rss version="2.0"><channel><title>Ваљевски гласник'
            f"</title><item><title>Обнова чаршије</title><description>{SERBIAN}</description></item></channel></rss>")
    assert decode_bytes(feed.encode("iso8859_5")) == (feed, "iso8859_5")


@pytest.mark.parametrize(("encoding", "declared"), [("cp1251", "koi8-r"), ("koi8_u", "windows-1251"),
                                                    ("kz1048", "windows-1251")])
def test_a_wrong_declaration_loses_to_a_clearly_better_reading(encoding: str, declared: str) -> None:
    text = {"cp1251": UKRAINIAN, "koi8_u": UKRAINIAN, "kz1048": KAZAKH}[encoding]
    html = page(text, f'<meta charset="{declared}">')
    assert decode_bytes(html.encode(encoding)) == (html, encoding)


def test_western_text_declaring_a_cyrillic_code_page_stays_latin() -> None:
    html = page("Café owners dropped crème brûlée from the menu after the dockers' strike.",
                '<meta charset="windows-1251">')
    assert decode_bytes(html.encode("cp1252")) == (html, "cp1252")


def read(path: Path, caplog: pytest.LogCaptureFixture) -> list[RawDocument | IngestError]:
    with caplog.at_level(logging.WARNING):
        return list(read_inputs([str(path)]))


def test_an_unsure_reading_is_kept_and_said_with_the_file_and_its_code_page(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "headline.txt"
    path.write_bytes(BELARUSIAN_HEADLINE.encode("cp1251"))
    [document] = read(path, caplog)
    assert isinstance(document, RawDocument) and document.text == BELARUSIAN_HEADLINE
    assert f"{path}: unsure of its encoding: read as cp1251" in caplog.text


def test_a_sure_reading_is_not_warned_about(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "kz.txt"
    path.write_bytes(KAZAKH.encode("kz1048"))
    [document] = read(path, caplog)
    assert isinstance(document, RawDocument) and document.text == KAZAKH and caplog.text == ""


def test_a_jsonl_line_in_another_code_page_than_its_neighbours_is_read_in_its_own(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """UTF-8, then cp1251, then KOI8-R: the last read as KOI8-R, not in the code page of the line before it."""
    records = [{"title": "Лікарня", "text": UKRAINIAN}, {"title": "Чаршија", "text": SERBIAN},
               {"title": "Набережная", "text": RUSSIAN}]
    lines = [json.dumps(r, ensure_ascii=False).encode(e) for r, e in zip(records, ("utf-8", "cp1251", "koi8_r"))]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    documents = read(path, caplog)
    assert [(d.hints["title"], d.encoding) for d in documents if isinstance(d, RawDocument)] == [
        ("Лікарня", "utf-8"), ("Чаршија", "cp1251"), ("Набережная", "koi8_r")]
    assert f"{path}:3: not UTF-8 like the lines before it" in caplog.text and "read as koi8_r" in caplog.text


@pytest.mark.parametrize(("encoded", "name"), [(b"\xff\xfe" + UKRAINIAN.encode("utf-16-le"), "utf-16"),
                                               (UKRAINIAN.encode("utf-16-le"), "utf-16-le")])
def test_utf16_cut_short_keeps_what_precedes_the_cut_and_says_so(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, encoded: bytes, name: str) -> None:
    """An odd last byte is a cut file, not binary data: with or without a BOM, all but the cut letter is kept."""
    path = tmp_path / "cut.txt"
    path.write_bytes(encoded[:-1])
    [document] = read(path, caplog)
    assert isinstance(document, RawDocument) and (document.text, document.encoding) == (UKRAINIAN[:-1], name)
    assert f"{path}: {name} text cut off at byte {len(encoded) - 2}" in caplog.text


def test_a_declaration_no_news_page_is_written_in_is_not_believed() -> None:
    """«undefined», unicode_escape, EBCDIC: a page may name anything; reading it so crashed a run or garbled the text."""
    body = "<p>Депутаты обсудили закон о местном самоуправлении и приняли его в первом чтении.</p>"
    for label in ("undefined", "unicode_escape", "cp037"):
        raw = f'<html><head><meta charset="{label}"></head><body>{body}</body></html>'.encode("cp1251")
        assert declared_charset(raw) is None
        decoded = decode_text(raw)
        assert decoded.encoding == "cp1251" and "Депутаты обсудили" in decoded.text


def test_a_page_labelled_latin_1_is_read_as_browsers_read_it() -> None:
    """The web's iso-8859-1 and us-ascii pages are cp1252: their curly quotes and dashes survive."""
    raw = ('<html><head><meta charset="iso-8859-1"></head><body><p>The mayor’s office said – “no comment”.</p>'
           "</body></html>").encode("cp1252")
    decoded = decode_text(raw)
    assert decoded.encoding == "cp1252" and "mayor’s office said – “no comment”" in decoded.text


def test_a_wrong_mac_declaration_loses_to_a_right_cp1251_reading() -> None:
    """cp1251 and mac_cyrillic differ in capitals and «я» only: the declared reading must not have more flaws."""
    text = "Уязвимость в iOS позволила хакерам читать переписку. Яндекс и Сбербанк сообщили о проверке."
    raw = f'<html><head><meta charset="x-mac-cyrillic"></head><body><p>{text}</p></body></html>'.encode("cp1251")
    decoded = decode_text(raw)
    assert decoded.encoding == "cp1251" and text in decoded.text
