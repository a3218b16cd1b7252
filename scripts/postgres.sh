#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL server for the test suite on 127.0.0.1, in a data
# directory under .cache/. PostgreSQL refuses to run as root, so as root it runs as the
# `postgres` system user that the Debian package creates.
#   scripts/postgres.sh start   -> prints the DATABASE_URL to use
#   scripts/postgres.sh stop
set -euo pipefail

cd "$(dirname "$0")/.."
PORT="${TEST_POSTGRES_PORT:-54329}"
BIN_DIR="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
RUN_DIR="${TEST_POSTGRES_DIR:-/tmp/kennisportaal-postgres-$PORT}"
DATA_DIR="$RUN_DIR/data"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
  start)
    if [ ! -d "$DATA_DIR" ]; then
      mkdir -p "$RUN_DIR"
      [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$RUN_DIR"
      as_owner "$BIN_DIR/initdb" --pgdata="$DATA_DIR" --username=postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$RUN_DIR/initdb.log"
    fi
    if ! as_owner "$BIN_DIR/pg_ctl" --pgdata="$DATA_DIR" status >/dev/null 2>&1; then
      as_owner "$BIN_DIR/pg_ctl" --pgdata="$DATA_DIR" --log="$RUN_DIR/server.log" --wait \
        --options="-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$RUN_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
    fi
    echo "postgres://postgres@127.0.0.1:$PORT/kennisportaal"
    ;;
  stop)
    if [ -d "$DATA_DIR" ]; then
      as_owner "$BIN_DIR/pg_ctl" --pgdata="$DATA_DIR" --mode=fast stop >/dev/null 2>&1 || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
