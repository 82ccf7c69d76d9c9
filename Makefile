# The README's two commands: `make run` and `make test`. Both work on a bare
# machine with Python 3.11+: they create .venv and install the project first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install migrate demo run test lint format check bench bench-scale bench-pages clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

run: demo
	@echo "Serving http://$(HOST):$(PORT)/ (admin at http://$(HOST):$(PORT)/admin/)"
	@# The demo's page renditions, made beside the server (pages offer the
	@# upload's until they are there).
	$(BIN)/python manage.py renditions_make -v0 >/dev/null 2>&1 &
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: lint test

# Side-by-side timings; see the README's Benchmarks section.
bench: install
	$(BIN)/python -m benchmarks.ingest $(BENCH_ARGS)

# 1,000 and 100,000 stories on PostgreSQL, every page uncached, side by side.
bench-scale: install
	$(BIN)/python -m benchmarks.scale $(BENCH_ARGS)

# Readers' pages from gunicorn, cached and uncached, beside static files.
bench-pages: install
	$(BIN)/python -m benchmarks.pages $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var/newsroom.sqlite3 .pytest_cache .ruff_cache
