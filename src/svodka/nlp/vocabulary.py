"""English words that several analyses read the same way, kept in one place so that they cannot drift apart.

Each user takes a list as it is and adds only the words that are its own (see the users: svodka.nlp.quotes,
svodka.nlp.english, svodka.nlp.english_types, svodka.nlp.titles).
"""

from __future__ import annotations

# Titles abbreviated before a person's name, with or without a full stop ("Mr Smith", "Dr. Conley").
HONORIFICS = ("Dr", "Mr", "Mrs", "Ms")
# Titles before a person's name, capitalised as they are written there ("Dr Ivanova", "Telkom CEO Sipho Maseko").
PERSON_TITLES = {*HONORIFICS, "Sir", "President", "Premier", "Minister", "Governor", "Mayor", "CEO", "Chairman",
                 "Chairwoman", "Director", "Senator", "Judge", "Professor"}
# People who speak for a body ("a spokesman for the club said", "Kremlin spokesman Dmitry Peskov").
SPOKESPERSON_TITLES = ("spokesman", "spokeswoman", "spokesperson")
SPOKESPEOPLE = {*SPOKESPERSON_TITLES, "representative"}
# Nouns by which an article names a business it is about ("the company", "the operator", "the club").
BUSINESS_KINDS = ("company", "firm", "operator", "club", "team", "bank", "carrier", "airline", "group", "startup",
                  "insurer", "retailer", "lender")
