"""Russian analysis with natasha: sentences, content lemmas and named-entity spans.

The package reads as the pipeline: `analysis` runs natasha and sends each span through `span_drops` (no name)
and `span_fixes` (a name cut or typed wrongly), then `span_joins` over the whole list; `name_forms` and
`person_names` put names in the nominative, on the word helpers of `words`."""

from svodka.nlp.russian.analysis import CONTENT_POS, analyse_russian, lemma
from svodka.nlp.russian.name_forms import nominative
from svodka.nlp.russian.person_names import woman_surname
from svodka.nlp.russian.words import with_yo
from svodka.nlp.span import Span

__all__ = ["CONTENT_POS", "Span", "analyse_russian", "lemma", "nominative", "with_yo", "woman_surname"]
