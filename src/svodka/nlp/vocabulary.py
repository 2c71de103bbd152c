"""English words that several analyses read the same way, kept in one place so that they cannot drift apart.

Each user takes a list as it is and adds only the words that are its own (see the users: svodka.nlp.quotes,
svodka.nlp.english, svodka.nlp.english_sentences, svodka.nlp.english_types, svodka.nlp.titles, svodka.nlp.entities).
"""

from __future__ import annotations

# Titles abbreviated before a person's name, with or without a full stop ("Mr Smith", "Dr. Conley").
HONORIFICS = ("Dr", "Mr", "Mrs", "Ms")
# Titles written abbreviated with a full stop before a name ("Prof. Li", "Sen. Joni Ernst"): the stop ends no sentence.
ABBREVIATED_TITLES = (*HONORIFICS, "Prof", "Gen", "Sen", "Rep", "Gov")
# Titles before a person's name, capitalised as they are written there ("Dr Ivanova", "Telkom CEO Sipho Maseko").
PERSON_TITLES = {*HONORIFICS, "Sir", "President", "Premier", "Minister", "Governor", "Mayor", "CEO", "Chairman",
                 "Chairwoman", "Director", "Senator", "Judge", "Professor"}
# People who speak for a body ("a spokesman for the club said", "Kremlin spokesman Dmitry Peskov").
SPOKESPERSON_TITLES = ("spokesman", "spokeswoman", "spokesperson")
SPOKESPEOPLE = {*SPOKESPERSON_TITLES, "representative"}
# Nouns by which an article names a business it is about ("the company", "the operator", "the club").
BUSINESS_KINDS = ("company", "firm", "operator", "club", "team", "bank", "carrier", "airline", "group", "startup",
                  "insurer", "retailer", "lender")
# Words inside a name that make it an organisation ("Kaldera Capital", "Baltic Ferry Company").
ORG_WORDS = {"wire", "daily", "herald", "capital", "robotics", "league", "institute", "zoo", "news", "times", "post",
             "journal", "ministry", "department", "police", "council", "bank", "company", "inc", "ltd", "llc", "plc", "university", "agency",
             "party", "committee", "corporation", "corp", "group", "fund", "court", "parliament", "government", "club",
             "association", "union", "partners", "holdings", "systems", "technologies", "airlines", "airways",
             "railways", "motors", "foundation", "federation", "commission", "authority", "service", "fc", "sc", "afc",
             "cf", "academy", "school", "college", "hospital", "clinic", "medical", "museum", "theatre", "orchestra", "media", "press",
             "research", "analytics", "consulting", "co", "productions", "studios", "films", "pictures", "records", "ltd.", "inc.", "corp.", "co.",
             "office", "rail", "railroad", "resources",  # "Met Office", "Network Rail", "Natural Resources Wales"
             # parties named by their members ("Liberal Democrats", "the Conservatives", "Sweden Democrats")
             "democrats", "republicans", "conservatives", "socialists", "liberals"}
