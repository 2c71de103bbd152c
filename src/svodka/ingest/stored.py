"""The articles a store kept, read again from their bytes as if from their files (`svodka rebuild`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from svodka.ingest.files import read_bytes
from svodka.ingest.formats import detect_format, jsonl_line_document
from svodka.model import IngestError, RawDocument


def read_stored(originals: Iterable[tuple[str, bytes, str]],
                field_map: Mapping[str, str] | None = None) -> Iterator[RawDocument | IngestError]:
    """The articles a store kept, read again from their bytes (`store.stored_originals`) as if from their files.

    Each keeps its stored origin, bytes and encoding, so its id too: a record of a JSON dump was kept as
    its own bytes, which read alone make a one-record dump whose record would be re-serialised and named
    "ORIGIN:1". Bytes that no longer make exactly one article (a rule of a later svodka) are rejected.
    """
    for origin, raw, encoding in originals:
        found = _stored_record(origin, raw, encoding, field_map) or list(read_bytes(origin, raw, field_map))
        documents = [item for item in found if isinstance(item, RawDocument)]
        if len(documents) == 1:
            yield replace(documents[0], origin=origin, raw=raw, encoding=encoding)
        else:
            problem = next((item.reason for item in found if isinstance(item, IngestError)), "")
            yield IngestError(origin, problem or f"its stored bytes now read as {len(documents)} articles, not one")


def _stored_record(origin: str, raw: bytes, encoding: str,
                   field_map: Mapping[str, str] | None) -> list[RawDocument | IngestError]:
    """A stored JSON object is one record of a dump or feed (kept as UTF-8): read as that record, not as a dump,
    which would take a key of it named like a dump's list ("data": ["тег"]) for the records. [] for other bytes."""
    if not raw.lstrip().startswith(b"{"):
        return []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return []
    return [jsonl_line_document(origin, text, encoding, field_map)] if detect_format(origin, text) == "json" else []
