"""A light English analysis: sentences, stemmed content words, capitalised-name spans.

natasha is Russian-only; English is a minority of svodka's input, so a rule-based
pass serves until a measured reason asks for more. A name is a run of capitalised
words; the rules below cut the run where real news glues two things together
("Telkom CEO Sipho Maseko": a company, a title, a person) and drop runs that name
no person, organisation or place (nationalities, sporting events, stock tickers,
the agency signing off the article).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from svodka.model import Sentence
from svodka.months import EN_ABBREVIATIONS, EN_NAMES
from svodka.nlp.aliases import abbreviates, team_of_nickname, type_of
from svodka.nlp.english_sentences import SENTENCE_OPENERS, english_sentences
from svodka.nlp.english_types import LOC_WORDS, NO_ENTITY, TICKER, NameMention, typed_names
from svodka.nlp.entities import is_dateline_place
from svodka.nlp.span import Span
from svodka.nlp.vocabulary import ORG_WORDS, PERSON_TITLES, SPOKESPERSON_TITLES

# A name made an adjective by a hyphened word ("Tallinn-based", "Kremlin-backed", "state-owned").
HYPHENED_ADJECTIVE = re.compile(r"-(?:based|born|owned|backed|led|made|listed|registered|headquartered|bound)$")
STOPWORDS = set(
    "a an the and or but if of to in on at by for with from as is are was were be been being has have had "
    "do does did this that these those it its he she they them his her their we our you your i me my "
    "not no so than then there here which who whom whose what when where why how all any some more most "
    "will would can could should may might must also into over after before about said says say".split()
)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+(?:[.,]\d+)?")
LOWER = "a-zà-öø-ÿ"
UPPER = "A-ZÀ-ÖØ-Þ"  # "RTÉ", "Élysée", "Óscar": names of Irish, French and Spanish spelling
# A company suffix keeps its full stop when the sentence goes on ("Changsheng Ltd., which…").
SUFFIX_WITH_DOT = r"(?:Ltd|Inc|Corp|Co|Jr|Bros)\.(?=,|;|[ \t]+[a-z])"
# A saint's or a mountain's abbreviation opens the name it is part of ("St. Vincent Medical Center", "Mt. Fuji").
SAINT = rf"(?:St|Mt|Ft)\.(?=[ \t]+(?!{SENTENCE_OPENERS})[{UPPER}][{LOWER}])"
# Capitals with digits ("O2 Arena", "G4S Security") count only before another name word: alone they are
# models, codes and grades more often ("A380", "F1", "COVID-19") than names.
ALPHANUMERIC = rf"[{UPPER}]+\d+[{UPPER}\d]*(?=[ \t]+[{UPPER}][{LOWER}])"
# A number glued or hyphened to a word is the name's own ("Channel24", "Pac-12", "Formula-1"); a decimal or a
# range after a hyphen is not ("Kazan-2.5", "Moscow-1-0" stay the word).
NUMBERED = r"-?\d+(?![\d.,]?\d|-\d)"
# A capitalised word: plain ("Kazan", "Rostov-on-Don"), camel-cased as brands are ("SoftBank", "WeWork"),
# with a web domain ("Amazon.com"), or all capitals ("NATO", "AT&T").
# Capitals each followed by a full stop: "U.S.", "U.K.", "U.N." (not a clock's "A.M.", "P.M.").
DOTTED_CAPITALS = r"(?<![A-Za-z.])(?![AP]\.M\.)(?:[A-Z]\.){2,}(?![A-Za-z])"
NAME_WORD = (rf"(?:{DOTTED_CAPITALS}|{SUFFIX_WITH_DOT}|{SAINT}|[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)*(?:[{UPPER}](?![\w]))?(?:[-'’][{UPPER}]?[{LOWER}]+)?"
             rf"(?:{NUMBERED})?(?:\.(?:com|net|org))?|[A-Z]+&[A-Z]+|[{UPPER}]{{2,}}(?:[{UPPER}][{LOWER}]{{2,}})?(?![\${UPPER}{LOWER}]|\d)|{ALPHANUMERIC})")
# ("US$27 billion" is a currency, not a country; "MPs", "ISPs" are plural common nouns; "JPMorgan" is one word;
# capitals glued to a number are a currency or a period, "RM181 million", "FY19")
# A middle initial ("Sean P Conley") or a one-letter brand ("Z Holdings"), only before another name word; or a
# one-letter last word ending a sentence ("Tseung Kwan O. He was…"). Without a full stop "A" and "I" are the
# article and the pronoun ("Su Xinqi A Hong Kong student…" glues a byline to a sentence), not initials.
INITIAL = (rf"(?:[B-HJ-Z]|[AI](?=\.))(?:\.?(?=[ \t]+[A-Z])(?!\.?[ \t]+{SENTENCE_OPENERS})"
           rf"|(?=\.[ \t]+{SENTENCE_OPENERS}))")
# What joins the words of one name: spaces, "of"/"de"/"&"/"+" ("Bank of England", "Mumford & Sons", "Dan + Shay"),
# and a plural possessive inside it ("Internet Service Providers’ Association").
JOIN = r"(?:(?<=s)['’])?[ \t]+(?:(?:of|de|&|\+)[ \t]+)?"
# Not after a letter-and-hyphen ("K-Pop" is a genre, not "Pop"); "anti-Kremlin" still gives "Kremlin".
NAME = re.compile(rf"(?<!\w)(?<![A-Z]-)(?:{NAME_WORD}|{INITIAL})(?:{JOIN}(?:{NAME_WORD}|{INITIAL}))*")
JOINERS = {"of", "de", "&", "+"}
DOCTRINE = re.compile(r"^[A-Z][a-z]+isms?$")  # "Thatcherism", "Marxism": a doctrine, no one's name
# A follower of a person or a movement, or the adjective ("Thatcherite", "Blairites", "Marxist", "Maoist",
# "Corbynista"): a nationality of politics, no one's name; as a nationality, it names a body's head noun's kind
# ("Communist Party"). The stem is a name's: three letters or more with a vowel after the capital, so that
# "White", "Christ", "Feist" and Swedish surnames ("Lindqvist", "Almquist") stay names.
FOLLOWER = re.compile(rf"^([{UPPER}][{LOWER}]{{2,}}?)(?:ite|ist|ista)s?$")
# Four or more words in capitals are a shouted headline, teaser or promotion glued into the text ("CLICK HERE TO
# GET THE FOX NEWS APP", "PROTESTERS CLASH AFTER MASSIVE RALLY"); names in capitals run to three words at most
# ("RIO DE JANEIRO, March 9").
SHOUTED = re.compile(rf"(?<![\w&])(?:[{UPPER}\d][{UPPER}\d'’&.\-]*[ \t]+){{3,}}[{UPPER}\d][{UPPER}\d'’&.\-]*(?!\w)")
# Function words capitalised inside a run make it a title-cased heading, not a name ("Match-Winner Gives
# Memorable Interview As Kilcoo Progress In Ulster"): names join their words by "of", "de", "&" in lower case.
HEADING_WORDS = {"In", "As", "At", "On", "To", "For", "With", "From", "By", "The", "A", "An", "And", "Or", "But",
                 "Is", "Are", "Was", "Into", "Over", "After", "Before"}
# A full stop after a short capitalised word or a letter is an abbreviation ("Mr. Smith", "the U.S. Treasury"),
# after anything else it ends a sentence.
ABBREVIATION_STOP = re.compile(r"(?:^|[\s.])(?:[A-Z][a-z]{0,2}|[A-Z])\.$")
OPENING_WINDOW = 40  # characters read before a run to tell whether it opens a sentence
LEAD_DASH = re.compile(r"[ \t][—–-][ \t]*$")  # the dash ending a dateline ("KAZAN, March 5 -"), spaced as no hyphen is
# A line's start ("…feature\n\nTravellers with"), and what ends a line as a sentence, closing marks aside: after a
# line without one (a headline, a subheading) a paragraph opens as a lead does.
LINE_START = re.compile(r"\n[ \t]*$")
SENTENCE_ENDS = ".!?…"
QUOTE_MARKS = " \t\"“”‘’'`()[]"
# Nationalities: an adjective or a people ("Canadian youngster Denis Shapovalov", "South Africans"), no entity.
# A list, not a suffix rule: "-ian", "-ean", "-ese" end brand and paper names too (Meridian, the Guardian).
DEMONYMS = set(
    "Russian Estonian Siberian Chinese Western European Lithuanian American Kazakh Ukrainian Belarusian British "
    "German French Greek Swedish Finnish Polish Norwegian Danish Dutch Italian Spanish Spaniard Turkish Japanese "
    "Korean Latvian Georgian Armenian Azerbaijani Uzbek Tatar Brazilian Canadian Australian Mexican African Asian "
    "Indian Iranian Israeli Palestinian Syrian Egyptian Saudi Pakistani Afghan Iraqi Nigerian Argentine Chilean "
    "Colombian Venezuelan Cuban Portuguese Belgian Swiss Austrian Hungarian Czech Romanian Serbian Croatian "
    "Bulgarian Moldovan Kyrgyz Tajik Turkmen Mongolian Vietnamese Thai Indonesian Malaysian Filipino Irish Scottish "
    "Welsh English Lebanese Emirati Qatari Arab Catalan Basque Kurdish Chechen Soviet".split()
) | set(  # faiths and their followers, and languages, which name a people's belief or tongue the same way
    "Hindu Muslim Christian Jewish Jew Buddhist Sikh Catholic Protestant Islamic Sunni Shia Shiite Evangelical "
    "Mormon Gaelic Hispanic Latino Arabic Persian Slavic".split()
)
# The head nouns of bodies their members form, whose nationality is part of the name however long it is
# (not a party or league: "Chinese Communist Party" is the "Communist Party" the article goes on to name, "English
# Premier League" the competition)
MEMBERS_BODIES = {"association", "society", "federation", "union", "institute", "academy", "confederation",
                  "congress", "chamber"}
# Prepositions, subordinators and sentence adverbs: closed classes that open a sentence but never a name, so a
# capitalised one there is cut from the run after it ("Once Fuentes got home", "Despite Ilves's warning").
CLOSED_CLASS_OPENERS = set(
    "once although though because since unless until whether whereas despite unlike like upon without amid "
    "among between under against through throughout inside outside towards toward via however meanwhile "
    "instead indeed perhaps still even only just now then also so yet here there".split()
)
# A sentence adverb by its ending ("Obviously", "Reportedly", "Fortunately", "Thankfully") opening a sentence or a
# lead: cut from the run after it as a closed-class opener is ("Obviously Mrs Budge has…"), unless the text writes it
# mid-sentence. Not "-ly" alone: "Italy", "Kelly", "Sicily" are names.
ADVERB_OPENER = re.compile(r"(?:ous|al|ab|ib|ent|ant|ed|ive|ful|less|ate)ly$")
# A word hyphened to a lower-case word is an adjectival or noun compound ("Tory-held seat", "a Trump-deal
# Brexit", "Oscar-winner", "Bakersfield-style"): no name, and it parts the names on either side.
COMPOUND = re.compile(rf"^[{UPPER}][\w'’]*-[{LOWER}]+$")
# A possessive determiner makes what follows a thing someone has, capitalised for emphasis or as a product's
# name ("his Presidency", "her Messages app"), not a person, organisation or place.
POSSESSIVE_DETERMINERS = {"his", "her", "their", "its", "our", "my", "your"}
POSSESSIVE_DETERMINER = re.compile(rf"(?<!\w)(?:{'|'.join(POSSESSIVE_DETERMINERS)})[ \t]+$", re.IGNORECASE)
# …unless the name modifies a noun after it: then it is the brand or body the thing belongs to ("her Facebook
# page", "his Kremlin office").
MODIFIED_NOUN = re.compile(rf"[ \t]+(?!(?:{'|'.join(STOPWORDS)})\b)[{LOWER}]")
# Capitalised words that name no one: calendar words, prepositions, sentence openers and roles.
NOT_NAMES = DEMONYMS | {*EN_NAMES, *EN_ABBREVIATIONS} | set(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Last Next Day In At On For "
    "From With By After Before During As But And If When While The A An This That It He She They We I Yes No Mr "
    "Mrs Ms Dr Chief Executive CEO President Minister Prime Governor Mayor Lab Head Coach Substitute Goalkeeper "
    "Defender Related Share Photo Reporting Editing Published Local Independent Researchers Officials "
    "Investigators Series GMT UTC One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen "
    "Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Hundred".split()
) | set(  # holidays, calendar words too; quantifiers, which open a noun phrase and never a name ("Many Labour MPs")
    "Christmas Easter Diwali Ramadan Eid Hanukkah Thanksgiving Halloween Passover Lent Advent Many Several Few "
    "Both Each Every Most Another Such According".split()
) | set(  # a headline's rubric label in capitals, never part of the name after it ("BREAKING Liverpool confirm")
    "BREAKING WATCH LIVE UPDATE UPDATED EXCLUSIVE VIDEO PHOTOS PICTURED REVEALED OPINION ANALYSIS REVIEW".split()
)
# Acronyms and capitalised words of common nouns: technologies, measures, products of every maker ("LTE",
# "Wi-Fi", "QR code", "adjusted EBITDA", "GDP"); standing alone they name no one. ("IT" only in capitals: "It" opens.)
COMMON_NOUNS = set(
    "LTE ADSL DSL VDSL QR EBITDA GDP CPI IPO VAT GPS SMS SIM USB PC TV AI VR IT DNA HIV LNG EV EVs SUV ATM PIN VPN API "
    "HD LED ETF NFT ICU MRI CFO COO CTO FAQ PDF URL Wi-Fi WiFi Internet Bluetooth Celsius Fahrenheit".split()
) | set(  # counts opening a sentence ("Thousands of resident doctors…")
    "Dozens Scores Hundreds Thousands Millions Billions Tens".split()
)
# Titles written capitalised between an organisation or place and a person: the run is cut there
# ("Telkom CEO Sipho Maseko" → Telkom, Sipho Maseko; "Barcelona Mayor Ada Colau" → Barcelona, Ada Colau).
TITLES = PERSON_TITLES | {
    "Dame", "Justice", "Superintendent", "Inspector", "Detective", "Sergeant", "Constable", "Commissioner",
    "Lieutenant", "Captain", "Colonel", "Commander", "Archbishop", "Rabbi", "Imam", "Sheikh", "Reverend", "Rev",
    "Baroness", "Councillor", "MP", "Datuk", "Datin", "Dato",  # Malaysia's
    "Chancellor", "CFO", "Chair", "Secretary", "King", "Queen", "Prince", "Princess", "Pope", "Coach", "Ambassador",
    "Officer", "Emperor", "Empress", "Curator", *(title.capitalize() for title in SPOKESPERSON_TITLES)}
# Words qualifying a title ("Foreign Minister", "Deputy Mayor", "Chief Executive Officer"): part of the title,
# never of the organisation or place before it.
TITLE_WORDS = TITLES | {"Prime", "Deputy", "Vice", "Acting", "Former", "Foreign", "Defence", "Defense", "Finance",
                        "Interior", "Health", "Chief", "Executive", "Officer", "General", "State",
                        # letters after a name, which honour the person and are no part of the name ("… QC")
                        "QC", "KC", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE"}
# Titles whose holder has a portfolio, named by a word before them ("Shipping Minister", "Culture Secretary").
PORTFOLIO_HEADS = {"Minister", "Secretary"}
# Title words that also end names of their own ("Akwa Ibom State", "Ohio State", "Ministry of Justice", "Notre
# Dame") or are surnames ("John Constable", "Adel Imam"; "Attorney General" aside): at a run's end they stay in
# the name; only before a person do they qualify a title ("State Secretary Anna Lind").
NAME_ENDING_TITLE_WORDS = {"State", "Justice", "Dame", "Constable", "Imam", "Sheikh", "Rabbi"}
# The last word of a competition ("Paris Masters", "European Super Cup", "WTA Hong Kong Open"): an event, not
# a person, organisation or place.
EVENT_WORDS = {"Cup", "Open", "Masters", "Finals", "Slam", "Championship", "Championships", "Olympics",
               "Paralympics", "Tournament", "Trophy", "Prix", "Marathon", "Festival", "Expo", "Gala", "Awards",
               "Award", "Prize", "Prizes", "Medal",  # and the honours given at events ("Nobel Prize", "President's Award")
               "Game", "Bowl", "Poll", "Week"}  # "SEC Championship Game", "Coaches Poll", "Fashion Week" ("Games" ends studios)
# A named storm ("Storm Edda", "Hurricane Milton"): a weather event, no person, organisation or place
WEATHER_EVENTS = {"Storm", "Hurricane", "Typhoon", "Cyclone"}
# Football's competitions are leagues named by what they gather ("Premier League", "Champions League"); a
# league named by a people or a place is a body ("Arab League", "National Football League").
COMPETITION_LEAGUES = re.compile(r"^(?:Premier|Champions|Europa|Conference|Nations|Super|Major) League$")
# A quotation holding only a title-cased phrase is the title of a work, a show, a theme or a nickname
# ("‘Jasmine’", "“Camp: Notes on Fashion,”", "a “Bumster” skirt"): no person, organisation or place by itself.
# AP's wire copy writes its marks as two backticks and closes them with backticks or two apostrophes.
QUOTED = re.compile(r"(?<!\w)(?:\"([^\"\n]{1,60})\"|“([^“”\n]{1,60})”|‘([^‘’\n]{1,60})’(?!\w)"
                    r"|``([^`\n]{1,60}?)(?:``|''))")
TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word of a title: letters first, then any hyphens and apostrophes
TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "at", "by", "with", "is"}
MAX_TITLE_WORDS = 8
TITLED_NAME = re.compile(rf"({NAME.pattern})(?:[ \t]+\d[\d.]*)?")  # a title that is a name and its release number
# Words (small ones left out) from which an all-capitalised headline is title case rather than a run of names:
# names run to three words ("Tua Tagovailoa", "Bank of England" counts two), a headline says something of them.
MIN_TITLED_HEADLINE = 4
ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,9})\)")  # "… Department (IMD)", "… department (MeT)"
NOUN_AFTER = re.compile(r"[ \t]+([a-z]{3,})\b")  # the lower-case word after a name: "department" in "the Met department"
MIN_CLIPPING = 3  # "Met" for "Metropolitan", "Fed" for "Federal": shorter pieces are initials, not clippings
# The agency signing off an article ("… in London. — AFP"): who reports, not what is reported.
SIGN_OFF = re.compile(r"[—–-][ \t]*[A-Z][\w&/]*(?:[ \t]+[A-Z][\w&/]*)?[ \t.]*\Z")
# Who wrote the article or took its pictures, left in the text by the page: a byline opening a line ("by Jane Roe
# and John Doe", "By Jane Roe, Reuters"), a labelled credit ("[File: Jane Roe/AFP]", "Photo: Getty Images", "Credit:
# Pixabay"), a wire story's closing credits, and a photographer joined to an agency by a slash ("Jane Roe/Reuters",
# "AFP Photo/JANE ROE"): no one the news is about.
CREDIT_NAME = rf"[{UPPER}][\w'’.-]*(?:[ \t]+[{UPPER}][\w'’.-]*){{1,2}}"  # a name of two or three words
BYLINE = re.compile(rf"(?:^|(?<=\n))[ \t]*[Bb]y[ \t]+(?!(?:{'|'.join(sorted(NOT_NAMES))})\b){CREDIT_NAME}"
                    rf"(?:(?:,|[ \t]+and)[ \t]+{CREDIT_NAME})*")
CREDIT_LABEL = (r"(?:Photo|Photograph|Picture|Image|File|Credit|Courtesy)s?(?:[ \t]+(?:credit|copyright))?"
                r"(?:[ \t]*:|[ \t]+by\b|(?<=copyright))")
CREDIT_WORDS = rf"[{UPPER}][\w'’.&-]*(?:[ \t]+[{UPPER}][\w'’.&-]*){{0,2}}"  # an agency of one word too ("Photo: AFP")
# A wire story's closing credits in brackets: "(Reporting by Jane Roe; Editing by John Doe)".
WIRE_CREDITS = r"(?:Additional[ \t]+)?(?:Reporting|Writing|Editing|Compiled|Produced)[ \t]+by\b"
CREDIT = re.compile(rf"[\[(](?:{CREDIT_LABEL}|{WIRE_CREDITS})[^\])\n]{{0,200}}[\])]|(?<!\w){CREDIT_LABEL}[ \t]*{CREDIT_WORDS}"
                    rf"(?:[ \t]*/[ \t]*{CREDIT_WORDS})*")
AGENCIES = (r"(?:AFP|AP|Reuters|REUTERS|Getty(?:[ \t]+Images)?|EPA(?:-EFE)?|TASS|Xinhua|Bloomberg"
            r"|Shutterstock|Alamy|PA|Sputnik|Anadolu)")
SLASH_CREDIT = re.compile(rf"(?<![\w/]){CREDIT_NAME}[ \t]*/[ \t]*{AGENCIES}(?![\w/])"
                          rf"|(?<![\w/]){AGENCIES}(?:[ \t]+Photo)?[ \t]*/[ \t]*{CREDIT_WORDS}")


def stem(word: str) -> str:
    """A crude suffix stripper: enough to meet "talks"/"talk" and "reported"/"report"."""
    word = word.lower().strip("'")
    for suffix in ("ies", "'s", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def analyse_english(text: str) -> tuple[list[Sentence], list[Span]]:
    """Sentences with stemmed content words, and name spans typed by their mentions. English capitalises
    sentence openers, headlines and datelines as well as names, so a capitalised word opening a sentence or a
    line counts as a name only where the text also writes it so mid-sentence (or never in lower case)."""
    sentences = []
    names: list[NameMention] = []
    headline = text.split("\n", 1)[0]
    titled = _title_cased(headline)
    midsentence = _midsentence_names(text[len(headline):] if titled else text)
    # a paragraph's first word is a name if any other line capitalises it, a title-cased headline included
    # ("…Interview As Kilcoo Progress In Ulster\n\nKilcoo will go…")
    unopened = midsentence | {_bare(w) for w in headline.split()[1:]}
    lowercase = set(re.findall(rf"\b[{LOWER}]+\b", text))
    plurals = set(re.findall(r"\b([A-Z]{2,})s\b", text))  # "ISPs", "NGOs": acronyms of common nouns
    titles = _quoted_titles(text)
    ignored = sorted([m.span() for m in TICKER.finditer(text)] + [m.span() for m in SIGN_OFF.finditer(text.rstrip())]
                     + titles + [m.span() for pattern in (BYLINE, CREDIT, SLASH_CREDIT)
                                               for m in pattern.finditer(text)])
    ignored_starts = [a for a, _ in ignored]
    unshouted = SHOUTED.sub(lambda m: " " * len(m.group()), text)  # same offsets, headlines in capitals blanked
    if titled:
        unshouted = _named_words_only(headline, midsentence) + unshouted[len(headline):]
    for sent in english_sentences(text):
        lemmas = [stem(w) for w in WORD.findall(sent.text) if w.lower() not in STOPWORDS]
        sentences.append(Sentence(sent.start, sent.stop, sent.text, lemmas))
        line = unshouted[sent.start:sent.stop]
        for match in NAME.finditer(line):
            start = sent.start + match.start()
            inside = bisect_right(ignored_starts, start) - 1  # the last ignored span opening at or before it
            if inside >= 0 and start < ignored[inside][1]:
                continue  # "(NFLX.O)", "— AFP"
            words = [(start + w.start(), w.group()) for w in re.finditer(r"\S+", match.group())]
            if any(word in HEADING_WORDS for _, word in words[1:-1]):
                continue
            if len(words) > 1 and words[-1][1] in HEADING_WORDS:
                words.pop()  # "… RALLY The court said": the next sentence's opener
            opening = _opens(line, match.start())
            # a capitalised sentence opener is dropped unless the text shows it is a name: seen mid-sentence, or
            # opening a run of names while never written in lower case ("Timur Safin headed…", not "Officials said")
            owned = bool(POSSESSIVE_DETERMINER.search(line, 0, match.start()))
            # after a dateline's dash a word is capitalised as the lead's first: a name unless the text writes it
            # in lower case too ("AYODHYA, Nov 10 — Residents scrambled…", "(AP) - Country music singer…")
            # so is the first word of a paragraph after a headline or subheading, unless another line capitalises it
            paragraph = _after_heading(text, start)
            opening = opening and not paragraph
            led = paragraph or bool(LEAD_DASH.search(line, max(0, match.start() - OPENING_WINDOW), match.start()))
            seen = unopened if paragraph else midsentence
            dateline = is_dateline_place(words[0][0], words[0][0] + len(words[0][1]), text) if words else False
            while words and not dateline and not _demonym_named(words) and not _spelt_by_acronym(
                    words, line, match.end()) and (
                    words[0][1] in NOT_NAMES or _follower(words[0][1]) or words[0][1] in JOINERS or (
                    opening and words[0][1].lower() in CLOSED_CLASS_OPENERS) or (
                    (opening or led) and ADVERB_OPENER.search(words[0][1]) and words[0][1] not in seen) or (
                    (opening or led and words[0][1].lower() in lowercase) and _bare(words[0][1]) not in seen
                    and (len(words) < 2 or words[0][1].lower() in lowercase or _plural_of(words)))):
                owned = words.pop(0)[1].lower() in POSSESSIVE_DETERMINERS
                opening = led = False
            if owned and not MODIFIED_NOUN.match(line, match.end()):
                continue  # "his Presidency", "His Body Mass Index was": a thing someone has
            for part in _parted_at_compounds(words):
                names += [n for n in _run_names(part) if not _no_entity(n.name, plurals)]
    types = typed_names(names, text, _titled_names(text, titles))
    canonical = _canonical_forms({n.name for n in names}, types, _nouns_after(names, text))
    spans = []
    for n in names:
        kind, normal = canonical.get(n.name, (types[n.name.lower()], n.name))
        if kind not in NO_ENTITY:  # a work, product or event, a common word: told apart by its type, no entity
            spans.append(Span(n.start, n.stop, kind, n.name, normal))
    return sentences, spans


def _nouns_after(names: list[NameMention], text: str) -> dict[str, set[str]]:
    """The lower-case words written right after each one-word name ("department" after "Met" in "the Met
    department"): a body's head noun there makes the name a clipping of that body's name."""
    after: dict[str, set[str]] = {}
    for n in names:
        noun = NOUN_AFTER.match(text, n.stop) if " " not in n.name else None
        if noun:
            after.setdefault(n.name, set()).add(noun[1])
    return after


def _canonical_forms(names: set[str], types: dict[str, str],
                     nouns_after: dict[str, set[str]]) -> dict[str, tuple[str, str]]:
    """Names the article writes in another form of a name it also gives, with that name and its type: a hyphened
    spelling ("Akwa-Ibom State" beside "Akwa Ibom State"), a clipping of an organisation's or place's first word
    ("the Met" beside "Metropolitan Museum"), or of another word before its head noun written after it ("the Met
    department" beside "India Meteorological Department"), a team's nickname ("the Reds" beside "Liverpool")."""
    clippings: dict[str, list[str]] = {}  # a clipping of a first word → the names that word opens (linear in names)
    for name in names:
        first = name.split()[0]
        if " " in name and types[name.lower()] != "PER":
            for end in range(MIN_CLIPPING, len(first)):
                clippings.setdefault(first[:end], []).append(name)
    headed: dict[str, list[str]] = {}  # an organisation's head noun → the organisations it heads
    for name in names:
        if " " in name and types[name.lower()] == "ORG":
            headed.setdefault(name.split()[-1].lower(), []).append(name)
    out = {}
    for name in names:
        spaced = name.replace("-", " ")
        clipped = clippings.get(name, []) if not name.isupper() else []
        clipped = clipped or _headed_clippings(name, nouns_after.get(name, set()), headed)
        nicknamed = [team for team in team_of_nickname(name) if team in names]
        target = (spaced if spaced != name and spaced in names else clipped[0] if len(clipped) == 1
                  else nicknamed[0] if len(nicknamed) == 1 else None)
        if target:
            out[name] = (types[target.lower()], target)
    return out


def _headed_clippings(name: str, nouns: set[str], headed: dict[str, list[str]]) -> list[str]:
    """The organisations whose head noun the text writes after a name that clips one of their other words: "the Met
    department", "the MeT department" for "India Meteorological Department"."""
    clip = name.lower()
    return [long for noun in nouns for long in headed.get(noun, []) if len(clip) >= MIN_CLIPPING
            and any(w.lower().startswith(clip) and w.lower() != clip for w in long.split()[:-1])]


def _run_names(words: list[tuple[int, str]]) -> list[NameMention]:
    """The names one run of capitalised words holds: an owner before a possessive or a place made an adjective
    ("Russia's Kaliningrad", "Samara-based Volgakreditbank"), an organisation or place before a title ("Telkom
    CEO Sipho Maseko"), and the name it ends with."""
    breaks = [i for i, (_, word) in enumerate(words[:-1]) if word.endswith(("'s", "’s")) or HYPHENED_ADJECTIVE.search(word)]
    names = []
    if breaks:
        owner = words[breaks[-2] + 1 if len(breaks) > 1 else 0:breaks[-1] + 1]
        if len(owner) == 1:  # one word ("Russia"); "International Women's Day" is no name of a woman
            names.append(_mention(owner))
        words = words[breaks[-1] + 1:]
    while len(words) > 1 and _bare(words[-1][1]) in TITLE_WORDS - NAME_ENDING_TITLE_WORDS:
        words = words[:-1]  # "Telkom CEO's comments": the company whose CEO spoke
    # a title opens a person's name, not an organisation's ("Premier League", "General Motors")
    titled = [i for i, (_, word) in enumerate(words[:-1]) if word in TITLES
              and not ORG_WORDS & {w.lower() for _, w in words[i + 1:]}]
    if titled:
        first = titled[-1]
        if first and words[first][1] in PORTFOLIO_HEADS and _portfolio(words[first - 1][1]):
            first -= 1  # "Shipping Minister Khalid Mahmud": the office's portfolio, no place or body
        while first and words[first - 1][1] in TITLE_WORDS:
            first -= 1
        if first:
            names.append(_mention(words[:first]))
        words = words[titled[-1] + 1:]
    return names + ([_mention(words)] if words else [])


def _parted_at_compounds(words: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The run's parts between compounds of a word and a lower-case word ("Johnson's Trump-deal Brexit"), which
    name nothing themselves; a place made an adjective ("Tallinn-based") is left to `_run_names`."""
    parts: list[list[tuple[int, str]]] = [[]]
    for start, word in words:
        # closing a run of names, it is a hyphened given name after the family name ("Lo Kin-hei", "Moon Jae-in")
        closing = start == words[-1][0] and bool(parts[-1]) and _bare(parts[-1][-1][1]) == parts[-1][-1][1]
        if COMPOUND.match(_bare(word)) and not HYPHENED_ADJECTIVE.search(_bare(word)) and not closing:
            parts.append([])
        else:
            parts[-1].append((start, word))
    return [part for part in parts if part]


def _portfolio(word: str) -> bool:
    """A word before "Minister" or "Secretary" naming the office's field ("Shipping", "Culture"), not a place the
    office serves ("Wales Secretary", "Ireland") nor a body in capitals ("EU", "UN")."""
    return not word.isupper() and not word.endswith(("'s", "’s")) and type_of(word, "") != "LOC"


def _mention(words: list[tuple[int, str]]) -> NameMention:
    """The name the words span, without a possessive or the adjective it was made ("Tallinn-based")."""
    start, last = words[0][0], words[-1]
    word = HYPHENED_ADJECTIVE.sub("", _bare(last[1]))
    stop = last[0] + len(word)
    name = " ".join(w for _, w in words[:-1]) + (" " if len(words) > 1 else "") + word
    return NameMention(start, stop, name)


def _opens(line: str, start: int) -> bool:
    """Whether a word at `start` opens a sentence or a quotation, where English capitalises any word: after
    a sentence's end or a colon, behind quote marks ("….’’ Earlier in his remark", "said: “You"), or right after
    an opening quote mark ("the feature ‘Airport maps’"). Not after a dateline's dash: "KAZAN, March 5 -
    Tatarstan will…" opens with the name the story is about."""
    before = line[max(0, start - OPENING_WINDOW):start]  # a window: time stays linear in a long sentence
    if re.search(r"(?:^|\s)(?:[\"'“‘`]|``)$", before):
        return True
    stripped = before.rstrip(QUOTE_MARKS)  # empty: the sentence's start, or a headline in capitals blanked
    return (not stripped.strip("-—– ") or stripped[-1] in "!?…:"
            or (stripped[-1] == "." and not ABBREVIATION_STOP.search(stripped)))


def _after_heading(text: str, start: int) -> bool:
    """Whether a word at `start` opens a line after one with no sentence end: a headline's or subheading's, not
    a paragraph's ("Kilcoo Progress In Ulster\n\nKilcoo will go…", "…a feature\n\nYEKATERINBURG, March 7 -")."""
    before = text[max(0, start - OPENING_WINDOW):start]
    if not LINE_START.search(before):
        return False
    above = before.rstrip().rstrip(QUOTE_MARKS)
    return bool(above) and above[-1] not in SENTENCE_ENDS


def _demonym_named(words: list[tuple[int, str]]) -> bool:
    """A nationality, faith or movement and a body's or place's head noun ("Islamic State", "British Museum",
    "Czech Republic", "Communist Party"): the noun alone would name nothing, so the nationality is the name's own.
    Before a longer name it qualifies one ("the Spanish Supreme Court"), unless that name is of a body its
    members form ("British Medical Association", "Royal Geographical Society"): such bodies are named by nation."""
    if not words or not _qualifier(words[0][1]):
        return False
    head = words[-1][1].lower()
    return head in ORG_WORDS | LOC_WORDS if len(words) == 2 else head in MEMBERS_BODIES


def _spelt_by_acronym(words: list[tuple[int, str]], line: str, end: int) -> bool:
    """Whether the acronym in brackets after a name spells all of its words, a nationality first among them: in
    "the Indian Meteorological Department (IMD)" the "I" is "Indian", so the nationality is the body's own name."""
    acronym = ACRONYM_AFTER.match(line, end) if _qualifier(words[0][1]) else None
    return bool(acronym) and len(words) > 1 and abbreviates(acronym[1], " ".join(w for _, w in words))


def _qualifier(word: str) -> bool:
    """A nationality, faith or follower of a movement ("Canadian", "Catholic", "Thatcherite"): a word qualifying
    people or things, never a name by itself."""
    return word in DEMONYMS or _follower(word)


def _follower(word: str) -> bool:
    """A follower of a person or movement, or its adjective ("Blairite", "Maoist"): see FOLLOWER."""
    match = FOLLOWER.match(word)
    return bool(match) and bool(re.search("[aeiouy]", match[1][1:])) and not match[1].endswith(("qv", "kv", "qu"))


def _plural_of(words: list[tuple[int, str]]) -> bool:
    """A plural noun and "of" opening a sentence ("Shares of Roku", "Residents of Kazan"): a common noun before
    the name, as names rarely are ("Friends of the Earth")."""
    first = words[0][1]
    return len(words) > 1 and words[1][1] in JOINERS and first.endswith("s") and not first.endswith(("ss", "'s", "’s"))


def _no_entity(name: str, plurals: set[str]) -> bool:
    """A run naming no person, organisation or place: a calendar word or role, also hyphened ("September-quarter"),
    a common noun's acronym ("LTE"), a nationality or its people ("Brazilian", "South Africans", "Spaniards"), a competition ("Paris Masters"), an
    acronym the article also writes in the plural, so a common noun ("an ISP", "ISPs"), a calendar word in the
    plural ("on Fridays"), a doctrine or its followers ("Thatcherism", "Blairites"), a named storm ("Storm Edda", not "Storm Center")."""
    words = name.split()
    last = words[-1]
    return (len(words) == 2 and words[0] in WEATHER_EVENTS and words[1].lower() not in ORG_WORDS | LOC_WORDS
            or name.split("-")[0] in NOT_NAMES or name.removesuffix("s") in NOT_NAMES or name in COMMON_NOUNS
            or DOCTRINE.search(name) or _qualifier(last)
            or last.removesuffix("s") in DEMONYMS or last in EVENT_WORDS or name in plurals
            or bool(COMPETITION_LEAGUES.match(name)))


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """The spans of quotations that are titles: short, every word but the small ones capitalised."""
    spans = []
    for match in QUOTED.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if match[g] is not None)
        words = TITLE_WORD.findall(match[group])
        if words and len(words) <= MAX_TITLE_WORDS and words[0][0].isupper() and _capitalised_but_small_words(words):
            spans.append(match.span(group))
    return spans


def _titled_names(text: str, titles: list[tuple[int, int]]) -> set[str]:
    """The names quoted as titles, alone or with a release number ("‘Jasmine’", "“Anthem 2.0”"): a work or
    product wherever else the article names it (lower case)."""
    found = (TITLED_NAME.fullmatch(text, a, b) for a, b in titles)
    return {match.group(1).lower() for match in found if match}


def _title_cased(headline: str) -> bool:
    """A headline capitalising every word but the small ones ("Kate Beckinsale Shuts Down Jamie Foxx Dating
    Rumors"), where a capital tells no name from any other word."""
    words = TITLE_WORD.findall(headline)
    return (sum(w.lower() not in TITLE_SMALL_WORDS for w in words) >= MIN_TITLED_HEADLINE and not headline.isupper()
            and _capitalised_but_small_words(words))


def _capitalised_but_small_words(words: list[str]) -> bool:
    """Every word capitalised but the small ones: how titles of works and headlines are written, not prose."""
    return all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _named_words_only(headline: str, names: set[str]) -> str:
    """A title-cased headline with only the words the body writes capitalised mid-sentence, the others barred
    (same offsets, and no name runs across a bar): "Kate Beckinsale Shuts Down Jamie Foxx Dating Rumors" names Kate Beckinsale and Jamie Foxx."""
    return re.sub(rf"{NAME_WORD}", lambda m: m.group() if _bare(m.group()) in names else "|" * len(m.group()), headline)


def _bare(word: str) -> str:
    """The word without its possessive: "Spain's" opening a sentence is the "Spain" seen mid-sentence."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _midsentence_names(text: str) -> set[str]:
    """Capitalised words seen inside a sentence: names, as opposed to capitalised sentence openers."""
    # every word of the name counts, so "Marina Svetlova" mid-sentence makes a later "Svetlova declined…" a name,
    # and without its possessive ("Keir Starmer's government" makes "Starmer said" one)
    return {_bare(w) for m in re.finditer(rf"[a-z,;][ \t]+({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})", text) for w in m.group(1).split()}
