# Sourced by scripts/build_frontend.sh: makes `node` and `npm` run on the Node.js version that
# package.json's "engines" asks for. Debian 12 ships Node.js 18; when the system's Node.js is
# older than that, the official Node.js build of the required major version is installed from
# the npm registry (the package node-linux-<arch>) into .cache/node and put first on PATH, so
# that npm runs on it too. Expects to run from the checkout's root.

node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]'; }

use_required_node() {
  local required arch bin
  required=$(sed -nE 's/.*"node": *">= *([0-9]+).*/\1/p' package.json)
  [ -n "$required" ] || return 0
  if [ "$(node_major)" -ge "$required" ]; then
    return 0
  fi
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *)
      echo "build_frontend: Node.js $(node --version) is older than package.json's >= $required;" \
        "install Node.js $required or newer (https://nodejs.org) and run again" >&2
      exit 1
      ;;
  esac
  bin="$PWD/.cache/node/node_modules/node-linux-$arch/bin"
  if [ ! -x "$bin/node" ] || [ "$(node_major "$bin/node")" -lt "$required" ]; then
    echo "build_frontend: Node.js $(node --version) is older than package.json's >= $required" \
      "(Debian 12 ships 18): installing Node.js $required from the npm registry into .cache/node"
    npm install --prefix .cache/node --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error "node-linux-$arch@$required"
  fi
  PATH="$bin:$PATH"
  export PATH
  echo "build_frontend: using Node.js $(node --version) from .cache/node"
}
