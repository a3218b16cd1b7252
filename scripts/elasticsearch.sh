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

. scripts/lib/search_node.sh
PID_FILE="$RUN_DIR/elasticsearch.pid"

install_distribution() {
  [ -f "$HOME_DIR/.installed" ] && return
  mkdir -p "$CACHE_DIR"
  local zip="$CACHE_DIR/elasticsearch-$VERSION.zip"
  download "org/elasticsearch/distribution/integ-test-zip/elasticsearch/$VERSION/elasticsearch-$VERSION.zip" "$zip"
  # Unpacked aside and moved in whole: the cache may be shared between checkouts.
  local staging
  staging=$(mktemp -d "$CACHE_DIR/unpack.XXXXXX")
  (cd "$staging" && unzip -q "$zip")
  touch "$staging/elasticsearch-$VERSION/.installed"
  rm -rf "$HOME_DIR"
  mv "$staging/elasticsearch-$VERSION" "$HOME_DIR"
  rmdir "$staging"
}

case "${1:-}" in
  start)
    install_distribution
    ensure_run_user
    ENGINE_HOME="$(runnable_home "$HOME_DIR")"
    # Not GET /: this build lacks the rest-root module that serves it.
    if ! curl -sf "http://127.0.0.1:$PORT/_cluster/health" >/dev/null 2>&1; then
      rm -rf "$RUN_DIR"
      mkdir -p "$RUN_DIR/data" "$RUN_DIR/logs" "$RUN_DIR/config" "$RUN_DIR/tmp"
      cp -r "$ENGINE_HOME/config/." "$RUN_DIR/config/"
      # Small heap; GC logs and crash logs in the run directory, not the cache.
      printf -- '-Xms512m\n-Xmx512m\n' >"$RUN_DIR/config/jvm.options.d/heap.options"
      sed -i -e "s#file=gc.log#file=$RUN_DIR/logs/gc.log#" \
        -e "s#ErrorFile=hs_err#ErrorFile=$RUN_DIR/logs/hs_err#" "$RUN_DIR/config/jvm.options"
      {
        node_settings
        echo "xpack.security.enabled: false"
      } >"$RUN_DIR/config/elasticsearch.yml"
      give_run_dir_to_owner
      JAVA_HOME="$(java_home)"
      (cd "$RUN_DIR" && as_owner env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" \
        ES_PATH_CONF="$RUN_DIR/config" ES_TMPDIR="$RUN_DIR/tmp" \
        "$ENGINE_HOME/bin/elasticsearch" -d -p "$PID_FILE" >"$RUN_DIR/startup.log" 2>&1) || {
        echo "Elasticsearch did not start; see $RUN_DIR/startup.log and $RUN_DIR/logs" >&2
        tail -n 20 "$RUN_DIR/startup.log" >&2
        exit 1
      }
    fi
    wait_until_healthy Elasticsearch "$PID_FILE"
    ;;
  stop)
    stop_node "$PID_FILE"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
