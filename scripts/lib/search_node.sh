# Shared by scripts/opensearch.sh and scripts/elasticsearch.sh (sourced, not run): the parts of
# starting a throwaway single-node search engine that do not depend on which engine it is.
# Expects MAVEN, PORT, RUN_DIR, CACHE_DIR and RUN_USER to be set by the sourcing script.

# The scripts download and health-check with curl, and unpack with unzip.
for tool in curl unzip; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "$tool is not installed: run scripts/system_packages.sh (or apt-get install $tool)" >&2
    exit 1
  }
done

as_owner() {
  # The engines refuse to run as root: as root, run as the unprivileged system user.
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$RUN_USER" -- "$@"
  else
    "$@"
  fi
}

ensure_run_user() {
  if [ "$(id -u)" -eq 0 ] && ! id "$RUN_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
  fi
}

give_run_dir_to_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    chown -R "$RUN_USER" "$RUN_DIR"
  fi
}

runnable_home() {
  # runnable_home <unpacked distribution>: prints the directory to run the engine from. As
  # root the engine runs as RUN_USER, who may not be able to enter the checkout (e.g. one under
  # a mode-700 home directory): it then runs from a copy that RUN_USER owns, outside the
  # checkout, made once per version (SEARCH_ENGINE_HOMES, default /var/cache/kennisportaal-search).
  local source="$1"
  if [ "$(id -u)" -ne 0 ]; then
    echo "$source"
    return
  fi
  local homes="${SEARCH_ENGINE_HOMES:-/var/cache/kennisportaal-search}"
  local target
  target="$homes/$(basename "$source")"
  if [ ! -f "$target/.installed" ]; then
    mkdir -p "$homes"
    chmod 755 "$homes"
    local staging
    staging=$(mktemp -d "$homes/copy.XXXXXX")
    cp -a "$source/." "$staging/"
    touch "$staging/.installed"
    chown -R "$RUN_USER" "$staging"
    chmod 755 "$staging"
    # rename(2) refuses a non-empty target: when another checkout made the copy meanwhile,
    # that one (maybe already running) stays and this one is dropped.
    mv -T "$staging" "$target" 2>/dev/null || rm -rf "$staging"
  fi
  echo "$target"
}

java_home() {
  # Both engines' default versions run on Java 17 or newer (Java 17 is what the test command
  # installs); JAVA_HOME chooses another (OpenSearch 3 needs Java 21 or newer).
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

download() {
  # download <path in Maven Central> <file>: once; a cached file is reused.
  [ -f "$2" ] && return
  curl -sSfL --retry 3 -o "$2.part" "$MAVEN/$1"
  mv -f "$2.part" "$2"
}

node_settings() {
  # The settings both engines share, for their YAML configuration file.
  cat <<SETTINGS
cluster.name: kennisportaal-test
node.name: test-node
path.data: $RUN_DIR/data
path.logs: $RUN_DIR/logs
network.host: 127.0.0.1
http.port: $PORT
transport.port: $((PORT + 100))
discovery.type: single-node
cluster.routing.allocation.disk.threshold_enabled: false
SETTINGS
}

wait_until_healthy() {
  # wait_until_healthy <engine name> <pid file>: prints the URL once the node is yellow.
  for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
      echo "http://127.0.0.1:$PORT"
      exit 0
    fi
    if [ -f "$2" ] && ! kill -0 "$(cat "$2")" 2>/dev/null; then
      break
    fi
    sleep 1
  done
  echo "$1 did not start; see $RUN_DIR/logs and $RUN_DIR/startup.log" >&2
  exit 1
}

stop_node() {
  # stop_node <pid file>
  if [ -f "$1" ]; then
    local pid
    pid=$(cat "$1")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
  fi
}
