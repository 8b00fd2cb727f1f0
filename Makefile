# antq-extract — two commands: `make run`, `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DEV     ?= ../shared/dev

.PHONY: run test setup eval eval-dev eval-heldout bench schema clean labelstudio

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

## make run: set up, extract corpus/ to out/corpus.jsonl, print a per-article summary,
## export it to out/corpus.duckdb (docs/export.md) and print the documents most cited
run: $(STAMP)
	@mkdir -p out
	$(BIN)/antq-extract extract corpus -o out/corpus.jsonl --overwrite --summary
	$(BIN)/antq-extract export out/corpus.jsonl --db out/corpus.duckdb
	$(BIN)/antq-extract report out/corpus.duckdb --section documents

## make test: set up and run the test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

## make labelstudio: Label Studio in its own venv (.venv-ls), for the round-trip tests and analysts
LS_VENV := .venv-ls
$(LS_VENV)/.installed: requirements-labelstudio.txt
	test -x $(LS_VENV)/bin/python || $(PY) -m venv $(LS_VENV)
	$(LS_VENV)/bin/pip install -q --upgrade pip
	$(LS_VENV)/bin/pip install -q -r requirements-labelstudio.txt
	touch $@

labelstudio: $(LS_VENV)/.installed

## make eval: extract corpus/ and diff it against gold/
eval: $(STAMP)
	@mkdir -p out
	$(BIN)/antq-extract extract corpus -o out/corpus.jsonl --overwrite
	$(BIN)/antq-extract diff gold out/corpus.jsonl --html out/corpus-diff.html

## make eval-dev: the same for ../shared/dev when it is present
eval-dev: $(STAMP)
	@if [ -d $(DEV)/articles ]; then \
	  mkdir -p out && \
	  $(BIN)/antq-extract extract $(DEV)/articles -o out/dev.jsonl --overwrite && \
	  $(BIN)/antq-extract diff $(DEV)/gold out/dev.jsonl --html out/dev-diff.html; \
	else echo "no $(DEV)/articles here: nothing to evaluate"; fi

## make eval-heldout: the held-out set (tests/data/heldout), never tuned on before its first score
HELDOUT := tests/data/heldout
eval-heldout: $(STAMP)
	@mkdir -p out
	$(BIN)/antq-extract extract $(HELDOUT)/articles -o out/heldout.jsonl --overwrite
	$(BIN)/antq-extract diff $(HELDOUT)/gold out/heldout.jsonl --source $(HELDOUT)/articles --html out/heldout-diff.html

## make bench: start-up, articles per second (-j 1, -j 2), per-worker memory, beside underthesea NER and dateparser; each issue-11 target met or MISSED
bench: $(STAMP)
	$(BIN)/python scripts/bench.py

## make schema: regenerate the committed JSON Schema
schema: $(STAMP)
	$(BIN)/antq-extract schema > schema/article-record.schema.json

clean:
	rm -rf out .pytest_cache
