# pep — tâches courantes. « make demo » installe tout et traite les données livrées ;
# « make test » lance toute la suite de tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PEP := $(BIN)/pep

.PHONY: setup demo validate test lint typecheck bench golden docs clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

# The main job on the shipped data: validate every convention, then render them (Markdown, in out/).
demo: setup validate
	$(PEP) render --all --format md -o out/

validate: setup
	$(PEP) validate

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: setup
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/bench.py

# Rewrite the golden files of the rendering tests (tests/render/golden/) from the current templates.
golden: setup
	PEP_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/render/test_render_golden.py tests/render/test_avenant.py -k golden

# The documentation site, in site/ (warnings are errors, internal links checked).
docs: setup
	$(BIN)/mkdocs build --strict --site-dir site

clean:
	rm -rf $(VENV) build dist site .pytest_cache .mypy_cache .ruff_cache bench/work
