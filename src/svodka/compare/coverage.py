"""The coverage matrix: which outlet reports which fact, in a fixed terminal width.

One row per report, one column per fact (shared facts first, then unique ones), so a
reader sees at a glance who carries the common core and who adds what. A report that tells
a shared fact with another number or date (its `disputed`) is marked apart: it tells the
fact, but not as the others do.
"""

from __future__ import annotations

from svodka.model import Difference

WIDTH = 100  # terminal columns the matrix must fit
LABEL = 24  # characters kept of a report's label
REPORTED, DISPUTING, SILENT = "●", "≠", "·"


def coverage_lines(differences: list[Difference], labels: dict[str, str], width: int = WIDTH) -> list[str]:
    """Text rows of the matrix: a header of fact kinds, then one row per report (label, cells)."""
    facts = [d for d in differences if d.kind == "shared"] + [d for d in differences if d.kind == "unique"]
    if not facts or len(labels) < 2:
        return []
    room = width - LABEL - 2
    shown, hidden = facts[:room], len(facts) - min(room, len(facts))
    more = f" +{hidden}" if hidden else ""
    header = " " * (LABEL + 2) + "".join("s" if d.kind == "shared" else "u" for d in shown)
    rows = [header[:width - len(more)] + more]
    for article, label in labels.items():
        cells = "".join(_cell(d, article) for d in shown)
        rows.append(f"{label[:LABEL]:<{LABEL}}  {cells}")
    return rows


def _cell(difference: Difference, article: str) -> str:
    if article in difference.articles:
        return REPORTED
    return DISPUTING if any(article in other.articles for other in difference.disputed) else SILENT
