"""English names in real-news shapes: titles inside a run, brands, tickers, nationalities, events, sign-offs.

The texts are our own, written in the shapes wire copy takes; each test names the rule it checks.
"""

from __future__ import annotations

from datetime import datetime

from svodka.model import Article
from svodka.nlp import analyse
from svodka.nlp.english import analyse_english
from svodka.nlp.english_types import NameMention, _unnamed_mentions


def _names(text: str) -> dict[str, str]:
    """Each name the English pass finds, with its type."""
    return {span.text: span.type for span in analyse_english(text)[1]}


def _entities(text: str, models) -> dict[str, set[str]]:
    article = Article(id="t", origin="test", text=text, published=datetime(2026, 3, 2, 9, 0))
    return {e.name: {m.text for m in e.mentions} for e in analyse(article, models).entities}


def test_a_title_inside_a_run_separates_the_organisation_or_place_from_the_person(models):
    text = ("Investors cheered after Kaldera CEO Marta Ilves spoke, and Tartu Mayor Jaan Kask agreed. "
            "Later Tartu's Mayor Jaan Kask said the plan would work, as did Premier Li Wen. Ilves said more.")
    names = _entities(text, models)
    assert {"Marta Ilves", "Ilves"} <= names["Marta Ilves"]
    assert "Jaan Kask" in names["Jaan Kask"] and "Li Wen" in names
    assert "Kaldera" in names and "Tartu" in names
    assert not [name for name in names if "CEO" in name or "Mayor" in name or "Premier" in name]


def test_every_spokesperson_title_separates_the_body_from_its_speaker():
    for title in ("Spokesman", "Spokeswoman", "Spokesperson"):
        names = _names(f"The statement came after Kaldera {title} Marta Ilves spoke to reporters.")
        assert "Kaldera" in names and "Marta Ilves" in names, title


def test_a_title_opening_an_organisation_name_stays_in_it():
    assert "Premier Bank" in _names("The club borrowed from Premier Bank after ten rounds.")


def test_camel_cased_brands_initials_ampersands_and_domains_are_one_name():
    text = ("Stock in NovaLink Corp rose as Q Holdings and Amazon.com bid. Dr. Anna K Berg and the band "
            "Harrow & Sons agreed, as did the Ferry Owners’ Association and Tarn Logistics Ltd., which sued.")
    names = _names(text)
    for name in ("NovaLink Corp", "Q Holdings", "Amazon.com", "Anna K Berg", "Harrow & Sons",
                 "Ferry Owners’ Association", "Tarn Logistics Ltd."):
        assert name in names, name
    assert names["NovaLink Corp"] == names["Amazon.com"] == names["Harrow & Sons"] == "ORG"
    assert not {"Nova", "Link", "Sons", "Association"} & set(names)


def test_stock_tickers_are_dropped_and_mark_what_they_follow_as_a_company():
    names = _names("The index fell as investors sold Brightwave (BRWV.O) and Kestrel Co (KST.N) on Monday.")
    assert not {"BRWV", "KST"} & set(names)
    assert names["Brightwave"] == names["Kestrel Co"] == "ORG"


def test_nationalities_and_peoples_are_no_entities():
    text = ("The 19-year-old Brazilian joined Santos. Canadian youngster Ivo Petit lost, and millions of "
            "South Africans and Americans watched, as did Spaniards. Fans in Germany cheered.")
    names = _names(text)
    assert "Ivo Petit" in names and "Germany" in names and "Santos" in names
    assert not {"Brazilian", "Canadian", "South Africans", "Americans", "Spaniards"} & set(names)


def test_a_brand_ending_like_a_nationality_stays_a_name():
    # "-ian" ends Meridian and Guardian too: nationalities are a list, not a suffix
    names = _names("Snow fell, according to the forecaster Meridian, the Guardian reported.")
    assert {"Meridian", "Guardian"} <= set(names)


def test_competitions_are_no_entities_but_their_places_are():
    text = "Ivo Petit beat Lars Holm in the Paris Masters in Paris and will play the Tour Finals and the Davis Cup."
    names = _names(text)
    assert {"Ivo Petit", "Lars Holm", "Paris"} <= set(names)
    assert not {"Paris Masters", "Masters", "Tour Finals", "Davis Cup"} & set(names)


def test_calendar_abbreviations_common_nouns_the_sign_off_and_plural_acronyms_are_dropped():
    text = ("He visited Tallinn on Feb. 8 and again last week. An ISP is no longer needed, say ISPs. "
            "Users switched to LTE and Wi-Fi, paid by QR code and browsed the Internet, while adjusted EBITDA "
            "fell at Kestrel Corp. Results for the September-quarter were weak. Yes, it rained in Tallinn. – AFP")
    names = _names(text)
    assert "Tallinn" in names and "Kestrel Corp" in names
    assert not {"Feb", "ISP", "LTE", "Wi-Fi", "QR", "Internet", "EBITDA", "September-quarter", "Yes", "AFP"} & set(names)


def test_a_genre_after_a_letter_and_hyphen_is_no_name_but_anti_kremlin_keeps_kremlin():
    names = _names("The festival booked K-Pop acts, and anti-Kremlin protesters marched in Riga.")
    assert "Pop" not in names and "Kremlin" in names and "Riga" in names


def test_a_possessive_sentence_opener_seen_mid_sentence_is_a_name():
    names = _names("The talks were held in Norway. Norway's minister said they would go on.")
    assert [span.text for span in analyse_english("The talks were held in Norway. Norway's minister said so.")[1]] \
        == ["Norway", "Norway"]
    assert names["Norway"] == "LOC"


def test_team_and_source_cues_type_one_word_names_as_organisations():
    text = ("Interest came from Dravia, but Dravia were not the only club. Sales rose, according to Veltrix, "
            "and the mayor wrote on Chirper. Veltrix said so, and Chirper confirmed.")
    names = _names(text)
    assert names["Dravia"] == names["Veltrix"] == names["Chirper"] == "ORG"


def test_the_wire_dateline_credit_is_no_entity_but_a_short_lead_is_no_credit(models):
    for lead in ("PARIS, Nov 2 (Meridian Wire) - ", "WASHINGTON (Meridian Wire) — ", "LONDON (Meridian Wire)",
                 "TOKYO (Nov 2): ", "MILAN, Nov 2 — "):
        text = f"Ivo Petit won the final\n\n{lead}Ivo Petit won. He beat Lars Holm in three sets in Paris on Sunday."
        article = Article(id="t", origin="test", text=text, published=datetime(2026, 11, 2, 9, 0))
        mentions = {m.text for e in analyse(article, models).entities for m in e.mentions}
        assert "Meridian Wire" not in mentions and "Ivo Petit" in mentions and "Lars Holm" in mentions, lead


def test_clubs_named_after_their_city_are_organisations():
    text = ("The striker joined Real Madrid from Santos, after Inter Milan and Leeds United also bid. "
            "He played for Real Madrid later.")
    names = _names(text)
    assert names["Real Madrid"] == names["Inter Milan"] == names["Leeds United"] == "ORG"


def test_towns_and_names_opened_by_an_article_or_san_are_no_people():
    names = _names("The firm moved from Mexico City to San Jose, then to Los Angeles.")
    assert names["Mexico City"] == names["San Jose"] == names["Los Angeles"] == "LOC"


def test_a_unit_named_after_its_organisation_and_an_acronym_first_name_are_organisations():
    text = ("Customers left Kestrel for rivals, and Kestrel CEO Ivo Petit blamed Kestrel Mobile. Kestrel Internet "
            "lost more, he told ESPN Brazil.")
    names = _names(text)
    assert names["Kestrel"] == names["Kestrel Mobile"] == names["Kestrel Internet"] == names["ESPN Brazil"] == "ORG"
    assert names["Ivo Petit"] == "PER"


def test_a_plural_noun_and_of_opening_a_sentence_is_no_part_of_the_name():
    names = _names("Shares of Brightwave fell 11% after the report. Residents of Tartu protested.")
    assert "Brightwave" in names and "Tartu" in names
    assert not [name for name in names if name.startswith(("Shares", "Residents"))]



def test_a_quotation_holding_only_a_title_is_no_entity_but_names_in_quoted_speech_are():
    text = ("‘Harbour Lights’, a new comedy starring Ivo Petit, opens today. This year's theme, “Glass: Notes on "
            "Light,” drew crowds, and a “Tempest” coat was shown. “We thank Lars Holm and Kestrel,” Petit said.")
    names = _names(text)
    assert {"Ivo Petit", "Lars Holm", "Kestrel"} <= set(names)
    assert not {"Harbour Lights", "Glass", "Notes", "Light", "Tempest"} & set(names)


def test_a_state_ends_its_name_and_a_hyphened_spelling_joins_the_spaced_one(models):
    text = ("The film was shot in Ondo-Ekiti State last year. Ivo Petit chose Ondo Ekiti State for its roads, "
            "and later flew to Ondo Ekiti State again.")
    names = _entities(text, models)
    assert {"Ondo-Ekiti State", "Ondo Ekiti State"} <= names["Ondo Ekiti State"]
    assert _names(text)["Ondo Ekiti State"] == "LOC"


def test_football_competitions_and_galas_are_no_entities_but_a_league_that_is_a_body_is():
    names = _names("Fans say Kestrel lead the Premier League and play in the Champions League. The Harbour Gala was "
                   "cancelled, said the Hanseatic League.")
    assert "Hanseatic League" in names and "Kestrel" in names
    assert not {"Premier League", "Champions League", "Harbour Gala"} & set(names)


def test_a_team_nickname_joins_the_club_the_article_names_and_only_then(models):
    names = _entities("Fans cheered Liverpool again. The Reds have not lost since May, and Los Blancos lost.", models)
    assert "Reds" in names["Liverpool"] and "Los Blancos" in names
    assert "Reds" in _entities("The Reds have not lost since May, said Ivo Petit.", models)


def test_a_clipped_first_word_joins_the_organisation_it_clips(models):
    text = ("The Metropolitan Museum of Art in Tartu opened a show. The Met says it took two years, and Ivo Petit, "
            "director of The Met, agreed.")
    names = _entities(text, models)
    assert {"Metropolitan Museum of Art", "Met"} <= names["Metropolitan Museum of Art"]


def test_an_english_abbreviation_joins_its_long_form_which_names_the_entity(models):
    text = ("Kestrel Games works with Harbour Software. HS declined to comment, but the game left the HS Access "
            "catalogue, and Harbour Software said so.")
    article = Article(id="t", origin="test", text=text, published=datetime(2026, 3, 2, 9, 0))
    entities = {e.name: e for e in analyse(article, models).entities}
    assert {"HS", "Harbour Software"} <= {m.text for m in entities["Harbour Software"].mentions}
    # "HS Access" holds the abbreviation itself: a product of HS, no long form of it
    assert entities["Harbour Software"].type == "ORG" and entities["Harbour Software"].key == "ORG:hs"


def test_a_thing_someone_has_is_no_name_but_a_brand_modifying_a_noun_is():
    names = _names("His Body Mass Index was 30, and he will stay well for his Presidency. She posted it on her "
                   "Kestrel page.")
    assert "Kestrel" in names
    assert not {"Body Mass Index", "Presidency"} & set(names)


def test_camel_cased_brands_are_organisations_but_mc_surnames_are_people():
    names = _names("Fans of Anthem blamed BrightForge, and Ivo McQueen agreed.")
    assert names["BrightForge"] == "ORG" and names["Ivo McQueen"] == "PER"


def test_headlines_and_teasers_glued_into_the_text_give_no_names():
    text = ("The court ruled on Monday. REFORM PROTESTERS CLASH AFTER MASSIVE RALLY The mayor of Tarnow spoke. "
            "CLICK HERE TO GET THE DAILY APP In June, Tarnow Council met. Harbour Crews Win Praise As Tarnow "
            "Celebrates In Style. RIO DE JANEIRO dockers joined.")
    words_of_names = {word for name in _names(text) for word in name.split()}
    assert {"Tarnow", "Council", "RIO", "JANEIRO"} <= words_of_names
    assert not {"CLASH", "APP", "Praise", "June", "Celebrates"} & words_of_names


def test_ranks_honorifics_and_letters_after_a_name_stay_outside_it():
    text = ("Justice Anna Reeve adjourned the case. Superintendent Ivo Lang and Detective Sergeant Mia Holt "
            "spoke, as did Paul Varga QC and Labour MP Jess Philby. The Justice Department declined to comment.")
    names = _names(text)
    for person in ("Anna Reeve", "Ivo Lang", "Mia Holt", "Paul Varga", "Jess Philby"):
        assert names.get(person) == "PER", person
    assert "Justice Department" in names
    assert not [name for name in names if {"Justice", "Superintendent", "QC", "MP"} & set(name.split())
                and name != "Justice Department"]


def test_faiths_holidays_doctrines_and_quantifiers_are_no_names():
    text = ("Hindus and Muslims in Ayodhya lit lamps for Diwali, and Christians met at Christmas on Fridays. "
            "Critics called it Thatcherism. Many Labour voters and several Catholic groups in Ayodhya agreed.")
    names = _names(text)
    assert "Ayodhya" in names and "Labour" in names
    assert not {"Hindus", "Muslims", "Diwali", "Christians", "Christmas", "Fridays", "Thatcherism",
                "Many Labour", "Catholic"} & set(names)


def test_a_capitalised_common_word_opening_a_quotation_or_following_one_is_no_name():
    text = ("The firm will expand in Kenya, she said.’’ Earlier in the day, Mwangi Otieno, head of Safaricom, said: "
            "“You were right.” The new feature ‘Airport maps’ works. “People will adapt,” Otieno added.")
    names = _names(text)
    assert {"Mwangi Otieno", "Safaricom", "Kenya"} <= set(names)
    assert not {"Earlier", "You", "Airport", "People"} & set(names)


def test_letters_digits_and_accents_inside_names_and_a_last_letter_ending_a_sentence():
    text = ("Fans met at the O2 Arena and watched RTÉ, while ISPs and JPMorgan staff gathered in Tseung Kwan O. "
            "He was there. Sean P. Conley came with Élodie Marchand, and Crédit Agricole paid.")
    names = _names(text)
    assert {"O2 Arena", "RTÉ", "JPMorgan", "Tseung Kwan O", "Sean P. Conley", "Élodie Marchand",
            "Crédit Agricole"} <= set(names)
    assert not {"Arena", "RT", "IS", "ISPs", "Tseung Kwan O. He"} & set(names)


def test_a_name_after_a_place_noun_and_of_is_a_place_and_cues_stop_at_the_sentence_end():
    text = ("Officers stormed the club. Kofi Mensah, for the state of Ondo, said Ondo Police erred. "
            "Clashes hit the district of Tseung Kwan O. He fled.")
    names = _names(text)
    assert names["Kofi Mensah"] == "PER"
    assert names["Ondo"] == "LOC" and names["Tseung Kwan O"] == "LOC"


def test_police_forces_and_parties_named_by_their_members_are_organisations():
    names = _names("Ondo Police arrested him, and the Liberal Democrats and the Conservatives condemned it.")
    assert names["Ondo Police"] == names["Liberal Democrats"] == names["Conservatives"] == "ORG"


def test_titles_in_wire_backticks_are_no_names_and_according_opens_no_name():
    found = _names("Galyon co-wrote Lee Brice's ``Boy,`` Keith Urban's ``Coming Home,`` and Dierks Bentley's "
                   "``Woman, Amen.`` According to Billboard, Galyon won.")
    assert {"Lee Brice", "Keith Urban", "Dierks Bentley", "Billboard"} <= set(found)
    assert not {"Boy", "Coming Home", "Woman", "Amen", "According"} & set(found)


def test_a_title_cased_headline_gives_only_the_names_its_body_writes(models):
    text = ("Kate Beckinsale Shuts Down Jamie Foxx Dating Rumors\n\nAccording to PageSix.com, Kate Beckinsale "
            "denied a relationship with Jamie Foxx. Beckinsale called the rumors false.")
    found = _entities(text, models)
    assert found.get("Kate Beckinsale") == {"Kate Beckinsale", "Beckinsale"}
    assert "Jamie Foxx" in found and not [name for name in found if "Rumors" in name or "Shuts" in name]


def test_a_word_opening_the_lead_after_a_dateline_dash_is_a_name_only_if_never_lower_case():
    assert "Country" not in _names("NASHVILLE, Tenn. (AP) - Country music singer Dwight Yoakam was honored. "
                                   "He is a star of country music.")
    assert "Tatarstan" in _names("KAZAN, March 5 - Tatarstan will open a plant next year.")


def test_a_saints_abbreviation_opens_one_name_and_a_hospital_named_after_a_saint_is_an_organisation():
    found = _names("He flew back to St. Vincent Medical Center, then to St. Louis. He lives on Main St. The town is calm.")
    assert found.get("St. Vincent Medical Center") == "ORG" and found.get("St. Louis") == "LOC"
    assert not {"St", "Vincent Medical Center", "Louis"} & set(found)


def test_a_nationality_and_a_head_noun_are_one_name_but_a_nationality_before_a_longer_name_is_not_in_it():
    found = _names("Money went to Islamic State militants. He visited the British Museum, then the Czech Republic. "
                   "The Spanish Supreme Court ruled. Russian President Vladimir Putin spoke.")
    assert {"Islamic State", "British Museum", "Czech Republic", "Supreme Court", "Vladimir Putin"} <= set(found)
    assert not {"State", "Museum", "Republic", "Spanish Supreme Court"} & set(found)


def test_a_plus_joins_a_duos_name_and_an_honorific_is_cut_from_a_person():
    found = _names("Galyon co-wrote songs for Dan + Shay. KLCC chief executive officer Datuk Hashim Wahir said so.")
    assert found.get("Dan + Shay") == "ORG" and found.get("Hashim Wahir") == "PER"
    assert not {"Dan", "Shay", "Datuk Hashim Wahir"} & set(found)


def test_a_number_glued_or_hyphened_to_a_name_is_part_of_it():
    _, spans = analyse_english("The Huskies won the Pac-12 title, and the news ran on Channel24 and in Geneva-2.5 talks.")
    names = {s.text for s in spans}
    assert {"Pac-12", "Channel24"} <= names
    assert "Geneva" in names and not any(n.startswith("Geneva-") for n in names)


def test_an_emperors_or_curators_title_is_cut_from_the_name_after_it():
    names = _names("He studied French Emperor Napoleon Bonaparte, said Wendy Yu Curator Andrew Bolton.")
    assert {"Napoleon Bonaparte", "Wendy Yu", "Andrew Bolton"} <= set(names)
    assert not any("Emperor" in n or "Curator" in n for n in names)


def test_a_preposition_subordinator_or_adverb_opening_a_sentence_is_cut_from_the_name():
    found = _names("The phone was broken. Once Vanterpool got home, she called. Despite Kestrel Corp's offer, she left.")
    assert {"Vanterpool", "Kestrel Corp"} <= set(found)
    assert not [name for name in found if name.startswith(("Once", "Despite"))]


def test_a_word_hyphened_to_a_lower_case_word_is_no_name_but_a_hyphened_given_name_is():
    found = _names("Voters in the Tory-held seat of Harlowmere heard Ravel's Kestrel-deal Budget plan and Ravel’s "
                   "Kestrel-deal was mocked. "
                   "The Oscar-winner smiled. Councillor Lo Kin-hei disagreed.")
    assert {"Harlowmere", "Ravel", "Budget", "Lo Kin-hei"} <= set(found)
    assert not [name for name in found if name.endswith(("-held", "-deal", "-winner"))]


def test_a_paragraphs_first_word_written_in_lower_case_too_is_no_name_unless_another_line_capitalises_it():
    assert "Travellers" not in _names("Skyra app adds gate maps\n\nTravellers with the Skyra app can find gates. "
                                      "Skyra said travellers in Dubrava like the maps.")
    found = _names("Match Winner Gives Memorable Interview As Dunmore Progress In Ulster\n\n"
                   "Dunmore will go in search of a first title on Sunday.")
    assert "Dunmore" in found


def test_a_brand_written_before_its_product_is_no_short_form_of_it_but_a_legal_name_is_whole(models):
    found = _entities("Riders in Kestrel can now use Pathly to plan trips, and the Pathly Android app follows soon. "
                      "Shares in Orbix rose after Orbix Corp agreed a deal, and Orbix said so. "
                      "He joined Real Tarvisio in May, and he said Real’s offer was bigger.", models)
    assert "Pathly" in found and "Pathly" not in found.get("Pathly Android", set())
    assert "Orbix" in found["Orbix Corp"] and "Real" in found["Real Tarvisio"]
    club = _entities("Fans of Tarvisio cheered on Sunday. Tarvisio Rowing Club said it would race again.", models)
    assert "Tarvisio" in club["Tarvisio Rowing Club"]  # the last word names the kind, the one before says which sort


def test_capitals_glued_to_a_number_and_technologies_or_units_are_no_names():
    found = _names("Orbix Holdings earned RM181 million in FY19, it said in Kuala Lumpur, where it was 17 degrees "
                   "Celsius. The app finds gates over Bluetooth.")
    assert {"Orbix Holdings", "Kuala Lumpur"} <= set(found)
    assert not {"RM", "FY", "Celsius", "Bluetooth"} & set(found)


def test_a_rubric_label_in_capitals_is_no_part_of_the_name_after_it() -> None:
    _, spans = analyse_english("BREAKING Sokol Kazan confirm new coach\n\nSokol Kazan said on Monday they had hired a coach.")
    names = {text for text in (s.text for s in spans)}
    assert "Sokol Kazan" in names and not any("BREAKING" in name for name in names)


def test_bylines_photo_credits_and_wire_credits_name_no_one():
    text = ("Flood hits the valley\n\nby Jane Roe and Ann Lee The river rose overnight [File: Tom Hale/AFP] and "
            "mayor Petra Voss spoke. Photo: Getty Images\n\nBy Friday evening, Kazan was dry. (AFP Photo/MARK DOE) "
            "Crews left. (Reporting by Ken Moss; Editing by Ida Hart)")
    found = _names(text)
    assert {"Petra Voss", "Kazan"} <= set(found)
    assert not {"Jane Roe", "Ann Lee", "Tom Hale", "AFP", "File", "Getty Images", "MARK DOE", "Ken Moss",
                "Ida Hart"} & set(found)


def test_honours_and_events_are_no_entities_but_a_studio_named_games_is():
    found = _names("Leon Vey won the Nobel Prize in 1972, and the guild gave Vey the President's Award. Kestrel "
                   "Games sponsored the Kazan Championship Game, ranked in the Coaches Poll during Fashion Week.")
    assert found.get("Leon Vey") == "PER" and "Kestrel Games" in found
    assert not {"Nobel Prize", "Award", "President", "Kazan Championship Game", "Coaches Poll", "Fashion Week"} & set(found)


def test_a_release_number_or_a_title_quotation_makes_a_name_a_product_everywhere_in_the_article():
    found = _names("Kestrel Games may ship “Skyfall 2.0” soon. Critics said Skyfall launched badly. "
                   "The Vireo 6.2 phone arrives with HDMI 2.1 while Brent rose 1.2% and the Vireo shares fell.")
    assert "Kestrel Games" in found and "Brent" in found
    assert not {"Skyfall", "HDMI", "Vireo"} & set(found)


def test_a_work_noun_before_a_show_noun_after_or_a_festival_in_apposition_marks_a_work_but_not_after_a_comma():
    found = _names("She starred in the 1992 film Orlando. The Dancing Stars judges praised Mila Kos. "
                   "Riverflap, Kazan's biggest music festival, was cancelled, and Riverflap is an annual festival. "
                   "Critics at BioForge said the remake is a new game, Kotaku reported. The app added a feature called Gate Maps.")
    assert {"Mila Kos", "Kazan", "Kotaku", "BioForge"} <= set(found)
    assert not {"Orlando", "Dancing Stars", "Riverflap", "Gate Maps"} & set(found)


def test_the_before_a_place_owning_noun_is_the_nouns_and_leaves_the_place_a_place():
    found = _names("Crowds met in New Kestrel. The New Kestrel government said it would talk to them, and "
                   "officials in New Kestrel agreed, the Kazan Daily reported.")
    assert found.get("New Kestrel") == "LOC" and found.get("Kazan Daily") == "ORG"


def test_places_shaped_like_a_persons_names_are_places() -> None:
    names = _names("Sri Lanka beat New Zealand by six wickets on Sunday. Hong Kong and North Korea were not mentioned.")
    assert {names.get(n) for n in ("Sri Lanka", "New Zealand", "Hong Kong", "North Korea")} == {"LOC"}
    assert _names("Sarah Lanka and John Zealand met in the bar.")["Sarah Lanka"] == "PER"  # the shape still reads people


def test_a_brand_is_no_short_form_of_its_shop_or_subsidiary_but_a_club_is_of_its_full_name(models):
    # "Store" is written as a common noun too, and "International BV" is a subsidiary's legal name (the brand's own,
    # "Orvane Inc", still takes it); "Calcio" is no word the text writes otherwise, so "Tarvisio" shortens the club
    found = _entities("She went to the Kestrel Store in Tartu. The store sent her phone away, and Kestrel "
                      "apologised. Orvane Inc sold Orvane International BV last year, Orvane said. Fans of "
                      "Tarvisio Calcio cheered as Tarvisio won again.", models)
    assert "Kestrel" in found and "Kestrel" not in found.get("Kestrel Store", set())
    assert "Orvane" in found["Orvane Inc"] and "Orvane" not in found.get("Orvane International BV", set())
    assert "Tarvisio" in found["Tarvisio Calcio"]
    # a Latin name in a Russian report goes through the same rule
    found = _entities("Компания Orvane International BV продана в прошлом году. Об этом сообщила итальянская группа "
                      "Orvane.", models)
    assert "Orvane" in found and "Orvane" not in found["Orvane International BV"]


def test_a_place_after_a_lower_case_region_noun_is_no_short_form_of_the_body_it_names(models):
    found = _entities("The couple sued the state of Vallora after the raid. Vallora Police said the raid was lawful, "
                      "and Ivo Petit agreed with Vallora Police.", models)
    assert "Vallora" in found and "Vallora" not in found["Vallora Police"]



def test_a_transport_facility_is_a_place_and_a_venue_an_organisation_unless_a_title_makes_it_a_person() -> None:
    names = _names("Flights left Tarnby Airport late, and trains at Vellmoor Station stopped. Crowds filled Ostrow "
                   "Hall and the Kestrel Arena on Sunday.")
    assert names.get("Tarnby Airport") == "LOC" and names.get("Vellmoor Station") == "LOC"
    assert names.get("Ostrow Hall") == "ORG" and names.get("Kestrel Arena") == "ORG"
    assert _names("The award went to the actress Jenna Hall, who thanked her family.").get("Jenna Hall") == "PER"


def test_a_union_or_a_maker_in_apposition_or_a_speaker_called_it_is_an_organisation() -> None:
    names = _names("Workers at the plant backed the union Corvane on Monday, and carmaker Veltra agreed. "
                   "Members of the Dornish union marched.")
    assert names.get("Corvane") == names.get("Veltra") == names.get("Dornish") == "ORG"
    assert _names("The board met on Monday, and Veltra said it would cut 300 jobs.").get("Veltra") == "ORG"
    assert _names("The board met on Monday, and Ivo Petit said he would resign.").get("Ivo Petit") == "PER"


def test_a_name_opening_sentences_gets_its_type_from_what_is_written_there_too() -> None:
    # the only mid-sentence mention carries no cue; the sentence-opening one ("Veltra said it…") does
    text = "Veltra to close its plant\n\nLONDON - The talks with Veltra ended. Veltra said it would close the plant."
    assert _names(text).get("Veltra") == "ORG"


def test_an_unnamed_mention_is_the_name_written_as_a_whole_word_outside_the_names_read() -> None:
    text = "Veltra said it would close. Veltra-made cars, Veltras and ÉVeltra are not it; (Veltra) and Veltra_ are"
    at = text.index("Veltra-made")
    read = [NameMention(at, at + 6, "Veltra")]  # read as a name where it was written "Veltra-made"
    found = [(m.start, text[m.start:m.stop]) for m in _unnamed_mentions(read, text)]
    assert found == [(0, "Veltra"), (text.index("(Veltra)") + 1, "Veltra")]  # not "Veltras", "ÉVeltra", "Veltra_"
