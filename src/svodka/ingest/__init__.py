"""Ingest: turn paths, folders and stdin into raw documents, never stopping on bad input.

`read_inputs` yields a RawDocument for each article found and an IngestError for each
file (or record) that could not be read, with the reason; the caller decides what to
report. The stage's steps, each a module:

- paths: which files a path stands for (a folder walked, its ignore files and non-articles passed by);
- files: each file (or stdin, or bytes) read, whole or a JSONL line at a time (stream), within bounds;
- decode: bytes to text in whatever encoding Russian news arrives in; archives: zip, tar, gzip opened in memory;
- formats: what the text is (HTML, text, JSON, JSONL, RSS/Atom) and the articles a container holds;
- stored: the store's kept bytes read again as their files were (`svodka rebuild`).

The text goes on as the file holds it: cleaning is the next stage's. Two hints are read here with the cleaner's own
functions, so that both stages read them alike: a dump's `published` value is kept only when the cleaner's date
parser reads it (published: svodka.clean.dates), and a feed item from a site other than its feed's takes that site
as its outlet (formats: svodka.clean.outlets).
"""

from __future__ import annotations

from svodka.ingest.files import read_bytes, read_inputs
from svodka.ingest.formats import parse_field_map
from svodka.ingest.paths import missing_paths
from svodka.ingest.stored import read_stored
from svodka.model import IngestError

__all__ = ["IngestError", "missing_paths", "parse_field_map", "read_bytes", "read_inputs", "read_stored"]
