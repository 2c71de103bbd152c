"""The files a walk through a folder or an archive leaves unread, and why, for a run's summary.

A user who ingests a folder must be able to tell what was read from what was left: a count by reason
("12 files skipped: not articles (8 images, 3 scripts, 1 table)"), each file named only when asked. Hidden
files and folders (".git", ".DS_Store", the ignore file itself) are no one's articles and go uncounted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

# Why a file is skipped besides what it is (a kind of NON_ARTICLE_KINDS, "image", counted as not an article).
FOLDER_NOTE = "folder note"  # README, LICENSE…: a folder's notes about itself
IGNORED = "listed in .svodkaignore"
LINKED_FOLDER = "linked folder"  # a walk never follows a link to a folder: it could lead anywhere, or round again


@dataclass(frozen=True)
class Skipped:
    """A file (or a linked folder) a walk did not read: where, and why (a noun: "image", FOLDER_NOTE…)."""

    path: str
    why: str


def skipped_summary(skipped: list[Skipped]) -> str:
    """"12 files skipped: not articles (8 images, 3 scripts, 1 table), 2 listed in .svodkaignore; 1 linked folder
    not followed", the largest counts first (ties by name); "" when nothing was skipped."""
    counts = Counter(item.why for item in skipped)
    folders = counts.pop(LINKED_FOLDER, 0)
    ignored = counts.pop(IGNORED, 0)
    parts = []
    if counts:
        kinds = ", ".join(_counted(number, why) for why, number in sorted(counts.items(), key=lambda c: (-c[1], c[0])))
        parts.append(f"not articles ({kinds})")
    if ignored:
        parts.append(f"{ignored} {IGNORED}")
    files = sum(counts.values()) + ignored
    said = f"{_counted(files, 'file')} skipped: " + ", ".join(parts) if files else ""
    if folders:
        said += ("; " if said else "") + f"{_counted(folders, LINKED_FOLDER)} not followed"
    return said


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
