"""Title, cited summary and timeline of a story, on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from svodka.clean import clean_document
from svodka.model import DateRef, RawDocument
from svodka.compare import story_alignment
from svodka.compare.quotes import printing_sources
from svodka.nlp import NlpModels, analyse, article_text
from svodka.summarise import story_entities, story_summary, story_timeline, story_title
from svodka.summarise.timeline import dated_point
from svodka.summarise.title import CLICKBAIT
from tests.conftest import TODAY
from tests.test_compare import _article, seed_members


def test_the_title_is_the_informative_headline_not_the_teaser(seeds: Path, models: NlpModels) -> None:
    members = seed_members(seeds, models)
    titles = [article.title for article, _ in members]
    title = story_title(members)
    assert title in titles
    assert not CLICKBAIT.search(title)  # "Путин раскрыл уникального союзника…" loses


def test_the_summary_has_three_to_five_sentences_each_citing_the_articles_stating_it(seeds: Path, models: NlpModels) -> None:
    members = seed_members(seeds, models)
    ids = {article.id for article, _ in members}
    summary = story_summary(members, models.embedding)
    assert 3 <= len(summary) <= 5
    assert len({c.text for c in summary}) == len(summary)
    for cited in summary:
        assert cited.articles and set(cited.articles) <= ids
        stating = [a for a, _ in members if cited.text in a.text]
        assert stating and stating[0].id in cited.articles
    assert any(len(c.articles) == 2 for c in summary)  # a shared fact cites both outlets
    assert not any("ДУШАНБЕ" in c.text for c in summary)  # a standfirst shown without the dateline it runs into


def test_the_summit_is_one_timeline_event_on_28_december_cited_by_both(seeds: Path, models: NlpModels) -> None:
    members = seed_members(seeds, models)
    [summit] = [e for e in story_timeline(members, models.embedding) if "Петербург" in e.text]
    assert summit.date == "2021-12-28" and len(summit.articles) == 2


def test_key_entities_count_the_sources_naming_them(seeds: Path, models: NlpModels) -> None:
    members = seed_members(seeds, models)
    entities = {e.name: len(e.articles) for e in story_entities(members)}
    assert entities["Владимир Путин"] == 2
    assert entities.get("Индира Бегайдар") == 1


def test_a_bare_dateline_never_becomes_a_summary_sentence(models) -> None:
    from svodka.model import Article
    from svodka.nlp import analyse
    from svodka.summarise import story_summary

    def report(number: int, outlet: str, lead: str) -> tuple[Article, object]:
        article = Article(id=f"{number:016x}", origin=f"{number}.txt", title="Трамвай до Шушар запустят в марте",
                          outlet=outlet, dateline="САНКТ-ПЕТЕРБУРГ", text=f"САНКТ-ПЕТЕРБУРГ, 2 марта. {lead}")
        return article, analyse(article, models)

    members = [
        report(1, "Северная правда", "Новая трамвайная линия от станции метро Купчино до Шушар откроется 14 марта. "
                                     "Длина линии составит почти семь километров."),
        report(2, "Новости Балтики", "Трамвайная линия от метро Купчино до посёлка Шушары откроется 14 марта. "
                                     "На линии будет одиннадцать остановок."),
    ]
    summary = story_summary(members, models.embedding)
    assert summary and not any(s.text.startswith("САНКТ-ПЕТЕРБУРГ") for s in summary)


def test_a_summary_sentence_never_cites_a_report_giving_another_value(models: NlpModels) -> None:
    from tests.test_compare import _conflicts
    members, conflicts = _conflicts(
        models,
        "Двенадцать человек пострадали при пожаре в торговом центре «Радуга» в Екатеринбурге, сообщили в МЧС. "
        "Из здания эвакуировали около 300 человек. Площадь пожара составила 800 квадратных метров.",
        "Двенадцать человек пострадали при пожаре в торговом центре «Радуга» в Екатеринбурге, сообщили в МЧС. "
        "Из торгового центра эвакуировали примерно 300 человек. Огонь охватил 800 квадратных метров.",
        "Число пострадавших при пожаре в торговом центре «Радуга» в Екатеринбурге выросло до 15, сообщили в МЧС. "
        "Из торгового центра эвакуировали 300 человек. Площадь возгорания — 800 квадратных метров.")
    assert conflicts  # the third report gives 15 injured where the others give 12
    summary = story_summary(members, models.embedding)
    injured = [c for c in summary if "пострадали" in c.text]
    assert injured and all(c.articles == ["a", "b"] for c in injured)
    assert all([(d.text, d.articles) for d in c.disputed] == [("15", ["c"])] for c in injured)  # and shows its value
    assert any(c.articles == ["a", "b", "c"] for c in summary)  # the evacuation all three state


def test_a_summary_sentence_stands_alone_and_a_bare_credit_is_left_out(models: NlpModels) -> None:
    from tests.test_compare import _conflicts
    members, _ = _conflicts(
        models,
        "Компания «Северный металл» открыла в Твери завод по выпуску арматуры. "
        "Она вложила в строительство завода 3 млрд рублей. Об этом сообщает ТАСС со ссылкой на пресс-службу компании.",
        "«Северный металл» запустил в Твери новый завод по выпуску арматуры. "
        "«Северный металл» вложил в строительство завода в Твери 3 млрд рублей. "
        "Об этом сообщает ТАСС со ссылкой на пресс-службу компании.")
    summary = story_summary(members, models.embedding)
    invested = [c for c in summary if "3 млрд" in c.text]
    assert invested and all(c.articles == ["a", "b"] for c in invested)
    assert not any(c.text.startswith(("Она ", "Об этом")) for c in summary)


def test_the_datelines_day_is_no_timeline_event(models: NlpModels) -> None:
    texts = [
        "Трамвай до Шушар запустят 14 марта\n\nСАНКТ-ПЕТЕРБУРГ, 2 марта /Северная правда/ — Новая трамвайная линия "
        "до Шушар начнёт перевозить пассажиров 14 марта, сообщил председатель комитета Павел Рябинин.",
        "Трамвай в Шушары откроется 14 марта\n\nСАНКТ-ПЕТЕРБУРГ, 2 марта /Новости Балтики/ — Новая трамвайная линия "
        "до Шушар откроется 14 марта, сообщил председатель комитета Павел Рябинин.",
    ]
    documents = [RawDocument(f"{i}.txt", text.encode(), "text", text) for i, text in enumerate(texts)]
    members = [(article, analyse(article, models)) for article in (clean_document(d, TODAY) for d in documents)]
    assert all(article.published and article.published.day == 2 for article, _ in members)
    dates = [event.date for event in story_timeline(members, models.embedding)]
    assert "2026-03-14" in dates and "2026-03-02" not in dates


REPORTS = [  # three wordings of one announcement, so that none is a reprint of another
    ("Трамвайная линия от метро «Купчино» до Шушар откроется {day} марта, сообщил председатель комитета Павел "
     "Рябинин. Длина трамвайной линии до Шушар составит 6,8 км, на ней будет 11 остановок."),
    ("Первые пассажиры проедут по новой трамвайной линии до Шушар {day} марта, рассказал глава транспортного "
     "комитета Павел Рябинин. Протяжённость линии — 6,8 км, остановок одиннадцать."),
    ("Павел Рябинин объявил, что трамвай от «Купчино» до Шушар начнёт возить пассажиров {day} марта. "
     "На линии длиной 6,8 км построено 11 остановок."),
]


def _dated_reports(models: NlpModels, days: list[int], hours: list[int]) -> list[tuple]:
    members = []
    for i, (day, hour) in enumerate(zip(days, hours)):
        article = _article(chr(ord("a") + i), f"Outlet {i}", "", REPORTS[i].format(day=day))
        article.published = article.published.replace(hour=hour)
        members.append((article, analyse(article, models)))
    return members


def test_a_disputed_date_is_summarised_as_more_sources_state_it(models: NlpModels) -> None:
    members = _dated_reports(models, [16, 14, 14], [9, 10, 11])  # the minority first and earliest
    [opening] = [c for c in story_summary(members, models.embedding) if "марта" in c.text]
    assert "14 марта" in opening.text and opening.articles == ["b", "c"]
    assert [(d.text, d.articles) for d in opening.disputed] == [("16 марта", ["a"])]


@pytest.mark.parametrize(("hours", "told", "cited"), [([9, 10], "16 марта", ["a"]), ([10, 9], "14 марта", ["b"])])
def test_a_date_disputed_one_to_one_is_summarised_as_the_earliest_report_states_it(
        models: NlpModels, hours: list[int], told: str, cited: list[str]) -> None:
    members = _dated_reports(models, [16, 14], hours)
    [opening] = [c for c in story_summary(members, models.embedding) if "марта" in c.text]
    assert told in opening.text and opening.articles == cited
    assert [d.articles for d in opening.disputed] == [["b"] if cited == ["a"] else ["a"]]
    assert all(c.disputed == [] for c in story_summary(members, models.embedding) if "6,8" in c.text)


def test_a_report_dated_without_a_time_counts_as_later_that_day() -> None:
    from datetime import datetime

    from svodka.model import Analysis, Article
    from svodka.summarise.summary import publication_order
    day_only = Article(id="a", origin="a.txt", text="", published=datetime(2026, 3, 4))
    timed = Article(id="b", origin="b.txt", text="", published=datetime(2026, 3, 4, 13, 20))
    next_day = Article(id="c", origin="c.txt", text="", published=datetime(2026, 3, 5, 9, 0))
    undated = Article(id="d", origin="d.txt", text="")
    order = publication_order([(article, Analysis("ru")) for article in (undated, next_day, day_only, timed)])
    assert sorted(order, key=order.get) == ["b", "a", "c", "d"]


BOUNDED_REPORTS = {
    "ru": ("Проект стал первой в городе трамвайной концессией после 2018 года. "
           "Депо работает с 2015 года и обслуживает шесть маршрутов. "
           "Сеть трамвайных линий продлят до 2030 года, сообщили в комитете. "
           "Договор с подрядчиком должны подписать до конца марта. "
           "Первые пассажиры поедут по новой линии 14 марта."),
    "en": ("The project was the first tram concession in the city after 2018. "
           "The depot has served six routes since 2015. "
           "The city wants trams on every major avenue by 2030, the committee said. "
           "The contract with the builder should be signed by the end of March. "
           "The first passengers will ride the new line on March 14."),
}


@pytest.mark.parametrize("language", ["ru", "en"])
def test_an_open_bound_is_no_timeline_event_but_a_deadline_and_a_day_are(models: NlpModels, language: str) -> None:
    article = _article("a", "Северная правда", "", BOUNDED_REPORTS[language])
    dates = {event.date for event in story_timeline([(article, analyse(article, models))], models.embedding)}
    assert "2026-03-14" in dates and "2026-03-31" in dates  # the launch day; the deadline as its last day
    assert not any(date[:4] in {"2015", "2018", "2030"} for date in dates)  # after 2018, since 2015, by 2030


@pytest.mark.parametrize(("before", "text", "date", "point"), [
    ("концессией ", "после 2018 года", "2018-01-01/2018-12-31", False),
    ("тарифы вырастут не ранее ", "1 июля", "2026-07-01", False),
    ("клиенты смогут платить картой уже с ", "1 апреля", "2026-04-01", True),
    ("выставка продлится до ", "31 мая", "2026-05-31", True),
    ("ищет партнёров с начала ", "2025 года", "2025-01-01/2025-12-31", False),
    ("мост ремонтируют с конца марта ", "2025 года", "2025-01-01/2025-12-31", False),
    ("looking for partners since the start of ", "last year", "2025-01-01/2025-12-31", False),
    ("deliveries begin after June ", "2026", "2026-01-01/2026-12-31", False),
    ("the first buildings should be ready by ", "September 1, 2026", "2026-09-01", True),
    ("the festival runs from 20 to ", "22 March", "2026-03-22", True),
    ("завод открыли ", "в 2015 году", "2015-01-01/2015-12-31", True),
])
def test_a_date_is_a_point_unless_a_bound_leaves_it_open(before: str, text: str, date: str, point: bool) -> None:
    assert dated_point(DateRef(text, len(before), len(before) + len(text), date), before) is point


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Она вложила в строительство завода 3 млрд рублей.", True),
    ("По его словам, строительство начнётся летом 2026 года.", True),
    ("Как она отметила, мост откроют в декабре.", True),
    ("According to him, construction will begin in the summer.", True),
    ("По данным МЧС, пострадали 12 человек.", False),
    ("В Перми построят новый мост через Каму.", False),
    ("Это решение мэрия приняла в пятницу.", True),
    ("Агентство отмечает, что спрос на арматуру упал.", True),
    ("Издание уточняет, что мост открыли без торжеств.", True),
    ("That morning the river rose by two metres.", True),
    # "this" of the time of writing, and an agency's or a publication's own name, point back at nothing
    ("This year's budget for the bridge was cut by a third.", False),
    ("This week the council voted to close the old bridge.", False),
    ("Этой весной в Твери откроют новый мост через Волгу.", False),
    ("Этот год стал для завода рекордным.", False),
    ("Агентство стратегических инициатив открыло конкурс для заводов.", False),
    ("Агентство по страхованию вкладов выплатит вкладчикам 3 млрд рублей.", False),
    ("Агентство Интерфакс сообщило, что завод открыли в пятницу.", False),
    # a credit to a source the sentence before named
    ("According to the report, the studio will rebuild the game.", True),
    ("По данным издания, завод закроют в мае.", True),
    ("According to the Meteorological Office, the storm will weaken.", False),
    ("По данным МЧС, пострадавших нет.", False),
    ("По данным полиции, пострадали трое.", False),  # a source it names, not one the sentence before named
    ("По словам очевидцев, дом загорелся около полуночи.", False),
    ("According to the police, three people were hurt.", False),
    ("По данным источника, завод закроют в мае.", True),
    ("According to the newspaper, the mayor will resign.", True),
    ("According to the airline, the new app shows gates and lounges.", True),  # which airline: the one named before
    ("Там шесть наблюдателей следили за режимом тишины.", True),  # the place the sentence before named
])
def test_a_sentence_leans_on_the_one_before_by_what_its_opening_points_back_at(sentence: str, leans: bool) -> None:
    from svodka.summarise.summary import LEANS_ON_THE_SENTENCE_BEFORE
    assert bool(LEANS_ON_THE_SENTENCE_BEFORE.match(sentence)) == leans


def test_a_timeline_date_counted_only_from_a_guessed_year_is_marked(models: NlpModels) -> None:
    """Two fictional reports of a tram launch: one printed its date in full, one «3 марта» with no year. A day only
    the year-less report gives rests on its guessed year; a day both give, or one it printed with its year, does not."""
    dated = _article("a", "Северная правда", "Трамвай до Шушар запустят 14 марта",
                     "Трамвайную линию до Шушар откроют 14 марта, сообщили в комитете по транспорту.")
    year_less = _article("b", "Деловой обзор", "Трамвай до Шушар откроют 14 марта",
                         "Трамвайную линию до Шушар откроют 14 марта, сообщили в комитете по транспорту. "
                         "Вчера по линии прошёл первый пробный рейс. "
                         "Вторую очередь линии сдадут 1 сентября 2027 года.")
    year_less.published_year_guessed = True
    members = [(article, analyse(article, models)) for article in (dated, year_less)]
    guessed = {event.date: event.date_year_guessed for event in story_timeline(members, models.embedding)}
    assert guessed == {"2026-03-03": True, "2026-03-14": False, "2027-09-01": False}
    year_less.published_year_guessed = False
    assert not any(event.date_year_guessed for event in story_timeline(members, models.embedding))


def test_a_standfirst_with_no_final_stop_is_no_summary_sentence(seeds: Path, models: NlpModels) -> None:
    """Sputnik Таджикистан's standfirst ("…с одной из стран Центральной Азии") only vaguely restates the lead."""
    summary = story_summary(seed_members(seeds, models), models.embedding)
    assert summary and all(c.text.rstrip()[-1] in ".!?…»\"”)" for c in summary)


def test_a_fact_is_summarised_by_the_wording_that_names_who_said_it(models: NlpModels) -> None:
    """"По его словам" points back at a sentence the summary does not show; the quote credited by name does not."""
    a = _article("a", "РИА Новости", "В Перми построят мост через Каму за 15 млрд рублей",
                 "Мэр Перми Эдуард Соснин заявил в четверг, что в городе построят новый мост через Каму. "
                 "Стоимость моста составит 15 млрд рублей, сказал он журналистам. "
                 "Строительство моста начнётся летом 2026 года, добавил мэр Перми Эдуард Соснин.")
    b = _article("b", "Коммерсантъ-Прикамье", "Пермь получит новый мост",
                 "Мэр Перми Эдуард Соснин в четверг объявил о строительстве нового моста через Каму стоимостью "
                 "15 млрд рублей. По его словам, строительство моста начнётся летом 2026 года.")
    summary = story_summary([(article, analyse(article, models)) for article in (a, b)], models.embedding)
    summer = [c for c in summary if "летом" in c.text]
    assert summer and not any(c.text.startswith("По его словам") for c in summer)


def test_a_piece_of_a_quote_running_over_sentences_gives_way_to_a_reported_fact(models: NlpModels) -> None:
    """"«С новым судном мы сможем…" opens a quote whose speaker the next sentence names; the paraphrase names her."""
    quote = ("«С новым судном мы сможем отправлять паром из Балтийска каждые три дня вместо пяти. "
             "Это важно для грузоотправителей», — сказала гендиректор компании Марина Светлова.")
    paraphrase = ("Как сообщила гендиректор компании Марина Светлова, с новым судном паром будет уходить из "
                  "Балтийска каждые три дня вместо пяти.")
    opening = ("Балтийская паромная компания ставит на линию Балтийск — Усть-Луга новый паром «Янтарный берег». "
               "Паром способен за один рейс перевезти до 100 грузовиков и 150 пассажиров. "
               "Переход между портами займёт около 37 часов. ")
    members = [(article, analyse(article, models)) for article in (
        _article("a", "Новости Балтики", "Паром выйдет на линию", opening + quote),
        _article("b", "Северная правда", "Паром выйдет на линию", opening + paraphrase))]
    summary = story_summary(members, models.embedding)
    assert summary and not any(c.text.count("«") != c.text.count("»") for c in summary)
    assert any("три дня" in c.text and c.articles == ["a", "b"] for c in summary)


def test_an_outlet_naming_itself_is_no_entity_of_the_story(seeds: Path, models: NlpModels) -> None:
    members = seed_members(seeds, models)
    outlets = {article.outlet for article, _ in members}
    named_in_text = {e.name for _, analysis in members for e in analysis.entities if e.type == "ORG"}
    assert {"Sputnik", "Sputnik.kz"} <= named_in_text and {"Sputnik Таджикистан", "Sputnik.kz"} <= outlets
    names = {entity.name for entity in story_entities(members)}
    assert not names & {"Sputnik", "Sputnik.kz"}
    assert {"Владимир Путин", "Касым-Жомарт Токаев", "Казахстан"} <= names


def test_an_outlet_the_other_report_credits_is_no_entity_of_the_story(models: NlpModels) -> None:
    first = _article("a", "Волжский телеграф", "Под Самарой открыли мост через Сок",
                     "Губернатор Дмитрий Азаров открыл мост через реку Сок, сообщает «Деловой обзор».")
    second = _article("b", "Деловой обзор", "Мост через Сок открыт",
                      "Губернатор Дмитрий Азаров открыл новый мост через реку Сок, сообщил «Волжский телеграф».")
    members = [(article, analyse(article, models)) for article in (first, second)]
    named = {e.name.strip("«»") for _, analysis in members for e in analysis.entities if e.type == "ORG"}
    assert named & {"Деловой обзор", "Волжский телеграф"}, named  # svodka reads them as organisations
    names = {entity.name.strip("«»") for entity in story_entities(members)}
    assert not names & {"Деловой обзор", "Волжский телеграф"} and "Дмитрий Азаров" in names


def test_a_summary_sentence_quoting_someone_cites_only_the_reports_printing_those_words(models: NlpModels) -> None:
    from tests.test_compare import APOLOGY, CARTER, CARTER_REPORTED, REWORDED, _conflicts
    members, _ = _conflicts(models, CARTER.format(words=APOLOGY), CARTER.format(words=REWORDED),
                            CARTER_REPORTED.format(words=APOLOGY))
    quoting = [c for c in story_summary(members, models.embedding) if "Carter" in c.text]
    assert quoting and all(set(c.articles) == ({"b"} if REWORDED in c.text else {"a", "c"}) for c in quoting)


FIRE = "Пожар в торговом центре «Радуга» в Екатеринбурге"


@pytest.mark.parametrize(("titles", "expected"), [
    ((f"{FIRE}: 12 пострадавших", f"{FIRE}: 15 пострадавших", f"{FIRE} потушен"), f"{FIRE} потушен"),
    ((f"{FIRE}: 12 пострадавших", f"{FIRE}: 15 пострадавших"), FIRE),  # the disputed clause left out
])
def test_the_title_takes_no_side_of_a_disputed_figure(models: NlpModels, titles: tuple[str, ...], expected: str) -> None:
    from svodka.compare import story_alignment
    bodies = ["Двенадцать человек пострадали при пожаре в торговом центре «Радуга» в Екатеринбурге, сообщили в МЧС.",
              "Число пострадавших при пожаре в торговом центре «Радуга» в Екатеринбурге выросло до 15, сообщили в МЧС.",
              "Пожар в торговом центре «Радуга» в Екатеринбурге потушен, сообщили в МЧС."]
    articles = [_article(chr(ord("a") + i), f"Outlet {i}", title, body) for i, (title, body) in enumerate(zip(titles, bodies))]
    members = [(article, analyse(article, models)) for article in articles]
    assert story_title(members, story_alignment(members, models.embedding)) == expected


def test_every_summary_sentence_cites_a_report_even_where_a_scraper_glued_a_quote_on(models: NlpModels) -> None:
    glued = ('Нападающие вместе играли в молодёжной лиге."Мы с ним подружились и держали связь до самого обмена. '
             'Мне приятно видеть здесь знакомое лицо", — говорит тренер. '
             'Клуб подтвердил обмен двух нападающих в субботу.')
    first = _article("a", "Спорт-Экспресс Юг", "Клуб обменял двух нападающих", glued)
    second = _article("b", "Хоккейный вестник", "Двух нападающих обменяли",
                      'Нападающие вместе играли в молодёжной лиге. Клуб подтвердил обмен двух нападающих в субботу, '
                      'сообщил тренер.')
    members = [(article, analyse(article, models)) for article in (first, second)]
    text_of = {article.id: article_text(article) for article, _ in members}
    units = [(fact, unit) for fact in story_alignment(members, models.embedding).facts for unit in fact.units]
    assert any(unit.quotes for _, unit in units)
    assert all(unit.source in printing_sources(fact, unit, text_of) for fact, unit in units)
    summary = story_summary(members, models.embedding)
    assert summary and all(line.articles for line in summary), [(line.text, line.articles) for line in summary]


# A toll that is larger in the later report five hours on is its later state (`compare.updates`), not a dispute; one
# smaller later, or told within the hour, stays a conflict.
@pytest.mark.parametrize("hours", [(14, 9), (9, 9)])
def test_a_one_to_one_dispute_is_a_conflict_and_the_summary_takes_the_earliest_side(
        models: NlpModels, hours: tuple[int, int]) -> None:
    from datetime import datetime

    from svodka.compare import compare_articles
    body = "При пожаре в торговом центре «Радуга» в Екатеринбурге пострадали {} человек, сообщили в МЧС."
    members = [(article, analyse(article, models)) for article in (
        _article(ident, f"Outlet {ident}", "", body.format(injured)) for ident, injured in (("a", 12), ("b", 15)))]
    for (article, _), hour, minute in zip(members, hours, (0, 30)):
        article.published = datetime(2026, 3, 4, hour, minute)
    earliest = "a" if hours[0] <= hours[1] else "b"
    differences = compare_articles(members, models.embedding)
    assert not [d for d in differences if d.kind == "shared"]  # one report behind each side: nothing shared
    assert [d for d in differences if d.kind == "conflict"]
    [summarised] = story_summary(members, models.embedding)
    assert summarised.articles == [earliest]  # the first to publish set the story
    assert [other.articles for other in summarised.disputed] == [["b" if earliest == "a" else "a"]]


@pytest.mark.parametrize(("sentence", "leans"), [
    # a possessive in a short opening phrase whose sentence then names what it stands for
    ("In his speech on Monday, President Putin said the talks had failed.", False),
    ("After his arrest, Navalny was flown to Moscow.", False),
    ("According to their report, the WHO expects 2 million cases.", False),
    ("После его ареста Навальный был доставлен в Москву.", False),
    # naming no one, crediting someone else, or pointing back by an object pronoun: still leaning
    ("In his speech on Monday he said the talks had failed.", True),
    ("По его словам, Путин готов к переговорам.", True),
    ("According to him, Putin is ready for talks.", True),
    ("According to her, Merkel will not run again.", True),
    ("На его место назначен Иван Иванов.", True),
])
def test_a_pronoun_the_same_sentence_then_names_leans_on_nothing(sentence: str, leans: bool) -> None:
    test_a_sentence_leans_on_the_one_before_by_what_its_opening_points_back_at(sentence, leans)


def test_an_extra_fact_told_only_leaning_is_passed_over_not_the_end_of_the_summary(models: NlpModels) -> None:
    # both open with a leaning wording, relevant enough (the first sentence) to be the best fact after three
    members = [(article, analyse(article, models)) for article in (
        _article("a", "Outlet a", "", "Он рассчитан на 40 тысяч машин в сутки. Мост через Каму открыли в Перми в пятницу. "
                 "Губернатор Дмитрий Махонин поблагодарил строителей. На работы из бюджета края потратили 7 млрд рублей. "
                 "Подрядчиком выступила компания «Уралмостострой». Старый мост закроют на ремонт в апреле."),
        _article("b", "Outlet b", "", "Он пропустит до 40 тысяч автомобилей в сутки. Новый мост через Каму в Перми "
                 "открылся в пятницу. Дмитрий Махонин выразил благодарность строителям. Стоимость работ для бюджета "
                 "края составила 7 млрд рублей. Работы выполнила компания «Уралмостострой». "
                 "В апреле старый мост закроют на ремонт."))]
    summary = story_summary(members, models.embedding)
    assert not any(c.text.startswith("Он ") for c in summary)
    assert any("старый мост" in c.text.lower() and c.articles == ["a", "b"] for c in summary)


def test_a_story_shows_a_name_with_the_yo_any_report_printed(models: NlpModels) -> None:
    members = [(article, analyse(article, models)) for article in (
        _article("a", "Волжский телеграф", "Сокол победил", "Вратарь Илья Лунев отбил пенальти в матче с «Зенитом»."),
        _article("b", "Деловой обзор", "Сокол выиграл", "Вратарь «Сокола» Илья Лунёв отбил пенальти в матче с «Зенитом»."))]
    names = {entity.name: entity.articles for entity in story_entities(members)}
    assert names.get("Илья Лунёв") == ["a", "b"] and "Илья Лунев" not in names


def test_a_chosen_fact_only_a_speakerless_claim_could_word_gives_way_to_the_next() -> None:
    from svodka.compare.align import Fact, Unit
    from svodka.model import Cited
    from svodka.summarise.summary import MIN_SENTENCES, told

    facts = [Fact([Unit(str(i), "Outlet", str(i), f"Fact {i}.", frozenset())]) for i in range(MIN_SENTENCES + 2)]
    speakerless = facts[1]  # chosen, but every best-backed wording is a claim no sentence names a speaker for

    def choose(candidates: list[Fact]) -> list[Fact]:  # the most relevant first, as many as the summary needs
        return candidates[:MIN_SENTENCES]

    def word(fact: Fact) -> Cited | None:
        return None if fact is speakerless else Cited(fact.units[0].text, fact.articles)

    summary = told(facts, choose, word)
    assert [c.text for c in summary] == [f.units[0].text for f in facts if f is not speakerless][:MIN_SENTENCES]
    assert told([speakerless], choose, word) == []  # nothing else to tell: no sentence, no endless choosing


def test_a_toll_two_reports_dispute_is_summarised_with_the_other_value(models: NlpModels) -> None:
    from datetime import datetime
    members = []
    for ident, text in (("a", "A crowded passenger ferry capsized on the Meghna River in central Bangladesh late on "
                              "Monday, killing at least 12 people and leaving dozens missing, officials said. The "
                              "ferry was carrying about 150 passengers from Dhaka to Chandpur, police said."),
                        ("b", "At least 14 people have died after a passenger ferry sank on the Meghna River in "
                              "Bangladesh on Monday night, according to police. The ferry had been inspected last "
                              "Tuesday, officials said, and an inquiry will report next month. The ferry was carrying "
                              "about 150 passengers from Dhaka to Chandpur.")):
        article = _article(ident, f"Outlet {ident}", "Ferry sinks in Bangladesh", text)
        article.published = datetime(2026, 11, 17, 9 if ident == "a" else 10, 0)
        members.append((article, analyse(article, models)))
    summary = story_summary(members, models.embedding)
    tolls = [line for line in summary if "12 people" in line.text or "14 people" in line.text]
    assert tolls and all(line.disputed for line in tolls), [(line.text, line.disputed) for line in summary]


def _timed_reports(models: NlpModels, reports: list[tuple[str, str, int, str]]) -> list[tuple]:
    """Made-up reports (outlet, title, hour of 18 November 2026, body), one member each, in the order given."""
    from datetime import datetime
    members = []
    for number, (outlet, title, hour, body) in enumerate(reports):
        article = _article(chr(ord("a") + number), outlet, title, body)
        article.published = datetime(2026, 11, 18, hour, 0)
        members.append((article, analyse(article, models)))
    return members


def test_a_quote_two_reports_give_to_different_speakers_cites_only_the_one_naming_its_speaker(models: NlpModels) -> None:
    words = '"We have been patient for three winters and our patience has run out,"'
    members = _timed_reports(models, [
        ("Coastal Herald", "Ferry crews at Port Kelling walk out", 9,
         "About 800 ferry crew members at Port Kelling stopped work on Wednesday, demanding a 12% pay rise. "
         f"{words} union secretary Joan Pryce told reporters. Ferries to the outer islands were cancelled for the day. "
         "Talks with the operator will resume on Friday."),
        ("Island Wire", "Port Kelling ferry strike strands islanders", 10,
         "Around 800 ferry crew members at Port Kelling walked out on Wednesday, demanding a 12 percent pay increase. "
         f"{words} harbour master Tom Ashdown said. Ferries to the outer islands were cancelled for the day. "
         "Talks are due to resume on Friday."),
    ])
    quoting = [c for c in story_summary(members, models.embedding) if "patient" in c.text]
    assert quoting, "the quote is among the story's leading facts"
    for line in quoting:
        named = "a" if "Joan Pryce" in line.text else "b"
        assert line.articles == [named]  # the other report gives the words to someone else
        assert [(d.text, d.articles) for d in line.disputed] == [("Tom Ashdown" if named == "a" else "Joan Pryce",
                                                                  ["b" if named == "a" else "a"])]


def test_a_summary_is_in_the_story_language_and_says_what_happened_without_a_one_more_count(models: NlpModels) -> None:
    """«Ещё 11 человек пострадали» read alone states 11 hurt in all, not 11 more: the toll's sentence tells the fact;
    the English report's words are no sentence of a Russian story, yet it is cited where it says the same."""
    members = _timed_reports(models, [
        ("Северная заря", "На складе «Северлес» в Лесогорске горит", 7,
         "Пожар вспыхнул на складе компании «Северлес» в Лесогорске около пяти часов утра в среду. "
         "По данным МЧС, площадь возгорания составляет 900 квадратных метров. Пострадали два человека."),
        ("Северная заря", "Число погибших при пожаре на складе «Северлес» выросло до трёх", 15,
         "Число погибших при пожаре на складе «Северлес» в Лесогорске выросло до трёх, сообщили в МЧС. "
         "Ещё 11 человек пострадали. Пожар ликвидирован, площадь возгорания составила 2000 квадратных метров."),
        ("Lesogorsk Post", "Three dead in Lesogorsk warehouse fire", 16,
         "Three people were killed and 11 injured in a fire at the Severles warehouse in Lesogorsk, emergency "
         "officials said. The blaze covered 2,000 square metres before it was put out."),
    ])
    summary = story_summary(members, models.embedding)
    assert summary and all(re.search("[а-яё]", line.text, re.IGNORECASE) for line in summary), summary
    assert not any(line.text.startswith(("Ещё", "Еще")) for line in summary), summary
    assert "погибших" in summary[0].text  # the lead says what happened: the toll of the fire
    assert any("c" in line.articles for line in summary)  # the English report still cited


def test_a_story_is_in_the_language_of_most_reports_and_a_tie_goes_to_the_earliest() -> None:
    from svodka.model import Analysis
    from svodka.summarise.summary import story_language

    def member(ident: str, language: str) -> tuple:
        return _article(ident, "Outlet", "", "Text."), Analysis(language=language)
    assert story_language([member("a", "ru"), member("b", "en")]) == "ru"
    assert story_language([member("a", "en"), member("b", "ru"), member("c", "ru")]) == "ru"


def test_a_hedged_figure_cites_only_reports_hedging_it_the_same_way(models: NlpModels) -> None:
    """«около 300» is not what a report saying «свыше 300» states: no conflict, yet no citation either."""
    members = _timed_reports(models, [
        ("Волжская правда", "Паромная переправа в Калиновке перевезла 40 тысяч машин", 9,
         "Паромная переправа в Калиновке с апреля по октябрь перевезла 40 тысяч машин, сообщили в администрации района. "
         "В октябре паром совершил свыше 300 рейсов. Самым загруженным днём стала суббота."),
        ("Приволжский курьер", "Паром в Калиновке перевёз 40 тысяч машин за сезон", 10,
         "С апреля по октябрь паромная переправа в Калиновке перевезла 40 тысяч машин, сообщили в администрации района. "
         "За октябрь паром совершил свыше 300 рейсов. Больше всего машин паром перевёз в субботу."),
        ("Калиновские вести", "Переправа в Калиновке закрыла сезон", 11,
         "Паромная переправа в Калиновке закрыла сезон: с апреля по октябрь она перевезла 40 тысяч машин. "
         "В октябре паром совершил около 300 рейсов. Зимой переправа не работает."),
    ])
    trips = [line for line in story_summary(members, models.embedding) if "300" in line.text]
    assert trips
    for line in trips:
        hedge = "свыше" if "свыше" in line.text else "около"
        assert all(f"{hedge} 300" in article.text for article, _ in members if article.id in line.articles), line


def test_the_summary_opens_with_the_fact_most_reports_lead_with() -> None:
    from svodka.compare.align import Fact, Unit
    from svodka.summarise.summary import opening_first

    def unit(article: str, text: str) -> Unit:
        return Unit(article, article, article, text, frozenset(text.lower().split()))
    orders = Fact([unit("c", "Orders fell by 25% this year, Volgatransmash said as it announced 320 job cuts.")])
    cuts = Fact([unit("a", "Завод «Волгатрансмаш» сократит 320 рабочих."),
                 unit("b", "«Волгатрансмаш» до конца июня уволит 320 рабочих.")])
    pay = Fact([unit("a", "Уволенным выплатят три оклада.")])
    position = {id(orders.units[0]): 0, id(cuts.units[0]): 0, id(cuts.units[1]): 0, id(pay.units[0]): 1}
    assert opening_first([orders, cuts, pay], position) == [cuts, orders, pay]  # two reports open with the cuts


def test_a_count_added_to_one_told_before_is_told_apart_from_a_time_ago() -> None:
    from svodka.summarise.summary import MISSTATES_ALONE

    said = ["Ещё 15 человек пострадали.", "Another two people were hurt.", "Ещё два года назад завод закрыли.",
            "Ещё несколько лет назад здесь был лес.", "Ещё в 2019 году мост закрыли."]
    assert [bool(MISSTATES_ALONE.match(sentence)) for sentence in said] == [True, True, False, False, False]


@pytest.mark.parametrize("sentence, alone", [
    ("— На форуме вы говорили о новых заводах в регионе?", False),  # an interviewer's question
    ("— Да, и первый из них откроется осенью.", False),  # the answer: its speaker is the page's layout
    ("Мост закрыли на ремонт до весны, ехать по нему нельзя.Мэр поручил пустить автобусы.", False),  # glued
    ("“The values of youth football are not about the score.", False),  # opens a quote the next sentence goes on
    ('Нам нужен запас на три месяца", - сказал министр.', False),  # ends a quote the sentence before opened
    ("“We will rebuild the pier by spring,” harbour master Ellen Marsh said.", True),
    ("Министр назвал закупки „приоритетом года“ и пообещал отчёт к маю.", True),
    ('Министр назвал закупки "приоритетом года" и пообещал отчёт к маю.', True),
    ("The council met on Monday.Residents were not invited.", False),
    ("Сайт стопкоронавирус.рф обновил данные к полудню.", True),  # a domain is no glued sentence
    ("Склад Яндекс.Маркета в Твери откроют к осени.", True),  # a name's parts, an abbreviation
    ("Почтовый сервис Mail.Ru обновил приложение для смартфонов.", True),
    ("Новый сквер разобьют на ул.Ленина у вокзала.", True),
    ("Водители жалуются на пробки в центре.Мэрия обещает новые полосы.", False),
    ("Физики назвали новое состояние вещества ‘Cooper pair metal.’", True),  # a single quote closes it
    ("«Ветер мог сбить аппарат с курса», — сказал он.", False),  # a speaker named only before
    ("“We will rebuild the pier by spring,” she said.", False),
])
def test_a_summary_sentence_is_one_whole_sentence_in_the_reports_own_voice(sentence: str, alone: bool) -> None:
    from svodka.compare.align import Unit
    from svodka.summarise.summary import _stands_alone
    assert _stands_alone(Unit("a", "Outlet a", "a", sentence, frozenset())) == alone


def _worded(fact_units: list, behind: dict[int, set[str]], alone: set[int]):
    """The representative of one made-up fact, every wording equally central, the reports published a, b, c."""
    from svodka.compare.align import Fact
    from svodka.summarise.summary import representative
    fact = Fact(fact_units)
    position = {id(u): 0 for u in fact_units}
    return representative(fact, position, lambda x, y: 0.0, behind, {"a": 0, "b": 1, "c": 2}, alone, {}, "en")


def _unit(article: str, text: str, *numbers: float):
    from svodka.compare.align import Unit
    from svodka.model import NumberFact
    return Unit(article, f"Outlet {article}", article, text, frozenset(text.lower().split()), language="en",
                numbers=[NumberFact(f"{n:g}", n, "homes", 0, 0) for n in numbers])


def test_a_bare_credit_aligned_with_a_fact_never_words_it() -> None:
    from svodka.summarise.summary import _stands_alone
    credit = _unit("a", "Об этом предупредили специалисты института гидрологии.")
    fact = _unit("b", "Специалисты института гидрологии предсказали засуху в Приволжье в июне.")
    units = [credit, fact]
    chosen = _worded(units, {id(credit): {"a", "b"}, id(fact): {"b"}},
                     {id(u) for u in units if _stands_alone(u)})
    assert chosen is fact


def test_a_leaning_wording_gives_way_to_one_read_alone_on_its_side_of_a_dispute() -> None:
    from svodka.summarise.summary import _stands_alone
    leaning = _unit("a", "It forced the evacuation of 200 homes near the river.", 200)
    minority = _unit("b", "A derailment near Millbrook forced the evacuation of 2,000 homes.", 2000)
    same_side = _unit("c", "A derailment near Millbrook forced the evacuation of some 200 homes.", 200)
    alone = lambda units: {id(u) for u in units if _stands_alone(u)}
    # the other side of the figure, read alone, is no replacement for the wording more sources stand behind
    assert _worded([leaning, minority], {id(leaning): {"a", "c"}, id(minority): {"b"}},
                   alone([leaning, minority])) is leaning
    units = [leaning, minority, same_side]
    assert _worded(units, {id(leaning): {"a", "c"}, id(minority): {"b"}, id(same_side): {"c"}},
                   alone(units)) is same_side


def test_a_report_printing_the_summary_sentence_word_for_word_is_cited_for_it() -> None:
    from svodka.model import Cited, Wording
    from svodka.summarise.summary import printed_word_for_word, single_spaced
    said = "«Каждый вечер нам обещают воду к утру, а утром её снова нет», — сказала жительница Заречья Анна Котова."
    text_of = {"a": f"В Заречье третьи сутки нет воды. {said}",
               "b": "Жители Заречья третьи сутки без воды. «Каждый вечер нам обещают воду к утру,\nа утром её снова "
                    "нет», — сказала жительница Заречья Анна Котова. Аварию обещают устранить к пятнице.",
               "c": "«Каждый вечер нам обещают воду к утру», — жалуются жители Заречья."}
    line = printed_word_for_word(Cited(said, ["a"], wordings=[Wording("a", said)]), said, single_spaced(text_of))
    assert line.articles == ["a", "b"]  # a line break inside is no other wording; half the quote is not it
    assert [w.article for w in line.wordings] == ["a", "b"]


def test_a_sentence_saying_nothing_happened_never_cites_a_report_saying_it_did() -> None:
    from svodka.compare.align import Fact
    from svodka.summarise.summary import told_otherwise
    none = _unit("a", "There have been dozens of arrests in four months of protests, but no deaths since May.")
    death = _unit("b", "His death is the first fatality in four months of protests in the port city.")
    also_none = _unit("c", "Four months of protests have brought dozens of arrests and no deaths.")
    fact = Fact([none, death, also_none])
    assert told_otherwise(fact, none) == {"b"}
    assert told_otherwise(fact, death) == {"a", "c"}


def test_a_sentence_naming_a_bill_by_its_number_cites_only_reports_printing_that_number() -> None:
    from svodka.summarise.summary import naming_other_things
    tabled = _unit("a", "В Госдуму внесён законопроект № 482113-8 о продлении дачной амнистии.")
    text_of = {"a": "В Госдуму внесён законопроект № 482113-8 о продлении дачной амнистии.",
               "b": "Депутаты внесли законопроект №482113-8, продлевающий дачную амнистию до 2031 года.",
               "c": "В Думу внесён законопроект о продлении дачной амнистии на пять лет."}
    assert naming_other_things(tabled, text_of) == {"c"}
    assert naming_other_things(_unit("c", text_of["c"]), text_of) == set()  # an amount is no identifier


def test_a_figure_two_reports_give_beats_the_earliest_reports_other_figure_though_each_wording_is_its_own() -> None:
    from svodka.compare.align import Fact
    from svodka.summarise.summary import representative
    first = _unit("a", "Nine wagons of a freight train derailed near Millbrook on Monday, forcing the evacuation of "
                       "about 3,000 homes.", 3000)
    wire = _unit("b", "Nine wagons of a Valley Line freight train derailed near Millbrook on Monday morning, forcing "
                      "the evacuation of about 300 homes.", 300)
    later = _unit("c", "A freight train left the tracks near Millbrook, injuring two crew members and forcing the "
                       "evacuation of some 300 homes.", 300)
    units = [first, wire, later]
    each_alone = {id(u): {u.article} for u in units}  # every wording adds a detail the others lack
    agreeing = {id(first): {"a"}, id(wire): {"b", "c"}, id(later): {"b", "c"}}
    chosen = representative(Fact(units), {id(u): 0 for u in units}, lambda x, y: 0.0, each_alone,
                            {"a": 0, "b": 1, "c": 2}, {id(u) for u in units}, {}, "en", agreeing)
    assert chosen is wire  # the earliest wording of the side two reports take, not the first report's figure


def test_a_wording_taking_no_side_of_a_dispute_never_shuts_the_disputed_figure_out() -> None:
    from svodka.compare.align import Fact
    from svodka.summarise.summary import majority_side
    twelve = _unit("a", "At least 12 people died when the ferry capsized.", 12)
    fourteen = _unit("b", "Fourteen people died when the ferry sank.", 14)
    capsized = _unit("c", "The ferry capsized on the Meghna River.")
    fact = Fact([twelve, fourteen, capsized])
    agreeing = {id(twelve): {"a", "c"}, id(fourteen): {"b", "c"}, id(capsized): {"a", "b", "c"}}
    assert majority_side(fact, agreeing) == [twelve, fourteen, capsized]  # a tie, and a wording of no side
    agreeing[id(fourteen)] = {"b"}
    assert majority_side(fact, agreeing) == [twelve, capsized]


@pytest.mark.parametrize("sentence, says_none", [
    ("Пострадавших нет.", True),
    ("Для вкладчиков никаких изменений не будет.", True),
    ("No passengers were hurt when the tram derailed.", True),
    ("There is no doubt the tram left the rails at speed.", False),  # a view, not a thing that did not happen
    ("Nothing suggests the driver was at fault.", False),
    ("Трое пассажиров получили ушибы.", False),
    ("Пожар потушили, угрозы соседним домам больше нет.", False),  # no absence of what a toll counts
])
def test_a_sentence_says_nothing_happened_by_its_absence_words(sentence: str, says_none: bool) -> None:
    from svodka.summarise.summary import ABSENCE
    assert bool(ABSENCE.search(sentence)) == says_none


def test_an_identifier_is_the_same_however_a_report_spaces_or_marks_it() -> None:
    from svodka.summarise.summary import naming_other_things
    text_of = {"a": "Рейс SU1402 вылетел из Перми с опозданием на три часа.",
               "b": "Рейс SU 1402 задержали в Перми на три часа.",
               "c": "В Госдуму внесён законопроект № 482113-8, рейс 1403 задержан.",
               "d": "Депутаты внесли законопроект No. 482113-8 о дачной амнистии."}
    assert naming_other_things(_unit("a", text_of["a"]), text_of) == {"c", "d"}
    assert naming_other_things(_unit("c", "Внесён законопроект № 482113-8."), text_of) == {"a", "b"}


def test_a_reports_lead_is_told_though_a_quoted_title_cuts_it_short(models: NlpModels) -> None:
    """Two fictional reports of a regional airline's order, both opening with a sentence a programme's title in
    quotes cuts short («…в программе "Утро.»): no wording of it reads alone, yet it is what happened."""
    from tests.test_compare import _conflicts
    members, _ = _conflicts(
        models,
        'Авиакомпания "Северный ветер" до 2028 года купит 40 самолётов "Байкал", сообщил министр транспорта Олег Сомов '
        'в программе "Утро. Регионы" на телеканале "Волга". По словам министра, первые машины придут весной. '
        'Авиакомпания обслуживает 30 направлений на Севере. Парк компании обновят полностью.',
        'Авиакомпания "Северный ветер" до 2028 года приобретёт 40 самолётов "Байкал", заявил министр транспорта Олег '
        'Сомов в программе "Утро. Регионы". Авиакомпания обслуживает 30 направлений на Севере. '
        'Парк компании обновят полностью, добавил министр.')
    summary = story_summary(members, models.embedding)
    assert summary[0].text.startswith('Авиакомпания "Северный ветер" до 2028 года')
