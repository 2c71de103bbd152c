"""Stories: group reports of the same event, incrementally.

`vectors` turns an analysed article into weighted terms; `similarity` judges whether
two reports tell one event; `grouping.StoryGrouper` places each new article in a story
(or starts one) and merges stories it bridges; `reprints` links near copies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from svodka.lazy import lazy_names
from svodka.settings import WINDOW

if TYPE_CHECKING:
    from svodka.stories.grouping import Placement, StoryGrouper, placement_evidence
    from svodka.stories.reprints import find_reprints
    from svodka.stories.vectors import term_counts

__all__ = ["WINDOW", "Placement", "StoryGrouper", "find_reprints", "placement_evidence", "term_counts"]
# loaded when first named: reprints loads datasketch (and scipy, ~1.5 s), similarity numpy
__getattr__ = lazy_names(__name__, {"Placement": ".grouping", "StoryGrouper": ".grouping",
                                    "placement_evidence": ".grouping", "find_reprints": ".reprints",
                                    "term_counts": ".vectors"})
