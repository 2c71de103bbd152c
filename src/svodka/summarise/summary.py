"""The cited summary: 3–5 of the story's facts, chosen by maximal marginal relevance.

Candidates are the aligned facts of the story (svodka.compare), so each summary
sentence cites every article that states it — and none that gives another number or
date for it (a reader must be able to trust the citation). A fact's relevance grows with
the independent sources that report it and with how early the reports tell it (news
puts the essentials first); MMR then trades relevance against similarity to what is
already chosen (lemma overlap and navec closeness), so the summary covers, not repeats.
Each fact is worded by the sentence the most sources stand behind: where the reports
disagree on one of its numbers or dates (a `conflict`), a wording without the disputed
value is backed by every source, one side of it only by the sources giving that value,
so the side stated by more independent sources wins and a tie goes to the side of the
earliest report (the first to publish set the story; the conflict itself is listed
among the differences). Among equally backed wordings, the most central one — closest
to the other reports — states what they share, not one outlet's angle.

A summary sentence is read without the sentence before it, so wordings that lean on it
("Он пояснил, что…", "По его словам, …", "It ruled that…", "Также…", "Отмечается, что…") or
are no whole sentence (a standfirst or caption with no final stop, two sentences glued without a space, half of a
quote running over sentences, an interview's «— …» line) give way to one that stands alone, even one fewer sources
back, and a fact told only so is left out while any fact of the story stands alone, but for one a report opens with
(a lead «…сообщил Борисов в программе "Москва.» cut at a title's stop still says what happened); a sentence that
only credits the one before ("Об этом сообщает ТАСС со ссылкой на МВД") is no fact to summarise at all, nor a wording
of one.

A citation says the cited report states the sentence as worded: a report giving a quote to another speaker is not
cited for it (that speaker is shown as disputed), nor one hedging its figure the other way (`HEDGE_SIDE`: «около 300»
against «свыше 300»), nor one saying the opposite of a "no deaths" (`ABSENCE`), nor one printing no «№ 961691-7» the
sentence names (`IDENTIFIER`); a report printing the sentence word for word is cited whatever fact alignment put its
copy in. The summary is in the story's language (`story_language`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from svodka.compare import Alignment, Members, story_alignment
from svodka.compare.align import Fact, Unit
from svodka.compare.credits import Credit, speaker_credit
from svodka.compare.details import backing, mentioned, printing_articles
from svodka.compare.quotes import speaker_key
from svodka.compare.similarity import SentenceSimilarity, Vectors
from svodka.compare.values import (
    Dispute,
    best_backed,
    disputes,
    publication_order,
    standing_behind,
    stating,
    superseded_units,
)
from svodka.model import Cited, Disputed, Wording
from svodka.summarise.claims import claim_credit
from svodka.nlp import article_text

MAX_SENTENCES = 5
MIN_SENTENCES = 3
# λ of MMR: relevance against novelty. 0.7 keeps the leading facts first while a fact
# restating a chosen one (margin ≥ 0) loses to any new fact of the lead paragraphs.
RELEVANCE_WEIGHT = 0.7
POSITION_DECAY = 0.15  # relevance lost per sentence further from the start of the report
QUOTE_PENALTY = 0.5  # a sentence that is a direct quote reports a view, not the event
QUOTE_MARGIN = 2  # characters a quote's span may leave off a sentence inside it (its marks, its final stop)
LEANING_PENALTY = 0.5  # every wording leans on the sentence before it: as weak as a quote
# "One more" of a count told before: «Ещё 15 человек пострадали» beside «погибли четыре человека», "Another two
# people were…" (not «Ещё в 2019 году», «Ещё два года назад»). Read alone it states another count than the report's
# (15 more, not 15 hurt).
ADDS_TO_A_COUNT = (
    r"(?:ещё|еще|another|a\s+further)(?=\s+(?:\d|(?:один|одна|одно|одного|одну|двое|трое|четверо|пятеро|два|две|три|"
    r"четыре|пять|шесть|семь|восемь|девять|десять|несколько|сотни|десятки|тысячи|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozen|hundreds?|thousands?)\b))(?!(?:\s+\S+){1,2}\s+(?:назад|ago)\b)")  # «ещё два года назад»
MISSTATES_ALONE = re.compile(ADDS_TO_A_COUNT, re.IGNORECASE)
# Openings that point back: pronouns, "this", connectives, an unnamed "the outlet" or "it is noted"
# ("Издание отмечает", not "Издание Bloomberg пишет" nor the name "Агентство стратегических инициатив":
# what follows is a lower-case verb), but not the "this" of the time of writing ("This year's…", "Этой весной…").
LEANS_ON_THE_SENTENCE_BEFORE = re.compile(
    r"^(?!(?:this|these|эт(?:от|а|о|и|ой|им))\s+(?:year|week|weekend|month|morning|afternoon|evening|season|spring|"
    r"summer|autumn|fall|winter|days|год|неделе|неделю|месяц|весной|летом|осенью|зимой|ночью|утром|вечером)\b)"
    r"(?:(?:он|она|оно|они|его|её|ее|их|ему|ей|им|этот|эта|это|эти|этого|этой|этих|также|тоже|там|"
    r"при этом|кроме того|помимо этого|однако|но|тем не менее|в то же время|отмечается|сообщается|"
    r"уточняется|подчеркивается|подчёркивается|"
    r"(?:издание|агентство)(?=\s+(?:(?:также|тоже|уже|ранее)\s+)?(?-i:[а-яё]+(?:т|ло|ся|сь))\b)|собеседник\w*|"
    r"he|she|it|they|his|her|its|their|this|these|those|that|also|however|but|meanwhile|"
    r"the (?:agency|newspaper|outlet|publication|source))\b"
    rf"|{ADDS_TO_A_COUNT}"
    # a credit to a report, outlet or company named only before: "According to the report, …", «По данным издания,
    # …»; not a source it names («По данным МЧС», «По данным полиции», "According to the police")
    r"|(?:according to the (?:report|paper|agency|outlet|newspaper|publication|source|company|airline)|по (?:данным|"
    r"информации|словам|сведениям) (?:издания|агентства|газеты|источника|собеседника|компании)),"
    # a pronoun after no more than two little words: "По его словам", "Как она отметила", "According to him";
    # but not a possessive whose short opening phrase is followed by the name it stands for ("In his speech on
    # Monday, President Putin said", "После его ареста Навальный…"), other than a credit («По его словам, Путин…»
    # credits someone else)
    r"|(?:(?:по|с|со|как|для|после|до|при|в|во|на|у|от|за|according|to|in|as|when|after|for|with|while)\s+){1,2}"
    r"(?:(?:его|её|ее|их|his|her|their)(?![\w.-])"
    r"(?!\s+(?!(?:словам|мнению|данным|оценке|сведениям|информации)\b)(?:(?:[^\s,]+\s+){0,5}[^\s,]+,|\w+)"
    r"\s+(?:the\s+)?(?!(?:he|she|it|they|we|i|он|она|оно|они|мы|я)\b)(?-i:[A-ZА-ЯЁ]))"
    r"|(?:он|она|оно|они|ему|ей|им|него|неё|нее|них|нему|ней|ним|нём|нем|him|them|he|she|they)(?![\w.-])))",
    re.IGNORECASE)
# A place named only before: «Разрушений в посёлке нет», "No homes in the village were damaged" (not «в посёлке Ключи»,
# «в городе Кедровске», "the town of Elmbridge"): read alone, the reader does not learn which village.
UNNAMED_PLACE = re.compile(
    r"\b(?:в|во|на|из|под|у|около|возле)\s+(?:посёлк[еау]|поселк[еау]|сел[еау]|деревн[еиюя]|город[еау]?)\b"
    r"(?!\s+(?:[«\"\d]|(?-i:[A-ZА-ЯЁ])))|\b(?:in|near|of|outside|around)\s+the\s+(?:village|town)\b(?!\s+of\b)",
    re.IGNORECASE)
# How a whole sentence ends; a standfirst, caption or heading has no final stop ("Глава государства рассказал
# о перспективах сотрудничества с одной из стран…" under a seed's headline) and is no sentence to cite alone.
SENTENCE_END = re.compile(r"[.!?…»\"”’›)]\s*$")
# "Об этом сообщает ТАСС", "Об этом заявил министр": the credit of the sentence before, not a fact.
CREDITS_THE_SENTENCE_BEFORE = re.compile(r"^(?:об|о) этом\b", re.IGNORECASE)
# A quote credited to a pronoun («…», — сказал он. "…," she said.): its speaker is named only in a sentence before.
QUOTED_FROM_SOMEONE_NAMED_BEFORE = re.compile(
    r"[»”\"],?\s*(?:[—–-]+\s*)?(?:[a-zа-яё]+\s+)?(?:он|она|они|he|she|they)(?:\s+[a-z]+)?[.!]?\s*$", re.IGNORECASE)
# A line of an interview or a dialogue («— На форуме вы говорили…», "— Да, мы готовы"): a question or an answer
# whose speaker the page's layout, not the sentence, names.
INTERVIEW_LINE = re.compile(r"^[—–-]\s")
# Two sentences a scraper glued together without a space («…расслабляться нельзя.Президент поручил…»): no one sentence
# to cite, and its halves may be told by different reports.
# Not two short capitalised words, a name's parts («Яндекс.Маркет», "Mail.Ru", «Ozon.Банк»), nor an abbreviation of a
# street's or a saint's («ул.Ленина», «св.Николая»).
GLUED_SENTENCES = re.compile(r"(\w*[a-zа-яё]{2})[.!?…]([A-ZА-ЯЁ][a-zа-яё]+)")
ONE_NAME = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]{1,5}\.[A-ZА-ЯЁ][a-zа-яё]{1,7}|(?:ул|пр|им|св)\.\w+")
# A sentence saying nothing of a kind happened or was said ("no deaths since June", "No details were released",
# «никто не пострадал»): a report aligned with it by its other words ("his death is the first fatality", «четыре
# военнослужащих получили ранения») says the opposite unless it says so too.
# Not an absence: "There is no doubt…", "no longer", "Nothing suggests…" (a view, not a thing that did not happen);
# «нет» only of the casualties («Пострадавших нет»): «угрозы больше нет» is no absence of what the fact counts.
ABSENCE = re.compile(
    r"\b(?:no(?!\.|\s+(?:doubt|longer|matter|less|more)\b)|none|nobody|no-one|"
    r"nothing(?!\s+(?:suggests|indicates|shows|points)\b)|никто|ничего|никого|ни\s+(?:один|одного|одной)|"
    r"никаких|никакого|никакой|(?:пострадавш|погибш|жертв|ранен|травмированн)\w*\s+(?:\w+\s+){0,3}нет)\b",
    re.IGNORECASE)
# A number that names one thing, not an amount: «законопроект № 961691-7», "Bill No. 2417", "flight MH17".
# Other reports may word an amount otherwise ("twelve", «12»), never an identifier.
IDENTIFIER = re.compile(r"(?:№|\bNo\.|#)\s*\d[\d/-]*\d|\b[A-ZА-ЯЁ]{1,4}-?\d{2,}\b")
# The side of its figure a hedge puts the true value on (`nlp.numbers.HEDGES`): «свыше 300» and «около 300» agree on
# the value (no conflict) but a sentence saying one is not what a report saying the other states.
HEDGE_SIDE = {"более": "above", "свыше": "above", "over": "above", "more than": "above",
              "около": "about", "примерно": "about", "порядка": "about", "about": "about", "around": "about",
              "почти": "below", "менее": "below", "nearly": "below", "almost": "below"}
MIN_RELEVANCE = 0.35  # beyond MIN_SENTENCES, stop when the best remaining fact is weaker
# Beyond MIN_SENTENCES a fact must be told by this many independent sources: one outlet's
# extra detail belongs to the differences, not to the summary of what the story is.
EXTRA_SOURCES = 2


def story_summary(members: Members, vectors: Vectors | None = None, alignment: Alignment | None = None) -> list[Cited]:
    """The summary's sentences in story order, each worded by its best-backed sentence and citing its sources."""
    alignment = alignment or story_alignment(members, vectors)
    facts, similarity = alignment.facts, alignment.similarity  # its weights are over these same units
    if not facts:
        return []
    position = _positions([u for fact in facts for u in fact.units])
    text_of = {article.id: article_text(article) for article, _ in members}
    spaced = single_spaced(text_of)  # for every line's word-for-word search, spaced once per story
    stated = stated_by_sentence(members, [u for f in facts for u in f.units])
    claims = {id(u): credit for f in facts for u in f.units
              if (credit := claim_credit(u, text_of[u.article])) is not None}
    alone = {id(u) for f in facts for u in f.units if _stands_alone(u) and id(u) not in claims}
    readable = alone | {key for key, credit in claims.items() if credit}  # a claim is told with its speaker's sentence
    # a fact told only as a bare credit, or only as someone's claim no sentence gives a speaker for, is left out
    facts = [f for f in facts if not all(CREDITS_THE_SENTENCE_BEFORE.match(u.text.lstrip()) or claims.get(id(u)) == ""
                                         for u in f.units)]
    order = publication_order(members)
    mentions = mentioned(members, alignment.source_of)
    witnesses = len({u.source for f in facts for u in f.units})  # outlets pooled, as alignment counts them
    language = story_language(members)
    opening = {id(u) for f in facts for u in f.units if position[id(u)] == 0 and _says_what_happened(u)}
    leading = {id(f) for f in facts if any(id(u) in opening for u in f.units)}

    def choose(candidates: list[Fact]) -> list[Fact]:
        chosen = _chosen_facts(candidates, position, similarity, witnesses, alone | opening)
        return opening_first(sorted(chosen, key=lambda f: min(position[id(u)] for u in f.units)), position)

    def word(fact: Fact) -> Cited | None:
        disputed_by_unit = disputes(fact, text_of)
        apart = quoted_apart(fact)  # a source giving the words to another speaker stands behind no wording naming one
        backed = {key: sources - apart[key].keys()
                  for key, sources in backing(fact, disputed_by_unit, text_of, mentions).items()}
        agreeing = standing_behind(fact, disputed_by_unit, text_of)
        stale = superseded_units(fact, text_of)  # an earlier state a later report supersedes gives way to it
        current = lambda found: {key: set() if key in stale else sources - apart[key].keys()
                                 for key, sources in found.items()}
        behind = current(told_by_others(agreeing, backed))
        unit = representative(fact, position, similarity, behind, order, alone, claims, language, current(agreeing),
                              opening)
        if claims.get(id(unit)) == "" or (readable and id(unit) not in readable and id(fact) not in leading):
            return None  # "He made a mess of the 16th hole" is no summary sentence while another fact reads alone
        line = cited(fact, unit, disputed_by_unit[id(unit)], backed[id(unit)], claims.get(id(unit)), similarity,
                     stated)
        printing = (printing_articles(fact, unit, text_of) - hedged_apart(fact, unit) - told_otherwise(fact, unit)
                    - naming_other_things(unit, text_of))
        line.articles = [a for a in line.articles if a in printing]
        line.wordings = [w for w in line.wordings if w.article in printing]
        line.disputed += other_speakers(fact, apart[id(unit)])
        if id(unit) in opening:  # worded by a report's lead: the more reports open with it, then the earlier, first
            opened = [order[u.article] for u in fact.units if id(u) in opening]
            leads[id(line)] = (-len(opened), min(opened))
        return printed_word_for_word(line, unit.shown, spaced)

    leads: dict[int, tuple[int, int]] = {}  # the lines (by id) worded by a report's lead, with their rank among them
    # written in the story's language: a fact only the other language's reports tell is no sentence of it
    lines = told([f for f in facts if any(u.language == language for u in f.units)] or facts, choose, word)
    return leads_first(lines, leads)


def leads_first(lines: list[Cited], leads: dict[int, tuple[int, int]]) -> list[Cited]:
    """The lines worded by a report's lead first (`leads`: by id, less the number of reports opening with the fact,
    then the publication rank of the earliest), the others after in story order: a summary opens with what happened
    («Актёр … умер», the first report's lead; the toll two later reports open with before the first flash's «Пожар
    вспыхнул»), then the details, though alignment put a detail with more reports' leads (`opening_first` orders the
    facts before they are worded)."""
    return sorted(lines, key=lambda line: (id(line) not in leads, leads.get(id(line), (0, 0))))


def printed_word_for_word(line: Cited, sentence: str, spaced: dict[str, str]) -> Cited:
    """The line citing too every report printing its sentence word for word (`spaced`: each report's text by
    `single_spaced`, a line break inside no other wording): alignment may leave a report's copy of a quote in another
    fact, yet a report printing the very sentence states it."""
    wanted = " ".join(sentence.split())
    printing = [article for article, text in spaced.items() if article not in line.articles and wanted in text]
    line.articles += printing
    line.wordings += [Wording(article, sentence) for article in printing]
    return line


def single_spaced(text_of: dict[str, str]) -> dict[str, str]:
    """Each text with every run of spaces and line breaks made one space, as a sentence searched for in it is."""
    return {article: " ".join(text.split()) for article, text in text_of.items()}


def opening_first(facts: list[Fact], position: dict[int, int]) -> list[Fact]:
    """The facts in story order, led by the one most reports open with: the summary's first sentence says what
    happened (a plant cutting 540 jobs), not the detail one report's lead gave with it (orders down 30%)."""
    if not facts:
        return facts
    leads = lambda fact: len({u.article for u in fact.units if position[id(u)] == 0})
    first = max(facts, key=leads)  # the earliest in story order on a tie
    return [first] + [f for f in facts if f is not first]


def story_language(members: Members) -> str:
    """The language most of the story's reports are written in; on a tie the earliest report's (`members` are oldest
    first), whose telling set the story: a Russian and an English report of a Russian outlet's scoop are summarised
    in Russian."""
    return Counter(analysis.language for _, analysis in members).most_common(1)[0][0] if members else ""


def _direct_speakers(unit: Unit) -> list[Credit]:
    """The speakers of the sentence's direct quotes that it names itself ("…," union leader Mark Halden said): a
    speaker the analysis gave a quoted phrase from the text around (“reaching into the water” of an inquest) is no
    attribution of this sentence."""
    return [speaker_credit(q.speaker, speaker_key(q.speaker), unit.language)
            for q in unit.quotes if q.kind == "direct" and q.speaker and q.speaker.split()[-1] in unit.text]


def quoted_apart(fact: Fact) -> dict[int, dict[str, str]]:
    """For each unit (by id) quoting someone directly, the fact's sources that give those words to another speaker
    (`credits.Credit.same`: any spelling, either script), with the speaker they name: «"We have waited two years…,"
    port director Anna Rees said» is not what the report crediting union leader Mark Halden says, and citing it
    there states the misattribution as that report's. A source naming no speaker contradicts nobody."""
    named: dict[str, list[Credit]] = {}
    for unit in fact.units:
        named.setdefault(unit.source, []).extend(_direct_speakers(unit))
    found = {}
    for unit in fact.units:
        ours = _direct_speakers(unit)
        found[id(unit)] = {source: theirs[0].shown for source, theirs in named.items() if ours and theirs
                           and source != unit.source and not any(a.same(b) for a in ours for b in theirs)}
    return found


def other_speakers(fact: Fact, apart: dict[str, str]) -> list[Disputed]:
    """The speakers other sources give the quote to (`quoted_apart`), each with its articles: the summary does not
    pick one side silently."""
    by_speaker: dict[str, set[str]] = {}
    for source, speaker in apart.items():
        by_speaker.setdefault(speaker, set()).update(u.article for u in fact.units if u.source == source)
    return [Disputed(speaker, sorted(articles)) for speaker, articles in by_speaker.items()]


def figure_bounds(unit: Unit) -> dict[float, str]:
    """Each of the unit's figures with the side its hedge puts the true value on ("above" for «свыше 300» and "more
    than 300", "about" for «около 300»); an unhedged figure is left out: it agrees with any hedge."""
    found = {}
    for number in unit.numbers:
        first = number.text.split(maxsplit=1)[0].casefold() if number.text.strip() else ""
        side = HEDGE_SIDE.get(first) or HEDGE_SIDE.get(" ".join(number.text.casefold().split()[:2]))
        if side:
            found[number.value] = side
    return found


def hedged_apart(fact: Fact, unit: Unit) -> set[str]:
    """The fact's articles giving one of the unit's figures with a hedge on another side: «около 300» is not what a
    report saying «свыше 300» states."""
    ours = figure_bounds(unit)
    return {other.article for other in fact.units
            if any(ours.get(value, side) != side for value, side in figure_bounds(other).items())}


def naming_other_things(unit: Unit, text_of: dict[str, str]) -> set[str]:
    """The articles printing none of the unit's identifiers (`IDENTIFIER`: «№ 961691-7», "MH17"): one that gives no bill
    number does not state which bill was tabled."""
    wanted = [_printed_digits(found) for found in IDENTIFIER.findall(unit.shown)]
    return {article for article, text in text_of.items() if not all(digits.search(text) for digits in wanted)}


def _printed_digits(identifier: str) -> re.Pattern[str]:
    """The identifier's digits however a report prints them: «№961691-7» and "No. 961691-7", "SU 1402" and "SU1402"."""
    groups = re.findall(r"\d+", identifier)
    return re.compile(r"(?<!\d)" + r"\W{0,2}".join(groups) + r"(?!\d)")


def told_otherwise(fact: Fact, unit: Unit) -> set[str]:
    """The fact's articles none of whose sentences of it says, as the unit does or does not, that nothing happened
    (`ABSENCE`): "no deaths since the protests began" is not what a report calling a death the first one states."""
    says_none = lambda u: bool(ABSENCE.search(u.shown))
    return {other.article for other in fact.units if not any(says_none(u) == says_none(unit)
                                                             for u in fact.units if u.article == other.article)}


def told_by_others(behind: dict[int, set[str]], backed: dict[int, set[str]]) -> dict[int, set[str]]:
    """The sources standing `behind` each wording (by unit id), only its own for a wording no other source prints the
    content of (`backed`: `details.backing`): a detail one report adds ("The ferry had been inspected last Tuesday",
    aligned with the ferry's sinking) disputes no figure, so every source stands behind it, yet it is cited to its own
    report alone, and chosen it left the toll every report prints (12 or 14 dead) out of the summary."""
    return {key: sources if len(backed[key]) >= 2 else sources & backed[key] for key, sources in behind.items()}


def told(facts: list[Fact], choose: Callable[[list[Fact]], list[Fact]],
         word: Callable[[Fact], Cited | None]) -> list[Cited]:
    """The sentences of the facts `choose` picks, each worded by `word`. A fact `word` cannot cite (its best-backed
    wordings are all claims no sentence names a speaker for) gives way: the facts are chosen again without it, so
    the next candidate takes its place and the summary keeps MIN_SENTENCES while there are facts to tell."""
    worded: dict[int, Cited | None] = {}
    while True:
        chosen = choose(facts)
        for fact in chosen:
            if id(fact) not in worded:
                worded[id(fact)] = word(fact)
        unworded = {id(f) for f in chosen if worded[id(f)] is None}
        if not unworded:
            return [sentence for f in chosen if (sentence := worded[id(f)]) is not None]
        facts = [f for f in facts if id(f) not in unworded]


def _chosen_facts(facts: list[Fact], position: dict[int, int], similarity: SentenceSimilarity,
                  total_sources: int, alone: set[int]) -> list[Fact]:
    """The facts maximal marginal relevance picks, most relevant first: MIN_SENTENCES at least, then while
    the best remaining one is relevant enough and told by EXTRA_SOURCES independent sources, passing over one
    told only in wordings that lean on the sentence before (a weaker fact that stands alone may still qualify)."""
    relevance = {id(f): fact_relevance(f, position, total_sources, alone) for f in facts}
    chosen: list[Fact] = []
    remaining = list(facts)
    while remaining and len(chosen) < MAX_SENTENCES:
        def mmr(fact: Fact) -> float:
            redundancy = max((_closeness(similarity, fact, c) for c in chosen), default=0.0)
            return RELEVANCE_WEIGHT * relevance[id(fact)] - (1 - RELEVANCE_WEIGHT) * redundancy
        best = max(remaining, key=mmr)
        if len(chosen) >= MIN_SENTENCES and (relevance[id(best)] < MIN_RELEVANCE or len(best.sources) < EXTRA_SOURCES):
            break
        remaining.remove(best)
        if len(chosen) < MIN_SENTENCES or any(id(u) in alone for u in best.units):
            chosen.append(best)  # an extra fact told only in leaning wordings is passed over, not the end
    return chosen


def cited(fact: Fact, unit: Unit, disputed: list[Dispute], behind: set[str], credit: str | None = None,
          similarity: SentenceSimilarity | None = None, stated: dict[int, frozenset[str]] | None = None) -> Cited:
    """The sentence with every article stating it (of the sources standing `behind` it), leaving out those that give
    another value for it (`disputed`) or, for a quote, print other words.

    Those are not dropped silently: the sentence's `disputed` gives each other value with the articles
    that give it, so that a reader sees at once which figure or date of the sentence is contested
    and by whom (a tie between two sides is decided by the earliest report, not by evidence).

    A lead loses its dateline, as in the differences: "САМАРА, 11 марта /Волжский телеграф/ —" names one
    outlet while the sentence may cite several. (Against the corpus references this moves ROUGE-1/2/L
    from 0.469/0.220/0.298 to 0.447/0.223/0.302: the references often start with the place.)

    A claim is given with the `credit` sentence naming its speaker (`claims.claim_credit`), so that it is never read
    as svodka's own statement.

    Each cited article is given with its own sentence of the fact supporting it best (`own_wordings`): a citation
    shows that under the outlet's name, never the summary's wording, which is one report's words and maybe in another
    language.
    """
    articles, other_values = stating(fact, disputed, behind)
    return Cited(f"{unit.shown} {credit}" if credit else unit.shown, articles, other_values,
                 own_wordings(fact, unit, articles, similarity, stated))


def own_wordings(fact: Fact, unit: Unit, articles: list[str], similarity: SentenceSimilarity | None,
                 stated: dict[int, frozenset[str]] | None = None) -> list[Wording]:
    """Each article's own sentence of the fact: the chosen `unit` for its article, else the article's sentence of the
    fact that supports it best (`support`); an article with none (a claim's credit) is left out."""
    found = []
    for article in articles:
        own = [u for u in fact.units if u.article == article]
        if own:
            found.append(Wording(article, max(own, key=lambda other: support(unit, other, similarity, stated)).shown))
    return found


def support(unit: Unit, other: Unit, similarity: SentenceSimilarity | None,
            stated: dict[int, frozenset[str]] | None = None) -> tuple[bool, bool, int, float, float]:
    """How well another sentence of the fact shows a reader what the `unit` states, best first: the unit itself; a
    sentence stating something, not a bare credit («Об этом заявила…»); the most of its figures and days; the largest
    share of what it states (`stated`: its own words, names, numbers and days; across languages its anchors); the
    closest. A report aligned by two sentences is shown by the one a reader finds the line in: closeness alone
    (`overlap` is half Jaccard, and a lead carries its headline's words) showed "Корабли…, задержанные год назад,
    буксируются" for "Украинские корабли задержали в ноябре 2018 года" beside the same report's "25 ноября 2018 года
    … задержало … три корабля", and a short paraphrase beside a full restatement."""
    said = stated or {}
    content = (lambda u: said.get(id(u), u.features)) if unit.language == other.language else (lambda u: u.anchors)
    ours, theirs = content(unit), content(other)
    figures = lambda found: {f for f in found if f.startswith(("#", "@")) and " " not in f}
    return (other is unit, not CREDITS_THE_SENTENCE_BEFORE.match(other.shown.lstrip()),
            len(figures(ours) & figures(theirs)), round(len(ours & theirs) / len(ours), 3) if ours else 0.0,
            similarity(unit, other) if similarity else 0.0)


def stated_by_sentence(members: Members, units: list[Unit]) -> dict[int, frozenset[str]]:
    """What each unit's (by id) sentence states itself: its `features` and resolved days, without the headline's
    lemmas a report's first unit carries (`align.sentence_units` gives them to it so that leads wording one event
    differently align; the reader shown the sentence is not shown its headline)."""
    own = {(article.id, s.stop): frozenset(s.lemmas) for article, analysis in members for s in analysis.sentences}
    return {id(u): u.features - (u.lemmas - own.get((u.article, u.stop), u.lemmas))
            | {f"@{d.date}" for d in u.dates if d.date} for u in units}


def fact_relevance(fact: Fact, position: dict[int, int], total_sources: int, alone: set[int]) -> float:
    """Higher for a fact more of the sources tell and tell earlier; halved for a quote, and for a fact no wording of
    which stands `alone` (each leans on the sentence before or is someone's claim)."""
    reach = len(fact.sources) / max(total_sources, 1)
    earliest = min(position[id(u)] for u in fact.units)
    quoted = all(_quoted(u) for u in fact.units)
    leaning = not any(id(u) in alone for u in fact.units)
    score = (reach + 1) / 2 * (1 - POSITION_DECAY) ** earliest
    return score * (QUOTE_PENALTY if quoted else 1.0) * (LEANING_PENALTY if leaning else 1.0)


def _quoted(unit: Unit) -> bool:
    """The sentence is a direct quote: it opens with a quote mark, closes one it did not open (the last
    sentence of a longer quote), or lies inside a quote of several sentences ("У нас уникальные отношения
    сложились с Казахстаном." in the middle of Putin's words)."""
    text = unit.text.lstrip()
    return text[:1] in "«\"„“" or _part_of_a_longer_quote(text) or any(
        q.kind == "direct" and q.start <= unit.start + QUOTE_MARGIN and unit.stop - QUOTE_MARGIN <= q.stop
        for q in unit.quotes)


def _stands_alone(unit: Unit) -> bool:
    """Read alone, the sentence is whole and points back at nothing: no leaning opening, no missing final stop,
    no piece of a quote running over several sentences, no quote whose speaker is a pronoun («…», — сказал он.), no
    village or town named only before (`UNNAMED_PLACE`)."""
    text = unit.shown.strip()
    return not (LEANS_ON_THE_SENTENCE_BEFORE.match(text) or CREDITS_THE_SENTENCE_BEFORE.match(text)
                or INTERVIEW_LINE.match(text) or _glued(text) or QUOTED_FROM_SOMEONE_NAMED_BEFORE.search(text)
                or UNNAMED_PLACE.search(text)
                or not SENTENCE_END.search(text) or _part_of_a_longer_quote(text))


def _says_what_happened(lead: Unit) -> bool:
    """A report's lead is weighed and told even when it cannot be read alone («…сообщил Борисов в программе "Москва.»
    cut at a title's stop, the first half of a glued pair): a story's summary never loses what happened. Not one
    opening by pointing back («Он рассчитан на…») nor a standfirst with no final stop, which only restates the lead."""
    text = lead.shown.strip()
    return bool(SENTENCE_END.search(text)) and not (LEANS_ON_THE_SENTENCE_BEFORE.match(text)
                                                    or CREDITS_THE_SENTENCE_BEFORE.match(text))


def _glued(text: str) -> bool:
    """Two sentences glued without a space (`GLUED_SENTENCES`), not a name or an abbreviation with a stop inside."""
    return any(not ONE_NAME.fullmatch(found.group(0)) for found in GLUED_SENTENCES.finditer(text))


def _part_of_a_longer_quote(text: str) -> bool:
    """"Очень на это рассчитываю…», — сказал Путин." ends a quote the sentence before opened; "«Мы хотим, чтобы…"
    opens one the next sentence closes (and names its speaker); so do “The values of the game… and an odd number
    of straight quotes. Where „ opens a quote, “ closes it („…“); elsewhere “ opens one ” closes."""
    curly_openers = text.count("„") if "„" in text else text.count("“")
    curly_closers = text.count("”") + (text.count("“") if "„" in text else 0)
    return text.count("»") != text.count("«") or curly_openers != curly_closers or text.count('"') % 2 == 1


def representative(fact: Fact, position: dict[int, int], similarity: SentenceSimilarity,
                   behind: dict[int, set[str]], order: dict[str, int], alone: set[int], claims: dict[int, str],
                   language: str = "", agreeing: dict[int, set[str]] | None = None,
                   opening: set[int] = frozenset()) -> Unit:
    """Of the best-backed wordings (`values.best_backed`: the most sources behind it, then the earliest report's
    side of a dispute, as the shared difference chooses, every report of that side's outlet: its later report's toll
    is that side too), one that stands `alone`, else a claim whose speaker a sentence names (`claims`) or a report's
    lead that says what happened (`opening`: `_says_what_happened`), then one whose
    hedges («свыше 300») most reports share, then the most central. When none of them can be read alone, one that can
    and takes their side (`_same_side`) is chosen, though fewer sources back it.

    Wordings on the side of the fact's disputes fewer sources take are set aside first (`majority_side`); then, while
    another is backed, a bare credit («Об этом предупредили специалисты»), one that read alone states another figure
    (`MISSTATES_ALONE`: «Ещё 15 человек пострадали», 15 more, not 15 in all), and one in another `language` than the
    story's: a Russian story's summary is written in Russian, citing the English reports that say the same.

    A wording is backed by the fact's sources standing `behind` it (`values.standing_behind`): those that give no
    other value for its numbers and dates and, for a quote, print its words. It is chosen by those, which keeps the
    wording that tells most; it cites fewer (`details.backing`, in `story_summary`) when some print less of it:
    choosing by those instead put a shorter wording in ("Снегопад ударил по авиаперевозкам" for the English lead),
    and ROUGE-1/2/L against the corpus references fell from 0.447/0.222/0.301 to 0.435/0.209/0.287.
    """
    def centrality(unit: Unit) -> float:
        return sum(similarity(unit, other) for other in fact.units if other.article != unit.article)
    told = majority_side(fact, agreeing) if agreeing else fact.units
    whole = [u for u in told if behind[id(u)] and not MISSTATES_ALONE.match(u.shown.strip())] or told
    whole = [u for u in whole if not CREDITS_THE_SENTENCE_BEFORE.match(u.shown.strip())] or whole
    candidates = [u for u in whole if u.language == language] or whole
    candidates = leads_of_several(candidates, opening) or candidates
    kept = {id(u) for u in candidates}
    best = best_backed(fact, {key: sources if key in kept else set() for key, sources in behind.items()}, order)
    sides = {u.source for u in best}  # an outlet's later report is the same side: its toll «выросло до четырёх»
    best = [u for u in candidates if u.source in sides and len(behind[id(u)]) == len(behind[id(best[0])])] or best
    readable = lambda u: id(u) in alone or bool(claims.get(id(u))) or id(u) in opening
    if not any(readable(u) for u in best):  # fewer citations, not a sentence leaning on one the reader is not shown
        backers = set().union(*(behind[id(u)] for u in best))
        best = [u for u in candidates if readable(u) and _same_side(u, behind[id(u)], sides, backers)] or best
    return max(best, key=lambda u: (id(u) in alone, readable(u), claims.get(id(u)) != "", u.language == language,
                                    -len(hedged_apart(fact, u)), round(centrality(u), 3), -position[id(u)],
                                    -len(u.text)))


def leads_of_several(units: list[Unit], opening: set[int]) -> list[Unit]:
    """The units that open their reports (`opening`), when those of two sources or more are among them: the fact is
    the story's event, and its summary line says it as a lead does («Суд приговорил … к 9 годам»), not as the detail
    of a later paragraph alignment put with it, which more reports print word for word («Сизов получил 12 млн…»)."""
    leads = [u for u in units if id(u) in opening]
    return leads if len({u.source for u in leads}) >= 2 else []


def majority_side(fact: Fact, agreeing: dict[int, set[str]]) -> list[Unit]:
    """The wordings on the side of the fact's disputes most sources take (`agreeing`: the sources giving no other
    value for each one's figures and dates), with those taking no side (every source agrees with them): "about 2,000
    homes" of the first report gives way to the 200 homes two later ones give, though each of those wordings adds
    a detail the other lacks (each backed by its own report alone, they tied, and the earliest report won)."""
    everyone = set(fact.sources)
    taking = [len(agreeing[id(u)]) for u in fact.units if agreeing[id(u)] != everyone]
    return [u for u in fact.units if agreeing[id(u)] == everyone or len(agreeing[id(u)]) == max(taking, default=0)]


def _same_side(unit: Unit, behind: set[str], sides: set[str], backers: set[str]) -> bool:
    """Whether a wording takes the side of the best-backed ones (`sides`: their sources, `backers`: the sources standing
    behind them) in any dispute of the fact: it gives no figure or date, or one of them stands behind it, or its own
    source stands behind them. "About 2,000 homes" read alone never replaces a leaning "They said 200 homes"."""
    return not (unit.numbers or unit.dates) or bool(behind & sides) or unit.source in backers


def _positions(units: list[Unit]) -> dict[int, int]:
    """Each unit's (by id) place among its article's units, 0 for the first: news tells the essentials first."""
    order: dict[str, int] = {}
    position = {}
    for unit in sorted(units, key=lambda u: (u.article, u.start)):
        position[id(unit)] = order.get(unit.article, 0)
        order[unit.article] = position[id(unit)] + 1
    return position


def _closeness(similarity: SentenceSimilarity, a: Fact, b: Fact) -> float:
    """1 for a restatement (past the same-fact line), down to 0 for unrelated facts."""
    margin = max(similarity(x, y) for x in a.units for y in b.units)
    return min(1.0, max(0.0, 1 + 2 * margin))
