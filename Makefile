# pep — tâches courantes. « make demo » installe tout et traite les données livrées ;
# « make test » lance toute la suite de tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PEP := $(BIN)/pep

.PHONY: setup demo validate test lint typecheck bench golden spec templates docs clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	# Bytecode now: with PYTHONDONTWRITEBYTECODE (CI images often set it), every run of an
	# editable install would otherwise compile pep's modules afresh (pip compiles a wheel's).
	$(BIN)/python -m compileall -q src
	touch $@

# The main job on the shipped data: validate every convention, then render them (Markdown, in out/).
demo: setup validate
	$(PEP) render --all --format md -o out/
	$(PEP) report 15 --year 2023 -o out/

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
	$(BIN)/python -m compileall -q src
	$(BIN)/python bench/bench.py

# Write src/pep_cli/data/light_spec.json again from the pydantic models (after changing one).
spec: setup
	$(BIN)/python -m pep_cli.data.spec > src/pep_cli/data/light_spec.json.tmp
	mv src/pep_cli/data/light_spec.json.tmp src/pep_cli/data/light_spec.json

# Compile the shipped templates ahead, into src/pep_cli/render/_precompiled/ (after changing one;
# tests/render/test_precompiled.py says when it is due). Then the golden files, if need be.
templates: setup
	$(BIN)/python -m pep_cli.render.compiled

# Rewrite the golden files of the rendering tests (tests/render/golden/) from the current templates.
golden: setup
	PEP_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/render/test_render_golden.py tests/render/test_avenant.py tests/followup/test_report.py tests/national -k golden

# The documentation site, in site/ (warnings are errors, internal links checked).
docs: setup
	$(BIN)/mkdocs build --strict --site-dir site

clean:
	rm -rf $(VENV) build dist site .pytest_cache .mypy_cache .ruff_cache bench/work
