"""Compare: how the outlets of one story differ.

Sentences are aligned across articles (`align`); a fact stated by several independent
sources is `shared`, one stated by a single source (an original and its reprints count
once) is `unique`, and so is a name or number inside a shared fact that no other
source gives (`details`); aligned facts whose numbers or dates disagree after resolution are a
`conflict` (`values`); one speaker's quotes worded differently are a `quote_variant`
with a word diff of the span they share, and a statement quoted directly by one outlet
but paraphrased or credited to someone else by another is an `attribution` (`quotes`).
"""

from __future__ import annotations

from svodka.compare.align import Fact, align, sentence_units
from svodka.compare.details import mentioned, unique_details
from svodka.compare.quotes import attributions, credited_reprints, quote_variants
from svodka.compare.similarity import SentenceSimilarity, Vectors
from svodka.compare.values import value_conflicts
from svodka.model import Analysis, Article, Difference
from svodka.nlp import article_text
from svodka.stories import find_reprints

Members = list[tuple[Article, Analysis]]
KIND_ORDER = ("shared", "conflict", "quote_variant", "attribution", "unique")


def compare_articles(members: Members, vectors: Vectors | None = None) -> list[Difference]:
    """Differences between the outlets of one story (empty for a single source)."""
    source_of = sources(members)
    if len(set(source_of.values())) < 2 or len({a.outlet or a.id for a, _ in members}) < 2:
        return []
    facts = aligned_facts(members, vectors, source_of)
    outlet_of = {article.id: article.outlet or article.id for article, _ in members}
    text_of = {article.id: article_text(article) for article, _ in members}
    mentions = mentioned(members, source_of)
    differences = [fact_difference(fact) for fact in facts]
    for fact in facts:
        differences += value_conflicts(fact, text_of) + attributions(fact, outlet_of) + unique_details(fact, mentions)
    quoted = [(article, source_of[article.id], quote) for article, analysis in members for quote in analysis.quotes]
    differences += quote_variants(quoted, facts) + credited_reprints([a for a, _ in members], source_of)
    return sorted(differences, key=lambda d: (KIND_ORDER.index(d.kind), -len(d.articles)))


def sources(members: Members) -> dict[str, str]:
    """Each article's independent source: itself, or the original it reprints."""
    original = {r.article: r.original for r in find_reprints([article for article, _ in members])}
    return {article.id: original.get(article.id, article.id) for article, _ in members}


def aligned_facts(members: Members, vectors: Vectors | None = None, source_of: dict[str, str] | None = None) -> list[Fact]:
    """The story's body sentences grouped into facts, each fact told by one or more sources."""
    source_of = source_of or sources(members)
    units = [u for article, analysis in members for u in sentence_units(article, analysis, source_of[article.id])]
    return align(units, SentenceSimilarity(units, vectors))


def fact_difference(fact: Fact) -> Difference:
    kind = "shared" if len(fact.sources) >= 2 else "unique"
    return Difference(kind, fact.units[0].text.strip(), fact.articles)
