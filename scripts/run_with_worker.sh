#!/usr/bin/env bash
# `make run`: the development server and, beside it, the task worker that sends the portal's
# e-mails (manage.py db_worker on the "background" queue). Stopping the server (Ctrl+C) stops
# the worker too.
set -uo pipefail
PYTHON=${PYTHON:-.venv/bin/python}

"$PYTHON" manage.py db_worker --backend background --interval 2 &
worker=$!
stop_worker() {
    kill "$worker" 2>/dev/null
    wait "$worker" 2>/dev/null
}
trap stop_worker EXIT

"$PYTHON" manage.py runserver "$@"
