"""A name a reader searches for finds it however the store's reports write it: in the other script (Лапин, Lapin),
in every Russian case even when natasha lemmatised the bare surname as another word's form (a store holds «Лапин»
under лапина, the genitive plural of лапина), and not as a common word its form also is (Воронцов: воронец). A text
printed twice is shown as its first printing, the reprint as its copy. Fictional reports."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from svodka.model import Analysis, Article, RawDocument, Sentence
from svodka.store import Store
from svodka.store.search import (Query, RussianLemmatizer, parse_query, russian_lemmatizer, search,
                                 spelled_across_scripts)

URAL = timezone(timedelta(hours=5))
# Each report: its text and the lemmas the index holds for it (natasha's, as its pipeline reads such words).
REPORTS = {
    "ru0000000000001": ("Глава Заречного района Лапин подписал смету ремонта школы.",
                        ["глава", "заречный", "район", "лапина", "подписать", "смета", "ремонт", "школа"]),
    "ru0000000000002": ("Смету ремонта Лапину вернули на доработку.",
                        ["смета", "ремонт", "лапин", "вернуть", "доработка"]),
    "en0000000000001": ("District head Lapin signed the school repair estimate.",
                        ["district", "head", "lapin", "sign", "school", "repair", "estim"]),
    "en0000000000002": ("Most of the school repair money went to the roof.",
                        ["most", "school", "repair", "money", "went", "roof"]),
    "ru0000000000003": ("Новый мост через Кемь откроют осенью.", ["новый", "мост", "кемь", "открыть", "осень"]),
    "ru0000000000004": ("На опушке рос воронец, ягоды которого ядовиты.",
                        ["на", "опушка", "расти", "воронец", "ягода", "который", "ядовитый"]),
    "ru0000000000005": ("Бывший глава района Воронцов дал показания.",
                        ["бывший", "глава", "район", "воронец", "дать", "показание"]),
    "en0000000000003": ("Former district head Vorontsov testified.",
                        ["former", "district", "head", "vorontsov", "testifi"]),
    "en0000000000004": ("Police said the crime was solved within a day.",
                        ["police", "said", "crime", "solv", "within", "day"]),
    "ru0000000000006": ("В Крыму открыли новый паромный причал.",
                        ["в", "крым", "открыть", "новый", "паромный", "причал"]),
    # «Сараев» read as the genitive plural of сарай, as natasha reads «Токаев» (токай)
    "ru0000000000007": ("Министр Сараев открыл причал.", ["министр", "сарай", "открыть", "причал"]),
    "ru0000000000008": ("Причал осмотрел министр Сараев, его встретил Лапин.",
                        ["причал", "осмотреть", "министр", "сарай", "он", "встретить", "лапина"]),
    "ru0000000000009": ("Министру Сараеву показали новый причал.",
                        ["министр", "сараев", "показать", "новый", "причал"]),
}


def add_report(store: Store, article_id: str, text: str, lemmas: list[str], title: str = "",
               published: datetime | None = None) -> None:
    """A report stored with the lemmas `lemmas` (as natasha's pipeline would have indexed it)."""
    language = "en" if article_id.startswith("en") else "ru"
    article = Article(article_id, f"{article_id}.txt", text, title=title, outlet=f"Вестник {article_id[-1]}",
                      published=published)
    raw = RawDocument(origin=f"{article_id}.txt", raw=article_id.encode(), format="text", text=text)
    store.add_article(raw, article, Analysis(language, [Sentence(0, len(text), text, lemmas)]), {})


@pytest.fixture
def reports(store: Store) -> Store:
    for article_id, (text, lemmas) in REPORTS.items():
        add_report(store, article_id, text, lemmas)
    return store


def searched(store: Store, text: str, lemmas: RussianLemmatizer) -> tuple[set[str], Query]:
    """The articles a query finds with its names' spellings in the store, and the query as searched."""
    query = spelled_across_scripts(store.db, parse_query(text, lemmas), lemmas)
    return {hit.article_id for hit in search(store.db, query).hits}, query


LAPIN = {"ru0000000000001", "ru0000000000002", "en0000000000001", "ru0000000000008"}


@pytest.mark.parametrize("text", ["Лапин", "Лапину", "Lapin"])
def test_a_name_finds_its_reports_in_both_scripts_and_every_case(reports: Store, text: str) -> None:
    found, query = searched(reports, text, russian_lemmatizer())
    assert found == LAPIN
    assert ("lapin" if text.startswith("Л") else "лапин") in query.describe()  # a reader sees why a report came


@pytest.mark.parametrize("text", ["Сараев", "Сараеву", "Сараевым", "Сараева"])
def test_a_surname_in_any_case_finds_the_bare_one_indexed_as_another_word(reports: Store, text: str) -> None:
    found, _ = searched(reports, text, russian_lemmatizer())
    assert found == {"ru0000000000007", "ru0000000000008", "ru0000000000009"}


@pytest.mark.parametrize("word", ["Среди", "Почти", "Системы"])
def test_a_common_word_capitalised_at_the_query_start_finds_what_it_finds_in_lower_case(store: Store,
                                                                                         word: str) -> None:
    """Read as a name, «Среди» would match среду as its "case", «Почти» почта, «Системы» the English "System"."""
    for article_id, text, lemmas in [
            ("ru0000000000021", "Среди жителей провели опрос.", ["среди", "житель", "провести", "опрос"]),
            ("ru0000000000022", "Причал откроют в среду.", ["причал", "открыть", "в", "среда"]),
            ("ru0000000000023", "Работы почти закончены.", ["работа", "почти", "закончить"]),
            ("ru0000000000024", "Письмо пришло по почте, почту разносят утром.",
             ["письмо", "прийти", "по", "почта", "почта", "разносить", "утро"]),
            ("ru0000000000025", "Ремонт системы отопления отложили.", ["ремонт", "система", "отопление", "отложить"]),
            ("en0000000000021", "Repairs to the Harbour Water System were delayed.",
             ["repair", "to", "the", "harbour", "water", "system", "were", "delay"])]:
        add_report(store, article_id, text, lemmas)
    lemmas = russian_lemmatizer()
    assert searched(store, word, lemmas)[0] == searched(store, word.lower(), lemmas)[0] != set()


def test_a_russian_name_read_as_a_name_not_as_the_common_word_its_form_is(reports: Store) -> None:
    found, query = searched(reports, "Воронцов", russian_lemmatizer())
    assert "воронец" not in query.terms[0].lemmas
    assert found == {"ru0000000000005", "en0000000000003"}  # not the shrub «воронец»
    assert query.describe() == "воронцов (also vorontsov)"


def test_common_words_and_silent_e_do_not_cross_scripts(reports: Store) -> None:
    lemmas = russian_lemmatizer()
    assert searched(reports, "Мост", lemmas)[0] == {"ru0000000000003"}  # not "Most of the…"
    assert searched(reports, "Крыму", lemmas)[0] == {"ru0000000000006"}  # not "crime"
    assert searched(reports, "Most", lemmas)[0] == {"en0000000000002"}


def test_a_word_in_lower_case_is_searched_as_written(reports: Store) -> None:
    assert searched(reports, "lapin", russian_lemmatizer())[0] == {"en0000000000001"}


def test_a_reprint_ranked_first_is_shown_as_the_copy_of_the_first_printing(store: Store) -> None:
    text = ("Паром через Нижнюю Кемь не ходит до конца ледохода, сообщили в администрации района. "
            "Жителей просят пользоваться объездной дорогой через мост у посёлка Сосновка.")
    first = datetime(2026, 4, 2, 11, 20, tzinfo=URAL)
    add_report(store, "ru0000000000010", text, [], title="Переправа закрыта", published=first)
    add_report(store, "ru0000000000011", text, [], title="Паром не ходит: паром ждёт конца ледохода",
               published=first + timedelta(minutes=45))
    found = search(store.db, parse_query("паром", lambda word: [word]), fold_copies=True)
    unfolded = search(store.db, parse_query("паром", lambda word: [word]))
    assert unfolded.hits[0].article_id == "ru0000000000011"  # the reprint's title ranks it first
    assert [(hit.article_id, hit.copies) for hit in found.hits] == [("ru0000000000010", ["ru0000000000011"])]
