"""Cyrillic code pages: how often svodka.ingest.decode reads a text back exactly, per language and code page.

    PYTHONPATH=src:. python -m benchmarks.decoding            # figures with the decoder in src
    PYTHONPATH=/path/to/old/src:. python -m benchmarks.decoding  # the same figures for an older decoder (before/after)

Texts: TEXTS below, fictional news written for this benchmark (no real article), 3-4 per language for Russian,
Ukrainian, Belarusian, Bulgarian, Serbian and Kazakh; plus the Cyrillic texts of benchmarks/gold/language.json
(svodka's own texts, headlines to short leads). Each text is encoded into every code page of CODE_PAGES that can
carry it (Belarusian ў has no place in cp1125 or koi8_u, Kazakh қ none outside kz1048) and decoded whole; the first
sentence alone is decoded too, as a headline or a short JSONL line would be. A decoding is right when its text is the
original exactly. Then, when the decoder gives doubts (Decoded.doubt), how many right and wrong readings carry one,
and the smallest score margin of a right reading of a whole text. Last, examples/corpus: each file's encoding and a
hash of its text, to check a decoder change reads the sample corpus alike (compare the lines of two runs).
For comparison, charset-normalizer's best guess alone on the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import charset_normalizer

from svodka.ingest import decode

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "language.json"
CORPUS = ROOT / "examples" / "corpus"
CODE_PAGES = ("cp1251", "koi8_r", "koi8_u", "mac_cyrillic", "cp866", "cp1125", "iso8859_5", "kz1048")

TEXTS = {
    "ru": [
        "В Заречном районе Твери открыли новую поликлинику на 400 посещений в смену. Строительство обошлось "
        "областному бюджету в 612 млн рублей. Глава района Олег Сычёв пообещал, что запись к врачам начнётся "
        "уже в понедельник, а автобус № 14 продлят до самого входа.",
        "Снегопад парализовал движение на трассе между Вологдой и Череповцом. Около двухсот грузовиков "
        "простояли в пробке всю ночь; спасатели раздавали водителям горячий чай. Дорожники обещают расчистить "
        "полосы к утру пятницы, если ветер стихнет.",
        "Городская дума Ижевска утвердила бюджет на следующий год с дефицитом в 1,2 млрд рублей. Против "
        "проголосовали шесть депутатов. Больше всего денег получат школы и ремонт дворов — на них заложено "
        "почти 40% расходов. Ещё 300 млн направят на обновление трамвайных путей.",
    ],
    "uk": [
        "У Полтаві відкрили відремонтований міст через річку Ворсклу. Роботи тривали майже два роки й "
        "коштували 214 мільйонів гривень. Міський голова пообіцяв, що рух тролейбусів відновлять уже в "
        "четвер, а пішохідну частину освітлять до кінця місяця.",
        "Через сильний вітер у Житомирській області знеструмлено понад сорок сіл. Енергетики працюють "
        "цілодобово, проте повністю відновити живлення обіцяють лише в неділю. Мешканцям радять заздалегідь "
        "зарядити телефони й зберігати запас питної води.",
        "Львівська міська рада ухвалила програму підтримки ґрунтовних досліджень історії міста. Її "
        "фінансування становитиме 18 мільйонів гривень на три роки. Першими гранти отримають архівісти, "
        "які оцифровують старі газети та листи її мешканців.",
    ],
    "be": [
        "У Гродне адкрылі новы мост праз Нёман, які будавалі амаль тры гады. Каштарыс праекта склаў "
        "сорак мільёнаў рублёў. Старшыня гарвыканкама паабяцаў, што аўтобусы пойдуць па мосце ўжо з "
        "панядзелка.",
        "Моцны снегапад ускладніў рух на дарогах Віцебскай вобласці. Дарожныя службы працавалі ўсю ноч, "
        "але некалькі вёсак застаюцца адрэзанымі ад райцэнтра. Жыхароў просяць не выязджаць без асаблівай "
        "патрэбы да суботы.",
        "У Магілёве завяршылі рэканструкцыю гарадской бібліятэкі. Цяпер у ёй ёсць чытальная зала на сто "
        "месцаў і асобны пакой для дзяцей. Наведвальнікі змогуць карыстацца ёю штодня, акрамя нядзелі.",
    ],
    "bg": [
        "В Пловдив откриха обновения мост над река Марица. Ремонтът продължи почти две години и струваше "
        "23 милиона лева. Кметът обеща, че автобусите ще минават по моста още от понеделник, а пешеходната "
        "част ще бъде осветена до края на месеца.",
        "Силният вятър събори дървета и остави без ток над трийсет села в Смолянско. Енергетиците работят "
        "денонощно, но пълното възстановяване на захранването се очаква едва в неделя. Хората са помолени "
        "да не пътуват без нужда.",
        "Общинският съвет на Русе прие бюджета за следващата година с дефицит от 4 милиона лева. Най-много "
        "средства ще получат училищата и ремонтът на вътрешните улици. Шестима съветници гласуваха против.",
    ],
    "sr": [
        "У Крагујевцу је отворен обновљени мост преко реке Лепенице. Радови су трајали готово две године и "
        "коштали су 320 милиона динара. Градоначелник је обећао да ће аутобуси њиме саобраћати већ од "
        "понедељка, а пешачки део ће бити осветљен до краја месеца.",
        "Јак ветар оборио је дрвеће и оставио без струје више од четрдесет села у Златиборском округу. "
        "Електродистрибуција ради даноноћно, али се потпуно враћање напајања очекује тек у недељу. "
        "Грађанима се саветује да не путују без преке потребе.",
        "Скупштина града Новог Сада усвојила је буџет за наредну годину са мањком од две милијарде динара. "
        "Највише новца добиће школе и поправка улица у приградским насељима. Шест одборника гласало је против, "
        "а џамија и црква добиће помоћ за обнову кровова.",
    ],
    "kk": [
        "Қарағанды облысында өзен үстінен жаңа көпір ашылды. Құрылыс екі жылға жуық созылып, бюджетке "
        "төрт миллиард теңгеге түсті. Әкімнің айтуынша, автобустар көпір арқылы дүйсенбіден бастап жүреді.",
        "Қатты жел Ақмола облысындағы қырықтан астам ауылды электр қуатсыз қалдырды. Энергетиктер тәулік "
        "бойы жұмыс істеп жатыр, бірақ қуат толық тек жексенбіде қалпына келеді деп күтілуде. Тұрғындарға "
        "қажетсіз сапарға шықпау ұсынылады.",
        "Шымкент қалалық мәслихаты келесі жылдың бюджетін бекітті. Қаражаттың ең көп бөлігі мектептер мен "
        "ауладағы жолдарды жөндеуге бағытталады. Алты депутат қарсы дауыс берді, ал қалғандары құптады.",
    ],
}
SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def gold_texts() -> dict[str, list[str]]:
    """The Cyrillic texts of benchmarks/gold/language.json by language (svodka's own, written for that set)."""
    items = json.loads(GOLD.read_text(encoding="utf-8"))
    items = items["texts"]
    found: dict[str, list[str]] = defaultdict(list)
    for item in items:
        if item["language"] in TEXTS:
            found[item["language"]].append(item["text"])
    return found


def first_sentence(text: str) -> str:
    return SENTENCE_END.split(text, maxsplit=1)[0]


def decoded(raw: bytes) -> tuple[str, str, str]:
    """(text, encoding, doubt) by the decoder under test; an older one has no doubts, an error reads as ''."""
    try:
        if hasattr(decode, "decode_text"):
            result = decode.decode_text(raw)
            return result.text, result.encoding, result.doubt
        text, encoding = decode.decode_bytes(raw)
        return text, encoding, ""
    except decode.UndecodableError as error:
        return "", f"error: {error}", ""


def encoded(texts: dict[str, list[str]]) -> Iterator[tuple[str, str, str, bytes]]:
    """(language, code page, text, its bytes) for each text in each code page that can carry it."""
    for language, items in texts.items():
        for text in items:
            for code_page in CODE_PAGES:
                try:
                    yield language, code_page, text, text.encode(code_page)
                except UnicodeEncodeError:
                    continue


def score_texts(texts: dict[str, list[str]]) -> dict[tuple[str, str], list[tuple[bool, bool]]]:
    """(language, code page) → (right, doubted) for each text that code page can carry."""
    results: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    for language, code_page, text, raw in encoded(texts):
        got, _, doubt = decoded(raw)
        results[(language, code_page)].append((got == text, bool(doubt)))
    return results


def charset_normalizer_right(texts: dict[str, list[str]]) -> tuple[int, int]:
    """(right, total) of charset-normalizer's best guess alone, over the same encodings: what it would do for us."""
    right = total = 0
    for _, _, text, raw in encoded(texts):
        best = charset_normalizer.from_bytes(raw).best()
        right, total = right + (best is not None and str(best) == text), total + 1
    return right, total


def print_table(title: str, results: dict[tuple[str, str], list[tuple[bool, bool]]]) -> None:
    print(f"\n{title}: right / decoded (doubted), '-' where the code page cannot carry the language")
    print("      " + "".join(f"{page:>14}" for page in CODE_PAGES) + f"{'all':>10}")
    for language in TEXTS:
        cells, right, total = [], 0, 0
        for page in CODE_PAGES:
            found = results.get((language, page))
            if not found:
                cells.append(f"{'-':>14}")
                continue
            ok, doubted = sum(r for r, _ in found), sum(d for _, d in found)
            right, total = right + ok, total + len(found)
            cells.append(f"{f'{ok}/{len(found)} ({doubted})':>14}")
        print(f"  {language:<4}" + "".join(cells) + f"{f'{right}/{total}':>10}")
    right = sum(r for found in results.values() for r, _ in found)
    total = sum(len(found) for found in results.values())
    doubted_right = sum(d for found in results.values() for r, d in found if r)
    wrong = total - right
    doubted_wrong = sum(d for found in results.values() for r, d in found if not r)
    print(f"  all: {right}/{total} right ({right / total:.3f}); doubts on {doubted_right} of {right} right readings "
          f"and on {doubted_wrong} of {wrong} wrong ones")


def smallest_right_margin(texts: dict[str, list[str]]) -> None:
    """The smallest score margin of a right reading over a different reading, over whole texts (new decoder only)."""
    if not hasattr(decode, "code_page_readings"):
        return
    margins = []
    for language, code_page, text, raw in encoded(texts):
        readings = decode.code_page_readings(raw)
        right = [r for r in readings if r.text == text]
        others = [r.score for r in readings if r.text != text]
        if right and others:
            margins.append((right[0].score - max(others), language, code_page))
    margins.sort()
    print("\nsmallest margins of a right reading's score over a different reading's (this module's whole texts):",
          ", ".join(f"{m:.2f} {lang}/{page}" for m, lang, page in margins[:6]))


def corpus_digest() -> None:
    print(f"\n{CORPUS.relative_to(ROOT)}: file, encoding, sha1 of the text (diff two runs' lines)")
    for path in sorted(CORPUS.iterdir()):
        if path.is_file():
            text, encoding, doubt = decoded(path.read_bytes())
            print(f"  {path.name:<28} {encoding:<12} {hashlib.sha1(text.encode()).hexdigest()[:12]} {doubt}")


def main() -> None:
    own = TEXTS
    print(f"decoder: {decode.__file__}")
    print(f"texts: {sum(map(len, own.values()))} of this module; code pages: {', '.join(CODE_PAGES)}")
    print_table("whole texts (this module)", score_texts(own))
    firsts = {language: [first_sentence(text) for text in items] for language, items in own.items()}
    print_table("first sentences (this module)", score_texts(firsts))
    gold = gold_texts()
    print(f"\ngold: {sum(map(len, gold.values()))} Cyrillic texts of {GOLD.relative_to(ROOT)} "
          f"({', '.join(f'{k} {len(v)}' for k, v in gold.items())})")
    print_table("gold texts", score_texts(gold))
    for title, texts in (("this module's whole texts", own), ("first sentences", firsts), ("gold texts", gold)):
        right, total = charset_normalizer_right(texts)
        print(f"charset-normalizer {charset_normalizer.__version__} alone, {title}: {right}/{total} right "
              f"({right / total:.3f})")
    smallest_right_margin(own)
    corpus_digest()


if __name__ == "__main__":
    main()
