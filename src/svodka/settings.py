"""The category labels, the story window and the shortest id prefix: named by the stages that use them and by the
CLI's `--help`.

One light module (nothing but the standard library) so that `svodka stories --help` or a check of
`--category` reads them without loading the categoriser or the grouper, and no copy can drift from them.
"""

from __future__ import annotations

from datetime import timedelta

# The Telegram Data Clustering Contest's labels (see svodka.categorise), in the order a tie is broken.
CATEGORIES = ("society", "economy", "technology", "sports", "entertainment", "science", "other")
# A story whose last report is older than this takes no new ones (`--window-days` sets another).
WINDOW = timedelta(days=7)
# Hex digits of a story id that stand for the whole (16.7 million to one per pair): `svodka show`, the API.
MIN_ID_PREFIX = 6
