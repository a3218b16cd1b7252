#!/usr/bin/env bash
# Starts (or stops) a throwaway single-node Elasticsearch 8 for the test suite on 127.0.0.1.
#   scripts/elasticsearch.sh start   -> prints the URL to use (the tests read ELASTICSEARCH_URL)
#   scripts/elasticsearch.sh stop
#
# The distribution comes from Maven Central (org.elasticsearch.distribution.integ-test-zip; 8.19
# is the newest line published there) and is cached under .cache/elasticsearch. That minimal
# distribution has no `analysis-common` module (no stemmer, decompounder, asciifolding, ngram or
# synonym filters) and no Elasticsearch 8 build of that module is published, so an index on this
# node needs SEARCH_ANALYSIS=basic (see search/index.py); production distributions ship it.
# It carries x-pack security, switched off here (a loopback-only test node). Elasticsearch
# refuses to run as root: as root it runs as the system user `kennisportaal-search`.
set -euo pipefail

cd "$(dirname "$0")/.."
VERSION="${ELASTICSEARCH_VERSION:-8.19.21}"
PORT="${TEST_ELASTICSEARCH_PORT:-9215}"
MAVEN="${MAVEN_CENTRAL:-https://repo1.maven.org/maven2}"
CACHE_DIR="$PWD/.cache/elasticsearch"
HOME_DIR="$CACHE_DIR/elasticsearch-$VERSION"
RUN_DIR="${TEST_ELASTICSEARCH_DIR:-/tmp/kennisportaal-elasticsearch-$PORT}"
RUN_USER=kennisportaal-search

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$RUN_USER" -- "$@"
  else
    "$@"
  fi
}

java_home() {
  # Elasticsearch 8.19 runs on Java 17 or newer (Java 17 is what the test command installs).
  local candidate
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ]; then
      echo "$candidate"
      return
    fi
  done
  echo "No Java found: install the Debian package openjdk-17-jre-headless" >&2
  exit 1
}

install_distribution() {
  [ -f "$HOME_DIR/.installed" ] && return
  mkdir -p "$CACHE_DIR"
  local zip="$CACHE_DIR/elasticsearch-$VERSION.zip"
  if [ ! -f "$zip" ]; then
    curl -sSfL --retry 3 -o "$zip.part" \
      "$MAVEN/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$VERSION/elasticsearch-$VERSION.zip"
    mv -f "$zip.part" "$zip"
  fi
  # Unpacked aside and moved in whole: the cache may be shared between checkouts.
  local staging
  staging=$(mktemp -d "$CACHE_DIR/unpack.XXXXXX")
  (cd "$staging" && unzip -q "$zip")
  touch "$staging/elasticsearch-$VERSION/.installed"
  rm -rf "$HOME_DIR"
  mv "$staging/elasticsearch-$VERSION" "$HOME_DIR"
  rmdir "$staging"
}

pid_file="$RUN_DIR/elasticsearch.pid"

case "${1:-}" in
  start)
    install_distribution
    if [ "$(id -u)" -eq 0 ] && ! id "$RUN_USER" >/dev/null 2>&1; then
      useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
    fi
    # Not GET /: this build lacks the rest-root module that serves it.
    if ! curl -sf "http://127.0.0.1:$PORT/_cluster/health" >/dev/null 2>&1; then
      rm -rf "$RUN_DIR"
      mkdir -p "$RUN_DIR/data" "$RUN_DIR/logs" "$RUN_DIR/config" "$RUN_DIR/tmp"
      cp -r "$HOME_DIR/config/." "$RUN_DIR/config/"
      # Small heap; GC logs and crash logs in the run directory, not the cache.
      printf -- '-Xms512m\n-Xmx512m\n' >"$RUN_DIR/config/jvm.options.d/heap.options"
      sed -i -e "s#file=gc.log#file=$RUN_DIR/logs/gc.log#" \
        -e "s#ErrorFile=hs_err#ErrorFile=$RUN_DIR/logs/hs_err#" "$RUN_DIR/config/jvm.options"
      cat >"$RUN_DIR/config/elasticsearch.yml" <<EOF
cluster.name: kennisportaal-test
node.name: test-node
path.data: $RUN_DIR/data
path.logs: $RUN_DIR/logs
network.host: 127.0.0.1
http.port: $PORT
transport.port: $((PORT + 100))
discovery.type: single-node
cluster.routing.allocation.disk.threshold_enabled: false
xpack.security.enabled: false
EOF
      [ "$(id -u)" -eq 0 ] && chown -R "$RUN_USER" "$RUN_DIR" && chmod -R a+rX "$CACHE_DIR"
      JAVA_HOME="$(java_home)"
      (cd "$RUN_DIR" && as_owner env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" \
        ES_PATH_CONF="$RUN_DIR/config" ES_TMPDIR="$RUN_DIR/tmp" \
        "$HOME_DIR/bin/elasticsearch" -d -p "$pid_file" >"$RUN_DIR/startup.log" 2>&1) || {
        echo "Elasticsearch did not start; see $RUN_DIR/startup.log and $RUN_DIR/logs" >&2
        tail -n 20 "$RUN_DIR/startup.log" >&2
        exit 1
      }
    fi
    for _ in $(seq 1 120); do
      if curl -sf "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
        echo "http://127.0.0.1:$PORT"
        exit 0
      fi
      if [ -f "$pid_file" ] && ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
        break
      fi
      sleep 1
    done
    echo "Elasticsearch did not start; see $RUN_DIR/logs and $RUN_DIR/startup.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$pid_file" ]; then
      pid=$(cat "$pid_file")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
      done
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
