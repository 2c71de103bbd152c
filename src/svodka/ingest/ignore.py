"""`.svodkaignore`: the files of a folder (or of a folder inside an archive) that are not articles.

A folder's ignore file lists glob patterns, one a line, relative to that folder: annotations, notes. A folder
walk and an archive read it alike, so a zipped folder gives what the folder gives; the ignore file itself, like
any hidden file, is nobody's article.
"""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import PurePath, PurePosixPath

IGNORE_FILE = ".svodkaignore"
SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


def ignore_patterns(text: str) -> list[str]:
    """The patterns an ignore file's text lists (blank lines and "#" comments left out)."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def is_ignored(relative: PurePath, pattern: str) -> bool:
    """Whether an ignore pattern covers a file: its path, or a folder it is in, matches (as in a .gitignore,
    "drafts/" and "drafts" cover every file below drafts)."""
    folder_pattern = pattern.rstrip("/")
    return fnmatch(relative.as_posix(), pattern) or any(
        fnmatch(parent.as_posix(), folder_pattern) for parent in relative.parents if parent.parts)


def is_hidden(path: PurePath) -> bool:
    """A hidden file or one in a hidden folder (".git/…", ".svodkaignore"), or a desktop's litter: never read."""
    return path.name in SKIPPED_NAMES or any(part.startswith(".") and part not in (".", "..") for part in path.parts)


class ArchiveIgnores:
    """The ignore files met so far in one archive, applied to its members below their folders. An archive lists
    its ignore files first (svodka.ingest.archives), so every member is judged with all of them known."""

    def __init__(self) -> None:
        self.patterns: list[tuple[PurePosixPath, str]] = []

    def learn(self, member: PurePosixPath, text: str) -> None:
        self.patterns += [(member.parent, pattern) for pattern in ignore_patterns(text)]

    def covers(self, member: PurePosixPath) -> bool:
        return any(_is_below(member, base) and is_ignored(member.relative_to(base), pattern)
                   for base, pattern in self.patterns)


def _is_below(member: PurePosixPath, folder: PurePosixPath) -> bool:
    return not folder.parts or folder in member.parents
