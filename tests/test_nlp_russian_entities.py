"""Russian entities on the forms real news writes: abbreviations, plural names, nested names, routes."""

from __future__ import annotations

import pytest

from svodka.nlp.entities import canonical_entities
from svodka.nlp.russian import Span, analyse_russian, nominative
from svodka.nlp.translit import entity_key


def entities(text, models):
    _, spans = analyse_russian(text, models)
    return {e.name: {m.text for m in e.mentions} for e in canonical_entities(spans, text, english=False)}


@pytest.mark.parametrize("written, canonical", [
    ("ФОМ", "ФОМ"),  # read as a word, an abbreviation is the genitive plural of the name "Фома"
    ("МИД России", "МИД России"),
    ("Ведомостей", "Ведомости"),  # a name written in the plural stays plural
    ("Военно-морских сил", "Военно-морские силы"),
    ("Тюменской областях", "Тюменская область"),  # a noun shared by a list of places is each one's
    ("Ботанического парка", "Ботанический парк"),  # not "парок", whose genitive is "парка" too
    ("Ботаническом парке", "Ботанический парк"),  # not "парка", a jacket: the adjective is masculine
    ("Митридат", "Митридат"),  # unknown, and a nominative as written: not a guessed "митридата"
    ("Самару", "Самара"),
    ("Петербургского метрополитена", "Петербургский метрополитен"),  # an adjective before its noun, not a surname
])
def test_names_go_to_their_nominative(written, canonical, models):
    assert nominative(written, models.morph_vocab) == canonical


def test_an_organisation_keeps_the_country_of_its_name(models):
    found = entities("Об этом сообщили в МИД РФ. Позднее МИД России уточнил детали.", models)
    assert found.get("МИД России") == {"МИД РФ", "МИД России"}
    assert "Россия" not in found


def test_a_shortened_name_joins_the_full_one(models):
    text = ("Депутаты Законодательного собрания Приморского края обсудили бюджет. "
            "Решение Законодательного собрания вступит в силу в январе.")
    found = entities(text, models)
    assert found.get("Законодательное собрание Приморского края") == {
        "Законодательного собрания Приморского края", "Законодательного собрания"}


def test_a_legal_form_before_a_quoted_name_is_not_the_name(models):
    found = entities("Работы выполнит ООО «Северный мост» до конца года.", models)
    assert "Северный мост" in found
    assert not any(name.startswith("ООО") for name in found)


def test_a_route_is_its_two_places(models):
    found = entities("На трассе Адлер—Сочи прошел ремонт.", models)
    assert found.get("Адлер") == {"Адлер"} and found.get("Сочи") == {"Сочи"}


def test_roles_capitalised_by_the_sentence_and_common_abbreviations_are_no_names(models):
    text = "Вратарь «Ротора» Иван Петров заявил, что СМИ ошиблись."
    found = entities(text, models)
    assert "Вратарь" not in found and "СМИ" not in found
    assert "Иван Петров" in found


def test_a_name_in_quotes_after_its_kind_is_the_organisation(models):
    found = entities('Об этом сообщает агентство "Вектор". Спектакль покажут в Гамбургском театре «Талия».', models)
    assert found.get("Вектор") == {"Вектор"} and found.get("Талия") == {"Талия"}
    assert not any("театр" in name.lower() or "агентство" in name.lower() for name in found)


def test_a_site_named_by_its_address_is_kept(models):
    assert "78.ru" in entities("Об этом сообщает 78.ru со ссылкой на мэрию.", models)


def test_a_declined_foreign_surname_goes_to_the_nominative(models):
    found = entities("У Ферстаппена и Леклера агрессивный стиль.", models)
    assert found.get("Ферстаппен") == {"Ферстаппена"}


def test_a_name_after_a_noun_for_a_person_is_a_person(models):
    _, spans = analyse_russian("Суд обвинил литовского гражданина Пущина в шпионаже.", models)
    people = [e for e in canonical_entities(spans, "") if e.type == "PER"]
    assert [e.name for e in people] == ["Пущин"]


def test_a_sea_keeps_its_adjective(models):
    assert "Азовское море" in entities("Катера шли через Керченский пролив в Азовское море.", models)


def test_a_union_of_states_is_an_organisation(models):
    _, spans = analyse_russian("Спрос в Евросоюзе вырос.", models)
    assert [(e.name, e.type) for e in canonical_entities(spans, "")] == [("Евросоюз", "ORG")]


def test_a_region_s_short_name_is_the_region_only_where_it_names_a_place(models):
    assert "Московская область" in entities("Снег выпал в Подмосковье.", models)
    club = entities("Хоккеисты «Югры» обыграли «Амур» в гостях.", models)
    assert "Ханты-Мансийский автономный округ" not in club


def test_names_ambiguous_as_places_keep_their_written_form(models):
    from svodka.nlp.aliases import place_containing
    found = entities("Паводок на реке Кубань и снег в НАО: в Нарьян-Маре закрыли школы.", models)
    assert "Кубань" in found and "Краснодарский край" not in found
    assert "НАО" in found and place_containing("НАО") is None  # the Nenets okrug as often as Moscow's


def _spans(text, *named):
    """Spans for (written, type) pairs, found in order in `text`: the grouping alone, whatever a tagger finds."""
    out, start = [], 0
    for written, kind in named:
        start = text.index(written, start)
        out.append(Span(start, start + len(written), kind, written, written))
        start += len(written)
    return out


def test_the_opening_words_of_a_name_introduced_before_are_that_name():
    text = "Trump was at Walter Reed National Medical Center. He spent four hours at Walter Reed."
    grouped = canonical_entities(_spans(text, ("Trump", "PER"), ("Walter Reed National Medical Center", "LOC"),
                                        ("Walter Reed", "PER")), text)
    assert {e.name: len(e.mentions) for e in grouped}["Walter Reed National Medical Center"] == 2


def test_a_name_closed_by_its_legal_form_is_another_company():
    text = "SoftBank Corp is controlled by SoftBank Group Corp. Line Corp and Line Pay grew; Line said so."
    grouped = canonical_entities(_spans(text, ("SoftBank Corp", "ORG"), ("SoftBank Group Corp", "ORG"),
                                        ("Line Corp", "ORG"), ("Line Pay", "ORG"), ("Line", "ORG")), text)
    names = {e.name: {m.text for m in e.mentions} for e in grouped}
    assert names["SoftBank Corp"] == {"SoftBank Corp"} and names["SoftBank Group Corp"] == {"SoftBank Group Corp"}
    assert names["Line Corp"] == {"Line Corp", "Line"}


def test_a_town_named_as_a_town_is_not_a_longer_name_sharing_its_word():
    text = "It happened in the town of Manresa. The case is called Manada de Manresa."
    grouped = canonical_entities(_spans(text, ("Manresa", "PER"), ("Manada de Manresa", "PER")), text)
    assert {(e.name, e.type) for e in grouped} == {("Manresa", "LOC"), ("Manada de Manresa", "PER")}


def test_a_womans_name_takes_the_feminine_nominative_whatever_the_tagger_reads(models):
    # the tagger reads these rare names as a man's; the surname's ending can only be a woman's
    found = entities("Спикером стал Ермек Сатыбалдин, сменивший Дариги Жумабаевой. Жумабаевой не было в зале.", models)
    assert found.get("Дарига Жумабаева") == {"Дариги Жумабаевой", "Жумабаевой"}
    assert found.get("Ермек Сатыбалдин") == {"Ермек Сатыбалдин"}


def test_a_lone_surname_joins_the_woman_of_that_name(models):
    found = entities("Задержана Тамара Звягинцева. Звягинцеву предъявили обвинение.", models)
    assert found.get("Тамара Звягинцева") == {"Тамара Звягинцева", "Звягинцеву"}


def test_a_rare_mans_name_loses_its_case_ending(models):
    found = entities("В интервью Акежана Кажегельдина говорится о реформе.", models)
    assert "Акежан Кажегельдин" in found
    # a genitive after the noun it belongs to
    found = entities("Издание опубликовало мнение экс-премьера страны Ержана Тулегенова о реформе.", models)
    assert "Ержан Тулегенов" in found


def test_a_long_name_declines_its_head_only(models):
    found = entities("Спектакль МХТ имени А. П. Чехова покажут онлайн.", models)
    assert "МХТ имени А. П. Чехова" in found


def test_a_territorial_body_keeps_its_area_and_its_chain_of_abbreviations(models):
    found = entities("Дело возбудило СЧ СУ УМВД России по ЕАО, материалы передали в УФСБ по Петербургу и области.", models)
    assert found.get("СЧ СУ УМВД России по ЕАО") == {"СЧ СУ УМВД России по ЕАО"}
    assert found.get("УФСБ по Петербургу и области") == {"УФСБ по Петербургу и области"}
    assert not {"СЧ", "СУ", "ЕАО", "Санкт-Петербург"} & set(found)


def test_a_street_is_named_with_its_noun_and_a_channel_is_no_name(models):
    found = entities("Трубу прорвало на площади Тяньаньмэнь и на улице Гагарина, сообщили в Telegram-канале мэрии.", models)
    assert found.get("площадь Тяньаньмэнь") == {"площади Тяньаньмэнь"}
    assert found.get("улица Гагарина") == {"улице Гагарина"}
    assert not any("Telegram" in name for name in found)


def test_an_unknown_name_read_as_a_nominative_stays_as_written(models):
    assert "Хубэй" in entities("В провинции Хубэй школьники вышли на учебу.", models)


def test_an_institution_takes_a_place_of_several_words(models):
    found = entities("Жители пожаловались в прокуратуру Челябинской области.", models)
    assert found.get("Прокуратура Челябинской области") == {"прокуратуру Челябинской области"}


def test_a_role_headed_by_a_body_is_that_bodys_head_not_the_head_of_state(models):
    text = ("Президент России Владимир Путин выступил в Москве. Глава государства ответил на вопросы. "
            "Глава Роснефти Игорь Сечин возразил ему. Позже глава Роснефти уточнил свои слова.")
    found = entities(text, models)
    assert "Глава государства" in found["Владимир Путин"]
    assert not {"Глава", "глава"} & found["Владимир Путин"]
    assert "глава Роснефти" in found["Игорь Сечин"]


def test_a_mission_is_named_by_its_country_and_its_seat(models):
    found = entities("Об этом заявило посольство РФ в США. Генконсульство Украины в Ростове закрыто.", models)
    assert found.get("Посольство РФ в США") == {"посольство РФ в США"}
    assert found.get("Генконсульство Украины в Ростове") == {"Генконсульство Украины в Ростове"}
    assert "США" not in found


@pytest.mark.parametrize("written, canonical", [
    ("Тампы", "Тампа"),  # unknown, guessed only as a plural: a club or town is one, so an "-а" genitive
    ("Альпы", "Альпы"),  # a plural the dictionary knows stays plural
])
def test_an_unknown_name_that_looks_plural_is_a_singular_genitive(written, canonical, models):
    assert nominative(written, models.morph_vocab) == canonical


def test_a_body_spelled_out_keeps_its_long_name_and_its_abbreviations_key(models):
    text = "В Еврейской автономной области выпал снег. Власти ЕАО закрыли трассу."
    _, spans = analyse_russian(text, models)
    region = next(e for e in canonical_entities(spans, text, english=False) if "ЕАО" in {m.text for m in e.mentions})
    assert region.name == "Еврейская автономная область"
    assert {m.text for m in region.mentions} == {"Еврейской автономной области", "ЕАО"}
    short = "Власти ЕАО закрыли трассу."
    _, short_spans = analyse_russian(short, models)
    assert region.key == next(e.key for e in canonical_entities(short_spans, short, english=False) if e.name == "ЕАО")


@pytest.mark.parametrize("text, canonical", [
    ("Закон поддержали в Совфеде.", "Совфед"),  # not "Совфедя", the dictionary's guess by analogy with "Федя"
    ("Спор с Совфедом продолжается.", "Совфед"),
    ("Об этом заявили в Совфеде РФ.", "Совфед РФ"),  # the country as the text writes it
    ("В Роскачестве проверили продукты.", "Роскачество"),  # a neuter the dictionary's guess got right stays
])
def test_an_unknown_masculine_body_loses_its_case_ending(text, canonical, models):
    assert canonical in entities(text, models)


def test_a_name_and_its_bracketed_abbreviation_are_one_body(models):
    found = entities("Об этом сообщила Российская гостиничная ассоциация (РГА). Позднее в РГА уточнили детали.", models)
    assert found.get("Российская гостиничная ассоциация") == {"Российская гостиничная ассоциация", "РГА"}


def test_a_unit_and_the_body_it_belongs_to_are_one_name(models):
    found = entities("Ученые Школы медицины Бостонского университета провели опрос. "
                     "Заявил представитель Центрального командования ВС США. В беседе с РБК Сбербанк сообщил о планах.", models)
    assert "Школа медицины Бостонского университета" in found and "Бостонский университет" not in found
    assert "Центральное командование ВС США" in found
    assert "РБК" in found and "Сбербанк" in found  # a name ending in an abbreviation governs no genitive


@pytest.mark.parametrize("text, absent", [
    ("Несмотря на обещания уйти со сцены, группа даст концерт.", "Несмотря"),
    ("Читайте также: Покрутил и отжал.", "Покрутил"),
    ("Ведущая шоу «Пусть говорят» рассказала о съемках.", "Пусть говорящие"),
])
def test_verbs_and_grammar_words_are_no_names(text, absent, models):
    assert not any(absent.split()[0].lower() in name.lower() for name in entities(text, models))


@pytest.mark.parametrize("text, canonical", [
    ("Для Карымского установлен оранжевый код.", "Карымский"),  # a volcano named by its adjective alone
    ("Ремонт на Борщаговском путепроводе начнется в июне.", "Борщаговский путепровод"),  # a surname's form as adjective
    ("Концерт прошел на «Газпром Арене».", "Газпром Арена"),  # a brand, then the noun that declines
])
def test_adjective_names_and_branded_arenas_go_to_the_nominative(text, canonical, models):
    assert canonical in entities(text, models)


def test_a_common_noun_before_a_place_is_no_institution(models):
    found = entities("Жалобы поступили в администрацию Златоуста. Правительство Татарстана направит деньги.", models)
    assert "Златоуст" in found and "Администрация Златоуста" not in found
    assert "Правительство Татарстана" in found


def test_credits_and_a_quoted_dateline_name_no_entity(models):
    text = '"ПЕРМЬ, 17 мая. /ТАСС/. В Перми открыли мост. Источник: РИА Новости'
    found = entities(text, models)
    assert "ТАСС" not in found and "РИА Новости" not in found
    assert found.get("Пермь") == {"ПЕРМЬ", "Перми"}


def test_a_town_after_a_street_noun_is_the_town_the_street_is_in(models):
    found = entities("Каштаны вернутся на главную улицу Киева. Трубу прорвало на улице Гагарина.", models)
    assert "Киев" in found and not any(name.startswith("улица Киев") for name in found)
    assert "улица Гагарина" in found  # a town that is a surname too names the street after the person


def test_a_country_of_two_names_puts_both_in_the_nominative(models):
    assert "Босния и Герцеговина" in entities("Сборная Боснии и Герцеговины проиграла.", models)


def test_a_bracket_or_quote_mark_without_its_pair_is_cut_from_a_name(models):
    found = entities("В спектакле заняты Алексей Марков (Роберт) и Эдем Умеров (Эбн-Хакия). "
                     "Самолет принадлежит компании ``Аэрофлот``, а ООО «Ромашка» его обслуживает.", models)
    assert {"Алексей Марков", "Эдем Умеров", "Аэрофлот"} <= set(found)
    assert not [name for name in found if any(mark in name for mark in "()`")]


def test_a_lone_participle_opening_a_sentence_is_no_name(models):
    found = entities("Прилетевший из Минска самолёт задел крылом другой лайнер.", models)
    assert "Прилетевший" not in found and "Минск" in found


@pytest.mark.parametrize("text, person, other", [
    # a first name and patronymic, as Russian addresses a person named in full before
    ("Об этом сообщила министр Татьяна Быковская. — Случаи выявлены в трёх районах, — отметила Татьяна Юрьевна.",
     "Татьяна Быковская", "Татьяна Юрьевна"),
    # a surname with initials, as documents write it
    ("Дарига Назарбаева покинула пост. Принято постановление о полномочиях депутата Назарбаевой Д. Н.",
     "Дарига Назарбаева", "Назарбаевой Д. Н."),
])
def test_a_shorter_form_of_a_persons_name_joins_the_full_name(text, person, other, models):
    assert entities(text, models).get(person) == {person, other}


def test_a_surname_in_minus_ovich_written_first_is_its_own_name(models):
    found = entities("Выступил Сергей Богданович, а затем Сергей Петров.", models)
    assert {"Сергей Богданович", "Сергей Петров"} <= set(found)


def test_a_quoted_name_before_its_bracketed_abbreviation_keeps_no_quote_mark(models):
    found = entities('Интервью выйдет в эфир телеканала "Россия-1" (ВГТРК) в воскресенье.', models)
    assert "Россия-1" in found and not [name for name in found if '"' in name]


def test_a_soft_hyphen_inside_a_word_neither_hides_the_name_nor_moves_it(models):
    text = "Жители Рос\u00adсии встретились с Са\u00adвелием Садомой."
    _, spans = analyse_russian(text, models)
    places = [s for s in spans if s.type == "LOC"]
    assert [(s.normal, s.text) for s in places] == [("Россия", "Рос\u00adсии")]
    assert all(text[s.start:s.stop] == s.text for s in spans)
    assert any(s.type == "PER" and s.normal.startswith("Савелий ") for s in spans)


@pytest.mark.parametrize("text, person", [
    ("Вчера он встретил Татьяну Навку на катке.", "Татьяна Навка"),  # her surname takes her first name's case
    ("Цветы подарили Татьяне Навке.", "Татьяна Навка"),
    ("Гонорар Софии Ротару раскрыли.", "София Ротару"),  # a surname that does not decline stays
    ("Об этом сообщила адвокат Елены Зеркаль.", "Елена Зеркаль"),
    ("Выставка посвящена художнику Саттару Бахлулзаде.", "Саттар Бахлулзаде"),  # the known first name shows the case
    ("Гонщик обогнал Макса Ферстаппена.", "Макс Ферстаппен"),
    ("Председатель Маулен Ашимбаев заявил об этом.", "Маулен Ашимбаев"),  # an unknown first name is no woman's
    ("Боксёр взял верх над Равшаном Эргашевым.", "Равшан Эргашев"),  # "-евым" is an instrumental, whatever the tagger reads
])
def test_a_persons_name_goes_to_the_nominative_by_the_first_names_case(text, person, models):
    assert person in entities(text, models)


def test_the_internet_and_a_sole_trader_are_no_names_and_the_northern_capital_is_petersburg(models):
    found = entities("Видео появилось в Сети. Работы выполнил ИП. Погода в Северной столице испортилась, "
                     "жители Петербурга недовольны.", models)
    assert found == {"Санкт-Петербург": {"Северной столице", "Петербурга"}}


def test_a_body_serving_a_city_and_its_named_region_is_one_name(models):
    found = entities("Об этом сообщили в УГИБДД по Санкт-Петербургу и Ленинградской области. "
                     "Жители Ленинградской области довольны.", models)
    assert "УГИБДД по Санкт-Петербургу и Ленинградской области" in found
    assert found.get("Ленинградская область") == {"Ленинградской области"}  # only the mention outside the body


def test_names_in_the_quoted_title_of_a_work_event_or_vessel_are_no_entities(models):
    found = entities("Актёр Олег Смирнов играл в спектаклях «Белая гвардия», «Гамлет» и «Чайка». "
                     "Банк выделил деньги в рамках проекта «Поддержка фермеров Украины». "
                     "Катер «Бердянск» вернули. Смирнов выступит на фестивале «Ретро Москва».", models)
    assert "Олег Смирнов" in found
    assert not {"Белая гвардия", "Гамлет", "Украина", "Бердянск", "Ретро Москва", "Москва"} & set(found)


def test_a_quoted_name_after_a_body_of_people_is_still_one(models):
    found = entities("Сеть кинотеатров «Каро» и театр «Современник» подписали соглашение.", models)
    assert {"Каро", "Современник"} <= set(found)


def test_the_country_in_a_code_of_laws_title_is_no_place_mention(models):
    found = entities("Дело возбуждено по ч. 1 ст. 293 УК РФ. Нормы Налогового кодекса России изменят. "
                     "Мэр Сочи вылетел в Россию.", models)
    assert found.get("Россия") == {"Россию"}


def test_an_agencys_dotted_lead_credits_the_agency_and_names_no_entity_for_it(models):
    from svodka.nlp.entities import find_dateline
    text = "Кинотеатр закроют\n\nМосква. 11 ноября. PRESSA.RU - Кинотеатр «Ласточка» закроют, сообщил Иван Орлов."
    dateline = find_dateline(text)
    assert dateline is not None and text[dateline.credit[0]:dateline.credit[1]] == "PRESSA.RU"
    assert "PRESSA.RU" not in entities(text, models)


def test_a_quoted_name_is_no_surname_of_the_person_it_shares_a_word_with(models):
    found = entities("Программу кинотеатра «Соколов» покажут в сети «Каро», сообщил директор «Соколова» Андрей "
                     "Соколов. Закрытие «Соколова» назначено на май. Позже Соколов уточнил детали.", models)
    assert found.get("Андрей Соколов") == {"Андрей Соколов", "Соколов"}
    assert "Соколова" in found.get("Соколов", set())


def test_a_person_inside_the_name_of_an_award_or_illness_is_no_mention_of_him(models):
    found = entities("Премию имени Джозефа Конрада вручили Артему Чеху, лауреату премии Гоголя. Диета защищает от "
                     "болезни Альцгеймера и Паркинсона. От имени Владимира Путина выступил Дмитрий Песков. "
                     "До болезни Анастасии Заворотнюк всё было иначе.", models)
    assert {"Артем Чех", "Владимир Путин", "Дмитрий Песков", "Анастасия Заворотнюк"} <= set(found)
    assert not {"Джозеф Конрад", "Гоголь", "Альцгеймер", "Паркинсон"} & set(found)


def test_the_names_of_a_credit_list_and_a_copyright_line_are_no_entities(models):
    found = entities("Актёр Иван Орлов сыграет в Канаде. Фото: Ирина Сомова/ РГ Проект перевели в онлайн.\n"
                     "Источник — ТАСС, РИА Новости\nОттава, Пётр Гусев © 2019, РИА «Новый Век»", models)
    assert set(found) == {"Иван Орлов", "Канада"}


@pytest.mark.parametrize("text, name", [
    ("Учения начнутся после ввода Нацгвардии в город.", "Нацгвардия"),  # a guessed word, genitive by its context
    ("В столице Поморья открыли школу.", "Поморье"),  # not the plural nominative the form can be alone
    ('Концерн сам входит в "Ростех" с прошлого года.', "Ростех"),  # a masculine inanimate accusative is as written
    ("Перед гонкой в Сан-Пауло пилоты отдыхали.", "Сан-Пауло"),
])
def test_a_one_word_name_goes_to_the_nominative_by_the_case_its_context_gives(text, name, models):
    assert name in entities(text, models)


def test_a_signature_closing_the_text_names_no_entity_but_a_closing_source_does(models):
    signed = entities("Парк открыли\n\nМэр Казани Иван Петров открыл парк. Хотите больше новостей? Поддержи Вестник.ру",
                      models)
    assert set(signed) == {"Казань", "Иван Петров"}
    sourced = entities("Парк открыли\n\nМэр Казани Иван Петров открыл парк.\n\nПо материалам «Волжского вестника»", models)
    assert "Волжский вестник" in sourced
    assert "Казань" in entities("Путин посетил Казань", models)  # a headline alone is no signature


def test_an_abbreviation_bracketed_after_a_long_name_is_that_name_in_any_script(models):
    found = entities("Решение касается Центрального командования ВС США (CENTCOM, штаб во Флориде). "
                     "Депутат Иван Петров (ЛДПР) возразил.", models)
    assert "CENTCOM" in found.get("Центральное командование ВС США", set())
    assert "ЛДПР" in found


def test_a_body_named_after_a_person_by_a_common_noun_is_one_organisation(models):
    found = entities("Картины покажут в выставочном зале имени Ваджии Самедовой. Хор музыкального училища имени "
                     "Гнесиных победил. Премию имени Джозефа Конрада вручили.", models)
    assert found.get("выставочный зал имени Ваджии Самедовой") == {"выставочном зале имени Ваджии Самедовой"}
    assert "музыкальное училище имени Гнесиных" in found
    assert not [name for name in found if "Конрад" in name]


def test_a_settlement_named_by_an_adjective_takes_the_gender_of_its_kind_or_of_its_written_nominative(models):
    assert "Ленинское" in entities("Водитель сбил пешехода в селе Ленинском.", models)
    found = entities("Отвод сил\n\nОтвод сил в районе Петровского завершён. Петровское лежит у реки. "
                     "Наблюдатели прибыли в Петровском.", models)
    assert "Петровский" not in found and "Петровское" in found


def test_an_abbreviation_written_alone_keeps_its_name_and_the_key_of_its_expansion(models):
    text = "Санкции против РФ продлили. Власти РФ ответили."
    _, spans = analyse_russian(text, models)
    country = next(e for e in canonical_entities(spans, text) if e.type == "LOC")
    assert (country.name, country.key) == ("РФ", entity_key("Россия", "LOC"))
    both = "Санкции против РФ продлили. Власти России ответили."
    _, spans = analyse_russian(both, models)
    assert [e.name for e in canonical_entities(spans, both) if e.type == "LOC"] == ["Россия"]
    body = "Представители Генеральной прокуратуры РФ приехали."
    _, spans = analyse_russian(body, models)
    office = next(e for e in canonical_entities(spans, body) if e.type == "ORG")
    assert (office.name, office.key) == ("Генеральная прокуратура РФ", entity_key("Генеральная прокуратура России", "ORG"))


def test_the_ends_of_a_route_joined_by_a_spaced_dash_are_places(models):
    found = entities("Поезд горел на перегоне Колосовка - Николаев. Работы на участке «Петровское – Богдановка» сорваны.",
                     models)
    assert {"Колосовка", "Николаев", "Петровское", "Богдановка"} <= set(found)
    _, spans = analyse_russian("В споре Истец - Ответчик победил первый.", models)  # no route's noun: no places
    assert not [s for s in spans if s.type == "LOC"]


@pytest.mark.parametrize("russian, english", [
    ("Лион", "Lyon"), ("Марсель", "Marseille"), ("Токио", "Tokyo"), ("Барселона", "Barcelona"),
    ("Филадельфия", "Philadelphia"), ("Таиланд", "Thailand"), ("Катар", "Qatar"), ("Италия", "Italy"),
    ("Австрия", "Austria"), ("Макрон", "Macron"), ("Алексей Навальный", "Alexei Navalny"),
])
def test_a_russian_and_an_english_spelling_of_one_name_share_a_key(russian, english):
    assert entity_key(russian, "LOC") == entity_key(english, "LOC")


@pytest.mark.parametrize("russian, english", [
    ("Москва", "Moscow"), ("Россия", "Russia"), ("США", "United States"), ("Китай", "China"), ("Киев", "Kyiv"),
    ("Гонконг", "Hong Kong"), ("Мюнхен", "Munich"), ("Турция", "Türkiye"), ("Одесса", "Odessa"),
])
def test_a_place_russian_and_english_name_apart_shares_a_key(russian, english):
    assert entity_key(russian, "LOC") == entity_key(english, "LOC")
    assert entity_key(russian, "LOC") != entity_key("Париж", "LOC")


def test_a_womans_surname_keeps_a_key_apart_from_the_mans():
    assert entity_key("Дарига Назарбаева", "PER") != entity_key("Нурсултан Назарбаев", "PER")
    assert entity_key("Иран", "LOC") != entity_key("Ирак", "LOC")


def test_a_name_found_in_quotes_is_a_name_wherever_the_text_quotes_it_so(models):
    text = ("Киноцентр «Вереск» закроется. Директор «Вереска» Иван Орлов сказал, что показы «Вереска» перенесут "
            "в сети «Каро». Программа «Вереск в Каро» начнется в январе.")
    _, spans = analyse_russian(text, models)
    quoted = [s for s in spans if s.text.startswith("Вереск")]
    assert len(quoted) == 3 and len({s.normal for s in quoted}) == 1  # the programme's title is no mention
    album = "Группа выпустит альбом «F&M». Тур идет в поддержку пластинки. «F&M» — новая глава группы."
    _, spans = analyse_russian(album, models)
    assert len([s for s in spans if s.text == "F&M"]) <= 1  # a work's title, whatever natasha tags



def test_a_name_in_doubled_backticks_is_read_as_in_quote_marks(models):
    text = "Как сообщила радиостанция ``Вестник.ФМ``, газета ``Коммерсантъ`` узнала подробности."
    sentences, spans = analyse_russian(text, models)
    assert {"Вестник.ФМ", "Коммерсантъ"} <= {s.text for s in spans}
    assert all(text[s.start:s.stop] == s.text for s in spans)
    assert sentences[0].text == text  # the sentence as written, backticks kept


def test_a_name_keeps_the_yo_its_report_prints(models):
    """The dictionary's normal form drops "ё" ("Лунев"); the reader sees the name as printed, the key still folds it."""
    _, spans = analyse_russian("Вратарь Илья Лунёв отбил пенальти. Тренер Сергей Семёнов похвалил Лунёва.", models)
    found = {e.name: e for e in canonical_entities(spans, "", english=False)}
    assert {"Илья Лунёв", "Сергей Семёнов"} <= found.keys()
    assert found["Илья Лунёв"].key == entity_key("Илья Лунев", "PER")
    assert "Пётр Петров" in entities("Министр Пётр Петров прибыл в Орёл.", models)  # "ё" of one word only


def test_a_wire_lead_quoted_in_reported_speech_is_no_dateline_of_the_report(models):
    """The report quotes an agency's lead: the agency is named in the story (not the report crediting itself), and
    the lead's city is a place, quoted at a paragraph's start or inside a sentence."""
    from svodka.nlp.entities import find_dateline
    text = ("Мост через Сок открыт\nГубернатор Дмитрий Азаров открыл мост через реку Сок.\n«МОСКВА, 12 марта /ТАСС/ — "
            "Правительство выделит 2 млрд рублей на ремонт дорог», — цитирует агентство министра Ивана Петрова.")
    assert find_dateline(text) is None
    found = entities(text, models)
    assert found.get("ТАСС") == {"ТАСС"} and "Москва" in found
    inside = entities("Как сообщило ТАСС, «МОСКВА, 12 марта /ТАСС/ — правительство выделит деньги на ремонт», "
                      "уточнили в ведомстве.", models)
    assert "Москва" in inside and "МОСКВА" not in inside and "ТАСС" in inside and "ТАСС/" not in inside


def test_a_quoted_title_with_full_stops_stays_in_its_sentence_and_an_unclosed_quote_joins_nothing(models):
    """«Река. Город. Люди» is one name: its sentence is rejoined. A «…» not closed within a title's length is no
    name (and no longer re-read to the end of the text): razdel's sentences stand."""
    titled, _ = analyse_russian("Выпуск программы «Река. Город. Люди» в среду посвятят Вологде.", models)
    assert len(titled) == 1
    unclosed, _ = analyse_russian("Он назвал это «началом большой работы над ошибками прошлых лет. Всё впереди. "
                                  "Завод заработает весной.", models)
    assert [s.text for s in unclosed][-1] == "Завод заработает весной."
