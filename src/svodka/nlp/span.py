"""A name found in a text: where it is, its kind and its normal form. Shared by the Russian, English and other
languages' analyses, so that entity linking reads one shape whatever the language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Span:
    start: int
    stop: int
    type: str
    text: str
    normal: str
