# Two commands on a fresh machine: `make run` (the portal with demo content on SQLite at
# http://127.0.0.1:8000) and `make test` (everything CI runs). The rest are their parts.

# Recursive (=), so that a Python installed by scripts/prerequisites.sh is found by later steps.
PYTHON ?= $(shell command -v python3.11 || command -v python3 || echo python3.11)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup prerequisites python frontend migrate seed lock lint format messages

# The development server with the task worker beside it (it sends the e-mails; both stop together).
run: setup migrate seed
	PYTHON=$(BIN)/python bash scripts/run_with_worker.sh $(HOST):$(PORT)

test:
	bash scripts/test.sh

setup: python frontend

# Python's venv module and Node.js with npm (Debian packages, installed when missing).
prerequisites:
	@PYTHON=$(PYTHON) bash scripts/prerequisites.sh

python: prerequisites $(VENV)/.installed

# pip prints each package it collects: on a fresh machine this step takes a few minutes.
$(VENV)/.installed: requirements.lock pyproject.toml
	@echo "== Python packages from requirements.lock into $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25"
	$(BIN)/python -m pip install --progress-bar on --require-hashes -r requirements.lock
	touch $@

frontend: prerequisites
	@echo "== Front end (Amsterdam Design System) into portal/static/vendor/amsterdam"
	bash scripts/build_frontend.sh

migrate: python
	$(BIN)/python manage.py migrate --no-input

seed: python
	$(BIN)/python manage.py seed_demo

# Re-resolve the pinned dependencies after editing pyproject.toml (needs network access).
lock: python
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 \
		--generate-hashes --quiet --output-file requirements.lock

lint: python
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: python
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract the UI strings and compile the catalogues after a translation change. Reproducible:
# run on a clean checkout it changes nothing. Without source locations (line numbers moved with
# every edit, and entries added by hand had none) and without obsolete entries (a removed
# string leaves the catalogue); uploads, caches and build output are never scanned.
MESSAGES_IGNORE := --ignore ".venv/*" --ignore "node_modules/*" --ignore ".cache/*" \
	--ignore "media/*" --ignore "static_collected/*"
messages: python
	$(BIN)/python manage.py makemessages --locale nl --locale en --no-location --no-obsolete \
		$(MESSAGES_IGNORE)
	$(BIN)/python manage.py compilemessages $(MESSAGES_IGNORE)
