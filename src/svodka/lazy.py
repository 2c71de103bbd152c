"""A package's names loaded on first use (PEP 562), so that a light module inside it stays light.

Python runs a package's `__init__` before any module in it: when `svodka/nlp/__init__.py` imported the Russian
analysis, `import svodka.nlp.translit` loaded natasha, and `svodka stories`, a read of SQLite, paid seconds for
models it never used. A package lists each heavy name it offers and the module holding it; the module is imported
when the name is first read (`from svodka.nlp import NlpModels` still works everywhere).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module


def lazy_names(package: str, homes: dict[str, str]) -> Callable[[str], object]:
    """The module `__getattr__` of `package`: each name of `homes` read from its module ('.models': relative to the
    package) when first asked for, then kept on the package so the next read is a plain attribute."""

    def __getattr__(name: str) -> object:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(homes[name], package), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
