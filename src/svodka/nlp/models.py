"""Heavy NLP resources, loaded once and passed to the stages that need them.

natasha's wheels carry their models, so nothing is downloaded. pymorphy2 (which
natasha uses for lemmas) looks for its dictionary through setuptools' pkg_resources,
which setuptools ≥ 81 no longer has: pointing PYMORPHY2_DICT_PATH at the dictionary
package avoids that lookup. Importing natasha first also patches pymorphy2 for 3.11.

natasha's taggers multiply small matrices: a second BLAS thread gains them nothing and,
when another process holds a core, makes them wait on each other. Measured with
`python -m benchmarks.understanding` while one other job ran on the 2 cores: 87–91
sentences/s with OpenBLAS's default threads, 638–641 with one. So loading the models
limits BLAS to one thread for the process (threadpoolctl; OPENBLAS_NUM_THREADS overrides it).
"""

from __future__ import annotations

import os
from functools import cached_property

import natasha  # noqa: F401  (must come before pymorphy2 is used)
import pymorphy2_dicts_ru
from threadpoolctl import threadpool_limits

os.environ.setdefault("PYMORPHY2_DICT_PATH", pymorphy2_dicts_ru.get_path())

from natasha import (  # noqa: E402
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    NewsSyntaxParser,
    Segmenter,
)


class NlpModels:
    """natasha's segmenter, morphology, NER, syntax and navec vectors; each built on first use."""

    def __init__(self) -> None:
        if "OPENBLAS_NUM_THREADS" not in os.environ:
            threadpool_limits(limits=1, user_api="blas")

    def load_all(self) -> NlpModels:
        """Every model now, not on first use: worker processes forked afterwards share them."""
        _ = self.segmenter, self.morph_vocab, self.morph_tagger, self.ner_tagger, self.syntax_parser
        return self

    @cached_property
    def segmenter(self) -> Segmenter:
        return Segmenter()

    @cached_property
    def morph_vocab(self) -> MorphVocab:
        return MorphVocab()

    @cached_property
    def embedding(self) -> NewsEmbedding:
        return NewsEmbedding()

    @cached_property
    def morph_tagger(self) -> NewsMorphTagger:
        return NewsMorphTagger(self.embedding)

    @cached_property
    def ner_tagger(self) -> NewsNERTagger:
        return NewsNERTagger(self.embedding)

    @cached_property
    def syntax_parser(self) -> NewsSyntaxParser:
        """Parses Russian headlines only (for their subject): a whole text would cost far more."""
        return NewsSyntaxParser(self.embedding)
