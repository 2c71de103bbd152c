"""A comparison never puts words or figures under an outlet that did not print them: a near copy changing figures is
compared as a report of its own, a citation carries the cited report's own sentence, a sentence is cited only to
reports telling its content, and one quote difference is listed once however many reports print each side."""

from __future__ import annotations

from datetime import datetime

from svodka.compare import compare_articles, story_alignment
from svodka.model import Article, Difference
from svodka.nlp import NlpModels, analyse
from svodka.summarise import story_summary

LEAD = ("КАЗАНЬ, 2 марта — Новый терминал аэропорта «Казань» принял первых пассажиров в понедельник, сообщил "
        "директор аэропорта Андрей Сорокин. ")
COPY = LEAD + ("Терминал рассчитан на {passengers} пассажиров в час. «Мы ждали этого дня {years} года», — сказал "
               "Сорокин. Строительство обошлось в {cost} миллиардов рублей. Пассажиров ждут 40 стоек регистрации. "
               "Новое здание соединено со старым крытой галереей, а до города можно доехать на аэроэкспрессе. "
               "Старый терминал закроют на реконструкцию летом, после окончания отпускного сезона.")
RETOLD = ("Директор аэропорта «Казань» Андрей Сорокин сообщил, что новый терминал в понедельник принял первых "
          "пассажиров. Его пропускная способность — 1000 пассажиров в час. Стройка обошлась в 9 миллиардов рублей.")


def _members(models: NlpModels, *texts: str, title: str = "Терминал аэропорта Казани открылся"):
    articles = [Article(id=f"a{i}", origin=f"a{i}.txt", text=text, title=title, outlet=f"Outlet {i}",
                        published=datetime(2026, 3, 2, 8 + i, 0)) for i, text in enumerate(texts)]
    return [(a, analyse(a, models)) for a in articles]


def _copies(models: NlpModels, changed: bool):
    first = COPY.format(passengers=1000, years=3, cost=9)
    second = COPY.format(passengers=1200, years=4, cost=11) if changed else first.replace("Пассажиров ждут", "Их ждут")
    return _members(models, first, second, RETOLD)


def _citing(differences: list[Difference], kind: str, figure: str) -> list[list[str]]:
    return [d.articles for d in differences if d.kind == kind and figure in d.text]


def test_a_copy_changing_figures_is_no_reprint_and_its_figures_are_conflicts(models: NlpModels) -> None:
    members = _copies(models, changed=True)
    alignment = story_alignment(members, models.embedding)
    assert not alignment.reprints
    differences = compare_articles(members, models.embedding, alignment)
    conflicts = " ".join(d.text for d in differences if d.kind == "conflict")
    assert "1200" in conflicts and "11 миллиардов" in conflicts
    assert any("[-3-] {+4+}" in d.text for d in differences if d.kind == "quote_variant")
    for cited in story_summary(members, models.embedding, alignment):
        for figure, changed in (("1000 пассажиров", "a1"), ("9 миллиардов", "a1")):
            if figure in cited.text:
                assert changed not in cited.articles and any("a1" in d.articles for d in cited.disputed)


def test_a_faithful_copy_stays_a_reprint(models: NlpModels) -> None:
    members = _copies(models, changed=False)
    assert [(r.article, r.original) for r in story_alignment(members, models.embedding).reprints] == [("a1", "a0")]


def test_each_citation_carries_the_cited_reports_own_sentence(models: NlpModels) -> None:
    members = _copies(models, changed=True)
    texts = {article.id: article.text for article, _ in members}
    summary = story_summary(members, models.embedding)
    assert summary and all(c.wordings for c in summary)
    for cited in summary:
        assert [w.article for w in cited.wordings] == cited.articles
        assert all(w.text in texts[w.article] for w in cited.wordings)


def test_a_sentence_sharing_only_a_name_is_not_cited_to_that_report(models: NlpModels) -> None:
    opening = ("A passenger ferry sank on the Meghna River on Monday night, killing 12 people, police said. "
               "Divers were still searching the wreck on Tuesday, officials added. ")
    members = _members(models,
                       opening + "According to the Inland Water Transport Authority, the ferry's licence had expired "
                                 "earlier this month.",
                       "Twelve people died when a ferry sank on the Meghna River on Monday night, police said. "
                       "Divers kept searching the wreck on Tuesday. The Inland Water Transport Authority said an "
                       "investigation committee would report within seven days.",
                       title="Ferry sinks in Bangladesh")
    differences = compare_articles(members, models.embedding)
    assert not _citing(differences, "shared", "licence")
    assert all("licence" not in c.text or c.articles == ["a0"] for c in story_summary(members, models.embedding))


def test_one_quote_difference_is_listed_once_with_the_reports_on_each_side(models: NlpModels) -> None:
    said = "«Мы ждали этого дня {years} года и рады, что всё получилось», — сказал директор аэропорта Андрей Сорокин."
    bodies = [f"{opening} {said.format(years=years)}" for opening, years in (
        ("В Казани открылся новый терминал аэропорта.", 3),
        ("Аэропорт Казани ввёл в строй новый терминал для пассажиров.", 3),
        ("Первых пассажиров принял новый казанский терминал в понедельник утром.", 4))]
    variants = [d for d in compare_articles(_members(models, *bodies), models.embedding) if d.kind == "quote_variant"]
    assert len(variants) == 1
    sides = {w.text: sorted(w.articles) for w in variants[0].wordings}
    assert sorted(sides.values()) == [["a0", "a1"], ["a2"]]
    assert sorted(variants[0].articles) == ["a0", "a1", "a2"]


def test_a_sum_converted_in_brackets_is_no_third_value(models: NlpModels) -> None:
    opening = "A court in Madrid ruled on a data breach at a travel agency on Monday. "
    members = _members(models,
                       opening + "The court fined the agency 12,000 euros ($13,300) for failing to protect its clients' data.",
                       opening + "The court fined the agency 2,000 euros for failing to protect its clients' data.",
                       title="Travel agency fined over data breach")
    conflicts = [d.text for d in compare_articles(members, models.embedding) if d.kind == "conflict"]
    assert conflicts and all("13,300" not in text.partition(" — ")[2] for text in conflicts)


def test_an_attribution_line_quotes_a_report_it_cites(models: NlpModels) -> None:
    members = _members(models,
                       "Talks on a minerals agreement will start in two weeks, Downing Street said on Thursday.",
                       "Talks on a minerals agreement will start in two weeks, the White House said on Thursday.",
                       "Talks on a minerals agreement will start in two weeks, Joe Biden said on Thursday.",
                       title="Minerals talks to start")
    texts = {article.id: article.text for article, _ in members}
    for d in compare_articles(members, models.embedding):
        if d.kind == "attribution":
            quoted = d.text.partition("): ")[2] or d.text.partition("paraphrase: ")[2]
            assert any(quoted in texts[a] for a in d.articles), (d.text, d.articles)


def test_a_quote_another_report_prints_is_unique_to_neither(models: NlpModels) -> None:
    said = "«Виновные ответят по закону, и никто не уйдёт от ответственности», — заявил министр Халид Махмуд."
    members = _members(models,
                       "Паром затонул на реке Мегхна в понедельник ночью, погибли 12 человек. " + said,
                       "В Бангладеш после столкновения с баржей затонул пассажирский паром. Министр Халид Махмуд, "
                       "выступая перед журналистами в Дакке после совещания у премьер-министра, пообещал: «Виновные "
                       "ответят по закону, и никто не уйдёт от ответственности».",
                       title="Паром затонул в Бангладеш")
    unique = [d.text for d in compare_articles(members, models.embedding) if d.kind == "unique" and not d.details]
    assert not [text for text in unique if "Виновные ответят" in text]
