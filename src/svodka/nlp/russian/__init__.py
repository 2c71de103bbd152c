"""Russian analysis with natasha: sentences, content lemmas and named-entity spans.

The package reads as the pipeline: `analysis` runs natasha and sends each span through `span_drops` (no name)
and `span_fixes` (a name cut or typed wrongly), then `span_joins` over the whole list; `name_forms` and
`person_names` put names in the nominative, on the word helpers of `words`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from svodka.lazy import lazy_names
from svodka.nlp.russian.person_names import woman_surname
from svodka.nlp.russian.words import with_yo
from svodka.nlp.span import Span

if TYPE_CHECKING:
    from svodka.nlp.russian.analysis import CONTENT_POS, analyse_russian, lemma
    from svodka.nlp.russian.name_forms import nominative

__all__ = ["CONTENT_POS", "Span", "analyse_russian", "lemma", "nominative", "with_yo", "woman_surname"]
# natasha's: loaded when first named, so that the entity helpers (woman_surname, with_yo) stay light
__getattr__ = lazy_names(__name__, {"CONTENT_POS": ".analysis", "analyse_russian": ".analysis", "lemma": ".analysis",
                                    "nominative": ".name_forms"})
