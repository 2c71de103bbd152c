"""Every source a shared fact or summary sentence cites prints what it is cited for; a number both reports print is
not one report's own; a politician's claim keeps its speaker. Texts are ours (fictional)."""

from __future__ import annotations

from datetime import datetime

import pytest

from svodka.compare import compare_articles, story_alignment
from svodka.compare.align import Members, Unit, number_key
from svodka.compare.details import backing, mentioned
from svodka.compare.values import disputes, printed_figures
from svodka.compare.wording import times_of_day
from svodka.model import Article, Cited, Difference
from svodka.nlp import NlpModels, analyse, article_text
from svodka.summarise.claims import claim_credit
from svodka.summarise.summary import story_summary


def _article(ident: str, outlet: str, title: str, body: str) -> Article:
    return Article(id=ident, origin=f"{ident}.txt", text=body, title=title, outlet=outlet,
                   published=datetime(2026, 3, 4, 12, 0))


def _members(models: NlpModels, reports: tuple[tuple[str, str, str], ...]) -> Members:
    return [(a, analyse(a, models)) for a in (_article(chr(97 + i), outlet, title, body)
                                              for i, (outlet, title, body) in enumerate(reports))]


def _story(models: NlpModels, *reports: tuple[str, str, str]) -> tuple[list[Difference], list[Cited]]:
    members = _members(models, reports)
    return compare_articles(members, models.embedding), story_summary(members, models.embedding)


def _backing(models: NlpModels, *reports: tuple[str, str, str]) -> dict[str, set[str]]:
    """The sources each aligned sentence of a fact told by several may be cited by, by sentence."""
    members = _members(models, reports)
    alignment = story_alignment(members, models.embedding)
    text_of = {article.id: article_text(article) for article, _ in members}
    mentions = mentioned(members, alignment.source_of)
    found = {}
    for fact in (f for f in alignment.facts if len(f.sources) > 1):
        backed = backing(fact, disputes(fact, text_of), text_of, mentions)
        found |= {u.text: backed[id(u)] for u in fact.units}
    return found


def _claims(differences: list[Difference], summary: list[Cited]) -> list[tuple[str, list[str]]]:
    return [(d.text, d.articles) for d in differences if d.kind == "shared"] + [(c.text, c.articles) for c in summary]


FIRE = (("Тверской вестник", "Склад горит в Твери",
         "В Твери загорелся склад строительных материалов на улице Лесной. "
         "Сначала площадь пожара составляла 200 квадратных метров, а затем выросла до 300 квадратных метров. "
         "К тушению привлекли 40 пожарных."),
        ("Верхневолжье", "Пожар на складе в Твери",
         "В Твери на улице Лесной загорелся склад строительных материалов. "
         "Площадь пожара составляла 200 квадратных метров. "
         "К тушению привлекли 40 пожарных."))


def test_a_number_only_one_report_prints_is_never_cited_to_the_other(models: NlpModels) -> None:
    backed = _backing(models, *FIRE)
    longer = next(text for text in backed if "300" in text)
    assert backed[longer] == {"a"}  # aligned with the second report's sentence, which gives 200 only
    assert backed["Площадь пожара составляла 200 квадратных метров."] == {"a", "b"}
    differences, summary = _story(models, *FIRE)
    claims = _claims(differences, summary)
    assert all(cited == ["a"] for text, cited in claims if "300" in text)
    assert any(cited == ["a", "b"] and "200" in text for text, cited in claims)  # the area both give cites both
    assert any("300" in d.text and d.articles == ["a"] for d in differences if d.kind == "unique")


TOURNAMENT = (("Спорт-Экспресс Поволжья", "Турнир по хоккею перенесли",
         "Международный турнир юниоров по хоккею пройдёт в Сызрани и Тольятти в конце апреля. "
         "Организаторы перенесли турнир из-за ремонта арены."),
        ("Хоккейная лента", "Юниорский турнир сменил даты",
         "Международный турнир юниоров по хоккею пройдёт в конце апреля. "
         "Турнир перенесли из-за ремонта арены, сообщили организаторы."))


def test_a_place_only_one_report_names_is_never_cited_to_the_other(models: NlpModels) -> None:
    backed = _backing(models, *TOURNAMENT)
    assert backed[next(text for text in backed if "Сызрани" in text)] == {"a"}
    differences, summary = _story(models, *TOURNAMENT)
    assert all(cited == ["a"] for text, cited in _claims(differences, summary) if "Сызрани" in text)
    assert any(d.articles == ["a", "b"] and "апреля" in d.text for d in differences if d.kind == "shared")


def test_a_number_printed_with_a_thousands_space_is_the_same_number(models: NlpModels) -> None:
    differences, _ = _story(
        models,
        ("Северный курьер", "Данные по гриппу в области",
         "Эпидемия гриппа в области идёт на спад. Всего в регионе на данный момент выявлено 12 345 случаев гриппа "
         "в 40 районах. Больше всего заболевших среди школьников."),
        ("Губернские ведомости", "Грипп: новые данные",
         "По последним данным, в области зарегистрировано 12345 случаев заболевания. "
         "Чаще всего болеют дети младшего возраста."))
    # one count of one thing, in different sentences: one fact both tell, the figure no report's own
    claimed = [item for d in differences if d.kind == "unique" for item in (d.details or [d.text])]
    assert claimed and not any("12 345" in item or "12345" in item for item in claimed)
    assert any(("12 345" in d.text or "12345" in d.text) and d.articles == ["a", "b"]
               for d in differences if d.kind == "shared")


def test_printed_figures_read_digit_groups_as_one_value() -> None:
    def values(text: str) -> list[float]:
        return [value for _, _, value in printed_figures(text)]

    assert values("выявлено 281 752 случая, 42,4 процента, COVID-19, в 09:40, 79 и 73 лет") == [281752.0, 42.4, 79.0, 73.0]
    # comma-grouped thousands are one figure, as the analyser reads them: never the decimal 12.0, never skipped
    assert values("fined 12,000 euros and 1,250,000 dollars, 1,250,000 in all") == [12000.0, 1250000.0, 1250000.0]


def test_mentions_and_the_analysis_read_a_printed_figure_alike(models: NlpModels) -> None:
    text = "Lisbon's regulator fined the airline 12,000 euros on Monday; 1,250,000 passengers flew with it last year."
    [(article, analysis)] = _members(models, (("Daily", "Airline fined", text),))
    read = {n.value for n in analysis.numbers}
    assert {12000.0, 1250000.0} <= read
    mentions = mentioned([(article, analysis)], {"a": "a"})["a"]
    assert {number_key(12000.0), number_key(1250000.0)} <= mentions
    assert number_key(12.0) not in mentions  # "12,000" is no mention of a 12 another report may give


def _unit(text: str, sentence: str) -> Unit:
    start = text.index(sentence)
    return Unit("a", "Газета", "a", sentence, frozenset(), start, start + len(sentence))


def test_a_claim_is_given_with_the_sentence_naming_its_speaker() -> None:
    text = ("Городские власти скрывают настоящие масштабы загрязнения реки. Об этом заявила депутат городской думы "
            "Ольга Лаптева на заседании комиссии. Заседание продлится до вечера.")
    credit = claim_credit(_unit(text, "Городские власти скрывают настоящие масштабы загрязнения реки."), text)
    assert credit and "Ольга Лаптева" in credit
    # a body's report credited after it is the report's fact, not a claim
    report = "В регионе выявили 40 новых случаев гриппа. Об этом сообщили в оперативном штабе. Штаб работает ежедневно."
    assert claim_credit(_unit(report, "В регионе выявили 40 новых случаев гриппа."), report) is None


def test_a_claim_whose_speaker_is_only_a_pronoun_or_the_speech_around_it_is_left_out() -> None:
    views = "Чиновники пытаются отомстить за проверку. По ее мнению, это давление на депутатов."
    assert claim_credit(_unit(views, "Чиновники пытаются отомстить за проверку."), views) == ""
    run = ("Лаптева сообщила, что проверка будет продолжена. Чиновники пытаются сорвать проверку. "
           "Депутат подчеркнула, что не отступит.")
    assert claim_credit(_unit(run, "Чиновники пытаются сорвать проверку."), run) == ""


def test_a_summary_never_states_a_claim_in_its_own_voice(models: NlpModels) -> None:
    _, summary = _story(
        models,
        ("Речной вестник", "Депутат обвинила мэрию в сокрытии загрязнения",
         "Городские власти скрывают настоящие масштабы загрязнения реки Смородинки. Об этом заявила депутат "
         "городской думы Ольга Лаптева на заседании экологической комиссии. Комиссия потребовала провести проверку "
         "очистных сооружений до конца апреля."),
        ("Городская неделя", "Экологи потребовали проверить очистные",
         "Экологическая комиссия городской думы потребовала провести проверку очистных сооружений до конца апреля. "
         "Депутат Ольга Лаптева заявила, что городские власти скрывают масштабы загрязнения реки Смородинки."))
    stated = [c.text for c in summary if "скрывают" in c.text]
    assert all("Лаптева" in text for text in stated)


def test_a_count_in_a_short_sentence_is_shared_with_the_long_sentence_giving_it(models: NlpModels) -> None:
    differences, _ = _story(
        models,
        ("Уральский дозор", "Грипп в области: новые данные",
         "За неделю в области выявлено 412 новых случаев гриппа. В стационарах находятся 87 человек, выздоровели "
         "1315 человек."),
        ("Южноуральские вести", "Статистика по гриппу",
         "За неделю в области выявлено 412 новых случаев гриппа. Всего вылечились 1315 пациентов."))
    # «Всего вылечились 1315 пациентов.» is short, yet the count both print is no report's own
    assert not any("1315" in item for d in differences if d.kind == "unique" for item in (d.details or [d.text]))
    assert any("1315" in d.text and d.articles == ["a", "b"] for d in differences if d.kind == "shared")


def test_an_editors_note_in_brackets_is_no_fact(models: NlpModels) -> None:
    differences, _ = _story(
        models,
        ("Eurasia Wire", "Two regional banks to merge",
         "Two regional banks agreed to merge into a lender with assets of 410 billion roubles.\n\n($1 = 88.14 roubles)"),
        ("Business Daily", "Regional banks announce merger",
         "Two regional banks announced a merger creating a lender with assets of 410 billion roubles."))
    assert not any("88" in d.text for d in differences)


def test_a_part_of_the_day_is_cited_only_to_reports_whose_sentence_gives_it(models: NlpModels) -> None:
    """«Склад загорелся ночью» is not cited to reports saying only that it caught fire (or that it did on Wednesday):
    a claim cites a report whose own sentence carries its names, figures and time words; the shared fact and the
    summary tell what all three print."""
    differences, summary = _story(
        models,
        ("Подмосковье сегодня", "Под Каменском горит склад пиломатериалов",
         "Склад пиломатериалов у посёлка Каменский загорелся ночью, сообщили в ГУ МЧС по области. "
         "На месте работают 30 пожарных."),
        ("Московский вестник", "Под Каменском горит склад",
         "Склад пиломатериалов у посёлка Каменский загорелся в среду, сообщили в ГУ МЧС по области. Пострадавших нет."),
        ("Регион-инфо", "Под Каменском горит склад пиломатериалов",
         "Склад пиломатериалов у посёлка Каменский загорелся, сообщили в ГУ МЧС по области."))
    claims = _claims(differences, summary)
    assert not [(text, articles) for text, articles in claims if "ночью" in text and articles != ["a"]], claims
    assert any("загорелся" in text and articles == ["a", "b", "c"] for text, articles in claims), claims


@pytest.mark.parametrize(("sentence", "parts"), [
    ("Склад загорелся ночью.", {"night"}),
    ("Пожар начался около 03:40 и к утру был потушен.", {"night", "morning"}),
    ("The warehouse caught fire overnight.", {"night"}),
    ("Митинг прошёл вечером в пятницу.", {"evening"}),
    ("В 8.40 к подъезду подъехала машина.", {"morning"}),
    ("В 21:15 пожар потушили, ущерб оценивают в 3.50 млн рублей.", {"evening"}),
    ("Утрата паспорта обнаружилась только в понедельник.", set()),  # «Утрата» is no «утра»
    ("Карту района напечатали в масштабе 1:50 000.", set()),  # a map's scale, no time of 1:50
    ("Стрельба произошла в ночном клубе на Садовой улице.", set()),
    ("Two men were detained outside a nightclub in Leeds.", set()),
    ("Police were called to a night club on Friday.", set()),
    ("В ночном клубе на Садовой улице стреляли ночью.", {"night"}),
    ("Следователи изучают дневник задержанного.", set()),
])
def test_the_parts_of_the_day_a_sentence_names(sentence: str, parts: set[str]) -> None:
    assert times_of_day(sentence) == parts
