#!/usr/bin/env bash
# Starts (or stops) a throwaway ClamAV daemon for the test suite on 127.0.0.1, from the Debian
# package clamav-daemon (scripts/system_packages.sh installs it; this script installs nothing).
# The signature download (freshclam) cannot run here, so the daemon loads only the small
# database in scripts/clamav/, which detects the EICAR test file; production runs freshclam
# (see the README).
#   scripts/clamav.sh start   -> prints the CLAMAV_URL to use
#   scripts/clamav.sh stop
set -euo pipefail

cd "$(dirname "$0")/.."
PORT="${TEST_CLAMAV_PORT:-33109}"
RUN_DIR="${TEST_CLAMAV_DIR:-/tmp/kennisportaal-clamav-$PORT}"
CLAMD="$(command -v clamd || echo /usr/sbin/clamd)"

ping_clamd() {
  # clamd answers "zPING\0" with "PONG\0"; bash's /dev/tcp needs no extra package.
  local reply
  exec 3<>"/dev/tcp/127.0.0.1/$PORT" || return 1
  printf 'zPING\0' >&3
  IFS= read -r -d '' -t 10 reply <&3 || true
  exec 3<&- 3>&-
  [ "$reply" = "PONG" ]
}

case "${1:-}" in
  start)
    if [ ! -x "$CLAMD" ]; then
      echo "clamd is missing: run scripts/system_packages.sh (Debian package clamav-daemon)" >&2
      exit 1
    fi
    if ! ping_clamd 2>/dev/null; then
      mkdir -p "$RUN_DIR/database"
      cp scripts/clamav/*.ndb "$RUN_DIR/database/"
      cat >"$RUN_DIR/clamd.conf" <<CONF
TCPSocket $PORT
TCPAddr 127.0.0.1
Foreground false
PidFile $RUN_DIR/clamd.pid
LogFile $RUN_DIR/clamd.log
DatabaseDirectory $RUN_DIR/database
# Above the portal's upload limit, so that every accepted upload is scanned whole.
StreamMaxLength 64M
MaxFileSize 64M
MaxScanSize 256M
SelfCheck 0
CONF
      # clamd as root keeps running as root without a User line; it only listens on loopback.
      "$CLAMD" --config-file="$RUN_DIR/clamd.conf" >"$RUN_DIR/start.log" 2>&1 || {
        cat "$RUN_DIR/start.log" "$RUN_DIR/clamd.log" >&2 2>/dev/null
        exit 1
      }
      # Loading the database takes a moment on a busy machine; wait for the first answer.
      for _ in $(seq 1 300); do
        ping_clamd 2>/dev/null && break
        sleep 1
      done
      if ! ping_clamd 2>/dev/null; then
        echo "clamd did not answer on 127.0.0.1:$PORT; see $RUN_DIR/clamd.log" >&2
        exit 1
      fi
    fi
    echo "tcp://127.0.0.1:$PORT"
    ;;
  stop)
    if [ -f "$RUN_DIR/clamd.pid" ]; then
      kill "$(cat "$RUN_DIR/clamd.pid")" 2>/dev/null || true
      rm -f "$RUN_DIR/clamd.pid"
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
