"""The benchmarks' `--dev` switch leaves the held-out tgcontest files unread (their names only are listed here)."""

from __future__ import annotations

import pytest

from benchmarks.categories import FILES, HELD_OUT
from benchmarks.language import real_files


def test_the_held_out_files_are_the_ones_the_category_benchmark_marks() -> None:
    assert HELD_OUT == {"ru_cat_exam", "en_cat_exam", "en_cat_honey"}
    assert all(name not in HELD_OUT for files in FILES.values() for name, role in files if role == "dev")


def test_language_benchmark_on_dev_files_lists_no_held_out_file() -> None:
    every = real_files()
    if not every:
        pytest.skip("no tgcontest files beside the checkout")
    dev = real_files(dev_only=True)
    assert {path.stem for path in every} - {path.stem for path in dev} == HELD_OUT
    assert dev and not HELD_OUT & {path.stem for path in dev}
