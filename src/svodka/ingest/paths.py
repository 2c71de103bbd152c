"""Which files a path stands for: a file itself, or every file a folder holds that may be an article.

A folder is walked in a stable order and never through a link to another folder; its `.svodkaignore` files
(svodka.ingest.ignore), hidden files, and files that cannot be articles by their names (a saved page's scripts and
images, a README) are passed by, each named with why (svodka.ingest.skipped). Archives are walked alike by their
members' names (svodka.ingest.files), with `skip_reason`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

from svodka.ingest.decode import readable_name
from svodka.ingest.formats import non_article_kind
from svodka.ingest.ignore import IGNORE_FILE, ignore_patterns, is_hidden, is_ignored
from svodka.ingest.skipped import FOLDER_NOTE, IGNORED, LINKED_FOLDER, Skipped
from svodka.model import IngestError

# A folder's notes about itself, not news: skipped when a folder is walked, read when named.
FOLDER_NOTES = {"readme", "license", "licence", "changelog", "copying"}


def list_files(path: Path, skipped: list[Skipped] | None = None) -> Iterator[Path | IngestError]:
    """Files under a path, recursively, in a stable order, never descending into linked folders.

    Any folder's `.svodkaignore` lists glob patterns (one a line, relative to that folder)
    of files below it that are not articles — annotations, notes — so they are not read; a pattern naming
    a folder ("drafts/", "drafts", as in a .gitignore) covers every file below it. Files
    that cannot be articles (a saved page's scripts, styles and images; a README) are passed by.
    Each file passed by (and linked folder) goes into `skipped` with why, when given; hidden ones do not.
    A folder that cannot be listed is an IngestError: its files are lost to this run, and the user must know.
    """
    if not path.is_dir():
        yield path
        return
    skipped = [] if skipped is None else skipped
    patterns_of: dict[Path, list[tuple[Path, str]]] = {}  # folder -> (base, pattern) from it and its parents
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(path, onerror=unlisted.append):
        yield from _unlisted_folders(unlisted)
        folder = Path(root)
        patterns = patterns_of.get(folder.parent, []) + [(folder, p) for p in _ignore_patterns(folder)]
        patterns_of[folder] = patterns
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        skipped += [Skipped(readable_name(folder / d), LINKED_FOLDER) for d in dirs if (folder / d).is_symlink()]
        for name in sorted(files):
            file = folder / name
            if is_hidden(PurePosixPath(name)):
                continue
            if any(is_ignored(file.relative_to(base), pattern) for base, pattern in patterns):
                skipped.append(Skipped(readable_name(file), IGNORED))
            elif why := skip_reason(name):
                skipped.append(Skipped(readable_name(file), why))
            else:
                yield file
    yield from _unlisted_folders(unlisted)


def _unlisted_folders(errors: list[OSError]) -> Iterator[IngestError]:
    """Each folder a walk could not list, named with why; the list emptied."""
    for error in errors:
        yield IngestError(readable_name(error.filename), f"cannot read the folder: {error.strerror or error}")
    errors.clear()


def skip_reason(name: str) -> str | None:
    """Why a walk through a folder or an archive skips a file by its name (its kind, a folder note), or None."""
    return non_article_kind(name) or (FOLDER_NOTE if PurePosixPath(name).stem.lower() in FOLDER_NOTES else None)


def missing_paths(paths: Iterable[str]) -> list[str]:
    """The paths that name nothing ('-' is stdin): when all do, a run has nothing to read."""
    return [path for path in paths if path != "-" and not Path(path).exists()]


def _ignore_patterns(folder: Path) -> list[str]:
    try:
        return ignore_patterns((folder / IGNORE_FILE).read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []
