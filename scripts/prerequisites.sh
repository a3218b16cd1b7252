#!/usr/bin/env bash
# What `make run` needs before it can install the project's own dependencies, installed when
# missing (Debian packages, with root or sudo):
# - Python 3.11 with its venv module: Debian ships `python3 -m venv` separately, as python3.11-venv;
# - Node.js and npm for the front-end build (scripts/build_frontend.sh makes sure of the version).
# Silent when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/debian.sh

PYTHON="${PYTHON:-python3.11}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "prerequisites: $PYTHON not found (the portal runs on Python 3.11)"
  apt_install python3.11 python3.11-venv
  PYTHON=python3.11
fi
if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
  version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  echo "prerequisites: $PYTHON cannot create a virtual environment (python$version-venv is missing)"
  apt_install "python$version-venv"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "prerequisites: Node.js and npm are needed to build the front end"
  apt_install nodejs npm
fi
