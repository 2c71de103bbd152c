"""Quotes and dates as real news writes them: attributions after the statement, quoted names, quoted words
inside reported speech, date ranges, and days resolved by the tense of the report."""

from __future__ import annotations

from datetime import date

import pytest

from svodka.model import Entity, Mention
from svodka.nlp.dates import find_dates
from svodka.nlp.quotes import find_quotes

MONDAY = date(2019, 11, 18)


def entity(text: str, name: str, type_: str, *spellings: str) -> Entity:
    """An entity with a mention at every place one of its spellings occurs in text."""
    mentions = []
    for spelling in spellings or (name,):
        start = text.find(spelling)
        while start >= 0:
            mentions.append(Mention(start, start + len(spelling), spelling))
            start = text.find(spelling, start + 1)
    return Entity(name, type_, sorted(mentions, key=lambda m: m.start))


def kinds_and_speakers(text: str, *entities: Entity) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text.split()[0]) for q in find_quotes(text, list(entities))]


@pytest.mark.parametrize("text, source", [
    ("Обоих осуждённых освободили досрочно, пишет «РИА Новости».", "РИА Новости"),
    ("Министерство показало журналистам черновик законопроекта о медиа, сообщает Liga.net.", "Liga.net"),
    ("Прибыли от проекта можно не ждать совсем, пишет Forbes. Детали ниже.", "Forbes"),
])
def test_a_source_named_after_the_statement_is_its_speaker_even_unrecognised(text, source):
    # no entity given: the nominative subject of "пишет"/"сообщает" is the source's name as written
    assert kinds_and_speakers(text) == [("indirect", source, text.split()[0])]


def test_an_unnamed_attribution_after_the_statement_has_no_speaker():
    text = "Продажа билетов на шоу начнется в понедельник утром, сообщается на официальном сайте тура."
    assert kinds_and_speakers(text) == [("indirect", None, "Продажа")]


def test_about_this_attribution_takes_the_sentence_before():
    text = ("Депутаты приняли законопроект о переселении граждан из аварийного жилья. "
            "Об этом сообщает ТАСС по итогам заседания.")
    tass = entity(text, "ТАСС", "ORG")
    assert kinds_and_speakers(text, tass) == [("indirect", "ТАСС", "Депутаты")]


def test_quoted_names_are_not_paired_into_a_quote():
    text = '"МегаФон" открыл магазин на площадке распродаж, сообщили "Фонтанке" в компании.'
    quotes = find_quotes(text, [])
    assert [q.kind for q in quotes] == ["indirect"]
    assert quotes[0].text.startswith('"МегаФон" открыл')


def test_an_inner_name_may_share_the_closing_mark():
    text = '"Мы будем добиваться проверки во всех центрах, а не только в "Радуге", - заявила депутат.'
    [quote] = find_quotes(text, [])
    assert quote.kind == "direct" and quote.text.startswith("Мы будем") and quote.text.endswith("Радуге")


@pytest.mark.parametrize("text, opening", [
    ("Premier Li Keqiang said the company “violated a moral bottom line.” No one was hurt.", "the"),
    ("Ротенберг объявил, что это его «заключительный проект» и что прибыли не ждет.", "это"),
])
def test_quoted_words_inside_reported_speech_are_one_indirect_quote(text, opening):
    speaker = entity(text, "Li Keqiang", "PER") if "Li" in text else entity(text, "Аркадий Ротенберг", "PER",
                                                                            "Ротенберг")
    assert kinds_and_speakers(text, speaker) == [("indirect", speaker.name, opening)]


def test_a_quote_after_a_colon_stays_direct():
    text = "Галиев заявил: «Мы построим сорок новых школ до конца года»."
    galiev = entity(text, "Айдар Галиев", "PER", "Галиев")
    assert kinds_and_speakers(text, galiev) == [("direct", "Айдар Галиев", "Мы")]


def test_quotes_of_unnamed_organisers_are_not_the_last_person_named():
    text = ('Police said Jane Smith had left the city. “Due to the crisis, the festival will be cancelled,” the '
            'organisers said in a statement. “Until this week we were fully committed to it.”')
    smith = entity(text, "Jane Smith", "PER")
    assert [q.speaker for q in find_quotes(text, [smith]) if q.kind == "direct"] == [None, None]


def test_a_role_after_a_quote_is_still_the_person_named_before():
    text = ("Министр образования Айдар Галиев выступил на коллегии.\n\n"
            "«До конца года будет построено сорок новых школ», — сказал министр.")
    galiev = entity(text, "Айдар Галиев", "PER")
    assert kinds_and_speakers(text, galiev) == [("direct", "Айдар Галиев", "До")]


@pytest.mark.parametrize("text, name, kind", [
    # the speaker's own name and role between quote and verb is an attribution
    ("“The volatility is likely to persist,” Wedbush analyst Michael Pachter warned in a client note on "
     "Thursday, keeping his rating.", "Michael Pachter", "direct"),
    # apostrophes pair into no quote
    ("The players' union thinks Telkom’s plan for the '90s and the workers' pay was fine, Ann Lee said.", "Ann Lee",
     "indirect"),
])
def test_one_speaker_named_beside_the_statement(text, name, kind):
    assert kinds_and_speakers(text, entity(text, name, "PER")) == [(kind, name, "The")]


def test_a_quote_split_by_its_attribution_is_two_quotes_of_the_one_named_inside():
    text = ("«Ситуация длится уже не первый месяц», — сказал активист Андрей Королев. «Информация искажена и подана "
            "неправильно, — прокомментировала советник мэра Юлия Прокопьева. — Да, серьезная проблема с водой есть».")
    korolev, prokopyeva = entity(text, "Андрей Королев", "PER"), entity(text, "Юлия Прокопьева", "PER")
    assert kinds_and_speakers(text, korolev, prokopyeva) == [
        ("direct", "Андрей Королев", "Ситуация"), ("direct", "Юлия Прокопьева", "Информация"),
        ("direct", "Юлия Прокопьева", "Да,")]


def test_a_russian_attribution_names_its_source_after_the_verb():
    text = ("Активист Андрей Королев обратился в прокуратуру. «На фотографиях цвет воды варьируется от бурого до "
            "зеленого», — говорится в сообщении «Гражданского патруля».")
    people, patrol = entity(text, "Андрей Королев", "PER"), entity(text, "Гражданский патруль", "ORG",
                                                                    "Гражданского патруля")
    assert kinds_and_speakers(text, people, patrol) == [("direct", "Гражданский патруль", "На")]


def test_an_unnamed_statement_is_the_source_last_cited():
    text = ("Кредитное соглашение подписано сегодня в Киеве. Об этом сообщает министерство социальной политики. \"Деньги будут направлены на "
            "поддержку незащищенных семей\", - говорится в сообщении.")
    ministry = entity(text, "Министерство социальной политики", "ORG", "министерство социальной политики")
    assert [q.speaker for q in find_quotes(text, [ministry]) if q.kind == "direct"] == [ministry.name]


def test_a_spokesperson_speaks_for_the_organisation_named_before():
    text = ("Gloria Fuentes posted the story online. Apple said that it has since fired the employee. “We are grateful "
            "to the customer for bringing this to our attention,” a spokesperson said. “We launched an internal "
            "investigation at once.”")  # and the statement goes on
    fuentes, apple = entity(text, "Gloria Fuentes", "PER"), entity(text, "Apple", "ORG")
    assert [q.speaker for q in find_quotes(text, [fuentes, apple]) if q.kind == "direct"] == ["Apple", "Apple"]


def test_a_name_before_an_english_speech_verb_speaks_whatever_its_type_and_goes_on_speaking():
    # mixed marks as scraped pages write them; the next paragraph of the statement names another man
    text = ("Cafu backs Liverpool. “First of all, I am a big fan of Liverpool ,\" Cafu told the Sun. “He is on fire "
            "and growing with the team. “What Jurgen Klopp has done is bring the team together.”")
    cafu, klopp = entity(text, "Cafu", "LOC"), entity(text, "Jurgen Klopp", "PER")
    assert kinds_and_speakers(text, cafu, klopp) == [("direct", "Cafu", "First"), ("direct", "Cafu", "He"),
                                                    ("direct", "Cafu", "What")]


@pytest.mark.parametrize("text, speaker", [
    ("Отмечается, что принципиальное решение о передаче кораблей уже принято.", None),
    ("4 ноября сообщалось, что министерство направило Москве ноту.", None),
    ("Министерство финансов заявило, что бюджет будет исполнен в срок.", "Министерство финансов"),
    ("Суд установил, что в течение шести лет обвиняемый служил на офицерских должностях.", "Суд"),
    # a name after a preposition is no subject of a singular verb
    ("Диппредставительство на своей странице в Facebook подчеркивает, что премия берет на себя ответственность.",
     None),
])
def test_impersonal_neuter_and_prepositional_subjects_of_indirect_speech(text, speaker):
    names = [entity(text, name, "ORG") for name in ("Министерство финансов", "Суд", "Facebook") if name in text]
    assert kinds_and_speakers(text, *names) == [("indirect", speaker, text.split(", что ")[1].split()[0])]


def test_a_possessive_pronoun_source_is_the_subject_of_the_sentence_before():
    text = ("Путин допустил прекращение транзита. Глава компании Андрей Коболев раскритиковал заявления Путина. "
            "По его словам, большинство тезисов из заявления не соответствуют действительности.")
    putin, kobolev = entity(text, "Владимир Путин", "PER", "Путин"), entity(text, "Андрей Коболев", "PER")
    assert kinds_and_speakers(text, putin, kobolev)[-1] == ("indirect", "Андрей Коболев", "большинство")


def test_a_clause_without_a_subject_belongs_to_the_attribution_after_it():
    text = ("Полученные результаты указывают, что даже небольшие изменения в рационе могут вызвать обострение, "
            "отметила диетолог, профессор Карен Мэдсен.")
    assert kinds_and_speakers(text, entity(text, "Карен Мэдсен", "PER")) == [("indirect", "Карен Мэдсен", "Полученные")]


def test_about_this_takes_up_the_paragraph_lead():
    text = ("На Дону коронавирус выявлен у 121 медика. 103 случая зафиксировано в муниципальных клиниках. Об этом "
            "сообщает ГТРК «Дон-ТР».")
    gtrk = entity(text, "ГТРК «Дон-ТР»", "ORG")
    assert kinds_and_speakers(text, gtrk) == [("indirect", "ГТРК «Дон-ТР»", "На")]


def test_the_attribution_of_a_quote_whose_opening_went_unseen_is_no_indirect_quote():
    text = ('Мы рады поддержать инициативу с брендом "МегаФон" в особом статусе. Также мы первый оператор на '
            'площадке AliExpress", — отмечает коммерческий директор компании.')
    assert [q.kind for q in find_quotes(text, [])] == []


@pytest.mark.parametrize("text, resolved", [
    ("Визит пройдет 3-4 декабря.", "2019-12-03/2019-12-04"),
    ("The festival was scheduled for November 22-24.", "2019-11-22/2019-11-24"),
    ("Данные за 2014–2018 годы", "2014-01-01/2018-12-31"),
    ("Выставка пройдет с 5 по 9 декабря.", "2019-12-05/2019-12-09"),
    ("The exhibit is open from May 7 until September 7, 2020.", "2020-05-07/2020-09-07"),
    ("Каникулы продлятся с 28 декабря по 8 января 2020 года.", "2019-12-28/2020-01-08"),
    ("С декабря 2019 года он занимал должность.", "2019-12-01/2019-12-31"),
    ("Экзамен перенесли на июль.", "2019-07-01/2019-07-31"),
    ("Сроки сдачи отодвинулись на осень.", "2019-09-01/2019-11-30"),
    ("They wore the styles of the 1870s.", "1870-01-01/1879-12-31"),
    ("Так строили в 1970-х годах.", "1970-01-01/1979-12-31"),
    ("С 2006 по 2011 год погибли многие.", "2006-01-01/2011-12-31"),
    ("Товары лидировали в 2017 и 2018 годах.", "2017-01-01/2018-12-31"),
    ("Так было и в 2018-м.", "2018-01-01/2018-12-31"),
    ("После 1995 года выборов не было.", "1995-01-01/1995-12-31"),
    ("В минувшие выходные прошел семинар.", "2019-11-16/2019-11-17"),
    ("На сегодняшний день денег нет.", "2019-11-18"),
    ("Этой осенью рейтинг вырос.", "2019-09-01/2019-11-30"),
    ("He moved in summer 2018.", "2018-06-01/2018-08-31"),
    ("Roku reported a September-quarter loss.", "2019-07-01/2019-09-30"),
    ("The deal should close by month-end.", "2019-11-30"),
])
def test_ranges_and_forms_of_real_news(text, resolved):
    assert [d.date for d in find_dates(text, MONDAY)] == [resolved]


@pytest.mark.parametrize("text, resolved", [
    ("Shares fell sharply on Thursday.", "2019-11-14"),  # told on Monday: the Thursday before
    ("Yahoo Japan said Wednesday it was in talks.", "2019-11-13"),
    ("The ministers will meet on Thursday.", "2019-11-21"),  # announced: the Thursday after
    ("Mr. Trump spent four hours at the hospital on Feb. 8 for a checkup.", "2019-02-08"),
    ("The vote is due on Feb. 8 next year.", "2020-02-08"),
])
def test_the_tense_of_the_report_chooses_the_day(text, resolved):
    assert next(d.date for d in find_dates(text, MONDAY)) == resolved


def test_an_unclear_tense_keeps_the_nearest_such_day():
    # the sample corpus convention: "в субботу" beside no verb is the nearest Saturday
    assert [d.date for d in find_dates("Парад в субботу, в центре города.", MONDAY)] == ["2019-11-16"]


def test_a_nearby_day_and_month_is_not_moved_a_year_by_a_past_reporting_verb():
    text = "Линия начнёт перевозить пассажиров 14 марта, сообщил в понедельник директор."
    assert [d.date for d in find_dates(text, date(2026, 3, 2))] == ["2026-03-14", "2026-03-02"]


def test_a_habitual_season_is_no_date():
    assert find_dates("Доверие традиционно растет осенью.", MONDAY) == []
    assert [d.date for d in find_dates("Осенью рейтинг вырос.", MONDAY)] == ["2019-09-01/2019-11-30"]


def test_weekends_are_counted_from_the_publication_week():
    found = find_dates("В минувшие выходные шел снег, в эти выходные тоже. Next weekend is dry.", MONDAY)
    assert [d.date for d in found] == ["2019-11-16/2019-11-17", "2019-11-23/2019-11-24", "2019-11-30/2019-12-01"]


def test_a_statement_over_several_paragraphs_is_a_quote_per_paragraph():
    # each paragraph opens with a mark, only the last one closes
    text = ("“We learned of the score with regret,” Bruno Rossi said. “Such a result has no place in junior "
            "football. “The opponent must always be respected, and today that did not happen.”")
    rossi = entity(text, "Bruno Rossi", "PER")
    assert kinds_and_speakers(text, rossi) == [("direct", "Bruno Rossi", "We"), ("direct", "Bruno Rossi", "Such"),
                                               ("direct", "Bruno Rossi", "The")]


@pytest.mark.parametrize("text, opening", [
    ("Игрок рассказал о переходе. 'Я уже насиделся в 'Динамо'. Понимал, что главное - играть'", "Я"),
    ("The coach was calm. ‘We will win this match easily,’ he said.", "We"),
])
def test_single_quote_marks_enclose_direct_speech(text, opening):
    assert [(q.kind, q.text.split()[0]) for q in find_quotes(text, [])] == [("direct", opening)]


@pytest.mark.parametrize("text, opening", [
    ("Acme Corp said Friday it has been declared bankrupt by a court.", "it"),
    ("Acme Corp confirmed it is in talks to merge with a rival.", "it"),
    ("Авторы исследования отмечают, что, в отличие от заповедника, в городах люди мешают.", "в"),
    ("С 2006 по 2011 год погибло, по оценке учёных, более миллиона летучих мышей.", "С"),
    # what research found is reported like speech
    ("Учёные из Института мозга пришли к выводу, что сон помогает детям запоминать слова.", "сон"),
    ("Исследователи выяснили, что прогулки снижают тревожность у пожилых людей.", "прогулки"),
    ("In 2010 Acme Corp concluded that thin films could also carry a current.", "thin"),
    ("Экономисты сделали вывод, что доступность досуга немного выросла.", "доступность"),
    ("Специалисты решили, что есть возможность провести ремонт летом.", "есть"),
    ("Согласно словам специалистов, это подземелье было создано давно.", "это"),
    ("Согласно новому докладу Acme Corp, опубликованному сегодня, спрос на сталь упадёт.", "опубликованному"),
    ("Acme Corp reckons that the market for steel will shrink next year.", "the"),
])
def test_reported_clauses_around_time_words_asides_and_mid_sentence_sources(text, opening):
    acme = entity(text, "Acme Corp", "ORG")
    assert [(q.kind, q.text.split()[0]) for q in find_quotes(text, [acme])] == [("indirect", opening)]


def test_an_about_this_attribution_with_its_own_date_is_no_statement():
    text = ("Корабли буксируются в нейтральные воды. "
            "Об этом в воскресенье, 17 ноября, сообщает «Интерфакс» со ссылкой на источник.")
    interfax = entity(text, "Интерфакс", "ORG")
    assert kinds_and_speakers(text, interfax) == [("indirect", "Интерфакс", "Корабли")]


@pytest.mark.parametrize("text, resolved", [
    ("He was arrested on March 3 and charged the next day.", ["2019-03-03", "2019-03-04"]),
    ("Sources told Reuters the previous day that a deal was likely.", ["2019-11-17"]),
    ("They agreed a deal in summer 2018, for a move the following year.", ["2018-06-01/2018-08-31",
                                                                         "2019-01-01/2019-12-31"]),
    ("He was signed in 2017 and debuted in November of that year.", ["2017-01-01/2017-12-31",
                                                                    "2017-11-01/2017-11-30"]),
    ("В 2025 году грузов перевезли больше, чем предыдущим годом.", ["2025-01-01/2025-12-31",
                                                                   "2024-01-01/2024-12-31"]),
    ("Суд прошёл 3 марта, а на следующий день его отменили.", ["2019-03-03", "2019-03-04"]),
])
def test_dates_counted_from_the_last_date_named(text, resolved):
    assert [d.date for d in find_dates(text, MONDAY)] == resolved


def test_a_month_before_a_noun_is_a_date_in_the_tense_of_the_report():
    assert [d.date for d in find_dates("The February checkup showed he had gained weight.", MONDAY)] == [
        "2019-02-01/2019-02-28"]
    assert [d.date for d in find_dates("Проверку провели в декабре.", MONDAY)] == ["2018-12-01/2018-12-31"]


def test_a_weekday_with_no_tense_is_the_same_weekday_named_with_one():
    text = "Shares tumbled on Thursday. The stock remains up over the year, even after Thursday’s retreat."
    assert [d.date for d in find_dates(text, MONDAY)] == ["2019-11-14", "2019-11-14"]


@pytest.mark.parametrize("text, resolved", [
    ("Это было в понедельник, сказал он.", "2019-11-18"),
    ("Выставка откроется в среду, сообщил он.", "2019-11-20"),  # present form: the announcement
    ("В среду министр заявил о реформе.", "2019-11-13"),
    ("Парад в среду.", "2019-11-20"),  # no verb: the nearest
])
def test_russian_weekdays_follow_the_tense_of_their_own_clause(text, resolved):
    assert [d.date for d in find_dates(text, MONDAY)] == [resolved]


def test_unclosed_single_marks_and_anchored_dates_stay_one_pass():
    # an ambiguous mark pattern backtracks exponentially here, and anchors looked up anew each time square
    assert find_quotes("'a " * 5000, []) == [] and find_quotes("‘word " * 5000, []) == []
    assert len(find_dates("in 2017 that year, the previous day " * 5000, MONDAY)) == 15_000


LONG_BLOCK = ("Президент Владимир Путин заявил, что переговоры идут хорошо и без задержек. "
              "«Мы построим сорок новых школ до конца года», — заявил Галиев. "
              "По словам Токаева, саммит пройдет в Москве на следующей неделе, как и планировалось.\n"
              "— Мы не ждем быстрых решений по этому вопросу, — сказал он. — Но работа идет полным ходом.\n"
              "Банк снизил ставки по вкладам для всех клиентов, сообщили в ТАСС. Об этом сообщает ТАСС.\n"
              '"We will open the new plant next year," Smith said. Smith said the company would hire people.\n\n')


def test_a_long_text_has_every_paragraph_s_quotes_as_a_short_one_has_them():
    # 2000 repetitions (700 kB): each repetition's quotes are found and attributed as in the text alone,
    # which the overlap checks and the lookups of names must keep true however many quotes came before
    def people(text: str) -> list[Entity]:
        return [entity(text, "Владимир Путин", "PER"), entity(text, "Айдар Галиев", "PER", "Галиев"),
                entity(text, "Касым-Жомарт Токаев", "PER", "Токаева"), entity(text, "ТАСС", "ORG"),
                entity(text, "John Smith", "PER", "Smith")]

    def relative(quotes, offset: int) -> list[tuple]:
        return [(q.kind, q.speaker, q.text, q.start - offset, q.stop - offset) for q in quotes]

    alone = relative(find_quotes(LONG_BLOCK, people(LONG_BLOCK)), 0)
    assert len(alone) == 7 and {q[1] for q in alone} == {"Владимир Путин", "Айдар Галиев", "Касым-Жомарт Токаев",
                                                         "ТАСС", "John Smith"}
    repeated = LONG_BLOCK * 2000
    quotes = find_quotes(repeated, people(repeated))
    assert len(quotes) == len(alone) * 2000
    for i in range(0, len(quotes), len(alone)):
        offset = i // len(alone) * len(LONG_BLOCK)
        assert relative(quotes[i:i + len(alone)], offset) == alone


@pytest.mark.parametrize("text, names, speaker", [
    # a post as subject is the person given it before, not the body of the post
    ("На брифинге выступила начальник управления Ольга Петрова. Начальник областного Министерства финансов "
     "отметила, что бюджет будет исполнен в срок и без долгов.", [("Ольга Петрова", "PER", "Ольга Петрова"),
                                                                 ("Министерство финансов", "ORG", "Министерства финансов")],
     "Ольга Петрова"),
    # the role a report gives the person it is about
    ("Суд приговорил Ивана Сидорова к пяти годам. Позднее осужденный заявил, что будет обжаловать приговор в "
     "апелляции.", [("Иван Сидоров", "PER", "Ивана Сидорова")], "Иван Сидоров"),
    # "последний": the latter of two people, of the verb's gender
    ("Мэр поспорил с депутатами Анной Ивановой и Петром Смирновым о бюджете города на этот год. Об этом последний "
     "рассказал журналистам.", [("Анна Иванова", "PER", "Анной Ивановой"), ("Петр Смирнов", "PER", "Петром Смирновым")],
     "Петр Смирнов"),
])
def test_a_role_as_subject_is_the_person_named_before(text, names, speaker):
    entities = [entity(text, name, type_, spelling) for name, type_, spelling in names]
    [quote] = find_quotes(text, entities)
    assert quote.speaker == speaker


def test_a_post_with_no_person_of_its_gender_named_stays_its_body():
    text = ("Ольга Петрова открыла заседание. Глава областного Минздрава отметил, что больницы готовы к сезону "
            "гриппа и простуд.")
    entities = [entity(text, "Ольга Петрова", "PER"), entity(text, "Минздрав", "ORG", "Минздрава")]
    [quote] = find_quotes(text, entities)
    assert quote.speaker == "Минздрав"


@pytest.mark.parametrize("text, resolved", [
    # English tells a schedule in the present: the coming Sunday, not yesterday
    ("Leeds face Derby on Sunday at home.", "2019-11-24"),
    ("The new bridge opens on Saturday.", "2019-11-23"),
    # ... and a report of the past in a past form, irregular ones too
    ("Police shot a protester on Sunday.", "2019-11-17"),
    ("An elderly man died on Saturday.", "2019-11-16"),
])
def test_an_english_weekday_in_the_present_is_a_coming_one(text, resolved):
    assert [d.date for d in find_dates(text, MONDAY)] == [resolved]


@pytest.mark.parametrize("published, resolved", [
    (date(2019, 11, 16), "2019-11-08"),  # told on a Saturday: yesterday would be "yesterday"
    (date(2019, 11, 15), "2019-11-08"),  # told on a Friday: a week before
    (date(2019, 11, 18), "2019-11-15"),  # told on a Monday: the Friday before
])
def test_last_friday_is_never_yesterday(published, resolved):
    assert [d.date for d in find_dates("Last Friday, a student died.", published)] == [resolved]


@pytest.mark.parametrize("text, resolved", [
    # the verb of a date's clause after a relative clause cutting it, or after a list
    ("6 мая рабочие завода, который считают крупнейшим в области, вышли на забастовку.", "2019-05-06"),
    ("3 мая власти Франции, Италии, Испании, Греции объявили о новых мерах.", "2019-05-03"),
    ("3 мая власти Франции, Италии, Испании, Греции объявят о новых мерах.", "2020-05-03"),
])
def test_a_far_day_takes_the_tense_of_its_verb_after_commas(text, resolved):
    assert [d.date for d in find_dates(text, MONDAY)] == [resolved]


@pytest.mark.parametrize("text, names, speakers", [
    # a Latin surname's ending tells no gender ("Ma"): "he" is still the man who spoke last
    (("Osinbajo thanked Ma for the visit. Earlier in his remark, Ma said that Chinese firms were bringing money to "
      "Africa. He said that the first step was internet access for all."),
     [("Yemi Osinbajo", "PER", "Osinbajo"), ("Jack Ma", "PER", "Ma")], ["Jack Ma", "Jack Ma"]),
    # a first name ending in -a does, and the woman who opens the sentence before is "she" after another woman spoke
    (("Ms Sukys said the police had been brutal to both of them. Club owner Martha Tsamis also settled with the "
      "police. She said she was thrilled with the confidential settlement."),
     [("Zita Sukys", "PER", "Sukys"), ("Martha Tsamis", "PER", "Martha Tsamis")], ["Zita Sukys", "Martha Tsamis"]),
    # ... however the sentence before that one ends ("!" as well as ".")
    (("Ms Sukys said the police had been brutal to both of them! Club owner Martha Tsamis also settled with the "
      "police. She said she was thrilled with the confidential settlement."),
     [("Zita Sukys", "PER", "Sukys"), ("Martha Tsamis", "PER", "Martha Tsamis")], ["Zita Sukys", "Martha Tsamis"]),
])
def test_english_pronouns_follow_first_names_and_the_sentence_before(text, names, speakers):
    entities = [entity(text, name, type_, spelling) for name, type_, spelling in names]
    assert [q.speaker for q in find_quotes(text, entities)] == speakers


def test_a_name_inside_the_quote_before_is_no_speaker_of_the_next():
    # the first quote ends on a quote inside it ('‘…on.’'), the next paragraph of the statement opens anew
    text = ("Katya Jones danced. Speaking on the radio, she said: “You (Bushell) were brilliant about it and he came "
            "in every Monday just like ‘Right, I have got to fight on.’ “He was absolutely brilliant, and that was all.”")
    entities = [entity(text, "Katya Jones", "PER"), entity(text, "Mike Bushell", "PER", "Bushell")]
    assert [(q.text.split()[0], q.speaker) for q in find_quotes(text, entities)] == [
        ("You", "Katya Jones"), ("He", "Katya Jones")]


def test_two_apostrophes_close_a_quote_and_a_short_reported_clause_counts():
    text = ("He said: “I think that the government can benefit from the digital economy.’’ Earlier, Ma said that "
            "firms were investing. Шнуров объявил, что гастроли будут прощальными.")
    entities = [entity(text, "Yemi Osinbajo", "PER", "Osinbajo"), entity(text, "Jack Ma", "PER", "Ma"),
                entity(text, "Сергей Шнуров", "PER", "Шнуров")]
    assert [(q.kind, q.text.split()[0]) for q in find_quotes(text, entities)] == [
        ("direct", "I"), ("indirect", "firms"), ("indirect", "гастроли")]


@pytest.mark.parametrize("text, resolved", [
    ("Итоги этого года лучше, чем прошлого года.", ["2019-01-01/2019-12-31", "2018-01-01/2018-12-31"]),
    ("Этот год станет завершающим, а за прошлый год выручка выросла.", ["2019-01-01/2019-12-31",
                                                                       "2018-01-01/2018-12-31"]),
    ("Санкции ввели 8 апреля этого года.", ["2019-04-08"]),
    ("They were shot at the July 2017 erotic ball.", ["2017-07-01/2017-07-31"]),
    ("Protests have gone on since June.", ["2019-06-01/2019-06-30"]),
    ("The party would hold a vote by next June.", ["2020-06-01/2020-06-30"]),
    # a schedule in the English present is the coming month
    ("The tour starts in January.", ["2020-01-01/2020-01-31"]),
    ("The tour started in January.", ["2019-01-01/2019-01-31"]),
])
def test_years_in_any_case_and_months_by_their_preposition(text, resolved):
    assert [d.date for d in find_dates(text, MONDAY)] == resolved


def test_english_attributions_name_speakers_entity_recognition_missed_and_roles():
    text = ("“Today we mourn a freedom fighter,” Joshua Wong said on Twitter. “The atmosphere is like a ticking "
            "bomb,” added Lo Kin-hei, a local councillor. Osinbajo said that Nigeria was open to investors. He "
            "thanked Ma for the visit. The vice president said that Nigeria had a lot of young entrepreneurs.")
    entities = [entity(text, "Joshua Wong", "PER"), entity(text, "Yemi Osinbajo", "PER", "Osinbajo"),
                entity(text, "Jack Ma", "PER", "Ma ")]
    assert [q.speaker for q in find_quotes(text, entities)] == ["Joshua Wong", "Lo Kin-hei", "Yemi Osinbajo",
                                                                "Yemi Osinbajo"]


def test_a_sentence_after_a_quote_that_reports_anew_is_no_attribution():
    text = ("“I’m hoping it’s all going to settle down,” she said. “I’m very happy with the outcome and I want to "
            "get on with my life.” Justice John Dixon said the resolution had saved the court considerable resources.")
    entities = [entity("Martha Tsamis. " + text, "Martha Tsamis", "PER"),
                entity("Martha Tsamis. " + text, "John Dixon", "PER")]
    assert [q.speaker for q in find_quotes("Martha Tsamis. " + text, entities)] == [
        "Martha Tsamis", "Martha Tsamis", "John Dixon"]


@pytest.mark.parametrize("text", [
    ("Корпорация намерена убрать из магазина сотни приложений, сообщает портал Apple Insider. Как сообщает издание, "
     "компания удалит приложения для вейпов."),
    "Ранее интернет-издание Mash сообщило, что врачам не платят. По данным издания, речь идет о медработнике.",
])
def test_the_outlet_a_report_names_by_its_kind_is_the_one_last_cited(text):
    source = "Apple Insider" if "Apple" in text else "Mash"
    assert find_quotes(text, [entity(text, source, "ORG")])[-1].speaker == source


@pytest.mark.parametrize("text, published, resolved", [
    # the weekend nearest the report: coming on a Friday, past on a Monday, coming whenever the report says "will"
    ("Protesters called for fresh rallies over the weekend.", date(2019, 11, 8), "2019-11-09/2019-11-10"),
    ("Police arrested ten people over the weekend.", date(2019, 11, 4), "2019-11-02/2019-11-03"),
    ("He will rest at the weekend.", date(2019, 11, 4), "2019-11-09/2019-11-10"),
])
def test_the_weekend_is_the_nearest_unless_the_report_looks_ahead(text, published, resolved):
    assert [d.date for d in find_dates(text, published)] == [resolved]


def test_neuter_bodies_reflexive_verbs_and_occupations_report_speech():
    text = ("Запасы нефти в США выросли, а запасы бензина упали, сообщило Управление энергетической информации. "
            "Алексей Ягудин прокомментировал заявление блогера. Спортсмен признался, что ни разу в жизни не дрался.")
    entities = [entity(text, "Управление энергетической информации", "ORG"), entity(text, "Алексей Ягудин", "PER")]
    assert [(q.text.split()[0], q.speaker) for q in find_quotes(text, entities)] == [
        ("Запасы", "Управление энергетической информации"), ("ни", "Алексей Ягудин")]


def test_two_backticks_quote_in_order_and_a_statement_runs_over_paragraphs():
    # '``' opens and closes alike; short titles keep the pairs in step; '… 2019. ``As' opens the next paragraph
    text = ("``I never thought about doing it another way,`` he said. He had hits with ``Boy,`` and ``Fast As You,`` "
            "over the years. A club statement read: `` The club can confirm the tie will take place in May. "
            "``As a result, we will be utilising two squads at once.``")
    text = "Dwight Yoakam spoke. Mayak Club plays. " + text
    entities = [entity(text, "Dwight Yoakam", "PER"), entity(text, "Mayak Club", "ORG")]
    assert [(q.kind, q.speaker, q.text.split()[0]) for q in find_quotes(text, entities)] == [
        ("direct", "Dwight Yoakam", "I"), ("direct", "Mayak Club", "The"), ("direct", "Mayak Club", "As")]


@pytest.mark.parametrize("text, first", [
    # a name quoted inside a quote, closed by its own mark or by the outer one before the attribution
    ("«4 мая состоялось заседание, на котором принято постановление «О прекращении полномочий депутата», — "
     "говорится в сообщении.", "4"),
    ("«4 мая состоялось заседание, на котором принято постановление «О прекращении полномочий депутата» и "
     "другие», — говорится в сообщении.", "4"),
    ("“5 мая состоялась церемония в рамках проекта “Модернизация системы поддержки” для семей”, – говорится в "
     "сообщении.", "5"),
])
def test_a_name_quoted_inside_a_quote_is_part_of_it(text, first):
    assert [(q.kind, q.text.split()[0]) for q in find_quotes(text, [])] == [("direct", first)]


def test_a_dash_after_a_sentence_opens_dialogue_run_into_the_paragraph():
    text = ("Об этом рассказала Татьяна Быковская. Один случай выявили в клинике. - Наибольшее количество "
            "инфицированных работников — в Ростове-на-Дону (24), - отметила она. Всего выявили 81 заболевшего.")
    assert kinds_and_speakers(text, entity(text, "Татьяна Быковская", "PER")) == [
        ("direct", "Татьяна Быковская", "Наибольшее")]


def test_stated_claimed_and_a_clause_after_that_opening_with_a_name():
    text = ("Kate Beckinsale stated that just because she stood beside him, it doesn’t mean much. Jamie Foxx claimed "
            "he was merely helping her. Jamie Foxx claimed a one-set advantage in the game. Jim Valles showed "
            "that Cooper pairs could also produce insulating states.")
    entities = [entity(text, "Kate Beckinsale", "PER"), entity(text, "Jamie Foxx", "PER"), entity(text, "Jim Valles", "PER")]
    # what research showed is reported like speech
    assert kinds_and_speakers(text, *entities) == [
        ("indirect", "Kate Beckinsale", "just"), ("indirect", "Jamie Foxx", "he"), ("indirect", "Jim Valles", "Cooper")]


@pytest.mark.parametrize("text, resolved", [
    ("The ceremony is tonight.", ["2019-11-18"]),
    ("It will ship before the end of the year.", ["2019-12-31"]),
    ("В 2017 году премию получила Калитко, в 2015 – Андрухович, в 2013 – Малярчук.",
     ["2017-01-01/2017-12-31", "2015-01-01/2015-12-31", "2013-01-01/2013-12-31"]),
    # "the same day" counts from a weekday too, though not from one that only qualifies a noun
    ("Nov. 21 is the hearing. Brown was arrested Thursday and six others were arrested the same day.",
     ["2019-11-21", "2019-11-14", "2019-11-14"]),
    ("Shares rose at Wednesday's close. Sources told Reuters the previous day a deal was likely.",
     ["2019-11-13", "2019-11-17"]),
])
def test_tonight_deadlines_years_in_a_list_and_days_counted_from_a_weekday(text, resolved):
    assert [d.date for d in find_dates(text, MONDAY)] == resolved


def test_a_weekday_keeps_its_by_as_other_deadlines_do():
    assert [(d.text, d.date) for d in find_dates("The talks ended by Friday, he said.", MONDAY)] == [
        ("by Friday", "2019-11-15")]


@pytest.mark.parametrize("text", [
    "Поддержка предусмотрена нацпроектом «Малое и среднее предпринимательство», который продлят.",
    'Она написала, что материал "Долгая война Путина против американской науки" лжив.',
    'This year\'s theme, "Camp: Notes on Fashion," saw the fashionable arrive.',
])
def test_a_title_its_kind_names_is_no_quote(text):
    assert [q.kind for q in find_quotes(text, [])] == [k for k in ("indirect",) if "написала, что" in text]


def test_a_quote_after_a_noun_of_no_title_is_still_speech():
    text = 'Министр заявил журналистам «Мы не отступим от своих планов» и ушёл.'
    assert [q.kind for q in find_quotes(text, [])] == ["direct"]


@pytest.mark.parametrize("text, found", [
    ("Clockenflap 2019 will be cancelled, the organisers said.", []),
    ("Россия сыграет в отборочном цикле чемпионата Европы-2020.", []),
    ("Оттава, Иван Гридин © 2019, РИА «Новый День»", []),
    ("She dated him, from Saturday Night Live, for a year.", []),
    ("The first female songwriter to win since Taylor Swift in 2010.", ["in 2010"]),
    ("Shares fell Friday after the report.", ["Friday"]),
])
def test_a_year_or_weekday_that_is_part_of_a_name_is_no_date(text, found):
    assert [d.text for d in find_dates(text, MONDAY)] == found


FRIDAY = date(2019, 11, 22)


@pytest.mark.parametrize("text, found", [
    # the past weekday: the last such day before the report, in any case, never the report's own day
    ("Авария произошла вечером минувшей среды.", [("минувшей среды", "2019-11-20")]),
    ("В прошлую пятницу мальчик попал под колёса.", [("В прошлую пятницу", "2019-11-15")]),
    # a month reported on, a quarter and a year in the nominative, two days joined by «и»
    ("Данные за март прошлого года хуже.", [("за март прошлого года", "2018-03-01/2018-03-31")]),
    ("Выручка за третий квартал 2019 года выросла.", [("за третий квартал 2019 года", "2019-07-01/2019-09-30")]),
    ("2019 год был трудным.", [("2019 год", "2019-01-01/2019-12-31")]),
    ("Концерты пройдут 1 и 2 января 2020 года.", [("1 и 2 января 2020 года", "2020-01-01/2020-01-02")]),
])
def test_past_weekdays_reported_months_quarters_and_joined_days(text, found):
    assert [(d.text, d.date) for d in find_dates(text, FRIDAY)] == found


def test_a_speaker_going_on_after_his_quote_and_not_the_one_he_works_for():
    text = ("``He has admitted his guilt,`` Sokolov's lawyer Alexander Pochuev said, adding he regretted what he "
            "had done.")
    people = (entity(text, "Alexander Pochuev", "PER"), entity(text, "Oleg Sokolov", "PER", "Sokolov"))
    assert kinds_and_speakers(text, *people) == [("direct", "Alexander Pochuev", "He"),
                                                 ("indirect", "Alexander Pochuev", "he")]


@pytest.mark.parametrize("text, speaker, first_word", [
    ("Pochuev suggested Sokolov may have been under stress.", "Pochuev", "Sokolov"),
    ("His student, Fyodor Danilov, said Sokolov was regarded as one of the best lecturers.", "Fyodor Danilov",
     "Sokolov"),
    ("In an interview, Tim Tebow mentioned that he is leaving all of the planning to her.", "Tim Tebow", "he"),
    ("According to Vogue, the exhibit will trace fashions back to the 1870s.", "Vogue", "the"),
    ("Холоднее обычного будет лишь в декабре, предупредил синоптик Роман Вильфанд.", "Роман Вильфанд", "Холоднее"),
])
def test_reported_speech_with_a_named_clause_subject_or_its_source_first(text, speaker, first_word):
    named = entity(text, speaker, "ORG" if speaker == "Vogue" else "PER")
    assert kinds_and_speakers(text, named) == [("indirect", speaker, first_word)]


def test_an_adding_that_is_no_speech_without_a_clause_of_its_own():
    assert find_quotes("Prices rose, adding pressure on the bank to act.", []) == []


def test_a_press_office_or_statement_is_the_source_last_cited():
    text = ("Полицейские задержали жителя посёлка. Об этом сообщает пресс-служба УФСБ по краю. "
            "«Задержан местный житель двадцати восьми лет», — рассказали в пресс-службе. "
            "В пресс-службе отметили, что у мужчины изъяли шесть килограммов. "
            "«Возбуждено уголовное дело о незаконном сбыте», — отмечается в сообщении.")
    fsb = entity(text, "УФСБ по краю", "ORG")
    assert kinds_and_speakers(text, fsb) == [("indirect", fsb.name, "Полицейские"), ("direct", fsb.name, "Задержан"),
                                             ("indirect", fsb.name, "у"), ("direct", fsb.name, "Возбуждено")]


@pytest.mark.parametrize("text, speaker", [
    ("Прогноз дал директор Гидрометцентра Роман Вильфанд. Январь будет обычным по температуре, отметил синоптик.",
     "Роман Вильфанд"),
    (("Чиновница Анна Петрова ответила на вопросы. Её коллега Иван Сидоров промолчал. По словам чиновницы, "
      "художник не обращался в администрацию."), "Анна Петрова"),
    (("Ресторатор Павел Орлов получил право открыть кафе. На них, по оценке самого ресторатора, потребуется "
      "не менее ста миллионов рублей."), "Павел Орлов"),
    # a group the article never named is no one
    ("Прогноз дал директор Гидрометцентра Роман Вильфанд. Январь будет обычным по температуре, отметили синоптики.",
     None),
])
def test_a_role_alone_as_the_source_is_the_person_named_before(text, speaker):
    people = [entity(text, name, "PER", name, name.split()[1]) for name in
              ("Роман Вильфанд", "Анна Петрова", "Иван Сидоров", "Павел Орлов") if name.split()[1][:4] in text]
    assert [q.speaker for q in find_quotes(text, people)] == [speaker]


def test_about_this_naming_a_person_reattributes_what_a_body_reported():
    text = ("В министерстве обороны сообщили, что саперы выполняют плановые работы. Об этом сообщил начальник "
            "управления Богдан Сеник. Путин заявил, что встреча прошла хорошо. Об этом сообщил Дмитрий Песков.")
    entities = [entity(text, "Министерство обороны", "ORG", "министерстве обороны"),
                entity(text, "Богдан Сеник", "PER"), entity(text, "Владимир Путин", "PER", "Путин"),
                entity(text, "Дмитрий Песков", "PER")]
    assert kinds_and_speakers(text, *entities) == [("indirect", "Богдан Сеник", "саперы"),
                                                   ("indirect", "Владимир Путин", "встреча")]


def test_a_pronoun_after_a_quote_is_the_person_opening_the_sentence_before():
    text = ("“The minister has to answer for this,” John Reyes said. Tom Ward later released a statement to the "
            "students. “We will not accept silence,” he wrote. “Nor will we stay quiet,” he added.")
    entities = [entity(text, "John Reyes", "PER"), entity(text, "Tom Ward", "PER")]
    assert [q.speaker for q in find_quotes(text, entities)] == ["John Reyes", "Tom Ward", "Tom Ward"]


def test_vedomstvo_is_the_body_its_statement_names():
    text = ("Следственное управление по краю проверит сообщения о невыплатах медикам. Об этом говорится в "
            "сообщении ведомства. Ранее газета Вести писала о задержках зарплат.")
    body = entity(text, "Следственное управление по краю", "ORG")
    assert kinds_and_speakers(text, body)[0] == ("indirect", body.name, "Следственное")


@pytest.mark.parametrize("text, source", [
    ("Волжский город принимает чемпионат в четвертый раз, сообщает газета ``Заря``.", "Заря"),
    ("Как сообщила радиостанция «Порт.ФМ», катера вывели из гавани утром.", "Порт.ФМ"),
])
def test_an_outlet_introduced_by_its_kind_is_named_after_it(text, source):
    assert [q.speaker for q in find_quotes(text, [])] == [source]


@pytest.mark.parametrize("text", [
    "Биеннале проводится в соответствии с «Концепцией культуры нашей республики до двадцатого года».",
    "Документы проверяет ГАУ «Областной центр по ценообразованию в строительстве» до конца месяца.",
    "He's had hits with ``A Thousand Roads To Nowhere`` and several platinum albums.",
])
def test_a_capitalised_name_inside_a_sentence_is_no_quote(text):
    assert find_quotes(text, []) == []


@pytest.mark.parametrize("text", [
    "Министр сказал «Мы построим сорок новых школ до конца года».",
    "“We are not done yet,” Lee said. “The next season starts in a month.”",
])
def test_speech_after_a_verb_or_another_quote_stays_a_quote(text):
    assert [q.kind for q in find_quotes(text, [])] == ["direct"] * (1 + text.count("“") // 2)


def test_a_research_team_is_the_body_it_was_introduced_by():
    text = ("Учёные из Института мозга пришли к выводу, что сон помогает детям запоминать слова. "
            "Ведущий автор Анна Берг провела опыты.Учёные полагают, что метод поможет и взрослым. "
            "Эксперты считают, что такие выводы пока преждевременны.")
    institute = entity(text, "Институт мозга", "ORG", "Института мозга")
    berg = entity(text, "Анна Берг", "PER")
    assert [q.speaker for q in find_quotes(text, [institute, berg])] == [institute.name, institute.name, None]


def test_the_one_an_outlet_quotes_is_the_speaker():
    text = ("Расходы на досуг выросли на четыре процента. «Инфляция в октябре в целом по стране составила 3,8%», "
            "– цитирует издание пресс-службу ЦБ.")
    bank = entity(text, "Банк России", "ORG", "ЦБ")
    assert kinds_and_speakers(text, bank) == [("direct", "Банк России", "Инфляция")]


@pytest.mark.parametrize("text, name", [
    ("Researchers at the Kestrel Institute of Optics tested the sensor in March. "
     "The results will be published in a journal next month, the institute said.", "Kestrel Institute of Optics"),
    ("Проект ведёт Балтийский трамвайный консорциум. Первые вагоны придут в мае, сообщили в консорциуме.",
     "Балтийский трамвайный консорциум"),
])
def test_an_institute_or_consortium_named_by_its_kind_is_the_one_the_report_names(text, name):
    body = entity(text, name, "ORG")
    assert [speaker for _, speaker, _ in kinds_and_speakers(text, body)] == [name]
