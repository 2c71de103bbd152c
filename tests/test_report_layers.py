"""The report (terminal, static pages, their views) stands on its own: the web app builds on it, never the reverse."""

from __future__ import annotations

import subprocess
import sys

REPORT_MODULES = ["svodka.report.html", "svodka.report.terminal", "svodka.report.views", "svodka.report.times",
                  "svodka.report.nearest", "svodka.export"]


def test_the_report_and_the_export_load_without_the_web_package() -> None:
    """A fresh interpreter: what `svodka run --html` and the export import pulls in no web module."""
    probe = (f"import sys; import {', '.join(REPORT_MODULES)}; "
             "print(sorted(m for m in sys.modules if m == 'svodka.web' or m.startswith('svodka.web.')))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]", loaded
