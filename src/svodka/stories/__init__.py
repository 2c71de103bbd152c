"""Stories: group reports of the same event, incrementally.

`vectors` turns an analysed article into weighted terms; `grouping.StoryGrouper`
places each new article in a story (or starts one) and merges stories it bridges.
"""

from svodka.stories.grouping import Placement, StoryGrouper
from svodka.stories.vectors import term_counts

__all__ = ["Placement", "StoryGrouper", "term_counts"]
