"""Compare on the seeds and on small made-up stories: shared, unique, variants, conflicts."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from svodka.clean import clean_document
from svodka.compare import compare_articles
from svodka.compare.quotes import diff_sides, shared_span_diff
from svodka.compare.values import dates_agree, numbers_agree
from svodka.ingest import IngestError, read_inputs
from svodka.model import Analysis, Article, Difference
from svodka.nlp import NlpModels, analyse
from svodka.redate import anchored
from tests.conftest import CORPUS, TODAY

Members = list[tuple[Article, Analysis]]
CORPUS_GOLD = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))


def seed_members(seeds: Path, models: NlpModels) -> Members:
    """The two seed reports as one story, the year-less one anchored to the other's year."""
    articles = [clean_document(d, TODAY) for d in read_inputs([str(seeds)])]
    references = [a.published for a in articles if a.published and not a.published_year_guessed]
    for article in articles:
        if article.published_year_guessed and article.published:
            article.published = anchored(article.published, references)
    return [(article, analyse(article, models)) for article in sorted(articles, key=lambda a: a.origin)]


def _texts(differences: list[Difference], kind: str, articles: list[str]) -> list[str]:
    return [d.text for d in differences if d.kind == kind and d.articles == sorted(articles)]


def _has(texts: list[str], *fragments: str) -> bool:
    return any(all(f.lower() in t.lower() for f in fragments) for t in texts)


@pytest.fixture(scope="module")
def seed_story(seeds: Path, models: NlpModels) -> tuple[Members, list[Difference]]:
    members = seed_members(seeds, models)
    return members, compare_articles(members, models.embedding)


def test_the_seeds_quote_putin_differently_on_russian_in_kazakhstan(seed_story) -> None:
    _, differences = seed_story
    sides = [diff_sides(d.text) for d in differences if d.kind == "quote_variant"]
    assert any("сколько людей в Казахстане изучает русский язык" in a and
               "сколько людей в Казахстане говорят по-русски" in b for a, b in sides)


def test_the_seeds_unique_facts_of_each_outlet(seed_story) -> None:
    members, differences = seed_story
    first, second = (article.id for article, _ in members)
    only_first, only_second = _texts(differences, "unique", [first]), _texts(differences, "unique", [second])
    assert _has(only_first, "военное оборудование", "внутрироссийским ценам")
    assert _has(only_first, "Бегайдар")
    assert _has(only_second, "55 вопросов") and _has(only_second, "почти четыре часа") and _has(only_second, "Манеж")
    assert not _has(only_first, "55 вопросов") and not _has(only_second, "Бегайдар")


def test_a_unique_detail_carries_the_detail_as_printed_and_its_sentence_apart(seed_story) -> None:
    """"Индира Бегайдар — Президент России…" glues the detail before its sentence: the fields keep them apart, the
    detail as the sentence prints it ("Индиры Бегайдар"), so it can be shown in place."""
    from svodka.compare.details import detail_segments
    _, differences = seed_story
    [detail] = [d for d in differences if d.kind == "unique" and _has([d.text], "Бегайдар")]
    assert detail.sentence and detail.text.endswith(detail.sentence) and not detail.sentence.startswith("Индира")
    assert detail.details and all(printed in detail.sentence and "Бегайдар" in printed for printed in detail.details)
    segments = detail_segments(detail.sentence, detail.details)
    assert "".join(text for _, text in segments) == detail.sentence
    assert [text for op, text in segments if op == "mark"] == detail.details
    assert not any(d.details or d.sentence for d in differences if d.kind != "unique")


def test_a_story_page_marks_a_unique_detail_within_its_sentence() -> None:
    from svodka.report.views import difference_views
    detail = Difference("unique", "Индира Бегайдар — Путин ответил на вопрос Индиры Бегайдар.", ["a"],
                        details=["Индиры Бегайдар"], sentence="Путин ответил на вопрос Индиры Бегайдар.")
    [view] = difference_views([detail], {"a": 1})
    assert view.segments == [("same", "Путин ответил на вопрос "), ("mark", "Индиры Бегайдар"), ("same", ".")]


def test_the_seeds_share_the_summit_and_the_fields_of_cooperation_without_conflict(seed_story) -> None:
    members, differences = seed_story
    both = [article.id for article, _ in members]
    shared = _texts(differences, "shared", both)
    assert _has(shared, "Петербург", "28 декабря")  # in the words both print: one quotes Putin, one paraphrases
    assert _has(shared, "цифровизац", "генетик", "медицин")
    assert [d for d in differences if d.kind == "conflict"] == []


def test_the_seeds_summit_dates_agree_once_resolved(seed_story) -> None:
    members, _ = seed_story
    dates = {ref.text.strip(" ."): ref.date for _, analysis in members for ref in analysis.dates}
    assert dates["28 декабря"] == "2021-12-28"
    assert dates_agree(dates["на следующей неделе"], dates["28 декабря"])


def test_a_quote_variant_is_diffed_on_the_span_both_outlets_quote() -> None:
    long = "Мы ценим партнёров. Но вы знаете, сколько людей в городе читает газеты, это читающий город"
    short = "Вы знаете, сколько людей в городе читают книги. Это читающий город"
    diff = shared_span_diff(long, short)
    assert diff is not None and "ценим" not in diff
    a, b = diff_sides(diff)
    assert "читает газеты" in a and "читают книги" in b
    assert shared_span_diff("Мы построим мост к осени", "Мы построим мост к осени") is None
    assert shared_span_diff("Мост откроют в мае", "Цены на хлеб выросли за год") is None


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("2021-12-27/2022-01-02", "2021-12-28", True),
    ("2026-03-13", "2026-03-13", True),
    ("2026-03-14", "2026-03-16", False),
    ("2026-04-01/2026-04-30", "2026-03-20", False),
])
def test_dates_agree_when_their_resolutions_overlap(a: str, b: str, agree: bool) -> None:
    assert dates_agree(a, b) is agree


def test_hedged_numbers_agree_within_tolerance_and_exact_ones_must_match() -> None:
    assert numbers_agree(4, True, 4, True)  # почти четыре часа / около 4 часов
    assert numbers_agree(410e9, True, 412e9, True)  # превысят 410 млрд / около 412 млрд
    assert not numbers_agree(12, False, 15, False)
    assert not numbers_agree(7.4e9, False, 7.8e9, False)


def _article(ident: str, outlet: str, title: str, body: str) -> Article:
    return Article(id=ident, origin=f"{ident}.txt", text=body, title=title, outlet=outlet,
                   published=datetime(2026, 3, 4, 12, 0))


def test_numbers_that_disagree_in_one_fact_are_a_conflict_and_hedged_ones_are_not(models: NlpModels) -> None:
    a = _article("a", "Волжский телеграф", "Под Самарой открыли мост через Сок",
                 "Строительство моста через реку Сок обошлось в 7,4 млрд рублей, сообщили в министерстве. "
                 "Открытие моста продолжалось почти три часа.")
    b = _article("b", "Деловой обзор", "Мост через Сок открыт",
                 "Строительство нового моста через реку Сок обошлось в 7,8 млрд рублей, сообщили в министерстве. "
                 "Открытие моста продолжалось около трёх часов.")
    members = [(article, analyse(article, models)) for article in (a, b)]
    conflicts = [d for d in compare_articles(members, models.embedding) if d.kind == "conflict"]
    assert len(conflicts) == 1
    assert "7,4" in conflicts[0].text and "7,8" in conflicts[0].text and conflicts[0].articles == ["a", "b"]


def test_one_speaker_is_one_speaker_in_either_script() -> None:
    from svodka.compare.quotes import speaker_key
    assert speaker_key("Сергей Лунёв") == speaker_key("Sergei Lunyov") == speaker_key("Сергей Лунев")
    assert speaker_key("Рустем Хайруллин") != speaker_key("Сергей Лунёв")


def test_a_russian_and_an_english_report_of_one_fact_align(models: NlpModels) -> None:
    from svodka.compare import aligned_facts
    ru = Article("r", "r", "Пожар.\nДвенадцать человек пострадали при пожаре в Екатеринбурге 7 марта.\n"
                 "Движение было перекрыто почти на три часа.", title="Пожар", outlet="А")
    en = Article("e", "e", "Fire.\nTwelve people were injured in a fire in Yekaterinburg on March 7.\n"
                 "The road was closed for about three hours.", title="Fire", outlet="B")
    for article in (ru, en):
        article.published = datetime(2026, 3, 7)
    facts = aligned_facts([(ru, analyse(ru, models)), (en, analyse(en, models))])
    assert facts and all(len(f.sources) == 2 for f in facts)
    assert not [d for d in compare_articles([(ru, analyse(ru, models)), (en, analyse(en, models))])
                if d.kind == "conflict"]


def test_numbers_in_words_thousands_and_ordinals_are_read() -> None:
    from svodka.nlp.numbers import find_numbers
    read = lambda text: [(n.value, n.unit) for n in find_numbers(text, str)]
    assert read("около трёх часов") == [(3.0, "часов")]
    assert read("14,200 fans") == [(14200.0, "fans")] and read("7,4 млрд рублей") == [(7.4e9, "рублей")]
    assert read("на 87-й минуте") == [(87.0, "минуте")]


def _conflicts(models: NlpModels, *bodies: str) -> tuple[Members, list[Difference]]:
    """Conflicts between made-up reports of one story, one per body, from different outlets."""
    articles = [_article(chr(ord("a") + i), f"Outlet {i}", "", body) for i, body in enumerate(bodies)]
    members = [(article, analyse(article, models)) for article in articles]
    return members, [d for d in compare_articles(members, models.embedding) if d.kind == "conflict"]


@pytest.mark.parametrize(("first", "second", "values"), [
    ("Двенадцать человек пострадали при пожаре в торговом центре «Радуга» в Екатеринбурге, сообщили в МЧС.",
     "Число пострадавших при пожаре в торговом центре «Радуга» в Екатеринбурге выросло до 15, сообщили в МЧС.",
     ("12", "15")),  # a count without its noun is compared with the same count
    ("Победный мяч на 87-й минуте забил полузащитник «Сокола» Артём Лаптев.",
     "Решающий мяч на 89-й минуте забил полузащитник «Сокола» Артём Лаптев, когда гости 20 минут играли вдесятером.",
     ("87-й", "89-й")),  # ordinals are compared with ordinals, not with the duration
    ("САНКТ-ПЕТЕРБУРГ, 2 марта — Трамвайная линия до Шушар откроется 14 марта, сообщил в понедельник Павел Рябинин.",
     "Трамвайная линия до Шушар откроется 16 марта, сообщил Павел Рябинин.",
     ("14 марта", "16 марта")),  # the announced dates, not the dateline's day
])
def test_one_quantity_told_differently_is_one_conflict(models: NlpModels, first: str, second: str,
                                                       values: tuple[str, str]) -> None:
    _, conflicts = _conflicts(models, first, second)
    assert len(conflicts) == 1 and all(value in conflicts[0].text for value in values)


def test_different_quantities_of_one_unit_and_two_teams_dates_are_not_conflicts(models: NlpModels) -> None:
    from svodka.compare import aligned_facts
    line = "Протяжённость трамвайной линии до Шушар — 6,8 км, на ней 11 остановок."
    lane = ("Протяжённость трамвайной линии до Шушар составляет 6,8 км. "
            "Вдоль трамвайной линии до Шушар проложена велодорожка длиной около 5 км.")
    members, conflicts = _conflicts(models, line, lane)
    assert not conflicts
    assert any(len(f.sources) == 2 and any("5 км" in u.text for u in f.units) for f in aligned_facts(members, models.embedding))
    members, conflicts = _conflicts(models, "Следующий матч калининградцы проведут 21 марта на выезде.",
                                    "Следующий матч «Сокол» проведёт 22 марта дома.")
    assert not conflicts
    assert any(len(f.sources) == 2 for f in aligned_facts(members, models.embedding))


@pytest.mark.parametrize(("first", "second"), [
    ("The Chiefs lost in Week 3 to the Ravens, coach Andy Reid said on Monday.",
     "The Chiefs lost two weeks ago to the Ravens, coach Andy Reid said on Monday."),
    ("The Celtics won Game 7 against Miami in Boston on Sunday.",
     "The Celtics won six games against Miami in Boston this season."),
    ("The Act's Section 5 bars the company from selling data, judge Ann Lee ruled in London.",
     "Judge Ann Lee ruled in London that the company broke four sections of the Act by selling data."),
    ("Суд применил пункт 3 статьи 12 закона к компании «Ромашка», сообщили в суде Москвы.",
     "Суд оштрафовал компанию «Ромашка» за две статьи закона, сообщили в суде Москвы."),
    ("«Сокол» проиграл «Балтике» в туре 3 в Калининграде, сообщил тренер Иван Петров.",
     "«Сокол» проиграл «Балтике» два тура назад в Калининграде, сообщил тренер Иван Петров."),
    ("Гонщик Иван Петров выиграл 5-й этап многодневки в Сочи, сообщила федерация.",
     "Гонщик Иван Петров выиграл четыре этапа многодневки в Сочи, сообщила федерация."),
])
def test_a_label_or_an_ordinal_is_no_count_to_compare_with_a_count(models: NlpModels, first: str, second: str) -> None:
    """"Week 3" numbers a week of a season, "two weeks" counts weeks: one fact, no conflict."""
    from svodka.compare import aligned_facts
    members, conflicts = _conflicts(models, first, second)
    assert any(len(f.sources) == 2 for f in aligned_facts(members, models.embedding))
    assert not conflicts


@pytest.mark.parametrize(("first", "second", "values"), [
    ("The Celtics won Game 7 against Miami in Boston on Sunday.",
     "The Celtics won Game 6 against Miami in Boston on Sunday.", ("Game 7", "6")),  # a label against its own kind
    ("В группе 15 человек заболели гриппом в школе Самары, сообщили в Роспотребнадзоре.",
     "В группе 12 человек заболели гриппом в школе Самары, сообщили в Роспотребнадзоре.", ("15", "12")),
    ("В доме 15 квартир затопило после прорыва трубы на улице Гагарина в Самаре, сообщили в МЧС.",
     "Двенадцать квартир затопило в доме после прорыва трубы на улице Гагарина в Самаре, сообщили в МЧС.",
     ("15", "12")),  # a count after a noun ("в доме 15 квартир") is a count, not house number 15
])
def test_a_label_disagrees_with_a_label_and_a_count_after_a_noun_is_still_a_count(
        models: NlpModels, first: str, second: str, values: tuple[str, str]) -> None:
    _, conflicts = _conflicts(models, first, second)
    assert len(conflicts) == 1 and all(value in conflicts[0].text for value in values)


def test_the_days_of_unresolved_dates_are_no_figures_to_compare(models: NlpModels) -> None:
    """Undated reports leave "9 декабря" unresolved; its 9 is still a day, not a count against "15 ноября"."""
    bodies = ("Москва готова вернуть Киеву корабли, задержанные в проливе, до саммита в Париже, который пройдёт 9 декабря.",
              "15 ноября газета написала, что Москва намерена вернуть Киеву корабли, задержанные в проливе, до саммита в Париже.")
    articles = [Article(id=name, origin=name, text=body, outlet=f"Outlet {name}") for name, body in zip("ab", bodies)]
    members = [(article, analyse(article, models)) for article in articles]
    assert all(analysis.dates and not any(d.date for d in analysis.dates) for _, analysis in members)
    differences = compare_articles(members, models.embedding)
    assert any(d.kind == "shared" for d in differences)
    assert not [d for d in differences if d.kind == "conflict"]


def test_two_statements_of_one_speaker_in_aligned_sentences_are_no_quote_variant(models: NlpModels) -> None:
    from svodka.compare import aligned_facts
    members, _ = _conflicts(
        models,
        "Глава Самары Елена Лапушкина на встрече с журналистами в мэрии сказала: «Мост через Сок откроем весной».",
        "Глава Самары Елена Лапушкина на встрече с журналистами в мэрии сказала: «Денег на ремонт дорог хватит всем».")
    assert any(len(f.sources) == 2 for f in aligned_facts(members, models.embedding))
    assert not [d for d in compare_articles(members, models.embedding) if d.kind == "quote_variant"]
    members, _ = _conflicts(  # sharing only little words in a row is sharing no wording
        models,
        "Глава Самары Елена Лапушкина на встрече с журналистами в мэрии сказала: «В этом году мост через Сок откроем весной».",
        "Глава Самары Елена Лапушкина на встрече с журналистами в мэрии сказала: «В этом году денег на ремонт дорог хватит всем».")
    assert not [d for d in compare_articles(members, models.embedding) if d.kind == "quote_variant"]


def test_a_quote_printed_in_translation_is_given_whole_not_diffed_word_by_word(models: NlpModels) -> None:
    from svodka.compare.quotes import given_whole
    members, _ = _conflicts(
        models,
        "Директор паромной компании Марина Светлова заявила в Калининграде: «С новым судном мы сможем отправлять "
        "паром из Балтийска каждые три дня вместо пяти».",
        'Ferry company director Marina Svetlova said in Kaliningrad: "With the new ship we can leave Baltiysk every '
        'three days rather than every five."')
    variants = [d for d in compare_articles(members, models.embedding) if d.kind == "quote_variant"]
    assert len(variants) == 1 and given_whole(variants[0])
    assert "[-" not in variants[0].text and "{+" not in variants[0].text
    assert all(w.text in variants[0].text for w in variants[0].wordings)  # each wording whole, in `articles` order
    assert [w.article for w in variants[0].wordings] == variants[0].articles


def _attributions(models: NlpModels, *bodies: str) -> list[Difference]:
    articles = [_article(chr(ord("a") + i), f"Outlet {i}", "", body) for i, body in enumerate(bodies)]
    members = [(article, analyse(article, models)) for article in articles]
    return [d for d in compare_articles(members, models.embedding) if d.kind == "attribution"]


def test_one_figure_credited_to_two_named_bodies_is_an_attribution_difference(models: NlpModels) -> None:
    found = _attributions(
        models,
        "Стоимость строительства моста через реку Сок, по данным регионального министерства транспорта, "
        "составила 7,4 млрд рублей.",
        "Итоговая стоимость нового моста через реку Сок составила 7,8 млрд рублей, сообщили в подрядной "
        "компании «СВ-Мостострой».")
    assert len(found) == 1 and found[0].articles == ["a", "b"]
    assert "министерства транспорта" in found[0].text and "СВ-Мостострой" in found[0].text


@pytest.mark.parametrize("unnamed", ["сообщили оперативные службы", "по данным оперативных служб"])
def test_a_named_body_against_an_unnamed_one_is_no_attribution_difference(models: NlpModels, unnamed: str) -> None:
    assert not _attributions(
        models,
        "Двенадцать человек пострадали при пожаре в торговом центре «Радуга» в Екатеринбурге, сообщили в МЧС.",
        f"При пожаре в екатеринбургском торговом центре «Радуга» пострадали двенадцать человек, {unnamed}.")


def test_differences_show_a_lead_without_its_dateline(models: NlpModels) -> None:
    members = [(article, analyse(article, models)) for article in (
        _article("a", "Северная правда", "", "САНКТ-ПЕТЕРБУРГ, 2 марта /Северная правда/ — Трамвайная линия от "
                 "метро «Купчино» до Шушар откроется 14 марта, сообщил председатель комитета Павел Рябинин."),
        _article("b", "Эхо Урала", "", "САНКТ-ПЕТЕРБУРГ, 2 мар — Эхо Урала. Первые пассажиры проедут по трамвайной "
                 "линии от «Купчино» до Шушар 16 марта, рассказал глава комитета Павел Рябинин."))]
    differences = compare_articles(members, models.embedding)
    assert any(d.kind == "conflict" for d in differences)
    assert all(d.text.startswith(("Трамвайная", "Первые")) for d in differences if d.kind in ("shared", "conflict"))


def test_a_publication_told_in_russian_and_english_is_one_shared_fact(models: NlpModels) -> None:
    """One name in common is a setting; the lexicon's "published" and "results" make it a fact."""
    from svodka.compare import aligned_facts
    ru = _article("r", "Северная правда", "", "Результаты работы опубликованы в журнале Journal of Applied "
                  "Photonics Letters.")
    en = _article("e", "Eurasia Wire", "", "The results were published in the Journal of Applied Photonics "
                  "Letters, the institute said.")
    facts = aligned_facts([(article, analyse(article, models)) for article in (ru, en)], models.embedding)
    assert [len(f.sources) for f in facts] == [2]


def test_a_sending_off_told_in_russian_and_english_is_shared_and_its_minute_one_outlets_detail(
        models: NlpModels) -> None:
    """"Перелом" / "turned" bridges the languages; the English sentence adds who came on, the Russian the minute."""
    ru = _article("r", "Эхо Урала", "", "«Нева» обыграла «Вымпел» со счётом 3:1 в матче 12-го тура. "
                  "Первый гол на 18-й минуте забил Кирилл Дронов. "
                  "Перелом случился на 64-й минуте, когда защитник гостей Павел Зорин получил вторую жёлтую "
                  "карточку за грубый фол. Главный тренер «Вымпела» назвал решение арбитра слишком строгим.")
    en = _article("e", "Kazan Daily", "", "Neva beat Vympel 3-1 in the 12th round of the league. "
                  "Kirill Dronov opened the scoring after 18 minutes with a header. "
                  "The game turned when visiting defender Pavel Zorin was sent off for a second booking, and coach "
                  "Anton Melnikov brought on Oleg Vasin in search of a winner. The stadium was sold out.")
    differences = compare_articles([(article, analyse(article, models)) for article in (ru, en)], models.embedding)
    [sending_off] = [d for d in differences if d.kind == "shared" and ("Zorin" in d.text or "Зорин" in d.text)]
    assert sending_off.articles == ["e", "r"] and "64" not in sending_off.text  # the minute only one outlet gives
    assert any(d.kind == "unique" and d.articles == ["r"] and "64" in d.text for d in differences)


TRAM = ("Новая трамвайная линия от метро «Купчино» до Шушар начнёт перевозить пассажиров {day} марта, "
        "сообщил председатель комитета Павел Рябинин.")


def test_a_shared_fact_never_cites_the_reports_giving_another_date_for_it(models: NlpModels) -> None:
    """Two reports say 14 марта, two 16 марта: the shared sentence cites its side and names the other as disputed."""
    from svodka.compare.coverage import DISPUTING, REPORTED, coverage_lines
    members, _ = _conflicts(models, *(TRAM.format(day=day) for day in (14, 14, 16, 16)))
    differences = compare_articles(members, models.embedding)
    [shared] = [d for d in differences if d.kind == "shared"]
    [given] = [day for day in ("14 марта", "16 марта") if day in shared.text]
    other = "16 марта" if given == "14 марта" else "14 марта"
    stating = sorted(a.id for a, _ in members if given in a.text)
    assert shared.articles == stating
    assert [(d.text, d.articles) for d in shared.disputed] == [(other, sorted(set("abcd") - set(stating)))]
    rows = coverage_lines(differences, {a.id: a.id for a, _ in members})[1:]
    assert [row.split()[1][0] for row in rows] == [REPORTED if a in stating else DISPUTING for a in "abcd"]


def test_a_shared_fact_with_a_disputed_date_is_shown_by_a_wording_without_it(models: NlpModels) -> None:
    """Where one report tells the fact without the contested day, that wording is what all of them share."""
    members, _ = _conflicts(models, TRAM.format(day=14), TRAM.format(day=16),
                            TRAM.replace("{day} марта", "в марте"))
    differences = compare_articles(members, models.embedding)
    assert any(d.kind == "conflict" for d in differences)
    [shared] = [d for d in differences if d.kind == "shared"]
    assert shared.articles == ["a", "b", "c"] and not shared.disputed and "в марте" in shared.text


def test_the_seeds_quote_variants_say_which_outlet_worded_the_quote_how(seed_story) -> None:
    members, differences = seed_story
    outlet_of = {article.id: article.outlet for article, _ in members}
    variants = [d for d in differences if d.kind == "quote_variant"]
    assert len(variants) == 2 and all([w.article for w in d.wordings] == d.articles for d in variants)
    worded = {outlet_of[w.article]: w.text for d in variants for w in d.wordings if "согласие" in w.text}
    assert "в предварительном режиме" in worded["Sputnik Таджикистан"] and "предварительно дало" in worded["Sputnik.kz"]
    worded = {outlet_of[w.article]: w.text for d in variants for w in d.wordings if "Казахстане" in w.text}
    assert "говорят по-русски" in worded["Sputnik Таджикистан"] and "изучает русский язык" in worded["Sputnik.kz"]
    assert worded["Sputnik Таджикистан"].endswith("смысле слова") and "смысле этого слова" in worded["Sputnik.kz"]


def test_an_attribution_reads_as_a_sentence_for_one_outlet_each_side(seed_story) -> None:
    _, differences = seed_story
    lines = [d.text for d in differences if d.kind == "attribution" and " directly, " in d.text]
    assert lines and all(" quotes " in line and " paraphrases: " in line for line in lines)


CARTER = ('"{words}," airport spokeswoman Helen Carter said. '
          "Manchester Airport cancelled flights on Monday after a fault in the lighting system closed its main runway.")
CARTER_REPORTED = ("Manchester Airport's main runway was shut on Monday by a fault in its lighting system and flights "
                   'were cancelled. "{words}," airport spokeswoman Helen Carter told reporters.')  # no reprint of CARTER
APOLOGY = "We apologise to every passenger whose journey was disrupted, and we are working around the clock to fix it"
REWORDED = "We are sorry to every passenger whose trip was disrupted, and our engineers are working day and night on it"


def test_a_quote_is_shared_only_by_the_reports_printing_its_words(models: NlpModels) -> None:
    """Two reports print the spokeswoman's words, a third other words: the third is no witness of those words."""
    members, _ = _conflicts(models, CARTER.format(words=APOLOGY), CARTER.format(words=REWORDED),
                            CARTER_REPORTED.format(words=APOLOGY))
    differences = compare_articles(members, models.embedding)
    quoting = [d for d in differences if d.kind == "shared" and "Carter" in d.text]
    assert quoting and all("b" not in d.articles for d in quoting)
    assert any(d.kind == "quote_variant" and "b" in d.articles for d in differences)


def test_a_quote_every_report_words_its_own_way_is_no_shared_fact(seed_story) -> None:
    """«в предварительном режиме» / «предварительно», «говорят по-русски» / «изучает русский язык»: quote variants,
    never shared facts both outlets are cited for."""
    members, differences = seed_story
    shared = _texts(differences, "shared", [article.id for article, _ in members])
    assert not _has(shared, "в предварительном режиме") and not _has(shared, "говорят по-русски")
    assert _has(_texts(differences, "quote_variant", [article.id for article, _ in members]), "предварительн")


@pytest.fixture(scope="module")
def corpus_articles() -> list[Article]:
    return [clean_document(d, TODAY) for d in read_inputs([str(CORPUS)]) if not isinstance(d, IngestError)]


def corpus_story(articles: list[Article], story: str, models: NlpModels) -> Members:
    """The reports of one story of the sample corpus (by the gold's titles), analysed."""
    titles = {entry["title"] for entry in CORPUS_GOLD["articles"] if entry["story"] == story}
    return [(article, analyse(article, models)) for article in articles if article.title in titles]


def test_a_fact_one_report_tells_twice_is_shared_not_also_unique(corpus_articles, models: NlpModels) -> None:
    """kazan-schools: "Общая стоимость программы оценивается в 58 млрд рублей" restates the 58 bn others give;
    ekb-mall-fire: "пострадали 12 человек" restates another report's "Двенадцать человек пострадали"."""
    for story, fragment in (("kazan-schools", "Общая стоимость программы"), ("ekb-mall-fire", "пострадали 12 человек")):
        differences = compare_articles(corpus_story(corpus_articles, story, models), models.embedding)
        assert not [d for d in differences if d.kind == "unique" and d.text.startswith(fragment)]


def test_a_disputed_count_is_shown_on_a_sentence_stating_it_with_every_report_under_its_value(
        corpus_articles, models: NlpModels) -> None:
    members = corpus_story(corpus_articles, "ekb-mall-fire", models)
    [conflict] = [d for d in compare_articles(members, models.embedding) if d.kind == "conflict"]
    anchor, values = conflict.text.split(" — ", 1)
    assert "12" in values and "15" in values and ("пострада" in anchor or "injured" in anchor)
    assert conflict.articles == sorted(article.id for article, _ in members)
    sides = {value.rsplit("(", 1)[0]: value.rsplit("(", 1)[1] for value in values.split(" vs ")}
    assert {outlet for outlets in sides.values() for outlet in outlets.rstrip(")").split(", ")} == {
        article.outlet for article, _ in members}


def test_a_name_typed_differently_in_two_reports_is_no_unique_detail() -> None:
    """Kelvin Hall a person in one report ("PER:hall") and a building in the other: both give it."""
    from svodka.compare.align import Fact, Unit
    from svodka.compare.details import mentioned, unique_details
    from svodka.model import Entity
    typed = {"a": Entity("Kelvin Hall", "PER", key="PER:hall"), "b": Entity("Kelvin Hall", "ORG", key="ORG:kelvin hall")}
    members = [(Article(i, i, "Kelvin Hall reopened.", outlet=i.upper()), Analysis("en", entities=[e]))
               for i, e in typed.items()]
    units = [Unit(i, i.upper(), i, "Kelvin Hall reopened.", frozenset(), entity_names={e.key: e.name})
             for i, e in typed.items()]
    assert unique_details(Fact(units), mentioned(members, {"a": "a", "b": "b"})) == []
    units[1].entity_names = {"ORG:glasgow city council": "Glasgow City Council"}
    assert [d.articles for d in unique_details(Fact(units), mentioned(members, {"a": "a", "b": "b"}))] == [["b"]]


def test_a_reprints_copy_of_a_sentence_lists_its_unique_detail_once() -> None:
    """A report and its reprint are one source: the detail their one sentence gives is one difference citing both."""
    from svodka.compare.align import Fact, Unit
    from svodka.compare.details import unique_details
    sentence = "Паром перевезёт 100 грузовиков за рейс."
    units = [Unit(a, a.upper(), "a", sentence, frozenset(), entity_names={"ORG:baltika": "Балтика"},
                  entity_printed={"ORG:baltika": "Балтики"}) for a in ("a", "a2")]
    units.append(Unit("b", "B", "b", "Паром выйдет на линию.", frozenset()))
    found = unique_details(Fact(units), {"a": {"baltika"}, "b": set()})
    assert [(d.articles, d.sentence) for d in found] == [(["a", "a2"], sentence)]
    assert found[0].details == ["Балтика"]  # a name the sentence does not print as found: by its own name



def _one_fact(models: NlpModels, members: Members) -> bool:
    from svodka.compare import aligned_facts
    return any(len(f.sources) == 2 for f in aligned_facts(members, models.embedding))


MINES = ("Долги шахты «Северная» составляют 267 млн рублей, а у шахты «Южная» — 370 млн рублей, сообщили в минэнерго.",
         "Долги шахты «Восточная» составляют 210 млн рублей, «Северная» — {north} млн рублей, «Южная» — 370 млн "
         "рублей, сообщили в минэнерго.")


def test_figures_of_a_list_are_compared_name_by_name(models: NlpModels) -> None:
    """Each mine's debt against the same mine's: the lists agree (210 is only one report's mine), or 267 vs 300."""
    members, conflicts = _conflicts(models, MINES[0], MINES[1].format(north=267))
    assert _one_fact(models, members) and not conflicts
    _, conflicts = _conflicts(models, MINES[0], MINES[1].format(north=300))
    assert len(conflicts) == 1 and "267" in conflicts[0].text and "300" in conflicts[0].text
    assert "210" not in conflicts[0].text.rsplit(" — ", 1)[-1]


@pytest.mark.parametrize(("second", "conflict"), [("4-6", False), ("5-7", True)])
def test_a_range_is_one_value_compared_with_a_range(models: NlpModels, second: str, conflict: bool) -> None:
    first = "Днём в четверг в Самаре воздух прогреется до 4...6 градусов тепла, сообщили синоптики Приволжского УГМС."
    members, conflicts = _conflicts(models, first, first.replace("4...6", second))
    assert _one_fact(models, members) and bool(conflicts) == conflict
    if conflict:
        assert "4...6" in conflicts[0].text and "5-7" in conflicts[0].text


def test_figures_of_sentences_about_different_days_are_not_compared(models: NlpModels) -> None:
    _, conflicts = _conflicts(
        models, "Днём в четверг в Самаре воздух прогреется до 4 градусов тепла, сообщили синоптики Приволжского УГМС.",
        "Днём 8 марта в Самаре воздух прогреется до 7 градусов тепла, сообщили синоптики Приволжского УГМС.")
    assert not [c for c in conflicts if "7 градусов" in c.text.rsplit(" — ", 1)[-1]]  # the days may be, not the figures


def test_a_readers_hypothetical_example_is_no_figure_of_the_story(models: NlpModels) -> None:
    rule = "Пенсию по старости назначают при страховом стаже не менее 15 лет, напомнили в Пенсионном фонде."
    example = ("Например, вам 60 лет, а ваш страховой стаж составляет 10 лет: пенсию по старости не назначат, "
               "напомнили в Пенсионном фонде.")
    members, conflicts = _conflicts(models, rule, example)
    assert _one_fact(models, members) and not conflicts
    _, conflicts = _conflicts(models, rule, example.replace("Например, вам 60 лет, а ваш", "Теперь"))
    assert conflicts  # the same rule stated with another threshold is a dispute


def test_a_count_of_vehicles_is_not_a_count_of_people(models: NlpModels) -> None:
    _, conflicts = _conflicts(models, "К тушению пожара на складе в Твери привлекли 48 человек и 13 единиц техники.",
                              "К тушению пожара на складе в Твери привлекли 60 человек и 24 единицы техники.")
    sides = [c.text.rsplit(" — ", 1)[-1] for c in conflicts]
    assert any("48" in s and "60" in s for s in sides) and not any("48" in s and "24" in s for s in sides)


def test_one_misprinted_digit_of_an_amount_is_a_conflict(models: NlpModels) -> None:
    text = "The court in Lyon fined the firm {} euros for the oil spill on the river, prosecutor Anne Duval said."
    _, conflicts = _conflicts(models, text.format("12,000"), text.format("2,000"))
    assert len(conflicts) == 1 and "12,000" in conflicts[0].text and "2,000 euros (" in conflicts[0].text


def test_a_year_printed_in_a_list_is_a_date_the_report_gives(models: NlpModels) -> None:
    _, conflicts = _conflicts(models, "В 2016 году у Ольги и Петра Смирновых родилась дочь Анна.",
                              "У Ольги и Петра Смирновых две дочери, Анна и Мария, родившиеся в 2016 и 2017 году.")
    assert not conflicts


def test_two_quotes_ending_worded_apart_are_a_variant_and_one_going_on_is_not() -> None:
    """Both print the mayor's promise directly: «…Тополя на набережной вырастут!» vs «…Тополя вырастут!»."""
    short = "Будем сажать крепкие породы. Тополя на набережной вырастут!"
    long = "Мы создадим все условия для деревьев на набережной. Будем сажать крепкие породы. Тополя вырастут!"
    assert shared_span_diff(short, long) == "Будем сажать крепкие породы. Тополя [-на набережной-] вырастут!"
    assert shared_span_diff("Будем сажать крепкие породы.", long) is None  # the same words quoted at more length


def test_figures_of_an_earlier_report_recalled_are_not_disputed(models: NlpModels) -> None:
    """The second report recalls another fire it wrote about: its 40 firefighters are that fire's."""
    first = "В Твери загорелся склад на улице Лесной. Пожар тушили 64 человека, сообщили в МЧС."
    second = ("В Твери загорелся склад на улице Лесной, сообщили в МЧС. Как писала наша газета, вчера в Клину горел "
              "ангар. Пожар тушили 40 человек.")
    _, conflicts = _conflicts(models, first, second)
    assert not conflicts
    _, conflicts = _conflicts(models, first, second.replace("Как писала наша газета, вчера в Клину горел ангар. ", ""))
    assert conflicts  # told of this fire, the count is disputed


def test_every_report_giving_a_disputed_value_is_in_the_tally(models: NlpModels) -> None:
    """The third report's sentence stands in a fact of its own (aligned apart here): still counted under its value."""
    from svodka.compare import aligned_facts
    from svodka.compare.values import value_conflicts
    from svodka.nlp import article_text
    members, _ = _conflicts(
        models, "Новый мост через Волгу в Самаре обошёлся городу в 5 млрд рублей, сообщил мэр Иван Петров.",
        "Новый мост через Волгу в Самаре обошёлся городу в 6 млрд рублей, сообщил мэр Иван Петров.",
        "Движение по новому мосту через Волгу открыли в среду. Стоимость моста — 5 млрд рублей.")
    text_of = {article.id: article_text(article) for article, _ in members}
    [disputed] = [f for f in aligned_facts(members[:2], models.embedding) if len(f.sources) == 2]
    apart = aligned_facts(members[2:], models.embedding)
    [conflict] = value_conflicts(disputed, text_of, [disputed, *apart])
    assert conflict.articles == ["a", "b", "c"] and "5 млрд рублей (Outlet 0, Outlet 2)" in conflict.text
    [alone] = value_conflicts(disputed, text_of)
    assert alone.articles == ["a", "b"]


def test_a_source_quoting_the_same_words_directly_elsewhere_does_not_paraphrase() -> None:
    """The fact pairs one outlet's direct quote with the other's paraphrase, but the other prints the promise
    directly in its next sentence: a quote variant, no "quotes directly, paraphrases" line."""
    from svodka.compare.align import Fact, Unit
    from svodka.compare.quotes import attributions
    from svodka.model import Quote
    direct = "Будем сажать крепкие породы. Тополя на набережной вырастут!"
    elsewhere = Quote("Будем сажать крепкие породы. Тополя вырастут!", "Иван Котов", "direct", 90, 140)
    units = [Unit("a", "A", "a", f"«{direct}» — пообещал Котов.", frozenset(), 0, 70,
                  quotes=[Quote(direct, "Иван Котов", "direct", 1, 60)]),
             Unit("b", "B", "b", "Котов пообещал, что тополя на набережной вырастут.", frozenset(), 0, 50,
                  quotes=[Quote("тополя на набережной вырастут", "Иван Котов", "indirect", 20, 49)])]
    outlets = {"a": "A", "b": "B"}
    article_b = Article(id="b", origin="b", text="", outlet="B")
    assert attributions(Fact(units), outlets, {})  # the fact alone: quoted by one, paraphrased by the other
    assert not attributions(Fact(units), outlets, {}, [(article_b, "b", elsewhere)])


def test_a_bare_figure_is_read_whole_and_each_cut_of_a_sentence_reads_its_own() -> None:
    from dataclasses import replace

    from svodka.compare.align import Unit
    from svodka.compare.values import readings

    sentence = "The fine rose to 12,000, then to 1,250,000 by May, and 281 752 more."
    text_of = {"a": "Intro line.\n" + sentence}
    start = text_of["a"].index(sentence)
    unit = Unit("a", "Outlet", "a", sentence, frozenset({"fine", "rise"}), start, start + len(sentence), language="en")
    assert [r.value for r in readings(unit, text_of)] == [12000.0, 1250000.0, 281752.0]
    assert [r.value for r in readings(unit, text_of)] == [12000.0, 1250000.0, 281752.0]  # read again, the same
    cut = replace(unit, stop=start + sentence.index(", then"))  # an opening clause is another sentence to read
    assert [r.value for r in readings(cut, text_of)] == [12000.0]


def test_a_recollection_runs_to_its_paragraphs_end_only() -> None:
    from svodka.compare.align import Unit
    from svodka.compare.values import _recalled

    text = "Мост открыли в пятницу. Напомним, в 2019 году погибли 5 человек. Тогда мост закрыли.\nПострадали 7 человек."
    def unit(sentence: str) -> Unit:
        start = text.index(sentence)
        return Unit("a", "Outlet", "a", sentence, frozenset(), start, start + len(sentence))
    assert [_recalled(text, unit(s)) for s in ("Мост открыли в пятницу.", "Напомним, в 2019 году погибли 5 человек.",
                                               "Тогда мост закрыли.", "Пострадали 7 человек.")] == [False, True, True, False]
