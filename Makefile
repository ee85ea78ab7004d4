# Two commands do all the set-up on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/pip check
	touch $(STAMP)

## Start the assistant (console chat when no Telegram token is configured).
run: $(STAMP)
	$(BIN)/wenze ingest --laws default
	$(BIN)/wenze start

## Run the whole test suite, one worker per core (a test file stays on one worker, so its
## module-scoped indexes are built once; the slowest files go first: tests/conftest.py).
## (The project's modules are compiled first: where PYTHONDONTWRITEBYTECODE is set, every one of
## the suite's few dozen `wenze` processes would otherwise compile them again from source.)
test: $(STAMP)
	$(BIN)/python -m compileall -q -j0 bot knowledge rules
	$(BIN)/pytest -q -n auto --dist loadfile --no-loadscope-reorder

## Everything but the slow end-to-end tests.
test-fast: $(STAMP)
	$(BIN)/pytest -q -m 'not slow'

## Benchmarks: retrieval (ours against a naive LangChain pipeline) and answer latency/memory.
bench: $(STAMP)
	$(BIN)/python benchmarks/retrieval_bench.py
	$(BIN)/python benchmarks/answer_bench.py

clean:
	rm -rf $(VENV) .pytest_cache
