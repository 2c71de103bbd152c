"""Compare: how the outlets of one story differ.

Sentences are aligned across articles (`align`); a fact stated by several outlets is
`shared`, one stated by a single outlet is `unique`; quotes by one speaker worded
differently are a `quote_variant` with a word-level diff.
"""

from __future__ import annotations

import difflib

from rapidfuzz import fuzz

from svodka.compare.align import Fact, align, sentence_units
from svodka.model import Analysis, Article, Difference

# Two quotes of one speaker with this much character overlap (rapidfuzz partial
# ratio, 0–100) are the same statement; below it they are two statements.
SAME_QUOTE_MIN = 60
IDENTICAL_QUOTE = 97


def compare_articles(members: list[tuple[Article, Analysis]]) -> list[Difference]:
    """Differences between the outlets of one story (empty for a single outlet)."""
    outlets = {article.outlet or article.id for article, _ in members}
    if len(outlets) < 2:
        return []
    units = [unit for article, analysis in members for unit in sentence_units(article, analysis)]
    facts = align(units)
    differences = [_fact_difference(fact) for fact in facts]
    differences += quote_variants(members)
    return [d for d in differences if d is not None]


def _fact_difference(fact: Fact) -> Difference | None:
    if len(fact.outlets) >= 2:
        return Difference("shared", fact.units[0].text, fact.articles)
    return Difference("unique", fact.units[0].text, fact.articles)


def quote_variants(members: list[tuple[Article, Analysis]]) -> list[Difference]:
    """Pairs of direct quotes by one speaker, from different outlets, worded differently."""
    quotes = [(article, quote) for article, analysis in members for quote in analysis.quotes if quote.kind == "direct"]
    found = []
    for i, (article_a, a) in enumerate(quotes):
        for article_b, b in quotes[i + 1:]:
            if article_a.outlet == article_b.outlet or a.speaker != b.speaker:
                continue
            score = fuzz.partial_ratio(a.text.lower(), b.text.lower())
            if SAME_QUOTE_MIN <= score < IDENTICAL_QUOTE:
                found.append(Difference("quote_variant", word_diff(a.text, b.text), [article_a.id, article_b.id]))
    return found


def word_diff(a: str, b: str) -> str:
    """'сколько людей [-изучает русский язык-] {+говорят по-русски+}' style diff."""
    words_a, words_b = a.split(), b.split()
    parts = []
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, words_a, words_b).get_opcodes():
        if op == "equal":
            parts.append(" ".join(words_a[a0:a1]))
        if op in ("delete", "replace"):
            parts.append("[-" + " ".join(words_a[a0:a1]) + "-]")
        if op in ("insert", "replace"):
            parts.append("{+" + " ".join(words_b[b0:b1]) + "+}")
    return " ".join(parts)
