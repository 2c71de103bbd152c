"""Each stage's package imports on its own, in a fresh interpreter: no import cycle hides behind another's import."""

from __future__ import annotations

import subprocess
import sys

import pytest

PACKAGES = ["svodka.ingest", "svodka.clean", "svodka.nlp", "svodka.categorise", "svodka.stories", "svodka.compare",
            "svodka.summarise", "svodka.rank", "svodka.store", "svodka.report.html", "svodka.web.app", "svodka.cli"]


@pytest.mark.parametrize("package", PACKAGES)
def test_a_stage_imports_first(package: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {package}"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
