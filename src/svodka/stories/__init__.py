"""Stories: group reports of the same event, incrementally.

`vectors` turns an analysed article into weighted terms; `similarity` judges whether
two reports tell one event; `grouping.StoryGrouper` places each new article in a story
(or starts one) and merges stories it bridges; `reprints` links near copies.
"""

from svodka.stories.grouping import WINDOW, Placement, StoryGrouper, placement_evidence
from svodka.stories.reprints import find_reprints
from svodka.stories.vectors import term_counts

__all__ = ["WINDOW", "Placement", "StoryGrouper", "find_reprints", "placement_evidence", "term_counts"]
