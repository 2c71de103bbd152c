"""The natasha pass over a Russian text: its sentences with content lemmas, then each name span through the
rules that drop or correct it, then the rules over the whole list."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from natasha import Doc, MorphVocab
from natasha.morph.lemma import best_form, normal_word

from svodka.model import Sentence
from svodka.nlp.models import NlpModels
from svodka.nlp.paragraphs import paragraph_parts
from svodka.nlp.russian.name_forms import span_nominative
from svodka.nlp.russian.span_drops import (
    common_noun_opening,
    in_document_title,
    in_titled_work,
    named_after,
    no_name,
)
from svodka.nlp.russian.span_fixes import (
    after_person_noun,
    balanced,
    common_nouns_retyped,
    first_line,
    person_after_place,
    quoted_name,
    retyped,
    route_ends,
    sited,
    substantive_adjective,
    with_bracketed_abbreviation,
    without_descriptor,
)
from svodka.nlp.russian.span_joins import COORDINATION_GAP, joined_spans
from svodka.nlp.russian.words import is_abbreviation
from svodka.nlp.span import Span

SOFT_HYPHEN = "\u00ad"
TEX_QUOTED = re.compile(r"``([^`\n]{1,80}?)``")  # a quote between doubled backticks: ``Коммерсантъ``
# Parts of speech that carry what a sentence is about; the rest is grammar.
CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB", "NUM", "X"}
# Distinct (word, tag) pairs remembered: the 640 tgcontest articles hold 25k of them (30k
# more tokens were repeats) and the cache added 13 MB to that run's peak, so a full one stays near 30 MB.
LEMMA_CACHE = 50_000
# A word the dictionary's likeliest reading may lemmatise when the tagger's reading fits none: letters, and one
# hyphen joining a Latin or Cyrillic part to a Cyrillic word ("urban-фреску", "онлайн-операми")
LEMMA_FALLBACK_WORD = re.compile(r"(?:[A-Za-zА-ЯЁа-яё]+-)?[А-ЯЁа-яё]+")


def analyse_russian(text: str, models: NlpModels) -> tuple[list[Sentence], list[Span]]:
    """Sentences and name spans of a Russian text. Soft hyphens, the invisible break points some sites leave
    inside words ("Рос\u00adсии"), are dropped before natasha reads the text: a word cut by one is unknown to
    its dictionary and neither found nor declined. Offsets and written forms are the text's own.

    Quotes written with doubled backticks, as some feeds convert typographic ones (``Керчь.ФМ``, ``Радио
    Свобода``), hide the name inside from natasha, which knows «»: it reads them as «» (a space keeps each
    mark's place, so offsets stay the text's), and the sentences keep the text as written."""
    readable = TEX_QUOTED.sub(lambda quote: f" «{quote[1]}» ", text)
    sentences, spans = _analysed_whole_words(readable, models)
    if readable != text:
        sentences = [replace(s, text=text[s.start:s.stop]) for s in sentences]
    return sentences, spans


def _analysed_whole_words(text: str, models: NlpModels) -> tuple[list[Sentence], list[Span]]:
    """The analysis of a text with soft hyphens dropped for natasha, offsets and forms in the text as given."""
    if SOFT_HYPHEN not in text:
        return _analysed(text, models)
    kept = [i for i, char in enumerate(text) if char != SOFT_HYPHEN]
    sentences, spans = _analysed(text.replace(SOFT_HYPHEN, ""), models)

    def in_text(part):
        start = kept[part.start] if part.start < len(kept) else len(text)
        stop = kept[part.stop - 1] + 1 if part.stop else 0
        return replace(part, start=start, stop=stop, text=text[start:stop])
    return [in_text(s) for s in sentences], [in_text(s) for s in spans]


# The longest a quoted name with full stops inside runs («Москва. Кремль. Путин»), and the most words between its
# stops: longer, the quote is speech, whose sentences are sentences
QUOTED_TITLE_CHARS = 60
TITLE_PIECE_WORDS = 3


def _analysed(text: str, models: NlpModels) -> tuple[list[Sentence], list[Span]]:
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph_tagger)
    doc.tag_ner(models.ner_tagger)
    return _sentences(doc, text, models), _name_spans(doc, text, models)


def _sentences(doc: Doc, text: str, models: NlpModels) -> list[Sentence]:
    """natasha's sentences cut at paragraph breaks, each with the lemmas of its content words."""
    sentences = []
    for sent_start, sent_stop, sent_tokens in _titles_rejoined(doc, text):
        # natasha tags whole razdel sentences; only the Sentences are cut at paragraph breaks. Each part takes its
        # tokens by binary search: a sentence of many paragraphs is not re-read per part
        token_starts = [token.start for token in sent_tokens]
        for start, stop in paragraph_parts(text, sent_start, sent_stop):
            tokens = sent_tokens[bisect_left(token_starts, start):bisect_left(token_starts, stop)]
            lemmas = [lemma(models.morph_vocab, token.text, token.pos,
                            "|".join(f"{k}={v}" for k, v in token.feats.items())).lower()
                      for token in tokens if token.pos in CONTENT_POS and any(c.isalnum() for c in token.text)]
            sentences.append(Sentence(start, stop, text[start:stop], lemmas))
    return sentences


def _titles_rejoined(doc: Doc, text: str) -> list[tuple[int, int, list]]:
    """razdel's sentences as (start, stop, tokens), those it cut inside a quoted name with full stops of its own
    («программы «Москва. Кремль. Путин» в воскресенье») rejoined: the name is one part of one sentence."""
    joined: list[tuple[int, int, list]] = []
    for sent in doc.sents:
        if joined and _inside_title(text, joined[-1][0], joined[-1][1], sent.start):
            start, _, tokens = joined.pop()
            joined.append((start, sent.stop, tokens + sent.tokens))
        else:
            joined.append((sent.start, sent.stop, list(sent.tokens)))
    return joined


def _inside_title(text: str, start: int, stop: int, next_start: int) -> bool:
    """Whether text[start:stop] ends inside a «…» of a title's length and words, no speech a colon opens, closed
    after next_start and on the same line: the sentence from next_start is still the title's."""
    opened = text.rfind("«", start, stop)
    if opened < 0 or text.find("»", opened, stop) >= 0:
        return False
    closed = text.find("»", stop, opened + QUOTED_TITLE_CHARS)
    if closed < next_start:  # no close in reach (-1): splitting up to it would re-read the rest of the text
        return False
    pieces = re.split(r"[.!?…]", text[opened + 1:closed])
    speech = text[max(0, opened - 3):opened].rstrip().endswith(":")  # "рассказал: «Мы начали. Было трудно»"
    return ("\n" not in text[opened:closed] and not speech
            and all(len(piece.split()) <= TITLE_PIECE_WORDS for piece in pieces))


def _name_spans(doc: Doc, text: str, models: NlpModels) -> list[Span]:
    """natasha's name spans in the nominative, with what is no name dropped and what it cut or typed wrongly fixed."""
    spans = []
    eponym_stop = -1  # where the last name inside a thing called after a person ended: a list goes on after it
    after_person_nouns: set[int] = set()  # starts of the spans a noun naming a person stands before ("гражданина Ткача")
    tagged_pos = {token.start: token.pos for token in doc.tokens}  # natasha's tagger's part of speech of each word
    for span in doc.spans:
        span.normalize(models.morph_vocab)
        normal = span_nominative(span, models.morph_vocab)
        person = span.type == "PER" and after_person_noun(span.start, text, models.morph_vocab)
        if person:
            after_person_nouns.add(span.start)
        span = balanced(first_line(Span(span.start, span.stop, span.type, span.text, normal)))
        if (not span.text or no_name(span, text, models.morph_vocab)
                or common_noun_opening(span, text, models.morph_vocab, tagged_pos.get(span.start))):
            continue
        if span.type == "PER" and (named_after(span, text, models.morph_vocab)
                                   or eponym_stop >= 0 and COORDINATION_GAP.fullmatch(text[eponym_stop:span.start])):
            eponym_stop = span.stop
            continue
        span = substantive_adjective(span, models.morph_vocab)
        ends = [piece for end in route_ends(span, models.morph_vocab)
                for piece in person_after_place(end, models.morph_vocab)]
        for part in with_bracketed_abbreviation(ends, models.morph_vocab):
            part = without_descriptor(quoted_name(balanced(part)), models.morph_vocab)
            if in_titled_work(part.start, text, models.morph_vocab) or in_document_title(part, text, models.morph_vocab):
                continue
            spans.append(sited(retyped(part, models.morph_vocab, person), text))
    return common_nouns_retyped(joined_spans(spans, text, models.morph_vocab), text, models.morph_vocab,
                                after_person_nouns)


@lru_cache(maxsize=LEMMA_CACHE)
def lemma(morph_vocab: MorphVocab, word: str, pos: str, feats: str) -> str:
    """natasha's lemma of a tagged word, remembered: news repeats its words, and natasha asks
    pymorphy afresh for every token. `feats` as "Case=Nom|Number=Sing": one string keeps the cache small.

    When the tag agrees with no reading the dictionary has of the word, natasha gives the word back as it
    is written. The tagger errs so on a headline without a subject ("В Петербурге замазали urban-фреску":
    "замазали" tagged a noun in the instrumental, "urban-фреску" a foreign word), so the body's "замазать"
    and the headline's "замазали" never met. Then the dictionary's likeliest reading gives the lemma, for a
    word it knows, or a compound whose last part it knows ("urban-фреска"); names (PROPN: "Картавых" is no
    "картавый"), abbreviations and words with digits ("63-х") keep natasha's."""
    forms = morph_vocab(normal_word(word))
    form = best_form(forms, pos, dict(feat.split("=", 1) for feat in feats.split("|") if feat))
    if form:
        return normal_word(form.normal)
    if forms and pos != "PROPN" and not is_abbreviation(word) and LEMMA_FALLBACK_WORD.fullmatch(word) and (
            forms[0].is_known or morph_vocab.word_is_known(word.rsplit("-", 1)[-1].lower())):
        return normal_word(forms[0].normal_form)
    return normal_word(word)
