# Two commands on a fresh machine: `make run` (the portal with demo content on SQLite at
# http://127.0.0.1:8000) and `make test` (everything CI runs). The rest are their parts.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup python frontend migrate seed lock lint format messages

run: setup migrate seed
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test:
	bash scripts/test.sh

setup: python frontend

python: $(VENV)/.installed

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	touch $@

frontend:
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

# Extract the UI strings and compile the catalogues after a translation change.
messages: python
	$(BIN)/python manage.py makemessages --locale nl --locale en --ignore ".venv/*" --ignore "node_modules/*"
	$(BIN)/python manage.py compilemessages --ignore ".venv/*" --ignore "node_modules/*"
