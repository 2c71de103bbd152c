"""The CLI loads the pipeline only for the commands that run it: `svodka --version` or a read of the store must not
wait for natasha and scipy (about 2.5 s of CPU), so each command imports its stages itself."""

import subprocess
import sys

PIPELINE = ("natasha", "scipy", "datasketch", "trafilatura", "svodka.engine", "svodka.nlp", "svodka.categorise")


def loaded_after(statement: str) -> list[str]:
    """The pipeline's modules a fresh interpreter holds after `statement` (a subprocess: this one has them all)."""
    probe = f"import sys; {statement}; print(' '.join(m for m in {PIPELINE!r} if m in sys.modules), file=sys.stderr)"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stderr.split()


def test_importing_the_cli_and_the_store_loads_no_pipeline():
    assert loaded_after("import svodka.cli, svodka.store") == []


def test_version_loads_no_pipeline():
    version = "from svodka.cli import app\ntry:\n    app(['--version'])\nexcept SystemExit:\n    pass"
    assert loaded_after(f"exec({version!r})") == []

