"""Common English first names, written here by hand: what tells "Jane Doe" (a byline) from "Sky News" (an outlet).

Latin-script bylines have no dictionary like pymorphy's for Russian names (svodka.clean.names). A header line of two
or three capitalised words is a person's name when its first word is a common first name: outlets are named after
places, papers and broadcasts ("The Guardian", "Fox News", "Daily Mail"), almost never after a first name. About
three hundred of the commonest given names in English-speaking countries (men's and women's, a few short forms);
left out on purpose are those that are also common words or places a header line may start with ("May", "June",
"April", "Will", "Bill", "Sky", "Al", "Georgia", "Victoria", "Virginia", "Madison", "Eugene", "Austin", "Jordan",
"Orlando", "Charlotte").
A name not listed leaves its line read as before (an outlet or a section): a missed byline, never a lost outlet.
"""

from __future__ import annotations

ENGLISH_FIRST_NAMES = frozenset("""
aaron abigail adam adrian aidan alan albert alex alexander alexandra alexis alice alicia alison allison amanda amber
amelia amy andrea andrew angela angelina anita ann anna anne annie anthony antonio ashley audrey barbara ben benjamin
beth betty beverly blake bob bobby bonnie brandon brenda brian bridget brittany bruce bryan caleb cameron carl carla
carlos carmen carol caroline carolyn catherine charles charlie chloe chris christian christina christine christopher
cindy claire clara colin connor craig cynthia dale dan daniel danielle david dean deborah debra denise dennis derek
diana diane donald donna dorothy doug douglas dylan edward eileen elaine eleanor elena elijah elizabeth ella ellen
emily emma eric erica erin ethan eva evan evelyn fiona frances francis frank fred gary gavin gemma george
gerald gina gloria gordon grace graham greg gregory hannah harold harriet harry heather helen henry holly howard ian
isaac isabel isabella jack jackie jacob jacqueline jake james jamie jane janet janice jason jean jeff jeffrey jennifer
jenny jeremy jerry jessica jill jim jimmy joan joanna joe joel john johnny jon jonathan jose joseph joshua joyce juan
judith judy julia julian julie justin karen kate katherine kathleen kathryn kathy katie keith kelly ken kenneth kevin
kim kimberly kyle larry laura lauren lawrence leah lee leo leonard leslie liam lily linda lisa liz logan lois lori
louis louise lucas lucy luis luke lydia lynn maria marie marilyn mario marjorie martha martin mary matt
matthew maureen megan melanie melissa michael michelle mike miranda molly monica nancy naomi natalie nathan neil
nicholas nick nicola nicole noah norma oliver olivia oscar owen pamela patricia patrick paul paula peggy peter
philip phillip rachel ralph randy raymond rebecca richard rick rita rob robert robin roger ronald rose ruby russell
ruth ryan sally samantha samuel sandra sara sarah scott sean sharon shirley simon sophia sophie stacy stephanie
stephen steve steven stuart susan suzanne tammy tanya teresa terry theresa thomas tiffany tim timothy tina todd tom
tony tracy travis tyler valerie vanessa vera veronica vincent walter wanda wayne wendy william zachary zoe
""".split())
