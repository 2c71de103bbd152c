"""Stories: same-event grouping, incremental semantics, reprints and bad input."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from svodka.engine import Engine
from svodka.model import Analysis, Article, DateRef, Entity, NumberFact, Sentence
from svodka.nlp.subject import headline_subject
from svodka.stories import StoryGrouper, find_reprints
from svodka.stories.grouping import RECENT_POSTINGS
from svodka.stories.similarity import (_related, article_profile, compared_entity, evidence, probability,
                                       readable_names, signals)
from svodka.stories.vectors import cosine, day_of_month, term_counts

from tests.conftest import TODAY

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
FERRY = {"паром": 4, "^паром": 1, "^сесть": 1, "мель": 3, "пассажир": 2, "калининград": 2,
         "судно": 2, "порт": 1, "залив": 1,
         "@loc:калининградский залив": 2, "@org:балтийский флот": 1, "#212пассажир": 1}
TRAM = {"трамвай": 4, "^трамвай": 1, "^линия": 1, "депо": 2, "маршрут": 2, "севастополь": 2,
        "ремонт": 2, "вагон": 1, "рельс": 1,
        "@loc:севастополь": 2, "@per:разумовский": 1, "#14маршрут": 1}


def retold(terms: dict[str, float], drop: str, extra: str) -> dict[str, float]:
    """The same event in another outlet's words: one term missing, one of its own."""
    found = {t: w for t, w in terms.items() if t != drop}
    found[extra] = 1
    return found


def test_reports_of_one_event_join_and_another_event_stays_apart():
    grouper = StoryGrouper()
    first = grouper.place("f1", FERRY, T0)
    second = grouper.place("f2", retold(FERRY, "мель", "отмель"), T0 + timedelta(hours=3))
    tram = grouper.place("t1", TRAM, T0 + timedelta(hours=4))
    assert second.story == first.story == "f1"
    assert second.neighbour == "f1" and second.evidence.shared_terms
    assert "калининградский залив" in second.evidence.shared_entities
    assert tram.story == "t1"


def test_window_closes_a_story_but_is_configurable():
    late = T0 + timedelta(days=5)
    narrow = StoryGrouper(window=timedelta(days=3))
    narrow.place("f1", FERRY, T0)
    assert narrow.place("f2", FERRY, late).story == "f2"
    default = StoryGrouper()
    default.place("f1", FERRY, T0)
    assert default.place("f2", FERRY, late).story == "f1"


def test_reloaded_articles_share_their_term_strings_and_each_index_term_keeps_its_latest_articles():
    grouper = StoryGrouper()
    for n in range(RECENT_POSTINGS + 5):  # as the store reloads them: every article's terms are fresh strings
        grouper.remember(f"f{n}", json.loads(json.dumps(FERRY)), "f0", T0 + timedelta(minutes=n))
    first, last = grouper.members["f0"].profile, grouper.members[f"f{RECENT_POSTINGS + 4}"].profile
    assert all(a is b for a, b in zip(sorted(first.words), sorted(last.words)))
    assert grouper.postings["паром"] == [f"f{n}" for n in range(5, RECENT_POSTINGS + 5)]
    assert grouper.place("f-new", FERRY, T0 + timedelta(hours=3)).story == "f0"


def test_time_apart_lowers_the_probability():
    df, docs = {t: 1 for t in FERRY}, 10
    same_day = article_profile(FERRY, df, docs, None, T0)
    week_later = article_profile(FERRY, df, docs, None, T0 + timedelta(days=6))
    assert probability(same_day, same_day) > probability(same_day, week_later)


def test_different_days_or_different_headline_names_speak_against_one_event():
    df, docs = {t: 1 for t in FERRY}, 10
    base = article_profile({**FERRY, "~11-08": 1, "!loc:калининградский залив": 1}, df, docs, None, T0)
    same = article_profile({**FERRY, "~11-08": 1, "!loc:калининградский залив": 1}, df, docs, None, T0)
    other_day = article_profile({**FERRY, "~11-16": 1}, df, docs, None, T0)
    elsewhere = {**{t: w for t, w in FERRY.items() if not t.startswith("@")}, "@loc:балтийск": 1, "!loc:балтийск": 1}
    other_place = article_profile(elsewhere, df, docs, None, T0)
    assert signals(base, same)["other_day"] == signals(base, same)["other_names"] == 0
    assert signals(base, other_day)["other_day"] == 1 and probability(base, other_day) < probability(base, same)
    assert signals(base, other_place)["other_names"] == 1


def test_a_headline_name_the_other_report_types_otherwise_is_no_other_name():
    """The English tagger reads "Toyota" as a place in one report and an organisation in the next."""
    df, docs = {t: 1 for t in FERRY}, 10
    plain = {t: w for t, w in FERRY.items() if not t.startswith("@")}
    as_place = article_profile({**plain, "@loc:toyota": 1, "!loc:toyota": 1, "@org:derbyshire": 1}, df, docs, None, T0)
    as_company = article_profile({**plain, "@org:toyota": 1, "@loc:derbyshire": 1, "!loc:derbyshire": 1},
                                 df, docs, None, T0)
    elsewhere = article_profile({**plain, "@loc:leeds": 1, "!loc:leeds": 1}, df, docs, None, T0)
    assert signals(as_place, as_company)["other_names"] == 0
    assert signals(elsewhere, as_place)["other_names"] == 1  # a place the other never names

def test_a_place_or_organisation_is_one_name_whichever_type_the_tagger_gave_it():
    """The English tagger reads "Port of Aldmouth" as a place in a flash and an organisation in the next report."""
    df, docs = {t: 1 for t in FERRY}, 10
    plain = {t: w for t, w in FERRY.items() if not t.startswith("@")}
    as_place = article_profile({**plain, "@loc:port of aldmout": 1}, df, docs, None, T0)
    as_body = article_profile({**plain, "@org:port of aldmout": 1}, df, docs, None, T0)
    a_person = article_profile({**plain, "@per:aldmout": 1}, df, docs, None, T0)
    assert signals(as_place, as_body)["entities"] == pytest.approx(1.0)
    assert signals(as_place, a_person)["entities"] == 0  # a person is known by the surname, never by a place's name


# A breaking flash (one sentence retelling its headline, marked "|") and the report that follows it, which tells the
# fire in words of its own: "горит складской комплекс" / "загорелся склад".
FLASH = {"^серпухов": 1, "^гореть": 1, "^складской": 1, "^комплекс": 1, "серпухов": 3.5, "гореть": 3.5,
         "складской": 3.5, "комплекс": 3.5, "шоссе": 1.5, "мчс": 1.5, "*серпухов": 1, "|": 1,
         "@loc:serpuhov": 2, "!loc:serpuhov": 1, "@org:mchs": 1}
REPORT = {"^серпухов": 1, "^загореться": 1, "^склад": 1, "серпухов": 3.5, "загореться": 2, "склад": 4.5,
          "пожар": 3, "площадь": 1, "расчёт": 1, "химия": 1, "*серпухов": 1, "@loc:serpuhov": 2, "!loc:serpuhov": 1,
          "@org:gu mchs po moskovskoi oblasti": 1, "@per:sokolov": 1, "#800": 1}


def test_a_flash_is_told_by_words_of_its_root_and_judged_by_the_share_of_its_names_told():
    flash, report = (article_profile(terms, {}, 10, None, T0) for terms in (FLASH, REPORT))
    assert flash.flash and not report.flash
    found = signals(flash, report)
    assert found["untold"] == 0 and found["told"] >= 0.75
    assert found["entities"] > cosine(flash.entities, report.entities)  # the report's other names dilute no share
    as_reports = [article_profile({t: w for t, w in terms.items() if t != "|"}, {}, 10, None, T0)
                  for terms in (FLASH, REPORT)]
    assert signals(*as_reports)["untold"] == 1  # two full reports that share no word of their claims: two events
    pipe = {t: w for t, w in FLASH.items() if not any(word in t for word in ("гореть", "складской", "комплекс"))}
    burst_pipe = article_profile({**pipe, "^прорвать": 1, "^труба": 1, "прорвать": 3.5, "труба": 3.5}, {}, 10, None, T0)
    assert signals(burst_pipe, report)["untold"] == 1  # a flash of a burst pipe in the same town: another event


def test_words_of_one_root_are_related_but_short_and_numbered_words_are_not():
    assert _related("склад", "складской") and _related("гореть", "загореться") and _related("strike", "striker")
    assert not _related("мост", "мостовая")  # too short to be a root of its own
    assert not _related("событие1", "событие12") and not _related("гореть", "говорить")


def test_a_name_with_an_initial_or_another_ending_is_no_other_name():
    df, docs = {t: 1 for t in FERRY}, 10
    full = article_profile({**FERRY, "@per:shchetinina": 2, "!per:shchetinina": 1}, df, docs, None, T0)
    initial = article_profile({**FERRY, "@per:a.shchetinin": 2, "!per:a.shchetinin": 1}, df, docs, None, T0)
    other = article_profile({**FERRY, "@per:kuzminih": 2, "!per:kuzminih": 1}, df, docs, None, T0)
    assert signals(full, initial)["other_names"] == 0
    assert signals(full, other)["other_names"] == signals(initial, other)["other_names"] == 1


def test_headlines_sharing_one_name_but_each_naming_another_never_mentioned_speak_against_one_event():
    df, docs = {t: 1 for t in FERRY}, 10
    match = {**FERRY, "@per:ivanov": 2, "!per:ivanov": 1}
    first = article_profile({**match, "@per:petrov": 2, "!per:petrov": 1}, df, docs, None, T0)
    second = article_profile({**match, "@per:sidorov": 2, "!per:sidorov": 1}, df, docs, None, T0)
    retold_with_both = article_profile({**match, "@per:sidorov": 2, "!per:sidorov": 1, "@per:petrov": 1}, df, docs, None, T0)
    assert signals(first, second)["other_names"] == 1  # one player, two matches
    assert signals(first, retold_with_both)["other_names"] == 0  # its opponent is named further down


def test_a_year_alone_is_no_shared_fact_but_a_month_or_a_number_is():
    df, docs = {t: 1 for t in FERRY}, 10
    in_2021 = article_profile({**FERRY, "=2021-01-01/2021-12-31": 1}, df, docs, None, T0)
    assert in_2021.facts == {"#212"}  # the number of passengers, by its value
    in_may = article_profile({**FERRY, "=2021-05-01/2021-05-31": 1}, df, docs, None, T0)
    assert "=2021-05-01/2021-05-31" in in_may.facts


def test_a_headline_the_other_report_never_tells_speaks_against_one_event():
    df, docs = {t: 1 for t in FERRY}, 10
    aground = {**FERRY, "сесть": 2}
    base = article_profile(aground, df, docs, None, T0)
    retelling = article_profile(retold(aground, "залив", "бухта"), df, docs, None, T0)
    other_claim = {**{t: w for t, w in aground.items() if not t.startswith("^")}, "^эвакуация": 1, "эвакуация": 2}
    other_event = article_profile(other_claim, df, docs, None, T0)
    assert signals(base, retelling)["told"] == 1 and signals(base, other_event)["told"] == 0
    assert probability(base, other_event) < probability(base, retelling)


def test_a_headline_told_once_deep_in_a_long_report_is_still_told():
    long_report = {**FERRY, **{f"подробность{i}": 3 for i in range(60)}, "сесть": 1}  # "сесть" not among the heaviest
    df, docs = {t: 1 for t in long_report}, 10
    short = article_profile({**FERRY, "сесть": 1}, df, docs, None, T0)
    long = article_profile(long_report, df, docs, None, T0)
    assert "сесть" not in long.words and signals(short, long)["told"] == 1


def test_a_place_the_headline_names_weighs_more_than_one_merely_mentioned():
    df, docs = {t: 1 for t in FERRY}, 10
    mentioned = article_profile(FERRY, df, docs, None, T0).entities
    in_headline = article_profile({**FERRY, "!loc:калининградский залив": 1}, df, docs, None, T0).entities
    place, fleet = compared_entity("@loc:калининградский залив"), compared_entity("@org:балтийский флот")
    assert in_headline[place] / in_headline[fleet] > mentioned[place] / mentioned[fleet]


def signal_between(name: str, a: dict[str, float], b: dict[str, float]) -> float:
    """One similarity signal of two articles given as term counts (every term as rare as the next)."""
    return signals(article_profile(a, {}, 10, None, T0), article_profile(b, {}, 10, None, T0))[name]


def test_two_claims_neither_report_tells_conflict_unless_a_headline_is_missing():
    grounded = {"паром": 3, "^паром": 1, "^мель": 1, "мель": 2, "залив": 2, "порт": 1}
    towed = {"буксир": 3, "^буксир": 1, "^трос": 1, "трос": 2, "залив": 2, "порт": 1}
    retold_grounding = {**grounded, "^сесть": 1, "сесть": 1}
    untitled = {term: count for term, count in towed.items() if not term.startswith("^")}
    assert signal_between("untold", grounded, towed) == 1
    assert signal_between("untold", grounded, retold_grounding) == 0
    assert signal_between("untold", grounded, untitled) == 0  # no headline, no claim to be told: no conflict


def test_headlines_whose_subjects_the_other_report_never_names_conflict():
    putin = {"путин": 3, "^путин": 1, "^сообщить": 1, "саммит": 2, "&путин": 1}
    lukashenko = {"лукашенко": 3, "^лукашенко": 1, "^поздравить": 1, "саммит": 2, "&лукашенко": 1}
    both_named = {**lukashenko, "путин": 1}
    no_subject = {term: count for term, count in lukashenko.items() if not term.startswith("&")}
    assert signal_between("other_subject", putin, lukashenko) == 1
    assert signal_between("other_subject", putin, both_named) == 0  # one subject told by the other: no conflict
    assert signal_between("other_subject", putin, no_subject) == 0


def test_the_subject_of_a_russian_headline_is_parsed_with_its_name_parts(models):
    assert headline_subject("Владимир Путин встретился с Токаевым в Петербурге", models) == ["владимир", "путин"]
    assert headline_subject("На Камчатке проснулся вулкан Карымский", models) == ["вулкан", "карымский"]
    assert headline_subject("", models) == []


def test_days_months_apart_are_background_and_never_conflict():
    assert signal_between("other_day", {**FERRY, "~11-08": 1}, {**FERRY, "~11-16": 1}) == 1
    assert signal_between("other_day", {**FERRY, "~12-30": 1}, {**FERRY, "~01-02": 1}) == 1  # across the new year
    assert signal_between("other_day", {**FERRY, "~11-08": 1}, {**FERRY, "%07-05": 1}) == 0  # months before


def test_a_days_slip_between_reports_giving_the_same_figures_is_no_other_day():
    # A capsize "on Monday" told on Tuesday in one zone and resolved to the Tuesday in another report: 212
    # passengers and 1,500 tonnes in both.
    capsize = {**FERRY, "#1500тонна": 1, "~03-02": 1}
    told_next_day = {**FERRY, "#1500тонна": 1, "~03-03": 1}
    assert signal_between("other_day", capsize, told_next_day) == 0
    # Yesterday's and today's daily counts: a day apart, but other figures (only the small ones shared).
    assert signal_between("other_day", {**TRAM, "#312вагон": 1, "~03-02": 1},
                          {**TRAM, "#318вагон": 1, "~03-03": 1}) == 1
    # The same figures two days apart are two days, not a slip (both gone by the reports' publication, T0).
    assert signal_between("other_day", capsize, {**FERRY, "#1500тонна": 1, "~02-28": 1}) == 1
    # A governor's daily reports share small counts (1 and 3) of other things: no slip, though one person speaks.
    assert signal_between("other_day", {**TRAM, "@per:гладков": 1, "#1погибший": 1, "#3дом": 1, "~03-02": 1},
                          {**TRAM, "@per:гладков": 1, "#1пострадавший": 1, "#3машина": 1, "~03-03": 1}) == 1


def test_a_person_is_one_name_however_declined_and_places_keep_their_whole_name():
    declined = signal_between("entities", {**TRAM, "@per:a.shchetininoi": 2}, {**FERRY, "@per:shchetinina": 2})
    assert declined > 0.5
    places = signal_between("entities", {**TRAM, "@loc:калининградская область": 2}, FERRY)
    assert places == signal_between("entities", TRAM, FERRY)  # "калининградский залив" is another place


def test_evidence_names_people_as_a_reader_knows_them_though_it_compares_stems():
    profiles = [article_profile(terms, {}, 2, None, T0) for terms in
                ({**TRAM, "@per:a.shchetininoi": 2}, {**FERRY, "@per:shchetinina": 2, "@loc:севастополь": 1})]
    shared = evidence(*profiles).shared_entities
    assert "shchetin" in shared  # compared by the stem of the surname
    named = readable_names(shared, [Entity("Щетинина", "PER", key="PER:shchetinina"),
                                    Entity("Алла Щетинина", "PER", key="PER:a.shchetinina"),
                                    Entity("Севастополь", "LOC", key="LOC:севастополь")])
    assert set(named) == {"Щетинина", "Севастополь"}  # the first name seen under each key
    assert readable_names(["shchetin"], []) == ["shchetin"]  # no entity to name it: the stem, not nothing


def test_large_numbers_agree_whatever_their_unit_small_ones_need_the_same_unit():
    assert signal_between("facts", {**FERRY, "#3e+09гривна": 1}, {**TRAM, "#3e+09грн": 1}) > 0
    assert signal_between("facts", {**FERRY, "#2.5трлн": 1}, {**TRAM, "#2.5триллион": 1}) > 0
    assert signal_between("facts", {**FERRY, "#2девочка": 1}, {**TRAM, "#2автомобиль": 1}) == 0


def test_days_of_the_month_are_read_in_russian_and_english():
    assert day_of_month("8 ноября", None) == day_of_month("Nov. 8", None) == "11-08"
    assert day_of_month("в понедельник", "2020-05-04") == "05-04"
    assert day_of_month("в мае", "2020-05") is None
    assert day_of_month("05.07.2019", "2019-07-05") == "07-05"
    assert day_of_month("к концу 2024 года", "2024-12-31") is None  # a year's end, not a day the text names


def test_days_named_only_below_the_lead_never_conflict_with_each_other():
    sentences = [Sentence(10 * i, 10 * i + 9, "x", [f"слово{i}"]) for i in range(8)]
    dates = [DateRef("8 ноября", 12, 20, None), DateRef("16 ноября", 72, 81, None)]
    terms = term_counts(Article("x", "x", ""), Analysis("ru", sentences=sentences, dates=dates))
    assert terms["~11-08"] == terms["%11-16"] == 1  # the second sentence leads, the eighth does not
    df, docs = {t: 1 for t in FERRY}, 10
    lead, deep, other_deep = ({**FERRY, day: 1} for day in ("~11-08", "%11-08", "%11-16"))
    profile = {name: article_profile(terms, df, docs, None, T0)
               for name, terms in (("lead", lead), ("deep", deep), ("other_deep", other_deep))}
    assert signals(profile["deep"], profile["other_deep"])["other_day"] == 0
    assert signals(profile["lead"], profile["other_deep"])["other_day"] == 1
    assert signals(profile["lead"], profile["deep"])["other_day"] == 0  # one day, wherever it is named


def test_a_number_counts_the_same_thing_in_both_languages():
    russian = Analysis("ru", numbers=[NumberFact("150 пассажиров", 150, "пассажир", 0, 14)])
    english = Analysis("en", numbers=[NumberFact("150 passengers", 150, "passenger", 0, 14)])
    facts = [{t for t in term_counts(Article("x", "x", ""), analysis) if t.startswith("#")}
             for analysis in (russian, english)]
    assert facts[0] == facts[1] == {"#150passenger"}


def test_reports_in_two_languages_join_on_shared_names_and_facts_but_not_on_names_alone():
    names = {"@per:svetlova": 2, "@loc:baltiisk": 2, "@loc:kaliningrad": 1}
    russian = {**FERRY, **names, "$ru": 1}
    english = {"ferry": 4, "^ferry": 1, "aground": 2, "passenger": 2, "bay": 1, "ship": 1, **names, "#212пассажир": 1, "$en": 1}
    same_names_other_event = {"exhibition": 3, "^amber": 1, "amber": 2, "museum": 1, "jewel": 1, "visitor": 1, **names, "$en": 1}
    grouper = StoryGrouper()
    grouper.place("ru", russian, T0)
    assert grouper.place("en", english, T0 + timedelta(hours=2)).story == "ru"
    assert grouper.place("other", same_names_other_event, T0 + timedelta(hours=3)).story == "other"


def test_reports_in_two_languages_sharing_facts_but_no_name_are_two_events():
    facts = {"#212пассажир": 1, "#40минута": 1, "=2026-03-01/2026-03-31": 1}
    russian = {**FERRY, **facts, "$ru": 1}
    english = {"olympics": 3, "^olympics": 1, "postpone": 2, "athlete": 1, **facts, "$en": 1}
    df, docs = {t: 1 for t in {**russian, **english}}, 10
    a, b = (article_profile(terms, df, docs, None, T0) for terms in (russian, english))
    assert signals(a, b)["facts"] == 1 and signals(a, b)["entities"] == 0
    assert probability(a, b) < 0.1
    named = article_profile({**english, "@loc:калининградский залив": 1}, df, docs, None, T0)
    assert probability(a, named) > 0.5  # one shared name beside the facts: the same event told twice


def test_a_bridging_report_merges_stories_keeping_the_older_id():
    left = {"мель": 3, "отмель": 2, "рейс": 1, "пассажир": 2, "паром": 1, "@loc:калининградский залив": 1, "^мель": 1, "^пассажир": 1}
    right = {"буксир": 3, "трос": 2, "катер": 1, "спасатель": 2, "паром": 1, "@loc:калининградский залив": 1, "^буксир": 1, "^спасатель": 1}
    grouper = StoryGrouper()
    assert grouper.place("a", left, T0).story == "a"
    assert grouper.place("b", right, T0).story == "b"
    bridge = grouper.place("c", {**left, **right}, T0)
    assert bridge.story == "a" and bridge.merged == ["b"]
    assert grouper.story_of("b") == "a"


def test_many_near_empty_articles_stay_apart_and_do_not_crash():
    grouper = StoryGrouper()
    odd_dates = [None, datetime(1971, 1, 1), datetime(2099, 12, 31, tzinfo=timezone.utc), T0]
    stories = set()
    for i in range(60):
        title_only = {f"^слово{i}": 1, f"слово{i}": 2} if i % 3 else {}
        stories.add(grouper.place(f"n{i}", title_only, odd_dates[i % 4], year_guessed=i % 5 == 0).story)
    assert len(stories) == 60
    # and a real report placed after them still starts its own story, undragged
    assert grouper.place("f1", FERRY, T0).story == "f1"


def test_near_empty_and_foreign_articles_pass_the_whole_pipeline(models, store, tmp_path):
    lines = [{"title": f"Короткая заметка номер {i}", "text": "Подробности позже.", "published": "2099-01-01"}
             for i in range(8)]
    lines += [{"title": "Ein Titel", "text": "Nur ein kurzer deutscher Satz über nichts."},
              {"title": "Ancient", "text": "Old news.", "published": "1950-05-05"}]
    dump = tmp_path / "odd.jsonl"
    dump.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    Engine(store, models, now=TODAY, include_non_news=True).run([str(dump)])
    assert not store.rejections()
    grouped = [s for s in store.articles() if s.story]
    assert len({s.story for s in grouped}) == len(grouped) > 0


def test_reprints_link_to_the_earliest_copy():
    body = ("Паром «Балтика» с двумястами пассажирами сел на мель у входа в Калининградский залив "
            "утром во вторник, сообщили в портовой службе. Буксиры сняли судно через четыре часа, "
            "пострадавших нет, рейс задержан до вечера, пассажиров пересадили на другой паром.")
    original = Article("orig", "a", body, published=T0)
    copy = Article("copy", "b", body + " Подробности позже.", published=T0 + timedelta(hours=1))
    copy_of_copy = Article("copy2", "c", body.replace("вторник", "вторник, 2 марта,"), published=T0 + timedelta(hours=2))
    other = Article("other", "d", "Трамвайная линия в Севастополе закрыта на ремонт до конца месяца, "
                    "маршрут номер четырнадцать заменят автобусы, сообщили в департаменте транспорта города "
                    "во вторник утром, жителей просят заранее планировать поездки по городу.", published=T0)
    found = {r.article: r for r in find_reprints([copy_of_copy, other, copy, original])}
    assert set(found) == {"copy", "copy2"}
    assert found["copy"].original == found["copy2"].original == "orig"
    assert 0.85 <= found["copy"].similarity <= 1.0


def test_english_reports_have_no_navec_meaning_and_russian_ones_do(models):
    """navec is a Russian model: its few English words made any two Hong Kong reports alike."""
    from svodka.stories.vectors import LANGUAGE
    hong_kong = {"hong": 3, "kong": 3, "police": 2, "festival": 2, "^hong": 1, "^kong": 1, "^festival": 1}
    student = {"hong": 3, "kong": 3, "police": 2, "student": 2, "^hong": 1, "^kong": 1, "^student": 1}
    df, docs = {t: 1 for t in {**hong_kong, **student}}, 100
    english = [article_profile({**terms, LANGUAGE + "en": 1}, df, docs, models.embedding, T0) for terms in (hong_kong, student)]
    assert all(profile.meaning is None for profile in english) and signals(*english)["meaning"] == 0.0
    russian = article_profile({**FERRY, LANGUAGE + "ru": 1}, {t: 1 for t in FERRY}, docs, models.embedding, T0)
    assert russian.meaning is not None


DISPUTED_FIGURE = [
    {"title": "Brannock to cut 300 jobs at Wakefield bakery", "outlet": "Yorkshire Ledger",
     "published": "2026-04-08T08:00:00+00:00",
     "text": "Brannock will cut 300 jobs at its bakery in Wakefield, the company said on Tuesday, blaming the "
             "rising cost of flour and energy.\nStaff were told at a meeting on Monday that the night shift would end "
             "in June.\n\"This is a bitter day for the bakers and for the whole of Wakefield,\" said Janet Hollis, "
             "regional organiser of the GMB union.\nBrannock said it would ask for volunteers first."},
    {"title": "Brannock confirms 340 job losses in Wakefield", "outlet": "Pennine Wire",
     "published": "2026-04-07T19:15:00+00:00",
     "text": "Brannock on Tuesday confirmed that 340 jobs will go at its West Yorkshire bakery as flour and energy "
             "bills climb.\nJanet Hollis of the GMB union said: \"It is a cruel day for the workforce and for all "
             "of West Yorkshire.\"\nThe company said the night shift would close this summer and volunteers "
             "would be sought first."},
    {"title": "GMB angry as Brannock axes 300 Wakefield jobs", "outlet": "Calder Daily",
     "published": "2026-04-07T17:40:00+00:00",
     "text": "Brannock is to cut 300 jobs at its Wakefield bakery, the firm announced on Tuesday.\n\"This is a "
             "bitter day for bakers and for the whole of Wakefield,\" GMB regional organiser Janet Hollis said.\n"
             "The company blamed the cost of flour and energy and said it would look for volunteers first."},
]


def test_reports_of_one_event_disputing_its_headline_figure_are_one_story(models, store, tmp_path):
    """One company, plant, union official and day; one outlet says 340 jobs, two say 300: a conflict to show."""
    dump = tmp_path / "bakery.jsonl"
    dump.write_text("".join(json.dumps(line) + "\n" for line in DISPUTED_FIGURE), encoding="utf-8")
    Engine(store, models, now=TODAY).run([str(dump)])
    stories = {s.story for s in store.articles()}
    assert len(stories) == 1 and None not in stories


def test_the_grouper_lends_its_stories_and_profiles_without_letting_them_change_it():
    """`report.nearest` asks grouping's questions again through these: the stories are a copy, and profiling an
    outside article counts nothing, so a later placement is what it would have been."""
    grouper, twin = StoryGrouper(), StoryGrouper()
    for g in (grouper, twin):
        g.place("f1", FERRY, T0)
        g.place("f2", retold(FERRY, "мель", "отмель"), T0 + timedelta(hours=3))
        g.place("t1", TRAM, T0 + timedelta(hours=4))
    stories = grouper.stories()
    assert stories == {"f1": ["f1", "f2"], "t1": ["t1"]}
    stories["f1"].append("t1")
    assert grouper.stories()["f1"] == ["f1", "f2"]
    assert "отмель" in grouper.profile_of("f2").words and "отмель" not in grouper.profile_of("f1").words

    outside = grouper.outside_profile(retold(FERRY, "судно", "теплоход"), T0 + timedelta(hours=5))
    assert probability(outside, grouper.profile_of("f1")) > probability(outside, grouper.profile_of("t1"))
    late = retold(FERRY, "судно", "теплоход")
    placed, placed_twin = (g.place("f3", late, T0 + timedelta(hours=5)) for g in (grouper, twin))
    assert placed.story == placed_twin.story == "f1" and placed.similarity == placed_twin.similarity


TERMINAL = ("КАЗАНЬ, 2 марта — Новый терминал международного аэропорта «Казань» принял первых пассажиров в "
            "понедельник, сообщил генеральный директор аэропорта Андрей Сорокин. Терминал рассчитан на 1000 "
            "пассажиров в час, его площадь — 38 тысяч квадратных метров. «Мы ждали этого дня 3 года», — сказал "
            "Сорокин. Строительство обошлось в 9 миллиардов рублей. Пассажиров ждут 40 стоек регистрации.")


def test_a_copy_changing_printed_figures_is_a_report_of_its_own_not_a_reprint():
    """1200 passengers for 1000, «4 года» for «3 года», 11 billion for 9: the words are the original's (similarity
    0.99), what they report is not, so comparison must set the copy against its original."""
    original = Article("a", "a", TERMINAL, published=T0)
    changed = {"1000": "1200", "3 года": "4 года", "9 миллиардов": "11 миллиардов"}
    for old, new in changed.items():
        rewrite = Article("b", "b", TERMINAL.replace(old, new), published=T0 + timedelta(hours=1))
        assert find_reprints([original, rewrite]) == [], old
    # a copy of the rewrite is its reprint, not the first report's
    rewrite = Article("b", "b", TERMINAL.replace("1000", "1200"), published=T0 + timedelta(hours=1))
    copy = Article("c", "c", rewrite.text + " Фото: пресс-служба.", published=T0 + timedelta(hours=2))
    assert [(r.article, r.original) for r in find_reprints([copy, rewrite, original])] == [("c", "b")]


def test_copies_printing_the_same_figures_stay_reprints():
    """A new headline, a credit line with a year, a trimmed ending, a figure spelt out, a recap of its own: each
    prints nothing the original contradicts."""
    original = Article("a", "a", TERMINAL, published=T0)
    copies = [Article("headline", "b", TERMINAL, title="Аэропорт Казани открыл терминал"),
              Article("credit", "c", TERMINAL + " © Вестник, 2026. Все права защищены."),
              Article("trimmed", "d", TERMINAL.replace(" Пассажиров ждут 40 стоек регистрации.", "")),
              Article("spelt", "e", TERMINAL.replace("3 года", "три года"))]
    for i, copy in enumerate(copies, 1):
        copy.published = T0 + timedelta(hours=i)
    found = {r.article: r.original for r in find_reprints([original, *copies])}
    assert found == {copy.id: "a" for copy in copies}
    # the ending trimmed (a figure gone) and a recap of other news appended (a figure added), alone with its original
    recap = Article("recap", "f", TERMINAL.replace(" Пассажиров ждут 40 стоек регистрации.",
                                                   " Читайте также: в Перми 5 человек отравились грибами."),
                    published=T0 + timedelta(hours=1))
    assert [(r.article, r.original) for r in find_reprints([original, recap])] == [("recap", "a")]
