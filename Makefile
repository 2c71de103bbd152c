# The two set-up commands of the README. Both work on a fresh Debian machine with
# Python 3.11: they create .venv, install svodka and what it needs, then run.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test browser benchmarks clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV) || (apt-get update -q && apt-get install -y -q python3-venv && $(PY) -m venv $(VENV))
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

## demo: run the main job on the bundled sample corpus and write the reports into out/
demo: $(STAMP)
	mkdir -p out
	rm -f out/demo.db out/demo.db-wal out/demo.db-shm  # the demo shows what this svodka makes, not an older run's store
	$(BIN)/svodka run examples/corpus --db out/demo.db --json out/demo.json --html out/report

## test: install everything the tests need (Chromium from apt included) and run the suite
test: $(STAMP) browser
	$(BIN)/python -m pytest

browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q chromium)

## benchmarks: every stage's figures (needs ../shared/data)
benchmarks: $(STAMP)
	$(BIN)/python -m benchmarks.pairs ../shared/data/tgcontest/ru_pairs_dev_a.tsv ../shared/data/tgcontest/ru_pairs_dev_b.tsv ../shared/data/tgcontest/ru_pairs_dev_c.tsv
	$(BIN)/python -m benchmarks.throughput

clean:
	rm -rf out $(VENV) build *.egg-info
