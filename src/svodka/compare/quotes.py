"""Quotes across outlets: the same words worded differently, or quoted vs paraphrased.

A quote variant is found on the span two direct quotes share, not on whole quotes: an
outlet often quotes one sentence of a long statement, so the matching stretch is cut
out (from the first to the last run of common words) and diffed word by word.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict

from svodka.compare.align import NOUN_STEM, Fact, Unit, number_key
from svodka.compare.wording import tells_content
from svodka.compare.credits import (
    Credit,
    DETERMINERS,
    credited_apart,
    name_of,
    phrase_credits,
    press_named,
    speaker_credit,
    without_agency,
)
from svodka.model import Article, Difference, Quote, Wording
from svodka.nlp.translit import entity_key

MIN_RUN = 2  # common words in a row that anchor the shared span (single words match by chance)
MIN_COMMON_WORDS = 4  # fewer common words than this: two different statements
CONTENT_WORD_LETTERS = 5  # a shared run of shorter words only ("в этом году", "at the end of") says nothing
# Share of the shared span's words in common: the seeds' "изучает русский язык" /
# "говорят по-русски" pair is 0.75; unrelated quotes of one speaker stay under 0.4.
SAME_STATEMENT = 0.55
# Share of two wordings' words in common below which a word diff marks nearly every word: the corpus's translated
# quotes share at most 0.07 (a number, a name), its paraphrases in one language 0.27 and more ("Вода в этом году
# поднимется выше обычного" / "Нынешний паводок пройдёт выше нормы").
DIFFABLE_SHARE = 0.2
# Share of the words a fact's sentence quotes directly that another source's direct quote of the speaker elsewhere
# must give, in order, for that source to quote it too: «Каштаны на Крещатике будут!» / «…Каштаны будут!» is 0.5;
# the seeds' "next week" sentence shares far less with the other report's quotes of the same statement.
ELSEWHERE_SHARE = 0.5
# Words either quote goes on with past the span both share, to its end (or from its start), that are still that span
# worded apart when BOTH go on so briefly: «Каштаны на Крещатике будут!» / «Каштаны будут!». One going on alone
# is the same words quoted at more length. Three: the tgcontest Klitschko pair differs by two; a quote going on with
# a sentence of its own is longer than that.
TAIL_WORDS = 3
# Share of a quote sentence's content words (CONTENT_LETTERS or more, compared by STEM_LETTERS) the other quote must
# print for two quotes alignment put together to be one statement (`_mostly_within`): more than half. The corpus's
# paraphrased flood forecast is 7 of 12; the tester's two statements of a fire's spokesman hours apart 2 of 4.
SAME_CONTENT = 0.5
QUOTE_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
CONTENT_LETTERS = 4
STEM_LETTERS = 4  # «конструкций» / «конструкции», «платы» / «плата»: a case ending may change the fifth letter
APART = "⇄"  # between two wordings given whole, no diff marks
DIFF_MARK = re.compile(r"\[-.*?-\]|\{\+.*?\+\}")
WORD = re.compile(r"[^\w-]+")
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
CREDIT = re.compile(r"^\s*(?:по материалам|источник|source|originally published by)\b[:\s].{3,80}$", re.IGNORECASE | re.MULTILINE)

# What an editor adds inside a quote: a note («— прим. ред.», «(прим. ред.)») or a word in square brackets ("[the]")
EDITORS_INSERTION = re.compile(r"\s*[—–-]?\s*\(?прим\.\s*(?:ред|пер)\.?(?:\s*[—–-]\s*[^)]{0,40})?\)?|\s*\[[^\]]{1,30}\]",
                               re.IGNORECASE)
QUOTED_FRAGMENT = re.compile(r"[«\"“„]([^«»\"“”„]+)[»\"”“]")  # words in quotation marks inside a sentence
Quoted = tuple[Article, str, Quote]  # article, its source (original for a reprint), quote


def quote_variants(quotes: list[Quoted], facts: list[Fact]) -> list[Difference]:
    """Direct quotes by one speaker, from different sources, worded differently: one difference per two wordings, or
    per statement quoted three or more ways (`_grouped`).

    The text is a word diff of the span the two share ("[-" the first article's words "-]", "{+" the
    second's "+}", in `articles` order); `wordings` give each article's whole quote, so who said it how,
    and what either adds past the shared span, is there without the diff convention. Two wordings with too
    few words in common to diff (a translation, a loose paraphrase) are given whole, joined by APART: a word
    diff across them marks every word.

    Two quotes are one statement when they share a stretch of words, or when the sentences
    that carry them were aligned as one fact and the quotes are worded apart (`_worded_apart`).
    """
    facts_of: dict[tuple[str, int], set[int]] = defaultdict(set)  # a quote running over two sentences is in both facts
    for i, fact in enumerate(facts):
        for unit in fact.units:
            for q in unit.quotes:
                facts_of[unit.article, q.start].add(i)
    direct = [q for q in quotes if q[2].kind == "direct" and q[2].speaker]
    found: dict[tuple[str, str, str], tuple[Difference, list[str], list[str]]] = {}
    for i, (article_a, source_a, a) in enumerate(direct):
        for article_b, source_b, b in direct[i + 1:]:
            if source_a == source_b or speaker_key(a.speaker) != speaker_key(b.speaker):
                continue
            text_a, text_b = as_spoken(a.text), as_spoken(b.text)
            diff = shared_span_diff(text_a, text_b)
            aligned = bool(facts_of[article_a.id, a.start] & facts_of[article_b.id, b.start])
            if diff is None and aligned and _worded_apart(text_a, text_b):
                diff = word_diff(text_a.split(), text_b.split()) if _diffable(text_a, text_b) else f"{text_a} {APART} {text_b}"
            if diff is not None:
                key_a, key_b = (" ".join(q.text.split()) for q in (a, b))
                if (speaker_key(a.speaker), key_b, key_a) in found:  # the same two wordings met the other way round
                    key_a, key_b, article_a_id, article_b_id = key_b, key_a, article_b.id, article_a.id
                else:
                    article_a_id, article_b_id = article_a.id, article_b.id
                first = Difference("quote_variant", f"{a.speaker}: {diff}", [article_a.id, article_b.id],
                                   wordings=[Wording(article_a.id, a.text), Wording(article_b.id, b.text)])
                _, side_a, side_b = found.setdefault((speaker_key(a.speaker), key_a, key_b), (first, [], []))
                side_a += [article_a_id] if article_a_id not in side_a else []
                side_b += [article_b_id] if article_b_id not in side_b else []
    return _grouped([_with_sides(*variant) for variant in found.values()])


def as_spoken(quote: str) -> str:
    """The quote's words as the speaker said them: without an editor's note or insertion («(маски — прим. ред.)»,
    "for [the] regular resumption") and without marks standing alone (a dash "-" one outlet prints "—"), so that two
    outlets printing one statement so are no variant of it."""
    text = EDITORS_INSERTION.sub("", quote)
    return " ".join(word for word in text.split() if re.search(r"\w", word))


def _grouped(variants: list[Difference]) -> list[Difference]:
    """One entry per quote of a speaker: pairs of wordings sharing a wording (three outlets quoting one statement
    three ways are three pairs) joined into one variant listing each wording with the reports printing it, in the
    order found; a variant of two wordings is left as found, with its word diff."""
    group_of = list(range(len(variants)))
    for i, variant in enumerate(variants):
        for j in range(i):
            if (speaker_key(_speaker_of(variants[j])) == speaker_key(_speaker_of(variant))
                    and _wording_keys(variants[j]) & _wording_keys(variant)):
                old, new = group_of[i], group_of[j]
                group_of = [new if g == old else g for g in group_of]
    groups = [[v for v, g in zip(variants, group_of) if g == first] for first in dict.fromkeys(group_of)]
    return [group[0] if len(group) == 1 else _one_variant(group) for group in groups]


def _one_variant(pairs: list[Difference]) -> Difference:
    """Quote variants of one statement as one, each wording with every report printing it, the first pair's two
    first: the text is that pair's word diff, or, when the pair is given whole, the speaker and every wording whole
    joined by APART."""
    printing: dict[str, Wording] = {}  # by the words, spaces evened out
    for wording in (w for pair in pairs for w in pair.wordings):
        kept = printing.setdefault(" ".join(wording.text.split()), Wording(wording.article, wording.text, []))
        kept.articles += [a for a in wording.articles or [wording.article] if a not in kept.articles]
    wordings = list(printing.values())
    articles = list(dict.fromkeys(a for w in wordings for a in w.articles))
    text = pairs[0].text if DIFF_MARK.search(pairs[0].text) else \
        f"{_speaker_of(pairs[0])}: " + f" {APART} ".join(w.text for w in wordings)
    return Difference("quote_variant", text, articles, wordings=wordings)


def _speaker_of(variant: Difference) -> str:
    """The speaker a quote variant's text opens with ("Рябинин: …")."""
    return variant.text.partition(": ")[0]


def _wording_keys(variant: Difference) -> set[str]:
    """A variant's wordings, spaces evened out: two variants giving one of them are one statement."""
    return {" ".join(w.text.split()) for w in variant.wordings}


def _with_sides(variant: Difference, side_a: list[str], side_b: list[str]) -> Difference:
    """One quote variant for every pair of reports printing the same two wordings (34 reports of one event, 33 of
    them quoting «3 года» and one «4 года», are one difference, not 33): its articles are the first wording's
    reports then the second's, and each wording names every report printing it."""
    first, second = variant.wordings
    variant.articles = side_a + [a for a in side_b if a not in side_a]
    variant.wordings = [Wording(side_a[0], first.text, side_a), Wording(side_b[0], second.text, side_b)]
    return variant


def printing_sources(fact: Fact, unit: Unit, text_of: dict[str, str]) -> set[str]:
    """The fact's sources printing the words `unit` quotes directly: every source when it quotes nobody.

    "…в предварительном режиме дало…" and "…предварительно дало…" tell one fact, but a reader
    told both outlets print the first words is misled: the second outlet's wording is a quote variant.
    """
    text = text_of[unit.article]
    quoted = [words for q in unit.quotes if q.kind == "direct"
              if (words := _keys(text[max(q.start, unit.start):min(q.stop, unit.stop)]))]
    if not quoted:
        return set(fact.sources)
    # the unit's own source prints its words even where its sentence and the quote's span part (a scraper's glued
    # sentences, a quote running on past the sentence): what is checked is who else prints them
    return {unit.source} | {u.source for u in fact.units if all(_contains(_keys(u.text), words) for words in quoted)}


def quoted_in(unit: Unit, text: str, others: list[str]) -> bool:
    """Whether one of `others` (other sources' texts) prints the words the unit quotes directly (`text`: its report's
    analysed text), MIN_COMMON_WORDS of them at least: «"Whoever is responsible will face the law," Shipping Minister
    Khalid Mahmud said» is no report's own when another prints "Whoever is responsible will face the law"."""
    quoted = [words for q in unit.quotes if q.kind == "direct"
              if len(words := _keys(text[max(q.start, unit.start):min(q.stop, unit.stop)])) >= MIN_COMMON_WORDS]
    return any(_contains(_keys(other), words) for other in others for words in quoted)


def _keys(text: str) -> list[str]:
    return [key for word in text.split() if (key := _key(word))]


def _contains(words: list[str], part: list[str]) -> bool:
    return f" {' '.join(part)} " in f" {' '.join(words)} "


def speaker_key(name: str | None) -> str:
    """One speaker however spelt: "Сергей Лунёв", "Сергей Лунев" and "Sergei Lunyov" share a key."""
    return entity_key(name or "", "PER").replace("io", "e")  # ё is "e" in a Russian text, "yo" in English


def shared_span_diff(a: str, b: str) -> str | None:
    """Word diff of the stretch two quotes share, or None if they share none or it is identical."""
    words_a, words_b = a.split(), b.split()
    keys_a, keys_b = [_key(w) for w in words_a], [_key(w) for w in words_b]
    blocks = _common_runs(words_a, words_b)
    common = sum(m.size for m in blocks)
    if common < MIN_COMMON_WORDS:
        return None
    a0, a1 = blocks[0].a, blocks[-1].a + blocks[-1].size
    b0, b1 = blocks[0].b, blocks[-1].b + blocks[-1].size
    if 0 < len(words_a) - a1 <= TAIL_WORDS and 0 < len(words_b) - b1 <= TAIL_WORDS:
        a1, b1 = len(words_a), len(words_b)  # both end the words apart: "Каштаны [на Крещатике] будут!"
    if 0 < a0 <= TAIL_WORDS and 0 < b0 <= TAIL_WORDS:
        a0, b0 = 0, 0
    if 2 * common / (a1 - a0 + b1 - b0) < SAME_STATEMENT or keys_a[a0:a1] == keys_b[b0:b1]:
        return None
    return word_diff(words_a[a0:a1], words_b[b0:b1])


def _worded_apart(a: str, b: str) -> bool:
    """A translation (two scripts), or a paraphrase keeping a few words in a row ("in every mid-sized
    warehouse" / "in every mid-sized European warehouse"), where neither quotes the other whole.

    Two quotes of one speaker in one language with no run of words in common are two statements,
    however alike the sentences around them ("I can't see him going out" / "It's Labour that's
    determined…"), and so are two sharing only a run of little words ("в этом году", "at the end of");
    a short quote found whole in a longer one is the same words, quoted at more length.
    """
    if script(a) != script(b):
        return True
    words_a, words_b = a.split(), b.split()
    runs = _common_runs(words_a, words_b)
    telling = any(len(_key(w)) >= CONTENT_WORD_LETTERS for m in runs for w in words_a[m.a:m.a + m.size])
    return telling and sum(m.size for m in runs) < min(len(words_a), len(words_b)) and _mostly_within(a, b)


def _mostly_within(a: str, b: str) -> bool:
    """Whether a sentence of either quote has most (more than SAME_CONTENT) of its content words, by their first
    STEM_LETTERS letters, in the other quote: one statement worded apart («Вода в этом году поднимется выше обычного —
    снега почти в полтора раза больше нормы» / «Нынешний паводок пройдёт выше нормы, снега в полтора раза больше»,
    7 of 12), not two statements sharing a phrase («Угрозы распространения огня больше нет, идёт проливка
    конструкций» / «Проливка конструкций продлится до утра», 2 of 4)."""
    stems = lambda text: {_key(w)[:STEM_LETTERS] for w in text.split() if len(_key(w)) >= CONTENT_LETTERS}
    return any(len(own & stems(other)) > SAME_CONTENT * len(own)
               for quote, other in ((a, b), (b, a)) for sentence in QUOTE_SENTENCE.split(quote)
               if (own := stems(sentence)))


def _diffable(a: str, b: str) -> bool:
    """Whether two wordings in one script share enough words (DIFFABLE_SHARE) for a word diff to say something."""
    keys_a, keys_b = [_key(w) for w in a.split()], [_key(w) for w in b.split()]
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    common = sum(m.size for m in matcher.get_matching_blocks())
    return script(a) == script(b) and 2 * common >= DIFFABLE_SHARE * (len(keys_a) + len(keys_b))


def script(text: str) -> str:
    """Cyrillic or Latin, by the letters the text mostly uses."""
    cyrillic = len(CYRILLIC.findall(text))
    return "cyrillic" if cyrillic * 2 > sum(c.isalpha() for c in text) else "latin"


def _common_runs(words_a: list[str], words_b: list[str]) -> list[difflib.Match]:
    """Stretches of at least MIN_RUN words two quotes share, in order."""
    keys_a, keys_b = [_key(w) for w in words_a], [_key(w) for w in words_b]
    return [m for m in difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_matching_blocks()
            if m.size >= MIN_RUN]


def word_diff(words_a: list[str], words_b: list[str]) -> str:
    """'сколько людей [-изучает русский язык,-] {+говорят по-русски.+}' style diff."""
    keys_a, keys_b = [_key(w) for w in words_a], [_key(w) for w in words_b]
    parts = []
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(" ".join(words_a[a0:a1]))
        if op in ("delete", "replace"):
            parts.append("[-" + " ".join(words_a[a0:a1]) + "-]")
        if op in ("insert", "replace"):
            parts.append("{+" + " ".join(words_b[b0:b1]) + "+}")
    return " ".join(parts)


def given_whole(difference: Difference) -> bool:
    """A quote variant given as its two wordings whole (a translation, a loose paraphrase), with no word diff to
    read: a report shows the wordings under its speaker, no diff legend."""
    return difference.kind == "quote_variant" and bool(difference.wordings) and f" {APART} " in difference.text \
        and not DIFF_MARK.search(difference.text)


def in_translation(difference: Difference) -> bool:
    """A quote variant given whole (`given_whole`) whose wordings are in two scripts: one quote translated."""
    return given_whole(difference) and len({script(w.text) for w in difference.wordings}) > 1


def diff_sides(diff: str) -> tuple[str, str]:
    """The two wordings a `word_diff` text came from (speaker prefix kept on both)."""
    first = re.sub(r"\{\+.*?\+\}", "", diff).replace("[-", "").replace("-]", "")
    second = re.sub(r"\[-.*?-\]", "", diff).replace("{+", "").replace("+}", "")
    return " ".join(first.split()), " ".join(second.split())


def attributions(fact: Fact, outlet_of: dict[str, str], mentions: dict[str, set[str]],
                 quoted: list[Quoted] | None = None) -> list[Difference]:
    """One fact quoted directly by one source and only paraphrased by another, or credited to another
    named speaker or body (`credits`); `mentions` are the name keys each source gives anywhere. With the story's
    `quoted`, a source printing the same words directly in another of its sentences quotes them too: that is a
    quote variant («Каштаны на Крещатике будут!» / «…Каштаны будут!»), not a paraphrase."""
    if len(fact.sources) < 2:
        return []
    said: dict[str, list[str]] = defaultdict(list)  # speaker -> the fact's direct wordings
    kinds: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # speaker -> source -> kinds
    credits: dict[int, list[Credit]] = defaultdict(list)  # unit (by id) -> speakers and bodies credited
    name: dict[str, str] = {}  # speaker key -> the name first given
    for unit in fact.units:
        for quote in unit.quotes:
            speaker = without_agency(quote.speaker or "")  # «Песков, РИА Новости»: Peskov; «ТАСС»: nobody
            if speaker and not press_named(speaker, unit.text):
                key = name.setdefault(speaker_key(speaker), speaker) and speaker_key(speaker)
                kinds[key][unit.source].add(quote.kind)
                if quote.kind == "direct":  # the words in this sentence: a long quote runs on to other facts
                    said[key].append(unit.text[max(quote.start, unit.start) - unit.start:min(quote.stop, unit.stop) - unit.start])
                credits[id(unit)].append(speaker_credit(speaker, key, unit.language))
        credits[id(unit)] += phrase_credits(unit)
    found = []
    for speaker, by_source in kinds.items():
        direct = sorted(s for s, k in by_source.items() if "direct" in k)
        paraphrased = sorted(s for s, k in by_source.items()
                             if "direct" not in k and not _quotes_elsewhere(s, speaker, said[speaker], quoted or [])
                             and not _quotes_fragment(fact, s, said[speaker]))
        if direct and paraphrased:
            found.append(Difference(
                "attribution",
                f"{_outlets(direct, outlet_of)} {_verb('quote', direct)} {name[speaker]} directly, "
                f"{_outlets(paraphrased, outlet_of)} {_verb('paraphrase', paraphrased)}: {_shown_by(fact, direct)}",
                _articles(fact, direct + paraphrased),
            ))
    apart = _credited_apart(fact, credits, mentions)
    if apart:
        by_outlet: dict[str, set[str]] = defaultdict(set)  # two reports of one outlet are one line
        for unit in apart:
            by_outlet[outlet_of[unit.source]] |= {c.shown for c in credits[id(unit)]}
        credited = "; ".join(f"{outlet}: {', '.join(_named_once(shown))}" for outlet, shown in sorted(by_outlet.items()))
        crediting = sorted({u.source for u in apart})
        found.append(Difference("attribution", f"attributed differently ({credited}): {_narrowest(apart).shown}",
                                _articles(fact, crediting)))
    return found


def _named_once(shown: set[str]) -> list[str]:
    """An outlet's credits, each body once: "the Coast Guard" and "Coast Guard" are one, shown as first sorted."""
    first: dict[str, str] = {}
    for name in sorted(shown):
        first.setdefault(re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE).casefold(), name)
    return sorted(first.values())


def _credited_apart(fact: Fact, credits: dict[int, list[Credit]], mentions: dict[str, set[str]]) -> list[Unit]:
    """The fact's sentences crediting what they say to different bodies than another source's sentence telling the
    same (`wording.tells_content` both ways: a figure, a translation, or the words besides names and credits; and
    figures of one count, `_count_alike`: a credit is its own sentence's, never its neighbour's): a sentence alignment
    joined by its place alone («возбудили уголовное дело … после пожара на складе», credited to the investigators)
    credits another statement, not the fire's area. With them, the sentences telling the same that credit either side."""
    known = {source: {name_of(key) for key in mentions.get(source, ()) if ":" in key} for source in fact.sources}
    crediting = [u for u in fact.units if credits[id(u)]]
    alike = lambda a, b: tells_content(a, [b]) and tells_content(b, [a]) and _count_alike(a, b)
    apart = [u for i, a in enumerate(crediting) for b in crediting[i + 1:]
             if a.source != b.source and alike(a, b) and not _names_credit(a, credits[id(b)])
             and not _names_credit(b, credits[id(a)])
             and credited_apart(credits[id(a)], credits[id(b)], known[a.source], known[b.source]) for u in (a, b)]
    return [u for u in crediting if any(u is v or alike(u, v) for v in apart)]  # with those siding with either


def _names_credit(unit: Unit, credits: list[Credit]) -> bool:
    """The sentence prints every word of one of the other side's credits: "…, Peru's Geophysical Institute (IGP)
    said" names the body the other report credits as "Peru's geophysical institute", whatever acronym follows."""
    printed = {word.casefold()[:STEM_LETTERS] for word in re.findall(r"[\w'-]+", unit.text)}
    words = lambda credit: {w.casefold()[:STEM_LETTERS] for w in re.findall(r"[\w'-]+", credit.shown)
                            if len(w) >= CONTENT_LETTERS and w.casefold() not in DETERMINERS}
    return any((own := words(credit)) and own <= printed for credit in credits)


def _count_alike(a: Unit, b: Unit) -> bool:
    """Two credited sentences give figures of one thing, or neither gives one: a figure is what its credit vouches
    for, so both must count it, with a value or a counted word in common («погибли 8 человек» / «погибли 11
    человек», one toll two bodies give). «Среди погибших двое детей, сообщили в полиции» credits no toll of «погибли
    12 человек» to the police, nor «погибли 12 человек, сообщили в полиции» the children the sentence after names."""
    if not a.numbers or not b.numbers:
        return not a.numbers and not b.numbers
    values = lambda u: {number_key(n.value) for n in u.numbers}
    counted = lambda u: {n.unit.lower()[:NOUN_STEM] for n in u.numbers if n.unit}
    return bool(values(a) & values(b) or counted(a) & counted(b))


def _narrowest(apart: list[Unit]) -> Unit:
    """The credited sentence to show: the one giving fewest figures and words, what the sides credit apart, not one
    side's longer sentence («…погибли 12 человек, в том числе 2 ребёнка, сообщили в МЧС» shown against the police's
    «Среди погибших 2 ребёнка» puts the toll under the police)."""
    return min(apart, key=lambda u: (len(u.numbers), len(u.lemmas)))


def _shown_by(fact: Fact, sources: list[str]) -> str:
    """The fact's sentence as one of `sources` prints it: an attribution line never quotes an outlet it does not
    cite (the first of the fact's sentences may be a third report's)."""
    return next(u.shown for u in fact.units if u.source in sources)


def _quotes_elsewhere(source: str, speaker: str, wordings: list[str], quoted: list[Quoted]) -> bool:
    """Whether the source prints, in a direct quote of the speaker anywhere in its report, most of the words the
    fact's sentences quote directly (ELSEWHERE_SHARE of them, in order): «Каштаны на Крещатике будут!» in
    «…Каштаны будут!»; not a quote that only shares other sentences of a long statement."""
    for wording in (w.split() for w in wordings):
        keys = [_key(w) for w in wording]
        for _, src, q in quoted:
            if src == source and q.kind == "direct" and speaker_key(q.speaker) == speaker:
                matcher = difflib.SequenceMatcher(None, keys, [_key(w) for w in q.text.split()], autojunk=False)
                common = sum(m.size for m in matcher.get_matching_blocks())
                if common >= 2 and common >= ELSEWHERE_SHARE * len(keys):
                    return True
    return False


def _quotes_fragment(fact: Fact, source: str, wordings: list[str]) -> bool:
    """Whether the source's sentence of the fact prints, in quotation marks, MIN_RUN words or more of the words
    another source quotes directly: «Mr Biden told reporters the relationship had "never been stronger"» quotes him
    too, in part, and is no paraphrase."""
    fragments = [words for unit in fact.units if unit.source == source
                 for fragment in QUOTED_FRAGMENT.findall(unit.text) if len(words := _keys(fragment)) >= MIN_RUN]
    return any(_contains(_keys(wording), words) for wording in wordings for words in fragments)


def _verb(verb: str, sources: list[str]) -> str:
    """'quotes' after one outlet, 'quote' after several: the attribution line is read as a sentence."""
    return f"{verb}s" if len(sources) == 1 else verb


def credited_reprints(articles: list[Article], source_of: dict[str, str]) -> list[Difference]:
    """A reprint that names where its text comes from ("По материалам «Волжского телеграфа»")."""
    found = []
    for article in articles:
        credit = CREDIT.search(article.text) if source_of[article.id] != article.id else None
        if credit:
            found.append(Difference("attribution", f"{article.outlet or article.id} reprints, credited: "
                                                   f"{credit.group(0).strip()}", [article.id]))
    return found


def _outlets(sources: list[str], outlet_of: dict[str, str]) -> str:
    return ", ".join(sorted({outlet_of[s] for s in sources}))


def _articles(fact: Fact, sources: list[str]) -> list[str]:
    return sorted({unit.article for unit in fact.units if unit.source in sources})


def _key(word: str) -> str:
    return WORD.sub("", word.lower().replace("ё", "е"))
