"""Reading the tgcontest markup in ../shared/data (see its README for the format)."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tgcontest"
csv.field_size_limit(sys.maxsize)


@dataclass
class Pair:
    first: str  # url
    second: str
    same: bool
    first_title: str
    second_title: str


def read_pairs(paths: list[str]) -> tuple[dict[str, dict], list[Pair]]:
    """Articles by url (each once) and the labelled pairs of the given files."""
    articles: dict[str, dict] = {}
    pairs = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                for side in ("first", "second"):
                    url = row[f"INPUT:{side}_url"]
                    articles.setdefault(url, {"url": url, "title": unquoted(row[f"INPUT:{side}_title"]),
                                              "text": unquoted(row[f"INPUT:{side}_text"])})
                pairs.append(Pair(row["INPUT:first_url"], row["INPUT:second_url"], row["GOLDEN:quality"] == "OK",
                                  row["INPUT:first_title"], row["INPUT:second_title"]))
    return articles, pairs


def category_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a category file, one article each, read with QUOTE_NONE: their stray quotes would merge rows."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def unquoted(value: str) -> str:
    """A field as the outlet wrote it: some rows of the markup were CSV-quoted twice, so that once read
    a field is still wholly quoted with every inner quote doubled ("Глава ... ""взрывного заражения"" ...");
    such a field is unwrapped once more. (Files read with QUOTE_NONE, where stray quotes would merge rows,
    meet the same shape after their one reading.)"""
    inner = value[1:-1]
    if len(value) >= 2 and value[0] == value[-1] == '"' and '"' not in inner.replace('""', ""):
        return inner.replace('""', '"')
    return value


def as_jsonl(articles: dict[str, dict]) -> bytes:
    """The articles as a JSONL dump: what a user would hand to `svodka run`."""
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles.values()).encode("utf-8")


def require_data(paths: list[str]) -> None:
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        sys.exit(f"benchmark data missing: {', '.join(missing)} (expected ../shared/data beside the checkout)")


def tgcontest_dump() -> bytes:
    """Every distinct tgcontest article as one JSONL dump."""
    articles: dict[str, dict] = {}
    for path in sorted(SHARED_DATA.glob("*.tsv")):
        with open(path, encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                for prefix in ("", "first_", "second_"):
                    url = row.get(f"INPUT:{prefix}url")
                    if url:
                        articles.setdefault(url, {"url": url, "title": unquoted(row[f"INPUT:{prefix}title"]),
                                                  "text": unquoted(row[f"INPUT:{prefix}text"])})
    return as_jsonl(articles)
