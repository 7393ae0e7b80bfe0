# tradefacts — every target works on a fresh clone: the venv is created on demand.
# `make run` installs tradefacts and its runtime dependencies only (the seeds are articles: no
# extra needed); every other target installs the dev group (test and lint tools, the extras' packages).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
STAMP := $(VENV)/.installed-dev

.PHONY: run test lint fmt golden patterns bench eval clean fuzz fuzz-smoke

# pip 25.1 is the first to read --group (PEP 735 dependency groups).
$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=25.1"

$(RUNTIME): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $(RUNTIME)

$(STAMP): pyproject.toml $(RUNTIME)
	$(BIN)/python -m pip install -q -e . --group dev
	touch $(STAMP)

run: $(RUNTIME)  ## set up (runtime only) and check the seed articles
	$(BIN)/tradefacts diff seeds/ --format table --fail-on never

test: $(STAMP)  ## set up (with the dev group) and run the test suite
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests eval bench fuzz
	$(BIN)/ruff format --check src tests eval bench fuzz
	$(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format src tests eval bench fuzz
	$(BIN)/ruff check --fix src tests eval bench fuzz

golden: $(STAMP)  ## regenerate tests/golden/ (review the diff like code)
	TRADEFACTS_REGENERATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_render.py

patterns: $(RUNTIME)  ## store the compiled patterns of lang/ (compiled.bin) and the factors of its units (unit_factors.py), after changing a table, rule or units.txt
	$(BIN)/python -W ignore::RuntimeWarning -m tradefacts.compiled

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache

eval: $(STAMP)  ## inject errors at figures of every kind into real pairs; per type and per phenomenon, beside the peers (EVAL_ARGS=--seed 3)
	$(BIN)/python -m pip install -q -e '.[peers]'
	$(BIN)/python -m eval.run $(EVAL_ARGS)

bench: $(STAMP)  ## speed and memory on ../shared/data/dev.jsonl repeated to 100k pairs, cold starts from a read-only copy, hostile text; each figure against its target, beside translate-toolkit (BENCH_ARGS=--slice 20000)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

FUZZ_SECONDS ?= 180
fuzz: $(STAMP)  ## coverage-guided fuzzing of readers and extraction with atheris (FUZZ_SECONDS=600)
	$(BIN)/python -m pip install -q -e '.[fuzz]'
	mkdir -p fuzz/out/corpus
	$(BIN)/python fuzz/fuzz_tradefacts.py -max_total_time=$(FUZZ_SECONDS) -max_len=2048 \
		-timeout=60 -dict=fuzz/tradefacts.dict -artifact_prefix=fuzz/out/ fuzz/out/corpus

fuzz-smoke:  ## the short fuzzing run of CI (30 s)
	$(MAKE) fuzz FUZZ_SECONDS=30
