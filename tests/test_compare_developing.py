"""A story developing through one day: a later state of a figure is an update, not a conflict; a correction takes
its outlet's earlier figure back and is shown as a marked state; an outlet's own later figure is the next state; a
figure two outlets dispute is no unique fact of either; the outlet's apology is no fact; a live blog's entries are the
timeline's hours.
Texts are ours (fictional)."""

from __future__ import annotations

from datetime import date

from svodka.compare import compare_articles
from svodka.compare.align import Members
from svodka.compare.updates import is_correction, update_line
from svodka.nlp import NlpModels
from svodka.summarise import story_summary, story_timeline

from conftest import of_kind, reports_of_one_day


def _members(models: NlpModels, *reports: tuple[str, str, str, str]) -> Members:
    """(outlet, HH:MM, title, body) each, published on 9 June."""
    return reports_of_one_day(models, date(2026, 6, 9), *reports)


_kinds = of_kind


FIRST = ("Верхнеозёрский вестник", "08:10", "В Верхнеозёрске горит цех лакокрасочного завода",
         "Пожар в цехе лакокрасочного завода на Заводской улице в Верхнеозёрске начался утром в среду. "
         "Площадь пожара составляет 300 квадратных метров, сообщили в региональном МЧС. Пострадавших нет.")
LATER = ("Волжская правда", "11:20", "Площадь пожара на заводе в Верхнеозёрске выросла до 900 квадратных метров",
         "Площадь пожара в цехе лакокрасочного завода в Верхнеозёрске выросла до 900 квадратных метров, сообщили в "
         "региональном МЧС. К тушению привлечены 18 расчётов.")


def test_a_figure_a_later_report_says_grew_is_an_update_in_time_order(models: NlpModels) -> None:
    members = _members(models, FIRST, LATER)
    differences = compare_articles(members, models.embedding)
    assert not _kinds(differences, "conflict")
    updates = _kinds(differences, "update")
    assert len(updates) == 1 and not any("900" in d.text for d in _kinds(differences, "shared"))
    states = updates[0].states
    assert [(s.text.split()[0], s.outlets, s.published.strftime("%H:%M"), s.latest) for s in states] == [
        ("300", ["Верхнеозёрский вестник"], "08:10", False), ("900", ["Волжская правда"], "11:20", True)]
    assert "900" in updates[0].text  # shown by the newest report's sentence
    assert not any(d.disputed for d in differences)
    assert not any(c.disputed for c in story_summary(members, models.embedding))


def test_reports_of_one_hour_giving_two_tolls_still_conflict(models: NlpModels) -> None:
    members = _members(
        models,
        ("Верхнеозёрский вестник", "09:00", "При пожаре на заводе в Верхнеозёрске пострадали 12 человек",
         "При пожаре в цехе лакокрасочного завода в Верхнеозёрске пострадали 12 человек, сообщили в больнице."),
        ("Волжская правда", "09:20", "При пожаре на заводе в Верхнеозёрске пострадали 15 человек",
         "При пожаре в цехе лакокрасочного завода в Верхнеозёрске пострадали 15 человек, сообщили в больнице."))
    conflicts = _kinds(compare_articles(members, models.embedding), "conflict")
    assert len(conflicts) == 1 and "12" in conflicts[0].text and "15" in conflicts[0].text


def test_a_correction_takes_its_outlets_figure_back_and_its_apology_is_no_fact(models: NlpModels) -> None:
    members = _members(
        models,
        ("Волжская правда", "10:00", "При пожаре на заводе в Верхнеозёрске пострадали два человека",
         "При пожаре в цехе лакокрасочного завода в Верхнеозёрске пострадали два человека, оба госпитализированы, "
         "сообщили в региональном МЧС."),
        ("Верхнеозёрский вестник", "12:00", "При пожаре на заводе в Верхнеозёрске пострадали три человека",
         "При пожаре в цехе лакокрасочного завода в Верхнеозёрске пострадали три человека, сообщили в "
         "региональном МЧС."),
        ("Верхнеозёрский вестник", "14:30", "Исправление: при пожаре на заводе в Верхнеозёрске пострадали двое",
         "Исправление. По уточнённым данным регионального МЧС, при пожаре в цехе лакокрасочного завода в "
         "Верхнеозёрске пострадали два человека, оба госпитализированы. Редакция приносит извинения читателям."))
    differences = compare_articles(members, models.embedding)
    assert not _kinds(differences, "conflict")
    summary = story_summary(members, models.embedding)
    assert not any("извинения" in text for text in [d.text for d in differences] + [c.text for c in summary])


def test_two_statements_of_one_speaker_hours_apart_are_no_quote_variant(models: NlpModels) -> None:
    members = _members(
        models,
        ("Верхнеозёрский вестник", "12:40", "Пожар на заводе в Верхнеозёрске локализован",
         "Пожар в цехе лакокрасочного завода в Верхнеозёрске локализован. «Угрозы соседним цехам больше нет, идёт "
         "разбор завалов», — сказал представитель МЧС Игорь Сомов."),
        ("Волжская правда", "17:05", "Пожар на заводе в Верхнеозёрске потушен",
         "Пожар в цехе лакокрасочного завода в Верхнеозёрске потушен. «Разбор завалов продлится до вечера "
         "четверга», — сказал представитель МЧС Игорь Сомов."))
    assert not _kinds(compare_articles(members, models.embedding), "quote_variant")


def test_a_body_and_its_regional_office_are_one_credit(models: NlpModels) -> None:
    members = _members(
        models,
        ("Верхнеозёрский вестник", "08:10", "В Верхнеозёрске горит цех завода",
         "Пожар в цехе лакокрасочного завода в Верхнеозёрске начался утром, сообщили в ГУ МЧС по Ярославской области."),
        ("Волжская правда", "08:30", "В Верхнеозёрске горит цех завода",
         "Пожар в цехе лакокрасочного завода в Верхнеозёрске начался утром, сообщили в МЧС."))
    assert not [d for d in _kinds(compare_articles(members, models.embedding), "attribution")
                if "attributed differently" in d.text]


def test_a_live_blogs_entries_are_timeline_events_at_their_hours(models: NlpModels) -> None:
    blog = ("Волжская правда", "17:10", "Пожар на заводе в Верхнеозёрске: онлайн",
            "17:05 Пожар в цехе лакокрасочного завода в Верхнеозёрске потушен, сообщили в МЧС.\n\n"
            "12:40 Пожар в цехе завода локализован на площади 900 квадратных метров.\n\n"
            "08:15 В Верхнеозёрске загорелся цех лакокрасочного завода на Заводской улице.")
    members = _members(models, FIRST, blog)
    hours = [event.date[11:16] for event in story_timeline(members, models.embedding) if "T" in event.date]
    assert hours == ["08:15", "12:40", "17:05"]


def test_an_update_lists_each_state_in_time_order_with_its_outlets_and_the_latest(models: NlpModels) -> None:
    """2000 m² at 07:40, 5000 at 10:05 (two outlets), 5200 at 13:05: one update of three states, not a shared fact."""
    members = _members(
        models,
        ("Подмосковье сегодня", "07:40", "Под Каменском горит склад пиломатериалов",
         "Склад пиломатериалов у посёлка Каменский загорелся ночью. Площадь пожара составляет 2000 квадратных метров, "
         "сообщили в ГУ МЧС по области."),
        ("Московский вестник", "10:05", "Площадь пожара на складе под Каменском выросла до 5000 квадратных метров",
         "Площадь пожара на складе пиломатериалов у посёлка Каменский выросла до 5000 квадратных метров, сообщили "
         "в ГУ МЧС по области. На месте работают 30 пожарных."),
        ("Регион-инфо", "10:30", "Площадь пожара на складе под Каменском достигла 5000 квадратных метров",
         "Площадь пожара на складе пиломатериалов у посёлка Каменский выросла до 5000 квадратных метров, как "
         "сообщили в ГУ МЧС по области."),
        ("Подмосковье сегодня", "13:05", "Площадь пожара на складе под Каменском выросла до 5200 квадратных метров",
         "Площадь пожара на складе пиломатериалов у посёлка Каменский выросла до 5200 квадратных метров, сообщили "
         "в ГУ МЧС по области."))
    differences = compare_articles(members, models.embedding)
    assert not _kinds(differences, "conflict")
    updates = _kinds(differences, "update")
    assert len(updates) == 1, [(d.kind, d.text) for d in differences]
    states = [(s.text.split()[0], s.outlets, s.published.strftime("%H:%M"), s.latest) for s in updates[0].states]
    assert states == [("2000", ["Подмосковье сегодня"], "07:40", False),
                      ("5000", ["Московский вестник", "Регион-инфо"], "10:05", False),
                      ("5200", ["Подмосковье сегодня"], "13:05", True)]
    assert "5200" in updates[0].text and sorted(updates[0].articles) == ["r0", "r1", "r2", "r3"]
    assert update_line(updates[0]).endswith("(Подмосковье сегодня, 13:05, latest)")


def test_two_reports_of_one_outlet_are_one_source_a_fact_only_they_print_is_unique(models: NlpModels) -> None:
    """Волжская правда reports twice and repeats its detail of the eighteen crews; Верхнеозёрский вестник never gives
    it: the detail is the one outlet's, not shared, and the fire both outlets report is shared."""
    fire = ("Пожар в цехе лакокрасочного завода на Заводской улице в Верхнеозёрске начался утром в среду, сообщили в "
            "региональном МЧС.")
    crews = "К тушению пожара на лакокрасочном заводе привлечены 18 пожарных расчётов и 64 человека личного состава."
    members = _members(
        models,
        ("Волжская правда", "09:00", "В Верхнеозёрске горит лакокрасочный завод", f"{fire} {crews}"),
        ("Волжская правда", "12:00", "Пожар на лакокрасочном заводе в Верхнеозёрске продолжается",
         f"{crews} Причины возгорания устанавливаются."),
        ("Верхнеозёрский вестник", "09:30", "Загорелся цех лакокрасочного завода",
         "Пожар в цехе лакокрасочного завода на Заводской улице в Верхнеозёрске начался утром в среду, как "
         "сообщили в региональном МЧС. Пострадавших нет."))
    differences = compare_articles(members, models.embedding)
    assert not any("18" in d.text for d in _kinds(differences, "shared")), [(d.kind, d.text) for d in differences]
    assert any("18 пожарных" in d.text and d.articles == ["r0", "r1"] for d in _kinds(differences, "unique"))
    assert any("Заводской" in d.text and "r2" in d.articles for d in _kinds(differences, "shared"))


def test_one_statement_quoted_three_ways_is_one_variant_listing_each_wording(models: NlpModels) -> None:
    """Three outlets quote the plant's director three ways at one hour: one quote variant, each wording whole under
    the outlet printing it, not three pairwise diffs."""
    said = "Директор завода Олег Гринёв на брифинге в Верхнеозёрске сказал:"
    members = _members(
        models,
        ("Волжская правда", "15:00", "Директор завода пообещал восстановить цех",
         f"{said} «Цех мы восстановим до конца лета, все рабочие сохранят зарплату»."),
        ("Верхнеозёрский вестник", "15:10", "Директор завода пообещал восстановить цех",
         f"{said} «Цех мы восстановим к осени, все рабочие сохранят зарплату»."),
        ("Регион-инфо", "15:20", "Директор завода пообещал восстановить цех",
         f"{said} «Цех мы восстановим до конца лета, и все рабочие полностью сохранят зарплату»."))
    variants = _kinds(compare_articles(members, models.embedding), "quote_variant")
    assert len(variants) == 1, [d.text for d in variants]
    wordings = {w.text: w.articles for w in variants[0].wordings}
    assert len(wordings) == 3 and sorted(a for articles in wordings.values() for a in articles) == ["r0", "r1", "r2"]
    assert sorted(variants[0].articles) == ["r0", "r1", "r2"]
    assert "[-" in variants[0].text and "{+" in variants[0].text  # the first two wordings' word diff


PUT_OUT = [
    ("Верхнеозёрский вестник", "09:10", "Пожар на лакокрасочном заводе в Верхнеозёрске локализован",
     "Пожар в цехе лакокрасочного завода на Заводской улице в Верхнеозёрске локализован, сообщили в региональном МЧС. "
     "Возгорание произошло утром в среду. Пострадавших нет, рабочих смены эвакуировали. "
     "По предварительным данным, причиной могло стать короткое замыкание."),
    ("Волжская правда", "09:40", "На лакокрасочном заводе в Верхнеозёрске локализовали пожар",
     "Пожарные локализовали пожар в цехе лакокрасочного завода в Верхнеозёрске, сообщили в региональном МЧС. "
     "Рабочих смены эвакуировали, пострадавших нет. Завод выпускает краски для строительства."),
    ("Регион-инфо", "14:20", "Пожар на лакокрасочном заводе в Верхнеозёрске ликвидирован",
     "Пожар в цехе лакокрасочного завода в Верхнеозёрске полностью ликвидирован, сообщили в региональном МЧС. "
     "Пострадавших нет. Прокуратура начала проверку соблюдения требований пожарной безопасности."),
]


def test_a_summary_gives_the_latest_stage_citing_the_report_that_gives_it(models: NlpModels) -> None:
    """Two outlets report the fire contained in the morning, a third put out in the afternoon: the summary tells the
    fire put out, cited to that report alone, and the stages are one update in time order."""
    members = _members(models, *PUT_OUT)
    summary = story_summary(members, models.embedding)
    fire = [c for c in summary if "лакокрасочного завода" in c.text]
    assert len(fire) == 1 and "ликвидирован" in fire[0].text and fire[0].articles == ["r2"], [c.text for c in summary]
    assert not any("локализ" in c.text for c in summary)
    updates = _kinds(compare_articles(members, models.embedding), "update")
    assert [(s.text, s.articles, s.latest) for s in updates[0].states] == [("локализован", ["r0", "r1"], False),
                                                                          ("ликвидирован", ["r2"], True)]


def test_a_correction_is_shown_as_a_marked_state_after_the_figure_it_corrects(models: NlpModels) -> None:
    """Северный курьер prints 7 injured at 09:00 and corrects it to 4 at 13:00: the editor sees 7 → 4 (Городской
    портал) → the correction, marked, as the latest state; the corrected 7 is no conflict and no unique detail."""
    members = _members(
        models,
        ("Северный курьер", "09:00", "В Заречном обрушилась кровля спортзала",
         "При обрушении кровли спортзала школы № 3 в Заречном пострадали 7 человек, сообщили в региональном МЧС."),
        ("Городской портал", "10:00", "При обрушении кровли спортзала в Заречном пострадали 4 человека",
         "При обрушении кровли спортзала школы № 3 в Заречном пострадали 4 человека, сообщили в региональном МЧС."),
        ("Северный курьер", "13:00", "Исправление: при обрушении кровли в Заречном пострадали 4 человека",
         "Исправление. По уточнённым данным регионального МЧС, при обрушении кровли спортзала школы № 3 в Заречном "
         "пострадали 4 человека."))
    differences = compare_articles(members, models.embedding)
    assert not _kinds(differences, "conflict")
    assert not any("7 человек" in d.text for d in _kinds(differences, "unique"))
    updates = _kinds(differences, "update")
    assert len(updates) == 1, [(d.kind, d.text) for d in differences]
    states = [(s.text, s.outlets, is_correction(s), s.latest) for s in updates[0].states]
    assert states == [("7 человек", ["Северный курьер"], False, False),
                      ("4 человека", ["Городской портал"], False, False),
                      ("исправление: 4 человека", ["Северный курьер"], True, True)]
    assert "исправление: 4 человека (Северный курьер, 13:00, latest)" in update_line(updates[0])


def test_an_outlets_own_later_figure_is_the_next_state_of_the_one_it_printed_before(models: NlpModels) -> None:
    """One outlet gives the river's level at 620 cm in the morning and 680 cm in the evening, a second outlet 620 in
    the morning: an update 620 → 680, the summary telling 680 cited to the evening report alone."""
    members = _members(
        models,
        ("Ключевский вестник", "08:00", "Уровень воды в Сольве у Ключевска составил 620 сантиметров",
         "Уровень воды в реке Сольве у Ключевска утром составил 620 сантиметров, сообщили в ГУ МЧС по краю."),
        ("Прикамский курьер", "08:40", "Сольва у Ключевска поднялась до 620 сантиметров",
         "Уровень воды в реке Сольве у Ключевска составил 620 сантиметров, сообщили в ГУ МЧС по краю."),
        ("Ключевский вестник", "18:00", "Уровень воды в Сольве у Ключевска поднялся до 680 сантиметров",
         "Уровень воды в реке Сольве у Ключевска к вечеру поднялся до 680 сантиметров, сообщили в ГУ МЧС по краю."))
    differences = compare_articles(members, models.embedding)
    updates = _kinds(differences, "update")
    assert [(s.text.split()[0], s.outlets, s.latest) for s in updates[0].states] == [
        ("620", ["Ключевский вестник", "Прикамский курьер"], False), ("680", ["Ключевский вестник"], True)]
    assert not _kinds(differences, "conflict") and not any("680" in d.text for d in _kinds(differences, "unique"))
    level = [c for c in story_summary(members, models.embedding) if "Сольве" in c.text]
    assert len(level) == 1 and "680" in level[0].text and level[0].articles == ["r2"], [c.text for c in level]


def test_a_sentence_differing_from_anothers_only_by_the_disputed_figure_is_no_unique_fact(models: NlpModels) -> None:
    """Two outlets at one hour: the port closed for 10 days or for 12. The conflict is shown; neither sentence nor its
    figure is listed as its outlet's unique fact, while what only one outlet adds still is."""
    members = _members(
        models,
        ("Wexbury Gazette", "09:00", "Port of Wexbury closed after storm",
         "The Port of Wexbury will be closed for 10 days after Tuesday's storm damaged its main pier, the harbour "
         "authority said. Ferries to Lundy Isle are cancelled."),
        ("Coastal Times", "09:10", "Storm shuts Port of Wexbury",
         "The Port of Wexbury will be closed for 12 days after Tuesday's storm damaged its main pier, the harbour "
         "authority said. Fishing boats were moved to Holt."))
    differences = compare_articles(members, models.embedding)
    conflicts = _kinds(differences, "conflict")
    assert len(conflicts) == 1 and "10 days" in conflicts[0].text and "12 days" in conflicts[0].text
    uniques = [d.text for d in _kinds(differences, "unique")]
    assert not any("days" in text for text in uniques), uniques
    assert any("Lundy" in text for text in uniques) and any("Holt" in text for text in uniques)
