"""Reports of one event in Russian and English join one story; other events of the same place or people stay apart.

Across languages only names and figures survive translation (`similarity.CROSS_WEIGHTS`), so the Russian report
must read the English names and figures as the English one does: «Олдмут» is "Aldmouth", «23 судна» 23 ships,
«48-часовую» 48 hours, «два года» two years. The events and places are invented.
"""

from __future__ import annotations

import json

from svodka.engine import Engine
from svodka.model import Article
from svodka.nlp import analyse
from svodka.nlp.numbers import find_numbers
from svodka.nlp.aliases import place_words_in_english
from svodka.nlp.translit import entity_key, sound_skeleton
from svodka.stories.grouping import SOUND, StoryGrouper
from svodka.stories.similarity import _same_name_across, article_profile, name_sounds, probability, signals
from svodka.stories.vectors import term_counts
from tests.conftest import TODAY

# key → (outlet, published, title, text)
REPORTS = {
    "strike-en": ("Harbour Wire", "2026-11-24T09:30:00+00:00", "Aldmouth port strike halts container traffic",
                  "About 1,400 dockworkers at the Port of Aldmouth went on strike on Tuesday, halting container "
                  "traffic at the country's third-largest port, the Aldmouth Dockers Union said. \"We have asked for a "
                  "safety review for two years,\" union leader Grace Whitfield told reporters at the main gate. Port "
                  "operator Northgate Terminals said 23 ships were waiting at anchor. The strike is due to last 48 "
                  "hours."),
    "strike-ru": ("Морской телеграф", "2026-11-24T13:30:00+03:00", "Докеры порта Олдмут объявили забастовку",
                  "Около 1400 докеров порта Олдмут начали во вторник 48-часовую забастовку, сообщил профсоюз "
                  "Aldmouth Dockers Union. По данным оператора порта Northgate Terminals, на рейде ожидают разгрузки "
                  "23 судна. Лидер профсоюза Грейс Уитфилд заявила, что докеры два года добиваются проверки "
                  "безопасности."),
    "leak-en": ("Midland Echo", "2026-11-25T10:00:00+00:00",
                "Chlorine leak at Kellbrook plant forces 300 residents out",
                "About 300 residents of Kellbrook were evacuated on Wednesday after chlorine leaked from the town's "
                "water treatment plant, the fire service said. Eleven people were taken to hospital with breathing "
                "problems. Plant manager Thomas Ashworth said a faulty valve had been replaced."),
    "leak-ru": ("Вести Европы", "2026-11-25T14:00:00+03:00", "В Келлбруке из-за утечки хлора эвакуировали 300 жителей",
                "Около 300 жителей Келлбрука эвакуированы в среду после утечки хлора на водоочистной станции, "
                "сообщила пожарная служба. 11 человек госпитализированы с затруднённым дыханием. Директор станции "
                "Томас Эшворт заявил, что неисправный клапан уже заменён."),
    "metro-en": ("Kyiv Daily", "2026-11-24T08:00:00+00:00", "Kyiv metro station flooded after water main bursts",
                 "A water main burst under a Kyiv metro station on Tuesday morning, flooding the platform, the city "
                 "administration said. About 120 passengers were led out through the tunnel, and the station will "
                 "stay closed for 6 hours while 40 workers pump out the water."),
    "metro-ru": ("Столичные новости", "2026-11-24T11:20:00+03:00", "В Киеве затопило станцию метро",
                 "Во вторник утром в Киеве из-за прорыва водопровода затопило станцию метро, сообщили в городской "
                 "администрации. Около 120 пассажиров вывели через тоннель. Станция будет закрыта 6 часов, воду "
                 "откачивают 40 рабочих."),
    "fire-ru": ("Морской телеграф", "2026-11-24T22:10:00+03:00", "Пожар уничтожил склад в Олдмуте",
                "Во вторник вечером на окраине Олдмута сгорел деревянный склад. 60 пожарных тушили огонь пять часов, "
                "сообщила пожарная служба Олдмута. Никто не пострадал."),
    "fire-en": ("Harbour Wire", "2026-11-24T18:00:00+00:00", "Fire destroys warehouse in Aldmouth",
                "A fire destroyed a timber warehouse on the edge of Aldmouth on Tuesday evening. Sixty firefighters "
                "fought the blaze for five hours, the Aldmouth fire service said. Nobody was hurt."),
    # other events of the same places and people, in English
    "vote-en": ("Harbour Wire", "2026-11-24T16:00:00+00:00", "Whitfield re-elected to lead Aldmouth Dockers Union",
                "Grace Whitfield was re-elected general secretary of the Aldmouth Dockers Union at its conference in "
                "Aldmouth, winning 812 of the 975 votes cast. She has led the union since 2019."),
    "bridge-en": ("Midland Echo", "2026-11-25T12:00:00+00:00", "Kellbrook council approves new footbridge",
                  "Kellbrook council approved plans for a new footbridge over the river on Wednesday. The bridge will "
                  "cost £4m and take 18 months to build, council leader Thomas Ashworth said."),
    # one Kyiv metro station in Ukrainian and Russian, whose name's common word is translated (площа / площадь), and
    # another station reopened the same way
    "post-uk": ("Дніпровська хвиля", "2026-11-22T08:10:00+02:00",
                "У Києві після ремонту відкрили станцію метро «Поштова площа»",
                "Станцію метро «Поштова площа» у Києві відкрили для пасажирів після ремонту, що тривав два роки, "
                "повідомив міський голова Віталій Кличко. Ремонт коштував 380 мільйонів гривень. Вхід з боку Подолу "
                "запрацює у вівторок."),
    "post-ru": ("Северный вестник", "2026-11-22T09:30:00+03:00",
                "В Киеве после ремонта открыли станцию метро «Почтовая площадь»",
                "Станцию метро «Почтовая площадь» в Киеве открыли для пассажиров после ремонта, который длился два "
                "года, сообщил мэр Виталий Кличко. Ремонт обошелся в 380 млн гривен. Вход со стороны Подола "
                "заработает во вторник."),
    "contract-uk": ("Дніпровська хвиля", "2026-11-22T11:00:00+02:00",
                    "У Києві після ремонту відкрили станцію метро «Контрактова площа»",
                    "Станцію метро «Контрактова площа» у Києві відкрили для пасажирів після ремонту, що тривав два "
                    "роки, повідомив міський голова Віталій Кличко. Ремонт коштував 215 мільйонів гривень. Другий "
                    "вихід запрацює у вівторок."),
    "tram-en": ("Kyiv Daily", "2026-11-24T15:00:00+00:00", "Kyiv opens new tram line to the left bank",
                "Kyiv opened a new tram line to the left bank on Tuesday. The 9-kilometre line has 14 stops and will "
                "carry 30,000 passengers a day, the city administration said."),
}
# the fire's reports share no word nor entity key ("Aldmouth" / «Олдмуте»): they meet by the town's sound
SAME_EVENT = [("strike-en", "strike-ru"), ("leak-en", "leak-ru"), ("metro-en", "metro-ru"), ("fire-en", "fire-ru")]
OTHER_EVENT = [("fire-en", "strike-ru"), ("strike-en", "fire-ru"), ("strike-ru", "fire-ru"), ("vote-en", "strike-ru"),
               ("bridge-en", "leak-ru"), ("tram-en", "metro-ru")]


def stories_of(reports: dict[str, tuple[str, str, str, str]], store, models, tmp_path) -> dict[str, str | None]:
    """The story of each report once all are run through the engine, by key."""
    dump = tmp_path / "reports.jsonl"
    dump.write_text("".join(json.dumps({"id": key, "outlet": outlet, "published": published, "title": title,
                                        "text": text, "url": f"https://news.example/{key}"}) + "\n"
                            for key, (outlet, published, title, text) in reports.items()), encoding="utf-8")
    Engine(store, models, now=TODAY).run([str(dump)])
    return {stored.article.url.rsplit("/", 1)[1]: stored.story for stored in store.articles()}


def test_reports_of_one_event_in_two_languages_join_and_other_events_of_its_place_or_people_stay_apart(
        models, store, tmp_path):
    story = stories_of(REPORTS, store, models, tmp_path)
    for english, russian in SAME_EVENT:
        assert story[english] is not None and story[english] == story[russian], (english, russian)
    for first, second in OTHER_EVENT:
        assert story[first] != story[second], (first, second)


def profile(models, key: str):
    outlet, published, title, text = REPORTS[key]
    article = Article(id=key, origin=key, text=text, title=title, outlet=outlet)
    return article_profile(term_counts(article, analyse(article, models)), {}, 10, None, None)


def test_the_russian_report_reads_the_english_reports_names_and_figures(models):
    english, russian = profile(models, "strike-en"), profile(models, "strike-ru")
    assert {"#23ship", "#48hour", "#2year"} <= english.facts & russian.facts
    found = signals(english, russian)
    assert found["facts"] == 1.0 and found["entities"] > 0.4  # «Олдмут» is the "Port of Aldmouth", «Уитфилд» Whitfield
    assert probability(english, russian) > 0.9
    assert probability(profile(models, "vote-en"), russian) < 0.5  # the same union and leader, another event


def test_a_headline_naming_the_town_in_the_other_script_names_no_other_place(models):
    english, russian = profile(models, "fire-en"), profile(models, "fire-ru")  # "Aldmouth" / «в Олдмуте»
    assert english.headline_names and russian.headline_names
    assert signals(english, russian)["other_names"] == 0 and probability(english, russian) > 0.5


def test_a_name_the_keys_miss_across_scripts_is_matched_by_its_consonants_with_a_guard():
    assert sound_skeleton("aldmout") == sound_skeleton("oldmut") == "ldmt"
    assert _same_name_across("@name:port of aldmout", "@name:oldmut")  # the port by its town's name
    assert _same_name_across("@per:vhitfiel", "@per:uitfild")  # "Whitfield" cut at 8 letters, «Уитфилд» whole
    assert _same_name_across("@name:kelbrok", "@name:kelbruk")
    assert not _same_name_across("@per:oldmut", "@name:aldmout")  # a person is never a place
    assert not _same_name_across("@per:petrov", "@per:petrenko")  # a whole stem is no start of another name
    assert not _same_name_across("@name:kiv", "@name:kiev")  # one consonant says nothing
    assert not _same_name_across("@name:port of aldmout", "@name:port of plimut")


def test_ukrainian_and_russian_spellings_of_a_city_key_as_its_english_name():
    assert {entity_key(name, "LOC") for name in ("Київ", "Киев", "Kyiv", "Kiev")} == {"LOC:kiev"}
    assert len({entity_key(name, "LOC") for name in ("Запорожье", "Запоріжжя", "Zaporizhzhia", "Zaporozhye")}) == 1
    assert entity_key("Николаев", "LOC") == entity_key("Mykolaiv", "LOC")
    assert entity_key("Николаев", "PER") != entity_key("Mykolaiv", "LOC")  # the surname stays a surname


def units(text: str) -> list[tuple[float, str]]:
    return [(number.value, number.unit) for number in find_numbers(text, str.lower)]


def test_counts_in_words_and_numbers_glued_to_a_measure_adjective_are_figures_and_years_are_not():
    assert units("докеры два года добиваются проверки") == [(2.0, "года")]
    assert units("в 2020 году") == units("в 90-е годы") == units("с 1998 года") == []
    assert units("начали 48-часовую забастовку") == [(48.0, "час")]
    assert units("a 48-hour strike") == [(48.0, "hour")]
    assert units("a 24-year-old driver") == units("24-летний водитель") == []  # an age
    assert units("Covid-19 cases") == units("разбился Ту-154") == []
    assert units("на рейде 23 судна") == [(23.0, "судно")]  # the noun, not the short adjective "судный"


def test_a_place_keys_its_common_word_in_english_so_a_translated_name_meets_and_another_place_does_not():
    assert {place_words_in_english(name) for name in ("площа", "площадь", "плошча", "площад", "Square")} == {"square"}
    assert len({entity_key(name, "LOC") for name in ("Поштова площа", "Почтовая площадь", "Pochtova Square")}) == 1
    assert entity_key("вулиця Садова", "LOC") == entity_key("улица Садовая", "LOC")
    assert entity_key("Дарницький міст", "LOC") == entity_key("Дарницкий мост", "LOC")
    assert entity_key("Поштова площа", "LOC") != entity_key("Контрактова площа", "LOC")


def test_ukrainian_and_russian_reports_of_one_square_join_and_of_another_square_stay_apart(models):
    ukrainian, russian, other = (profile(models, key) for key in ("post-uk", "post-ru", "contract-uk"))
    assert signals(ukrainian, russian)["other_names"] == 0 and probability(ukrainian, russian) > 0.5
    assert signals(other, russian)["other_names"] == 1 and probability(other, russian) < 0.5


def test_a_body_named_after_a_place_is_not_that_place_across_languages():
    assert not _same_name_across("@name:vashington", "@name:vashington post")  # Washington / «Вашингтон пост»
    assert not _same_name_across("@name:moskva", "@name:moskou taims")  # «Москва» / "Moscow Times"
    assert not _same_name_across("@name:london", "@name:universiti of london")
    assert _same_name_across("@name:oldmut", "@name:port of aldmout")  # the port is the town's
    assert name_sounds("@name:port of aldmout") == ("name:prtfldmt", "name:ldmt")
    assert name_sounds("@name:vashington post") == ("name:vsngtnpst",)


def test_a_name_whose_key_meets_a_report_in_another_language_is_not_looked_up_by_its_sound(models):
    grouper = StoryGrouper()
    english, russian = (profile(models, key) for key in ("strike-en", "strike-ru"))
    assert not grouper._sounds_elsewhere(russian)  # no report in another language yet
    grouper._add("strike-en", english, "strike-en")
    looked_up = grouper._sounds_elsewhere(russian)
    assert f"{SOUND}en:name:ldmt" in looked_up  # «Олдмут», which no English report keys alike
    shared = next(term for term in russian.entities if term in english.entities)  # the union, keyed alike
    assert not {f"{SOUND}en:{sound}" for sound in name_sounds(shared)} & set(looked_up)
