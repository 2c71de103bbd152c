"""A year written in digits, read alike by every stage (the cleaner, the date reader, the comparison): four digits
from 1800 to 2099, since news names historical years too («в 1812 году», "the 1890s"), never part of a longer number."""

from __future__ import annotations

import re

YEAR_CENTURIES = r"(?:1[89]|20)"  # a year's first two digits, also a decade's («1990-х»)
YEAR_DIGITS = rf"{YEAR_CENTURIES}\d{{2}}"  # for a pattern that bounds the year its own way
WRITTEN_YEAR = re.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")
