"""The same-event signals on short reports: places under several names, full agreement on facts,
a headline's claim without its names, quotation-only and teaser headlines, rubric tags and wire labels, news recapped
by a follow-up, one statement quoted by two reports, a breaking flash and the report that follows it."""

from __future__ import annotations

import json

from svodka.engine import Engine
from svodka.model import Article
from svodka.nlp import analyse
from svodka.nlp.aliases import alias_of, place_containing
from svodka.nlp.translit import entity_key
from svodka.stories.similarity import UNTOLD, article_profile, name_stem, signals
from svodka.stories.vectors import FLASH, entity_term, term_counts

from tests.conftest import TODAY

SOUTH_WEST = ("Полиция задержала угонщика трактора на юго-западе Москвы",
              "Мужчина угнал коммунальный трактор у метро Коньково и бросил его во дворе. "
              "Полицейские нашли угонщика через два часа.")
OKRUG = ("В ЮЗАО задержали угонщика коммунального трактора",
         "Безработный угнал трактор коммунальной службы у станции метро Коньково. "
         "Через два часа его задержали полицейские.")
KAZAN = ("В Казани задержали угонщика коммунального трактора",
         "Житель пригорода угнал трактор коммунальной службы у рынка. Через два часа его задержали полицейские.")


def counted(models, title: str, text: str) -> dict[str, float]:
    article = Article(id=title, origin=title, text=text, title=title)
    return term_counts(article, analyse(article, models))


def entity_keys(models, text: str) -> set[str]:
    return {entity.key for entity in analyse(Article(id=text, origin=text, text=text), models).entities}


def test_a_moscow_okrug_is_a_part_of_moscow_and_regions_have_one_name_under_their_short_ones():
    assert place_containing("ЮЗАО") == place_containing("тинао") == "Москва"
    assert place_containing("Москва") is None
    assert alias_of("Подмосковье", "LOC") == "Московская область"
    assert alias_of("Юго-Западный административный округ", "LOC") == "ЮЗАО"


def test_short_and_long_names_of_one_region_or_okrug_are_one_entity(models):
    assert entity_keys(models, "Снег выпал в Подмосковье.") == entity_keys(models, "Снег выпал в Московской области.")
    assert entity_keys(models, "Парк открыли в ЮЗАО.") & entity_keys(
        models, "Парк открыли в Юго-Западном административном округе.")


def test_a_report_from_a_moscow_okrug_names_moscow_so_one_event_under_two_place_names_does_not_conflict(models):
    south_west, okrug, kazan = (counted(models, *report) for report in (SOUTH_WEST, OKRUG, KAZAN))
    moscow = entity_term("Москва", "LOC", entity_key("Москва", "LOC"))
    assert moscow in okrug and moscow not in kazan
    profiles = [article_profile(terms, {}, 10, None, TODAY) for terms in (south_west, okrug, kazan)]
    assert signals(profiles[0], profiles[1])["other_names"] == 0
    assert signals(profiles[0], profiles[1])["entities"] > 0
    assert signals(profiles[0], profiles[2])["other_names"] == 1  # another city's theft is still another event


def facts(a: dict[str, float], b: dict[str, float]) -> float:
    return signals(article_profile(a, {}, 10, None, TODAY), article_profile(b, {}, 10, None, TODAY))["facts"]


def test_two_shared_numbers_or_dates_are_full_agreement_in_one_language_three_across_two():
    ferry = {"паром": 3, "^паром": 1, "#212пассажир": 1, "=2026-03": 1, "$ru": 1}
    retold = {"судно": 2, "^судно": 1, "#212пассажир": 1, "=2026-03": 1, "$ru": 1}
    english = {"ferry": 3, "^ferry": 1, "#212пассажир": 1, "=2026-03": 1, "$en": 1}
    assert facts(ferry, retold) == 1.0
    assert facts(ferry, {term: count for term, count in retold.items() if term != "=2026-03"}) == 0.5
    assert facts(ferry, english) == 2 / 3



def test_a_close_figure_of_one_unit_is_one_fact_disputed_between_reports_naming_the_same_person():
    def swapped(terms: dict[str, float], drop: str, extra: str = "") -> dict[str, float]:
        return {**{t: c for t, c in terms.items() if t != drop}, **({extra: 1} if extra else {})}

    cuts = {"plant": 2, "^job": 1, "@per:hollis": 1, "@loc:wakefield": 1, "#300job": 1, "$en": 1}
    disputed = swapped(cuts, "#300job", "#340job")
    assert facts(cuts, disputed) == 0.5  # one fact, as if both said 300
    assert facts(cuts, swapped(disputed, "#340job", "#900job")) == 0  # far apart: two counts
    assert facts(cuts, swapped(disputed, "@per:hollis")) == 0  # no one named by both
    assert facts(swapped(cuts, "", "#3job"), swapped(disputed, "", "#4job")) == 0.5  # small counts lie close by chance
    assert facts(cuts, swapped(disputed, "#340job", "#340people")) == 0  # another unit: another count

APPEAL = ("МВД Сербии призвало водителей соблюдать осторожность",
          "МВД Сербии призывает водителей соблюдать осторожность на горных дорогах после снегопада. "
          "В ведомстве напомнили, что зимние шины обязательны до марта.")
ARREST = ("МВД Сербии сообщило о задержании трёх контрабандистов",
          "Полиция задержала на границе трёх контрабандистов, сообщило МВД Сербии. "
          "У задержанных изъяли партию сигарет.")
APPEAL_RETOLD = ("Глава МВД Сербии: на горных дорогах опасно после снегопада",
                 "На горных дорогах Сербии опасно после сильного снегопада, заявил глава МВД Сербии. "
                 "Он попросил автомобилистов не выезжать без зимних шин.")


def test_the_words_of_a_headlines_names_are_marked_so_that_its_claim_can_be_read_without_them(models):
    appeal = counted(models, *APPEAL)
    assert {"*мвд", "*сербия"} <= appeal.keys()
    assert "*призвать" not in appeal and "^призвать" in appeal


def test_one_actors_two_statements_conflict_though_the_shared_names_tell_half_of_each_headline(models):
    appeal, arrest, retold = (article_profile(counted(models, *report), {}, 10, None, TODAY)
                              for report in (APPEAL, ARREST, APPEAL_RETOLD))
    two_statements = signals(appeal, arrest)
    assert two_statements["told"] >= UNTOLD  # "МВД Сербии" is told both ways: the headlines alone do not conflict
    assert two_statements["untold"] == 1
    # the appeal retold in other words: its claim is not told by the retelling, but the retelling's is by the appeal
    assert signals(appeal, retold)["untold"] == 0


MURAL = ("В Самаре закрасили граффити с портретом Высоцкого",
         ("Коммунальщики закрасили граффити с портретом Владимира Высоцкого на стене дома на улице Ленина. "
          "Жители попросили художника восстановить рисунок."))
QUOTED = ("«Рисовать на стенах домов в городе запрещено»",
          ("Глава районной администрации заявила, что коммунальщики закрасили граффити с портретом Высоцкого "
           "законно. Художник обещает нарисовать портрет заново."))


def test_a_headline_that_is_only_a_quotation_is_read_with_the_first_sentence_of_the_lead(models):
    quoted, mural, plain = (counted(models, *report) for report in (QUOTED, MURAL, ("Запрещено рисовать", QUOTED[1])))
    assert {"^закрасить", "^граффити", "^рисовать"} <= quoted.keys()  # the lead's claim, and the speaker's words
    assert "^закрасить" not in plain  # a headline of the report's own words is the headline alone
    profiles = [article_profile(terms, {}, 10, None, TODAY) for terms in (quoted, mural)]
    assert signals(*profiles)["told"] > UNTOLD and signals(*profiles)["headline"] > 0


def test_a_quoted_headline_that_opens_the_body_is_read_with_its_first_sentence_alone(models):
    title, lead = QUOTED[0], QUOTED[1]
    own_paragraph, run_in = counted(models, title, lead), counted(models, title, f"{title} {lead}")
    assert "^закрасить" in run_in  # the sentence the body runs the quotation into is the lead's first
    assert "^художник" not in run_in and "^художник" not in own_paragraph  # the next one is no headline


STUDY = ("Учёные из Томска связали сладкие газировки с кариесом у детей",
         "Дети, которые пьют сладкие газировки каждый день, на 30% чаще страдают кариесом, выяснили учёные "
         "из Томска. В исследовании участвовали 900 школьников.")
TEASED = ("Названа новая опасность сладких газировок",
          "Сладкие газировки повышают риск кариеса у детей на 30%, выяснили томские учёные. "
          "Они наблюдали за 900 школьниками два года.")


def test_a_teaser_headline_that_withholds_its_claim_is_read_with_the_first_sentence_of_the_lead(models):
    teased, plain = counted(models, *TEASED), counted(models, "Газировки опасны", TEASED[1])
    assert {"^кариес", "^опасность"} <= teased.keys()  # the lead's claim, and the teaser's words
    assert "^кариес" not in plain  # a headline that states its claim is the headline alone
    profiles = [article_profile(terms, {}, 10, None, TODAY) for terms in (counted(models, *STUDY), teased)]
    assert signals(*profiles)["told"] > UNTOLD


def test_a_rubric_tag_in_brackets_is_no_word_of_the_headline(models):
    tagged = counted(models, "[ВИДЕО] Медведь вышел к дороге под Мурманском",
                     "Медведь вышел к трассе. Видео снял водитель.")
    assert "^медведь" in tagged and "^видео" not in tagged
    assert "^видео" not in counted(models, "Медведь вышел к дороге под Мурманском (видео)", "Медведь вышел к трассе.")
    inside = counted(models, "Видео с медведем (снято водителем) набрало миллион просмотров", "Медведь вышел к трассе.")
    assert "^снять" in inside or "^снятый" in inside  # a parenthesis inside the headline is part of its claim


def test_a_wire_label_opening_a_headline_is_no_word_of_it(models):
    flash = counted(models, "Молния: в Серпухове горит складской комплекс",
                    "В Серпухове горит складской комплекс на Московском шоссе, сообщили в МЧС.")
    assert "^серпухов" in flash and "^молния" not in flash
    assert "^break" not in counted(models, "BREAKING: Dockworkers walk out at Port of Kelmstow",
                                   "Dockworkers at the Port of Kelmstow have walked out, the union said.")
    speaker = counted(models, "Кравцов: пожар в Серпухове потушен", "Пожар на складе в Серпухове потушен.")
    assert "^кравцов" in speaker  # a name before a colon is the speaker, part of the claim


def test_one_sentence_retelling_its_headline_is_a_flash_and_a_caption_or_a_report_is_not(models):
    assert FLASH in counted(models, "Молния: в Серпухове горит складской комплекс",
                            "В Серпухове горит складской комплекс на Московском шоссе, сообщили в МЧС.")
    assert FLASH not in counted(models, "Жилой квартал в Серпухове", "Смотреть все фото к статье (12)")
    assert FLASH not in counted(models, *FIRE_REPORT)


FIRE_REPORT = ("В Серпухове загорелся склад на Московском шоссе",
               "Пожар на складе бытовой химии на Московском шоссе в Серпухове начался утром в понедельник, сообщили "
               "в ГУ МЧС по Московской области. Площадь возгорания достигла 800 квадратных метров. Пострадавших нет. "
               "«На месте работают 15 пожарных расчётов», — сказал представитель ведомства Игорь Соколов.")
# Breaking flashes and the reports that follow them (invented): each flash's action and object are told in other
# words ("горит складской комплекс" / "загорелся склад", "walk out" / "strike"); the English tagger types "Port of
# Kelmstow" a place in one and an organisation in the other. A flash of another event in the same town, and one of
# the same kind of fire in another town, stay apart.
FLASHES = [
    ("f1", "2026-03-02T07:05:00+03:00", "Молния: в Серпухове горит складской комплекс",
     "В Серпухове горит складской комплекс на Московском шоссе, сообщили в МЧС."),
    ("r1", "2026-03-02T07:50:00+03:00", *FIRE_REPORT),
    ("f2", "2026-03-02T08:10:00+03:00", "Молния: в Серпухове прорвало трубу теплосети",
     "В Серпухове прорвало трубу теплосети на улице Ворошилова, сообщили в администрации."),
    ("f3", "2026-03-02T08:30:00+03:00", "Молния: в Коломне горит складской комплекс",
     "В Коломне горит складской комплекс на Озёрском шоссе, сообщили в МЧС."),
    ("e1", "2026-03-02T08:15:00+00:00", "BREAKING: Dockworkers walk out at Port of Kelmstow",
     "Dockworkers at the Port of Kelmstow have walked out, the Kelmstow Dockers Union said."),
    ("e2", "2026-03-02T09:40:00+00:00", "Kelmstow port strike halts container traffic",
     "About 900 dockworkers at the Port of Kelmstow went on strike on Monday, halting container traffic, the Kelmstow "
     "Dockers Union said. \"We have waited three years for a safety review,\" union leader Martin Keane told reporters "
     "at the main gate. The port's operator said 17 ships were waiting at anchor and that it was ready to talk. The "
     "strike is due to last 24 hours."),
]


def test_a_flash_joins_the_report_that_tells_its_event_in_other_words(models, store, tmp_path):
    dump = tmp_path / "flashes.jsonl"
    dump.write_text("".join(json.dumps({"id": key, "outlet": f"Лента {key}", "published": published, "title": title,
                                        "text": text, "url": f"https://lenta-{key}.example/news"}) + "\n"
                            for key, published, title, text in FLASHES), encoding="utf-8")
    Engine(store, models, now=TODAY).run([str(dump)])
    story = {stored.article.url.split("-")[1].split(".")[0]: stored.story for stored in store.articles()}
    assert story["f1"] == story["r1"] and story["e1"] == story["e2"]
    assert len({story["f1"], story["f2"], story["f3"], story["e1"]}) == 4


# One bridge closed for repairs, told twice, and a follow-up that recaps the closure as earlier news.
BRIDGE = {
    "closed": ("Мэрия Твери закрыла Старый мост на ремонт",
               "Старый мост через Волгу в Твери закрыт для машин с понедельника: мэрия начала ремонт опор. "
               "Объезд организован по Новому мосту."),
    "retold": ("Старый мост в Твери закрыт для машин",
               "В Твери закрыли на ремонт Старый мост через Волгу, сообщили в мэрии. "
               "Водителям предлагают объезд по Новому мосту."),
    "follow_up": ("В Твери перенесли открытие Старого моста",
                  "Открытие Старого моста в Твери переносится на две недели, сообщили в мэрии. "
                  "Подрядчик не успел заменить перила. Напомним, ранее мэрия закрыла мост на ремонт опор."),
}


def test_a_lemma_named_only_where_the_report_recaps_earlier_news_is_marked_as_recapped(models):
    follow_up = counted(models, *BRIDGE["follow_up"])
    assert "+закрыть" in follow_up and "закрыть" in follow_up  # told only in the "Напомним, ранее ..." sentence
    assert "+мэрия" not in follow_up  # the report's own sentences name the city hall too
    assert "+напомнить" not in follow_up  # the formula itself ("Напомним") recaps nothing
    assert not any(term.startswith("+") for term in counted(models, *BRIDGE["retold"]))


def test_a_report_that_tells_the_others_claim_only_as_earlier_news_is_a_follow_up_not_the_same_event(models):
    closed, retold, follow_up = (article_profile(counted(models, *report), {}, 10, None, TODAY)
                                 for report in BRIDGE.values())
    assert signals(closed, follow_up)["recap"] == signals(follow_up, closed)["recap"] == 1
    assert signals(closed, retold)["recap"] == 0
    assert signals(follow_up, retold)["recap"] == 1


# One statement told on two days: one report opens with the day of a figure, the other with the day of the statement.
STATEMENT = ("Мэрия Самары закупит новые автобусы",
             "24 мая на линии в Самаре вышли 120 автобусов, сообщили в мэрии. Мэр Елена Лапушкина заявила: «Мы "
             "закупим новые автобусы для всех маршрутов города до конца года, старые машины спишем». "
             "Сумма контракта составит 2 млрд рублей.")
QUOTING = ("Лапушкина пообещала обновить автобусный парк Самары",
           "Мэр Самары Елена Лапушкина 25 мая рассказала о закупке автобусов. «Мы закупим новые автобусы для всех "
           "маршрутов города до конца года, старые машины спишем», — сказала она. На это выделят 2 млрд рублей.")
OTHER_WORDS = ("Лапушкина пообещала обновить автобусный парк Самары",
               "Мэр Самары Елена Лапушкина 25 мая рассказала о закупке автобусов. «Пассажиры давно ждут перемен, и "
               "этим летом они увидят на улицах совсем другой транспорт», — сказала она. На это выделят 2 млрд рублей.")


def test_two_reports_quoting_the_same_words_tell_one_statement_whatever_days_they_open_with(models):
    statement, quoting, other_words = (article_profile(counted(models, *report), {}, 10, None, TODAY)
                                       for report in (STATEMENT, QUOTING, OTHER_WORDS))
    assert any(term.startswith('"') for term in counted(models, *STATEMENT))  # runs of the quotation's words
    assert statement.quoted & quoting.quoted and not statement.quoted & other_words.quoted
    assert signals(statement, quoting)["other_day"] == 0
    assert signals(statement, other_words)["other_day"] == 1


# One tanker fire at a port its reports name as "Port of Carnhaven" and "Carnhaven port" (the tagger types the one a
# place, the other a body beside the town), with a count they disagree on (5 days / 7 days); another port's fire.
PORTS = {
    "herald": ("2026-11-24T08:00:00+00:00", "Port of Carnhaven closes north quay after tanker fire",
               "The Port of Carnhaven closed its north quay on Tuesday after a fire broke out on a fuel tanker during "
               "unloading, harbour master Owen Tregarth said. \"The fire was put out within an hour and the crew are "
               "safe, but the quay stays shut until the berth is checked,\" Tregarth said. Repairs are expected to take "
               "5 days. The tanker carried 3,000 tonnes of diesel."),
    "gazette": ("2026-11-24T10:30:00+00:00", "Tanker fire shuts quay at Carnhaven port",
                "A fire on a fuel tanker shut the north quay of the Port of Carnhaven on Tuesday, said harbour master "
                "Owen Tregarth. \"The crew are safe and the fire was out within an hour, but nobody will use the quay "
                "until the berth is checked,\" Tregarth said. Engineers expect to need 7 days. The tanker held 3,000 "
                "tonnes of diesel."),
    "dunmere": ("2026-11-24T15:00:00+00:00", "Port of Dunmere closes east quay after tanker fire",
                "The Port of Dunmere closed its east quay on Tuesday after a fire broke out on a chemical tanker, "
                "harbour master Alice Penrose said. \"The crew were taken off safely, and the quay stays shut until "
                "the berth is checked,\" Penrose said. The tanker carried 1,200 tonnes of methanol."),
}


def test_a_port_named_as_the_port_of_its_town_or_as_its_town_is_one_place_and_another_port_is_not(
        models, store, tmp_path):
    profiles = {key: article_profile(counted(models, title, text), {}, 10, None, None)
                for key, (_, title, text) in PORTS.items()}
    assert signals(profiles["herald"], profiles["gazette"])["other_names"] == 0  # "Carnhaven" is the port's word
    assert signals(profiles["herald"], profiles["dunmere"])["other_names"] == 1  # not "Port of …" whatever the port
    dump = tmp_path / "ports.jsonl"
    dump.write_text("".join(json.dumps({"id": key, "outlet": f"The {key.title()}", "published": published,
                                        "title": title, "text": text, "url": f"https://{key}.example/news"}) + "\n"
                            for key, (published, title, text) in PORTS.items()), encoding="utf-8")
    Engine(store, models, now=TODAY).run([str(dump)])
    story = {stored.article.url.split("//")[1].split(".")[0]: stored.story for stored in store.articles()}
    assert story["herald"] == story["gazette"] != story["dunmere"]


def test_a_place_of_several_words_is_compared_by_each_word_and_names_its_words_only_where_both_reports_name_it():
    assert name_stem("loc:port of karnhaven") == "loc:port of karnha"  # not "port o", which any "Port of …" starts
    assert name_stem("per:a.shchetininoi") == "per:shchet"
    port = {"^quay": 1, "^fire": 1, "quay": 2, "fire": 2, "tanker": 1}
    as_place = {**port, "@loc:port of karnhaven": 1, "!loc:port of karnhaven": 1}
    as_body = {**port, "@org:port of karnhaven": 1, "@loc:karnhaven": 1, "!loc:karnhaven": 1}
    unnamed = {**port, "@loc:karnhaven": 1, "!loc:karnhaven": 1}
    fleet = {**port, "@org:baltiski flot": 1, "@loc:port of karnhaven": 1, "!loc:port of karnhaven": 1}
    town = {**port, "@loc:baltisk": 1, "!loc:baltisk": 1}
    place, body, bare, navy, baltiysk = (article_profile(terms, {}, 10, None, None)
                                         for terms in (as_place, as_body, unnamed, fleet, town))
    assert signals(place, body)["other_names"] == 0  # both name the port, one headline by its town's name
    assert signals(place, bare)["other_names"] == 1  # the port's word alone: a town of that name is another place
    assert signals(navy, baltiysk)["other_names"] == 1  # «Балтийский флот» names no town «Балтийск»
