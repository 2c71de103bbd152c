"""What the English desk and the fact-checker found misleading in compare (session 16): a day of another event read as
a date conflict, a partial quote called a paraphrase, a wire copy's corrected figure left as a conflict, "a dozen"
unread, an editor's note inside a quote read as a variant, news agencies and one body's two spellings as sides of an
attribution. Texts are ours (fictional)."""

from __future__ import annotations

from datetime import date

from svodka.compare import compare_articles
from svodka.compare.align import Fact, Unit, sentence_units
from svodka.compare.credits import Credit, editors_note, news_agency, press_named, without_agency
from svodka.compare.quotes import _named_once, as_spoken, attributions
from svodka.compare.updates import CORRECTION, corrected_figures
from svodka.compare.values import readings, same_quantity
from svodka.compare.wording import date_events_meet
from svodka.nlp import NlpModels, article_text

from conftest import of_kind, reports_of_one_day

DAY = date(2026, 3, 12)  # a Thursday


def _differences(models: NlpModels, *reports: tuple[str, str, str, str]) -> list:
    return compare_articles(reports_of_one_day(models, DAY, *reports), models.embedding)


TALKS = ("Harbour Wire", "10:00", "Voss and Kell open fisheries talks",
         "Premier Alda Voss and President Orin Kell on Thursday launched negotiations on a fisheries pact in Harwick. "
         "The two leaders also agreed to fund a joint coastguard station.")


def _units(models: NlpModels, *reports: tuple[str, str, str, str]) -> list[Unit]:
    return [unit for article, analysis in reports_of_one_day(models, DAY, *reports)
            for unit in sentence_units(article, analysis)]


def test_a_day_of_another_event_in_an_aligned_sentence_is_no_date_conflict(models: NlpModels) -> None:
    other = ("Coastal Chronicle", "11:00", "Voss and Kell agree to fisheries talks",
             "Alda Voss and Orin Kell agreed to open fisheries negotiations in Harwick. "
             "The premier flies back to Harwick on Friday.")
    talks, _, _, flight = _units(models, TALKS, other)
    assert not date_events_meet(talks, talks.dates[0], flight, flight.dates[0])
    same = ("Coastal Chronicle", "11:00", "Voss and Kell agree to fisheries talks",
            "Premier Alda Voss and President Orin Kell on Wednesday launched negotiations on a fisheries pact.")
    talks, _, told_apart = _units(models, TALKS, same)
    assert date_events_meet(talks, talks.dates[0], told_apart, told_apart.dates[0])


def test_one_event_dated_two_days_is_still_a_conflict(models: NlpModels) -> None:
    other = ("Coastal Chronicle", "11:00", "Voss and Kell agree to fisheries talks",
             "Premier Alda Voss and President Orin Kell on Wednesday launched negotiations on a fisheries pact in "
             "Harwick.")
    conflicts = of_kind(_differences(models, TALKS, other), "conflict")
    assert len(conflicts) == 1 and "Wednesday" in conflicts[0].text and "Thursday" in conflicts[0].text


def test_a_partial_quote_in_quotation_marks_is_no_paraphrase(models: NlpModels) -> None:
    direct = ("Harbour Wire", "10:00", "Kell hails partnership",
              '"The partnership has never been closer," Orin Kell told reporters in Harwick.')
    partial = ("Coastal Chronicle", "11:00", "Kell hails partnership",
               'Orin Kell told reporters in Harwick the partnership had "never been closer".')
    paraphrase = ("Northern Post", "12:00", "Kell hails partnership",
                  "Orin Kell told reporters in Harwick that the partnership had never been closer.")
    units = _units(models, direct, partial, paraphrase)
    outlet_of = {unit.source: unit.outlet for unit in units}
    lines = [d.text for d in attributions(Fact(units), outlet_of, {})]
    assert lines and all("Northern Post paraphrases" in line and "Chronicle" not in line.split(":")[0]
                         for line in lines)


def test_a_wire_copy_of_a_figure_the_wire_corrects_is_no_conflict(models: NlpModels) -> None:
    copy = ("Valley Ledger", "10:00", "Train derails near Millbrook",
            "MILLBROOK (Wire) — About a dozen cars of a freight train derailed near Millbrook on Thursday morning, "
            "forcing the evacuation of about 2,000 homes, officials said.")
    corrected = ("Wire Service", "12:30", "Train derails near Millbrook, about 200 homes evacuated",
                 "MILLBROOK (Wire) — About a dozen cars of a freight train derailed near Millbrook on Thursday morning, "
                 "forcing the evacuation of about 200 homes, officials said. "
                 "This story has been corrected to show that about 200 homes were evacuated, not 2,000.")
    differences = _differences(models, copy, corrected)
    assert not of_kind(differences, "conflict")
    updates = of_kind(differences, "update")
    assert len(updates) == 1 and updates[0].states[-1].text.startswith("correction: ")


def test_correction_notices_as_outlets_print_them() -> None:
    amended = ("This article was amended on 12 March 2026. An earlier version said the bank had cut rates by half a "
               "point; it was a quarter point.")
    assert CORRECTION.search(amended)
    note = "This story has been corrected to show that about 200 homes were evacuated, not 2,000 as first reported."
    assert CORRECTION.search(note) and corrected_figures(note) == {2000.0}
    assert editors_note(note)  # 18 words: a notice of the report's own change, not a fact of the story
    assert not editors_note("The old bridge was corrected for a tilt of 2 degrees in 1998, engineers said.")


def test_a_dozen_is_twelve(models: NlpModels) -> None:
    dozen = ("Valley Ledger", "10:00", "Train derails near Millbrook",
             "A dozen cars of a freight train derailed near Millbrook on Thursday morning, injuring three crew "
             "members. The line stays closed.")
    twelve = ("Wire Service", "10:30", "Train derails near Millbrook",
              "Twelve cars of a freight train derailed near Millbrook on Thursday morning, injuring three crew "
              "members. Trains are being diverted.")
    uniques = of_kind(_differences(models, dozen, twelve), "unique")
    assert not [d for d in uniques if d.text.startswith("Twelve cars —")]


def test_an_editors_note_or_insertion_inside_a_quote_is_no_variant() -> None:
    assert as_spoken("Их (маски — прим. ред.) надо утилизировать, но после этого — практически нет").split() == \
        as_spoken("Их (маски) надо утилизировать, но после этого - практически нет").replace("(маски)", "(маски").split()
    assert as_spoken("drive for [the] regular resumption of cricket") == "drive for regular resumption of cricket"


def test_news_agencies_are_who_passed_it_on_not_who_said_it() -> None:
    assert news_agency("ТАСС") and news_agency("tass.ru") and news_agency("Reuters")
    assert without_agency("Песков, РИА Новости") == "Песков"
    assert not news_agency("the county police")


def test_an_acronym_and_the_full_name_are_one_body() -> None:
    imd = Credit("IMD", "en", frozenset({"imd"}))
    full = Credit("the India Meteorological Department", "en", frozenset({"india"}), frozenset({"india", "meteo"}))
    assert imd.same(full) and full.same(imd)
    assert not Credit("BMA", "en", frozenset({"bma"})).same(Credit("NHS England", "en", frozenset({"nhs", "england"})))


def test_a_body_is_named_once_in_an_attribution_line() -> None:
    assert _named_once({"Coast Guard", "the Coast Guard"}) == ["Coast Guard"]


def test_a_short_sentence_counting_something_is_a_fact(models: NlpModels) -> None:
    (article, analysis), = reports_of_one_day(models, DAY, ("Озёрный курьер", "10:00", "Паром затонул у Камышина",
                                                            "Паром затонул у посёлка Камышино в субботу. Погибли 12 "
                                                            "человек."))
    assert any(unit.text == "Погибли 12 человек." for unit in sentence_units(article, analysis))


def test_a_newspaper_a_report_cites_is_no_speaker() -> None:
    assert press_named("Северный вестник", "Газета «Северный вестник» сообщала, что завод закроют к лету.")
    assert not press_named("Анна Лесная", "Анна Лесная сообщила, что завод закроют к лету.")


def test_a_body_named_in_full_beside_its_acronym_is_one_credit(models: NlpModels) -> None:
    spelled = ("Harbour Wire", "10:00", "Quake shakes Vellmar coast",
               "A magnitude 5.8 earthquake struck the Vellmar coast on Thursday, killing two people, according to "
               "Vellmar's seismological institute. Schools in the port town were closed.")
    acronym = ("Coastal Chronicle", "11:00", "Quake kills two on Vellmar coast",
               "Two people died when a magnitude 5.8 quake hit the coast of Vellmar on Thursday morning, Vellmar's "
               "Seismological Institute (ISV) said. Several fishing boats were damaged.")
    assert not of_kind(_differences(models, spelled, acronym), "attribution")


def test_the_dead_and_the_recovered_are_two_counts(models: NlpModels) -> None:
    dead = ("Озёрный курьер", "10:00", "Вспышка в Камышине", "В Камышинском районе выявлено 40 новых случаев. "
                                                             "Погибли 17 человек.")
    recovered = ("Приозёрские ведомости", "11:00", "Вспышка в Камышине",
                 "В районе выписаны из больниц по выздоровлению 19 человек, погибших нет.")
    members = reports_of_one_day(models, DAY, dead, recovered)
    text_of = {article.id: article_text(article) for article, _ in members}
    units = [unit for article, analysis in members for unit in sentence_units(article, analysis)]
    toll = next(r for u in units if u.text.startswith("Погибли") for r in readings(u, text_of))
    discharged = next(r for u in units if "выписаны" in u.text for r in readings(u, text_of))
    assert not same_quantity(toll, discharged)
