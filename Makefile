# Two commands do all the set-up on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast bench clean fonts

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/pip check
	touch $(STAMP)

## A CJK font for the /matrix picture: no Python package ships one. Installed with apt when
## missing and possible (Debian/Ubuntu as root); otherwise a warning says what to install.
fonts:
	@if command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  apt-get install -y -q fonts-wqy-microhei >/dev/null 2>&1 || \
	  { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q fonts-wqy-microhei >/dev/null 2>&1; } || \
	  echo "warning: could not install fonts-wqy-microhei; /matrix will answer in text" >&2; \
	else echo "warning: no CJK font; install fonts-wqy-microhei or fonts-noto-cjk for the /matrix picture" >&2; fi

## Start the assistant (console chat when no Telegram token is configured).
run: $(STAMP) fonts
	$(BIN)/wenze ingest --laws default
	$(BIN)/wenze start

## Run the whole test suite.
test: $(STAMP) fonts
	$(BIN)/pytest -q

## Everything but the slow end-to-end tests.
test-fast: $(STAMP) fonts
	$(BIN)/pytest -q -m 'not slow'

## Benchmarks: retrieval (ours against a naive LangChain pipeline) and answer latency/memory.
bench: $(STAMP)
	$(BIN)/python benchmarks/retrieval_bench.py
	$(BIN)/python benchmarks/answer_bench.py

clean:
	rm -rf $(VENV) .pytest_cache
