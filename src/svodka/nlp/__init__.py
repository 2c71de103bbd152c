"""Understand: language, sentences, lemmas, entities, quotes, dates and numbers.

`analyse` (in `understand`) runs the full analysis for Russian and English; other languages get what
does not need a grammar (sentences, names by capitalisation, numbers, dates), so they
can still be grouped and compared. The package itself loads no model: its heavy names load when first
asked for (svodka.lazy), so that `import svodka.nlp.translit` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from svodka.lazy import lazy_names
from svodka.model import Article

if TYPE_CHECKING:
    from svodka.nlp.models import NlpModels
    from svodka.nlp.understand import analyse

__all__ = ["NlpModels", "analyse", "article_text"]
__getattr__ = lazy_names(__name__, {"NlpModels": ".models", "analyse": ".understand"})


def article_text(article: Article) -> str:
    """The text analysed: the headline as first paragraph, then the body.

    Offsets in an Analysis count from the start of this text.
    """
    if article.title and not article.text.startswith(article.title):
        return f"{article.title}\n\n{article.text}"
    return article.text
