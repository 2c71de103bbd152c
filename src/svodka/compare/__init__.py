"""Compare: how the outlets of one story differ.

Sentences are aligned across articles (`align`); a fact stated by several independent
sources is `shared`, one stated by a single source (an original and its reprints count
once) is `unique`, and so is a name or number inside a shared fact that no other
source gives (`details`); aligned facts whose numbers or dates disagree after resolution are a
`conflict` (`values`), and so is one figure printed with a misprinted digit in sentences alignment kept apart
(`values.unaligned_conflicts`); one count told in wordings too far apart to align is one fact all the same
(`figures`), and a sentence only crediting the story («Об этом сообщает ТАСС.») is no shared fact (`credits`); one
speaker's quotes worded differently are a `quote_variant`
with a word diff of the span they share, and a statement quoted directly by one outlet
but paraphrased or credited to another named speaker or body ("по данным министерства" /
"сообщили в компании") by another is an `attribution` (`quotes`, `credits`). Texts show a
lead without its dateline (`Unit.shown`); a shared fact is shown by the sentence that adds
fewest numbers of its own (`common_ground`) among the wordings the summary would also choose from
(`values.best_backed`), and cites only the articles that give its numbers and
dates, the others being its `disputed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from svodka.compare.align import Fact, Members, Unit, align, number_key, pooled_sources, sentence_units
from svodka.compare.credits import credit_only
from svodka.compare.details import backing, mentioned, printing_articles, supported_clause, unique_details
from svodka.compare.figures import joined_by_figures, joined_by_names
from svodka.compare.quotes import attributions, credited_reprints, quote_variants, quoted_in
from svodka.compare.updates import epoch_seconds
from svodka.compare.values import (
    best_backed,
    disputes,
    publication_order,
    stating,
    unaligned_conflicts,
    unaligned_facts,
    value_conflicts,
    within_update,
)
from svodka.model import Difference, Reprint
from svodka.nlp import article_text

if TYPE_CHECKING:  # numpy: loaded when a story is aligned, not when a page reads a module of the package
    from svodka.compare.similarity import SentenceSimilarity, Vectors

# The order a story's differences are stored and exported in: the common ground first, then
# what diverges. Pages show them in another order (report.views.KIND_DISPLAY_ORDER).
KIND_RECORD_ORDER = ("shared", "update", "conflict", "quote_variant", "attribution", "unique")


@dataclass
class Alignment:
    """A story's reprints, independent sources and aligned facts, worked out once and read by
    compare, summary and timeline alike (alignment is the costly part of building a story)."""

    reprints: list[Reprint]
    source_of: dict[str, str]
    facts: list[Fact]
    similarity: SentenceSimilarity


def story_alignment(members: Members, vectors: Vectors | None = None) -> Alignment:
    """The story's reprints and aligned facts; `vectors` (navec) let sentences that share no lemma still meet. A near
    copy changing a figure of its original is no reprint (`stories.reprints.changes_figures`): it is compared, counted
    and cited as a report of its own."""
    from svodka.compare.similarity import SentenceSimilarity
    from svodka.stories.reprints import find_reprints  # datasketch: here, so reading a story loads none

    reprints = find_reprints([article for article, _ in members])
    source_of = independent_sources(members, reprints)
    units = [u for article, analysis in members for u in sentence_units(article, analysis, source_of[article.id])]
    _reprinted_when_first_told(units, members)
    similarity = SentenceSimilarity(units, vectors)
    text_of = {article.id: article_text(article) for article, _ in members}
    return Alignment(reprints, source_of, joined_by_names(joined_by_figures(align(units, similarity), text_of)),
                     similarity)


def compare_articles(members: Members, vectors: Vectors | None = None, alignment: Alignment | None = None) -> list[Difference]:
    """Differences between the outlets of one story (empty for a single source)."""
    alignment = alignment or story_alignment(members, vectors)
    source_of, facts = alignment.source_of, alignment.facts
    if len(set(source_of.values())) < 2 or len({a.outlet or a.id for a, _ in members}) < 2:
        return []
    outlet_of = {article.id: article.outlet or article.id for article, _ in members}
    text_of = {article.id: article_text(article) for article, _ in members}
    mentions = mentioned(members, source_of)
    order = publication_order(members)
    witness_of = pooled_sources(source_of, outlet_of)  # as the facts' sources: an outlet's reports are one witness
    differences = [d for fact in facts if (d := fact_difference(fact, text_of, order, mentions, witness_of))]
    quoted = [(article, source_of[article.id], quote) for article, analysis in members for quote in analysis.quotes]
    for fact in facts:
        differences += (value_conflicts(fact, text_of, facts) + attributions(fact, outlet_of, mentions, quoted)
                        + unique_details(fact, mentions))
    differences += unaligned_conflicts(facts, text_of)
    for pair in unaligned_facts(facts, text_of):  # «по данным МЧС, 12» / «21, сообщили в полиции»
        differences += attributions(pair, outlet_of, mentions, quoted)
    differences += quote_variants(quoted, facts) + credited_reprints([a for a, _ in members], source_of)
    differences = [d for d in differences if not within_update(d, differences)]
    return sorted(differences, key=lambda d: (KIND_RECORD_ORDER.index(d.kind), -len(d.articles)))


def _reprinted_when_first_told(units: list[Unit], members: Members) -> None:
    """A reprint's sentences carry its original's time: the figures it copies are the state of the original's hour,
    not of the reprint's (`updates`: 5000 m² at 10:05 reprinted at 11:30 is no newer state than 5200 m² at 13:10)."""
    first = {article.id: article.published for article, _ in members
             if article.published and not article.published_day_only}
    for unit in units:
        original = first.get(unit.source) if unit.source != unit.article else None
        if original and unit.published and (epoch_seconds(original) or 0.0) < (epoch_seconds(unit.published) or 0.0):
            unit.published = original


def independent_sources(members: Members, reprints: list[Reprint]) -> dict[str, str]:
    """Each article's independent source: itself, or the original it reprints."""
    original = {r.article: r.original for r in reprints}
    return {article.id: original.get(article.id, article.id) for article, _ in members}


def aligned_facts(members: Members, vectors: Vectors | None = None) -> list[Fact]:
    """The story's body sentences grouped into facts, each fact told by one or more sources."""
    return story_alignment(members, vectors).facts


def fact_difference(fact: Fact, text_of: dict[str, str], order: dict[str, int],
                    mentions: dict[str, set[str]], source_of: dict[str, str] | None = None) -> Difference | None:
    """A fact two or more independent sources tell in one wording is shared; a fact one source tells is unique to it.

    A shared fact cites only the articles stating its shown wording: those giving another number or date
    for it are its `disputed` (as in the summary), so a consumer reading `shared` never counts "16 марта"
    reports among those that say "14 марта"; nor, for a quote, those printing other words. A fact every source
    quotes in its own words is no shared fact but a quote variant (`quotes`): None. Nor does it cite a source for a
    number, day or name that source does not print (`details.backing`): when no wording is printed in full by two
    sources, a wording's opening clause that is (`details.supported_clause`) is the shared fact, else there is none.
    A sentence quoting words another source prints too (`source_of`: each article's source, pooled by outlet as
    the facts' sources are) is unique to neither, though alignment left it alone: the quote's sentences tell the rest.
    Either kind cites only the articles printing the figures of the sentence shown (`details.printing_articles`),
    not every report of an outlet pooled into one source.
    """
    if len(fact.sources) < 2:
        others = [text for article, text in text_of.items() if (source_of or {}).get(article) not in fact.sources]
        if source_of and any(quoted_in(unit, text_of[unit.article], others) for unit in fact.units):
            return None
        return Difference("unique", fact.units[0].shown, sorted(printing_articles(fact, fact.units[0], text_of)))
    if all(credit_only(u.shown) for u in fact.units):
        return None  # «Об этом сообщает ТАСС.» in two reports: who told them, not a fact they share
    disputed_by_unit = disputes(fact, text_of)
    behind = backing(fact, disputed_by_unit, text_of, mentions)
    unit = common_ground(fact, best_backed(fact, behind, order))
    if len(behind[id(unit)]) < 2:  # one source behind every wording: no shared fact (its dispute is a conflict)
        clause = supported_clause(fact, text_of, mentions)
        return Difference("shared", clause[0].shown, sorted({u.article for u in fact.units if u.source in clause[1]})
                          ) if clause else None
    articles, disputed = stating(fact, disputed_by_unit[id(unit)], behind[id(unit)])
    printing = printing_articles(fact, unit, text_of)  # an outlet's 08:05 report does not "have" its 18:10 figure
    return Difference("shared", unit.shown, [a for a in articles if a in printing], disputed=disputed)


def common_ground(fact: Fact, best: list[Unit]) -> Unit:
    """The sentence to show for a shared fact: of the best-backed wordings (`values.best_backed`, as the summary
    chooses: the most sources behind it, a tie between sides of a dispute going to the earliest report), the one
    giving fewest numbers no other source's sentence gives.

    "Перелом случился на 72-й минуте, когда … Кравец получил вторую жёлтую карточку" and "Kravets
    was sent off for a second booking" share the sending-off; the minute is one outlet's detail
    (reported as unique by `details`), not what both report.
    """
    def own_numbers(unit: Unit) -> int:
        elsewhere = {number_key(n.value) for u in fact.units if u.source != unit.source for n in u.numbers}
        return len({number_key(n.value) for n in unit.numbers} - elsewhere)

    return min(best, key=own_numbers)  # the first of the best: alignment order
