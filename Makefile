# The two commands README starts with: `make demo` and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: demo test install eval bench

$(BIN)/dunmail: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $@

install: $(BIN)/dunmail

demo: install
	$(BIN)/dunmail demo

test: install
	$(BIN)/pytest

eval: install
	$(BIN)/dunmail eval --dataset evals/datasets/test --json out/eval-test.json --report out/eval-test.html

bench: install
	$(BIN)/python -m bench.run_all
