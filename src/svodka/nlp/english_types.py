"""Types of English names (PER, ORG, LOC; WORK for a work, product or event), voted over every mention of a name.

A capitalised run says little by its shape: "Sokol Kazan" (a team), "Timur Safin" (a
player) and "Nordic Ledger" (a newspaper) look alike. What tells them apart is what is
written around them: "Sokol coach …", "striker Timur Safin", "told Nordic Ledger",
"in Kazan". Each mention votes by the cues around it; the short and long forms of one
name ("Sokol", "Sokol Kazan"; "Laptev", "Artyom Laptev") pool their votes, so the entity
gets one type however many of its mentions carry a cue.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from svodka.nlp.aliases import type_of
from svodka.nlp.entities import is_dateline_place
from svodka.nlp.vocabulary import BUSINESS_KINDS, ORG_WORDS, SPOKESPEOPLE
from svodka.nlp.vocabulary import PERSON_TITLES as TITLES_BEFORE_NAMES

# Words ending or opening a name that make it a place ("Siberian Highway", "St Petersburg", "Lake Baikal").
LOC_WORDS = {"street", "avenue", "square", "river", "lake", "sea", "bay", "island", "islands", "mountains", "region",
             "province", "oblast", "krai", "district", "highway", "peninsula", "gulf", "strait", "valley", "ocean",
             "republic", "kingdom", "states", "emirates", "state"}  # "Czech Republic", "United Kingdom", "United States"
# Last words of a transport facility's name ("Manchester Airport", "Waterloo Station", "Severn Bridge"): a place, as the
# golds type "Dubai International Airport"; of a venue's ("Kelvin Hall", "O2 Arena", "Usher Hall"): an organisation, as
# the golds type "O2 Arena" and "Известия Hall" (museums, theatres, hospitals are ORG_WORDS). A venue word only
# leans (CUE): "Hall" is a surname too ("actress Jerry Hall").
FACILITY_ENDINGS = {"airport", "station", "terminal", "bridge", "tunnel", "airfield", "interchange", "junction"}
VENUE_ENDINGS = {"hall", "centre", "center", "stadium", "arena", "gallery", "cathedral", "palace"}
PLACE_PREFIXES = {"st", "st.", "saint", "mount", "lake", "cape", "port", "fort", "san", "santa", "são", "sao"}
# Words opening or closing a football or sports club's name ("Real Madrid", "Inter Milan", "Leeds United"):
# the rest is a city, so the name would otherwise read as a place or, by its two words, a person.
CLUB_OPENINGS = {"real", "atletico", "atlético", "athletic", "inter", "sporting", "dynamo", "dinamo", "olympique",
                 "borussia", "deportivo", "racing", "olympiacos", "spartak", "lokomotiv"}
CLUB_ENDINGS = {"united", "rovers", "wanderers", "albion", "hotspur", "athletic", "rangers"}
# Last words naming a town or a club named after one ("Mexico City", "Manchester City", "Luton Town"), and first
# words that are a Romance or German article ("Los Angeles", "La Liga", "Le Monde"): never a person's names.
IMPERSONAL_ENDINGS = {"city", "town", "county"}
# A first word naming a point of the compass makes a region, never a person's first name ("North Sulawesi").
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast",
                 "northwest", "southeast", "southwest"}
FOREIGN_ARTICLES = {"el", "la", "las", "los", "le", "les", "il", "lo", "der", "die", "das"}
# Organisation words Russian names compound into one word ("Volgakreditbank", "Uralinvestbank", "Tatneft"),
# as svodka.nlp.russian.span_fixes.ORG_STEMS does for their Cyrillic spelling.
ORG_ENDINGS = ("bank", "prom", "stroy", "invest", "telecom", "neft", "trade", "leasing", "holding")
# Words before a name that make it a person ("coach Rustem Khairullin", "Dr Ivanova").
PERSON_TITLES = {title.lower() for title in TITLES_BEFORE_NAMES} | {
    "general", "substitute", "star", "singer", "actor", "actress", "rapper", "surname", "god", "goddess"}
# Jobs inside an organisation: before a name they title a person, after one they make it the
# organisation the person belongs to ("Sokol coach", "Meridian meteorologist", "Kaldera Capital partner").
# Offices of a territory (mayor, governor) are left out: "Kazan mayor" is a place.
MEMBER_NOUNS = {"coach", "manager", "captain", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper",
                "winger", "player", "players", "fans", "partner", "analyst", "economist", "meteorologist", "engineer",
                "researcher", "scientist", "founder", "executive", "owner", "lawyer", "boss", "shareholders",
                "employees", "staff", "board", "ceo", "cfo"} | SPOKESPEOPLE
# Nouns after a name: an establishment ("the Raduga shopping centre") or a site ("the Zarechye stadium").
# Generic business nouns (company, firm, bank) are left out: a place describes them ("the Tallinn company").
BUSINESS_NOUNS = {"mall", "shopping", "store", "brand", "hotel", "factory", "plant", "restaurant", "chain", "union",
                  "museum", "gallery"}  # "the Unite union", "Kelvin Hall museum"
SITE_NOUNS = {"stadium", "arena", "airport", "port", "station", "park", "square", "street", "district", "region",
              "highway", "bridge", "river", "exclave", "city", "town", "village", "province"}
# Nouns in apposition before a name that make it an organisation ("the operator Baltic Ferry", "champions
# Sibirsky Kedr"); nouns people are called too (leader, investor, developer, forecaster) are left out.
ORG_APPOSITIONS = {*BUSINESS_KINDS, "broadcaster", "newspaper", "agency", "side", "rivals", "champions", "hosts", "fund",
                   "outlet", "organisation", "organization", "charity", "band", "network", "regulator", "watchdog",
                   "publisher", "maker", "producer", "provider", "union", "carmaker", "automaker", "manufacturer",
                   "chipmaker", "supermarket", "giant"}  # "the union Unite", "carmaker Toyota"
# The same nouns after the name, in apposition ("Invictasauro, a team based in…", "Roku, the streaming company").
APPOSITION_AFTER = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:" + "|".join(ORG_APPOSITIONS) + r")\b")
# Nouns of places a name can stand after with "of" ("the state of Victoria", "the town of Manresa").
PLACE_NOUNS = {"city", "town", "village", "district", "state", "province", "region", "county", "island", "port",
               "suburb", "municipality", "capital", "country"}
MAX_ABBREVIATION_STOP = 4  # "mr.", "dr.", "u.s.", "inc." end no sentence; "club." does
PLACE_PREPOSITIONS = {"in", "at", "near", "outside"}  # "in Kazan": a place ("to", "from" also lead to people)
TOWARDS = PLACE_PREPOSITIONS | {"from", "into", "to", "across", "throughout", "via"}  # a hint of a place
SPEECH_VERBS = {"said", "says", "told", "added"}
# A speech verb before a name closing its clause names the speaker ("…,” said Okafor."); "told" is left out: "told
# Reuters." names whom the speaker told. Before a name going on ("said Okafor had left") it names whom they spoke of.
SPEECH_VERB_BEFORE = {"said", "says", "added"}
CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?\n]|$)")
# What only a person is or has, right after the name: a pronoun after a speech verb ("Okafor said she would…", as
# "Toyota said it" makes a body), a reflexive ("Trump himself"), a family or a life ("Marrow's wife", "Ness's
# funeral"; no "sister": "Hyundai's sister brand").
PERSON_AFTER = re.compile(r"[ \t]+(?:(?:said|says|added|told[ \t]+\w+)[ \t]+(?:that[ \t]+)?(?:he|she|his|her)"
                          r"|himself|herself)\b|['’]s[ \t]+(?:wife|husband|widow|widower|son|sons|daughter|daughters"
                          r"|mother|father|parents|girlfriend|boyfriend|fianc[ée]e?|spouse|funeral|birthday)\b")
# "Toyota said it would…": a speaker that is an "it" is an organisation (a person is "he" or "she")
SAID_IT = re.compile(r"[ \t]+(?:said|says|added|announced)[ \t]+(?:that[ \t]+)?(?:it|its)\b")
# A plural verb after a one-word name: British usage for a team or company ("Juventus were", "Liverpool weren't");
# a person or a place takes the singular.
PLURAL_VERBS = {"were", "are", "weren't", "weren’t", "aren't", "aren’t", "have"}
# Words before a name citing a source or a platform ("according to Refinitiv", "on Twitter"): an organisation
# more often than a place.
SOURCE_CUES = {("according", "to"), ("on",), ("told",), ("told", "the")}  # "told Reuters": the outlet a speaker talks to
# A first word that is an adjective is no first name: Russian adjectival forms ("Sibirsky Kedr", "Uralsky
# Uragan") and the region adjectives companies and papers take ("Nordic Ledger", "Baltic Seed Partners").
ADJECTIVE_WORD = re.compile(r"sk(?:y|iy|aya|oye|oe|ye|ii)$", re.IGNORECASE)  # not "-ny": Danny, Jenny
REGION_ADJECTIVES = {"nordic", "baltic", "arctic", "atlantic", "pacific", "olympic", "celtic", "central", "national",
                     "international", "federal", "royal", "global", "eastern", "western", "northern", "southern"}
PLACE_ADJECTIVE = re.compile(r"-(?:based|headquartered|registered)\b")  # "Tallinn-based"
# A stock ticker in brackets ("Netflix (NFLX.O)", "(NYSE: T)"): no name itself, and what it follows is a company.
TICKER = re.compile(r"\((?:[A-Z]{1,6}\.[A-Z]{1,2}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|HKEX)[ \t]*:[ \t]*[A-Z.]{1,8})\)")
TICKED = re.compile(r"(?:['’]s)?[ \t]*" + TICKER.pattern)
# A word with a capital inside, after lower-case letters ("BioWare", "YouTube"), but not a Scottish or Irish
# surname's prefix ("McQueen", "MacArthur", "DiCaprio", "LeBron" are people).
BRAND_CAMEL_CASE = re.compile(r"(?!Mc|Mac|Di|De|La|Le|Van|Von)[A-Z][a-z]+[A-Z][a-z]")
WORD_OR_HYPHEN = re.compile(r"[\w-]")  # a character that joins a word: a name touching one is part of it
AGE = re.compile(r",\s*\d{1,2},")  # "Yermakov, 23, who joined…"
# Works, products and events: capitalised like names, but no person, organisation or place. Nouns right before a
# name, no comma between, that make it one ("the 1992 film Orlando", not "…a new game, Kotaku said"); "play",
# "book", "star" are left out: "to play Arsenal", "book Emirates flights", "Arsenal star".
WORK_NOUNS = {"film", "movie", "sitcom", "series", "show", "programme", "documentary", "album", "single", "song",
              "track", "game", "novel", "musical", "opera", "app", "festival"}
# Words naming what follows as a title ("a book titled …", "a feature called Airport Maps", "an update called …");
# "called" alone also names people and firms ("a man called …"), so only after a work or product noun.
TITLING_VERBS = {"titled", "entitled", "dubbed"}
WORK_BEFORE = WORK_NOUNS | TITLING_VERBS  # a word right before a name that makes it a work
PRODUCT_NOUNS = WORK_NOUNS | {"feature", "update", "service", "version", "product", "device", "model", "tool"}
# Nouns after a name that only a show or a work has ("Strictly Come Dancing judges", "Underworld sequel").
WORK_FOLLOWERS = {"episode", "episodes", "season", "finale", "judges", "contestant", "contestants", "sequel",
                  "trailer", "soundtrack", "spin-off", "premiere", "franchise"}
# The work nouns in apposition, after a comma or "is": "Clockenflap, Hong Kong's biggest music festival", "X is
# an annual festival".
WORK_APPOSITION = re.compile(r"(?:,|[ \t]+(?:is|was))[ \t]+(?:a|an|the|[\w’']+['’]s)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:"
                             + "|".join(WORK_NOUNS) + r")\b")
# A release number after a name makes it a product or a version of one ("Anthem 2.0", "Nokia 6.2", "HDMI 2.1");
# not an amount or a share ("Brent 1.2%", "Tokyo 2.5 million").
VERSION = re.compile(r"[ \t]+\d+\.\d+(?![\d%]|[.,]\d|[ \t]*(?:%|per|percent|points?|million|billion|trillion|bn|m|km|kg|hours?)\b)")
CONTEXT = 40  # characters read on each side of a mention for its cues
STRONG, CUE, HINT = 3, 2, 1  # vote weights: a word of the name itself, a word beside it, its shape
# Nouns a place has, after its name ("the Hong Kong government", "the Kazan authorities"): the article is theirs.
PLACE_OWNED = {"government", "authorities", "administration", "officials", "economy", "people", "residents",
               "citizens", "streets", "border", "region", "market", "leader", "leadership", "capital"}
WORK = "WORK"  # the type of a work, product or event: found to be told apart, then no entity
# The type of a capitalised common word: a campaign's or a slogan's ("backed Leave", "Remain will be on the ballot"),
# a word capitalised for emphasis. A one-word name nothing around it types, which the article also writes in lower
# case ("to leave the EU"), is such a word: a place, a body or a person would have shown a cue somewhere (a place
# noun, a preposition, a title, a verb), and its shape alone would have made it a place.
COMMON_WORD = "COMMON"
NO_ENTITY = frozenset({WORK, COMMON_WORD})
# A word in lower case, not a piece of a web address ("breitbart" of "breitbart.com" is no common word).
LOWER_CASE_WORD = re.compile(r"(?<![\w.@/])[a-z]+(?![\w@/]|\.[a-z])")
# Countries, states, regions and cities of two or three words that news names without a place noun or a
# preposition often enough ("Sri Lanka beat New Zealand", "South Korea's exports"): read by their shape they
# are a person's first and last names, and a country typed a person in one report and a place in another
# gets two keys, so the reports share no name. World knowledge the cues cannot give; one-word places need
# no list (one word is a place by shape), nor names with a place word ("Mexico City", "Cape Town", "San Jose").
PLACES_SHAPED_LIKE_PEOPLE = frozenset({
    "sri lanka", "new zealand", "south africa", "north korea", "south korea", "saudi arabia", "united states",
    "united kingdom", "costa rica", "puerto rico", "sierra leone", "burkina faso", "ivory coast", "czech republic",
    "dominican republic", "central african republic", "papua new guinea", "united arab emirates", "east timor",
    "north macedonia", "south sudan", "equatorial guinea", "northern ireland", "western sahara", "great britain",
    "hong kong", "new caledonia", "bosnia and herzegovina", "trinidad and tobago", "el salvador",
    "new york", "new jersey", "new mexico", "new hampshire", "north carolina", "south carolina", "north dakota",
    "south dakota", "west virginia", "new south wales", "western australia", "south australia", "british columbia",
    "nova scotia", "new brunswick", "middle east", "latin america", "south america", "north america",
    "central asia", "southeast asia", "south asia", "east asia", "western europe", "eastern europe",
    "central europe", "west bank", "gaza strip", "new delhi", "abu dhabi", "buenos aires", "kuala lumpur",
    "tel aviv", "new orleans", "addis ababa", "phnom penh", "santo domingo", "dar es salaam", "rio de janeiro",
})


@dataclass
class NameMention:
    start: int
    stop: int
    name: str


def typed_names(mentions: list[NameMention], text: str, titled: AbstractSet[str] = frozenset()) -> dict[str, str]:
    """Each name's type (keyed by the name in lower case), one per entity of the article; `titled` holds names the
    article quotes as a title, works or products wherever they are written."""
    places = {m.name.lower() for m in mentions if " " not in m.name and _placed(m, text)}
    groups = _groups({m.name.lower() for m in mentions}, places)
    votes: dict[str, Counter] = {}
    for mention in mentions + _unnamed_mentions(mentions, text):
        votes.setdefault(groups[mention.name.lower()], Counter()).update(_votes(mention, text, places))
    for name in titled & set(groups):
        votes[groups[name]][WORK] += STRONG
    common = _common_words(votes, text)
    for group, counter in votes.items():
        counter.update(_shape(group))
    types = {name: COMMON_WORD if group in common else _winner(votes[group]) for name, group in groups.items()}
    opened: dict[str, set[str]] = {}  # a first word → the types of the longer names it opens
    for name, kind in types.items():
        if " " in name:
            opened.setdefault(name.split()[0], set()).add(kind)
    return {name: _subsidiary(name, types, opened) for name in types}


def _common_words(votes: dict[str, Counter], text: str) -> set[str]:
    """The one-word names no mention gave a cue for, written in lower case too, unless known ("Labour" and
    "labour"): capitalised common words, no entity (see COMMON_WORD)."""
    uncued = {group for group, counter in votes.items() if " " not in group and not any(counter.values())}
    if not uncued:
        return set()
    lower_case = set(LOWER_CASE_WORD.findall(text))
    return {group for group in uncued if group in lower_case and not type_of(group, "")}


def _unnamed_mentions(mentions: list[NameMention], text: str) -> list[NameMention]:
    """The other places the text writes a name, where it opens a sentence or a headline and so was not read as one
    ("Toyota said it would…"): what is written around them still tells its type. Not inside a name read ("Toyota"
    in "Toyota Motor"), whose context is that name's."""
    taken = {at for m in mentions for at in range(m.start, m.stop)}
    names = {m.name for m in mentions}
    return [NameMention(at, at + len(name), name) for name in names for at in _written_at(name, text) if at not in taken]


def _written_at(name: str, text: str) -> list[int]:
    r"""Where the text writes the name as a whole word (no word character or hyphen touching it), left to right
    without overlaps: as `re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)` finds them, without
    compiling a pattern per name and article (3,576 compilations over the 219 English tgcontest articles, which
    overflow re's cache: two thirds of the time of typing English names, session 11)."""
    found, at = [], text.find(name)
    while at >= 0:
        stop = at + len(name)
        if not (at and WORD_OR_HYPHEN.match(text, at - 1)) and not WORD_OR_HYPHEN.match(text, stop):
            found.append(at)
            at = text.find(name, max(stop, at + 1))  # past an empty name too, as finditer steps past an empty match
        else:
            at = text.find(name, at + 1)
    return found


def _subsidiary(name: str, types: dict[str, str], opened: dict[str, set[str]]) -> str:
    """A name opened by an organisation the article names on its own is that organisation's unit or product
    ("Telkom Internet", "Telkom Mobile" beside "Telkom"; "Line Pay" beside "Line"), not a person's names; a word
    opening an organisation's name is its short form ("Orvane said" beside "Orvane Inc", "Orvane International")."""
    first = name.split()[0]
    if types[name] == "PER" and (first != name and types.get(first) == "ORG" or "ORG" in opened.get(name, ())):
        return "ORG"
    return types[name]


def _groups(names: set[str], places: set[str]) -> dict[str, str]:
    """Each name → the longest name it is a short form of: "sokol" → "sokol kazan", "laptev" → "artyom laptev".

    A one-word name opening or closing exactly one longer name is its short form, unless the
    article uses it as a place ("KAZAN, March 8" is the city, not "Sokol Kazan").
    """
    ends: dict[str, set[str]] = {}  # a word → the longer names it opens or closes (an index keeps this linear)
    for name in names:
        if " " in name:
            for word in {name.split()[0], name.split()[-1]}:
                ends.setdefault(word, set()).add(name)
    out = {name: name for name in names}
    for name in [n for n in names if " " not in n and n not in places and len(ends.get(n, ())) == 1]:
        out[name] = next(iter(ends[name]))
    return out


def _votes(mention: NameMention, text: str, places: set[str]) -> Counter:
    """What the name's own words and the words around this one mention say of its type, each cue weighted STRONG,
    CUE or HINT: a name's type is the winner of the votes summed over all its mentions."""
    words = [w.lower() for w in mention.name.split()]
    before = _words_before(mention, text)
    after = text[mention.stop:mention.stop + CONTEXT].lower().split()
    previous = before[-1].strip(".,;:\"“(") if before else ""
    following = re.sub(r"['’]s$", "", after[0].strip(".,;:\"”)")) if after else ""  # "Telkom CEO's" as "CEO"
    votes = Counter()
    if (set(words) & ORG_WORDS or "&" in words or "+" in words or TICKED.match(text, mention.stop)
            or words[-1].endswith((".com", ".net", ".org"))
            or (len(words) == 1 and mention.name.isupper() and not is_dateline_place(mention.start, mention.stop, text))):
        votes["ORG"] += STRONG
    if any(w.endswith(ORG_ENDINGS) and w not in ORG_ENDINGS for w in words):
        votes["ORG"] += STRONG
    if any(BRAND_CAMEL_CASE.match(w) for w in mention.name.split()):
        votes["ORG"] += CUE  # "BioWare", "PayPal", "SoftBank": names of people and places are not camel-cased
    if len(words) > 1 and (words[0] in CLUB_OPENINGS or words[-1] in CLUB_ENDINGS):
        votes["ORG"] += STRONG
    if len(words) > 1 and len(mention.name.split()[0]) > 1 and mention.name.split()[0].isupper():
        votes["ORG"] += CUE  # "ESPN Brazil", "BBC News", "HBO Max": no one's first name is an acronym
    # a saint opens places and the bodies named after them ("St. Vincent Medical Center", "St Petersburg Times")
    if words[-1] in LOC_WORDS or (len(words) > 1 and words[0] in PLACE_PREFIXES and not set(words) & ORG_WORDS):
        votes["LOC"] += STRONG
    if len(words) > 1 and words[-1] in FACILITY_ENDINGS:
        votes["LOC"] += STRONG
    if len(words) > 1 and words[-1] in VENUE_ENDINGS:
        votes["ORG"] += CUE
    if SAID_IT.match(text, mention.stop):
        votes["ORG"] += CUE
    if is_dateline_place(mention.start, mention.stop, text) or PLACE_ADJECTIVE.match(text, mention.stop):
        votes["LOC"] += STRONG
    if previous in PERSON_TITLES or previous in MEMBER_NOUNS:
        votes["PER"] += CUE
    if following in MEMBER_NOUNS or following in BUSINESS_NOUNS or previous in ORG_APPOSITIONS or (
            APPOSITION_AFTER.match(text, mention.stop)):
        votes["ORG"] += CUE
    if following in SITE_NOUNS or _of_place_noun(before):
        votes["LOC"] += CUE
    if AGE.match(text, mention.stop) or PERSON_AFTER.match(text, mention.stop):
        votes["PER"] += CUE
    if len(words) > 1 and words[-1] in places:  # "Sokol Kazan", "Mayak Kaliningrad": a team or firm of a city
        votes["ORG"] += CUE
    if len(words) > 1 and (ADJECTIVE_WORD.search(words[0]) or words[0] in REGION_ADJECTIVES):
        votes["ORG"] += CUE
    if tuple(before[-2:]) in SOURCE_CUES or tuple(before[-1:]) in SOURCE_CUES:
        votes["ORG"] += HINT  # "according to Refinitiv": the "to" leads to a source, not a place
    elif previous in TOWARDS and not text.startswith(("'s", "’s"), mention.stop):  # "in Russia's Kaliningrad"
        votes["LOC"] += HINT
    if len(words) == 1 and following in PLURAL_VERBS:
        votes["ORG"] += CUE
    # a person's name takes no article: "the White House", "the Kazan Daily" ("the United States" is a place by
    # its last word); in "the San Jose, California company" the article is the company's, in "the Hong Kong
    # government" that of a noun the place has
    if len(words) > 1 and previous == "the" and words[-1] not in LOC_WORDS and following not in PLACE_OWNED and (
            not re.match(r",[ \t]+[A-Z]", text[mention.stop:mention.stop + 3])):
        votes["ORG"] += STRONG
    spoken = following in SPEECH_VERBS or (previous in SPEECH_VERB_BEFORE and CLAUSE_END.match(text, mention.stop))
    if len(words) > 1 and spoken:
        votes["PER"] += HINT
    elif spoken and not SAID_IT.match(text, mention.stop) and mention.name.lower() not in places:
        votes["LOC"] -= CUE  # "Sullivan said": a speaker, a person or a body, not the place its shape makes it
    work = _work_vote(mention, text, before, following)
    if work:
        votes[WORK] += work
    return votes


def _work_vote(mention: NameMention, text: str, before: list[str], following: str) -> int:
    """The weight of the cues that make a name a work, product or event: a release number after it, a noun only
    a show has after it, a work noun or titling verb before it or in apposition."""
    vote = 0
    if VERSION.match(text, mention.stop):
        vote += STRONG + HINT  # over an acronym's shape ("HDMI 2.1")
    if following in WORK_FOLLOWERS:
        vote += STRONG + CUE  # over "the" before a show's name ("the Strictly Come Dancing judges")
    if (before and before[-1] in WORK_BEFORE) or WORK_APPOSITION.match(text, mention.stop) or (
            len(before) > 1 and before[-1] == "called" and before[-2] in PRODUCT_NOUNS):
        vote += CUE
    return vote


def _shape(name: str) -> Counter:
    """The prior when nothing is written around a name: two or three words are a person's names, unless one
    is a town's last word or an article ("Mexico City", "Los Angeles"), or the name is a known place."""
    if name in PLACES_SHAPED_LIKE_PEOPLE:
        return Counter({"LOC": STRONG})
    words = name.split()
    personal = (len(words) in (2, 3) and words[-1] not in IMPERSONAL_ENDINGS and words[0] not in FOREIGN_ARTICLES
                and words[0] not in COMPASS_WORDS)
    return Counter({"PER" if personal else "LOC": HINT})


def _winner(votes: Counter) -> str:
    return max(("PER", "ORG", "LOC", WORK), key=lambda kind: votes[kind])


def _placed(mention: NameMention, text: str) -> bool:
    """A name the article uses as a place: a dateline, after "in", "at", "from"…, or naming a place noun ("the
    state of Victoria", "the district of Tseung Kwan O")."""
    before = _words_before(mention, text)
    if before and before[-1].endswith(("'s", "’s")):  # "in Russia's Kaliningrad": the owner's preposition
        before.pop()
    possessive = text.startswith(("'s", "’s"), mention.stop)
    return is_dateline_place(mention.start, mention.stop, text) or (bool(before) and not possessive and (
        before[-1] in PLACE_PREPOSITIONS or _of_place_noun(before)))


def _of_place_noun(before: list[str]) -> bool:
    """A name after a place noun and "of": "the state of Victoria", "the district of Tseung Kwan O"."""
    return len(before) > 1 and before[-1] == "of" and before[-2] in PLACE_NOUNS


def _words_before(mention: NameMention, text: str) -> list[str]:
    """The lower-cased words just before a mention, within its sentence: "…stormed the club. Chris Blanden said"
    gives Chris Blanden no "club" before him."""
    before = text[max(0, mention.start - CONTEXT):mention.start].lower().split()
    ends = [i for i, word in enumerate(before) if word.rstrip("\"”’')").endswith(("!", "?"))
            or (word.rstrip("\"”’')").endswith(".") and len(word) > MAX_ABBREVIATION_STOP)]
    return before[ends[-1] + 1:] if ends else before
