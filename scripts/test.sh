#!/usr/bin/env bash
# The whole test suite, as CI runs it, on a fresh machine: installs what is missing (Debian
# packages, Python packages, npm packages), checks style, migrations and deployment settings,
# then runs the tests twice: on SQLite and on a PostgreSQL server it starts itself (or the one
# in TEST_DATABASE_URL when that is set), both against a real OpenSearch node (scripts/opensearch.sh).
# The engine tests also run against a real Elasticsearch 8 node (scripts/elasticsearch.sh), in
# the SQLite pass only: the database makes no difference to them, and it saves CI time.
# Uploads are scanned by a real ClamAV daemon (scripts/clamav.sh) with the repository's test
# signatures (EICAR).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }

step "System packages"
bash scripts/system_packages.sh

# The search engines start in the background while the checks run (a JVM takes a while).
engines=$(mktemp -d)
stop_services() {
  wait || true  # an engine still starting (after an early failure) is stopped too
  bash scripts/opensearch.sh stop
  bash scripts/elasticsearch.sh stop
  bash scripts/clamav.sh stop
  rm -rf "$engines"
}
trap stop_services EXIT
bash scripts/opensearch.sh start >"$engines/opensearch" &
opensearch_start=$!
bash scripts/elasticsearch.sh start >"$engines/elasticsearch" &
elasticsearch_start=$!
CLAMAV_URL=$(bash scripts/clamav.sh start)  # a small signature database: loads in a second
export CLAMAV_URL

step "Python and front-end dependencies"
make --no-print-directory setup

PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE=portal.settings.test

step "Lint and format"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

step "Migrations and system checks"
$PY manage.py makemigrations --check --dry-run
$PY manage.py check --fail-level WARNING
env DJANGO_SETTINGS_MODULE=portal.settings.production \
  SECRET_KEY="check-deploy-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')" \
  ALLOWED_HOSTS=kennisportaal.example \
  $PY manage.py check --deploy --fail-level WARNING

step "Translations compiled and consistent"
compiled=$(mktemp)
for po in locale/*/LC_MESSAGES/django.po; do
  msgfmt --check -o "$compiled" "$po"
  if ! cmp -s "$compiled" "${po%.po}.mo"; then
    echo "${po%.po}.mo is out of date: run make messages" >&2
    exit 1
  fi
done
rm -f "$compiled"

step "Static files for production (whitenoise manifest)"
env DJANGO_SETTINGS_MODULE=portal.settings.production \
  SECRET_KEY="collectstatic-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')" \
  STATIC_ROOT="$(mktemp -d)" \
  $PY manage.py collectstatic --no-input -v0

step "Search engines (OpenSearch and Elasticsearch, single nodes)"
wait "$opensearch_start"  # a failed start ends the run here; its message is above
wait "$elasticsearch_start"
SEARCH_URL=$(cat "$engines/opensearch")
ELASTICSEARCH_URL=$(cat "$engines/elasticsearch")
export SEARCH_URL ELASTICSEARCH_URL

step "Tests on SQLite"
env -u DATABASE_URL $PY -m pytest -p no:cacheprovider "$@"

step "Tests on PostgreSQL"
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  database_url="$TEST_DATABASE_URL"
else
  trap 'stop_services; bash scripts/postgres.sh stop' EXIT
  database_url=$(bash scripts/postgres.sh start)
fi
DATABASE_URL="$database_url" $PY -m pytest -p no:cacheprovider -m "not elasticsearch" "$@"

step "All tests passed"
