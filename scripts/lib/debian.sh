# Shared by the scripts that install Debian packages (sourced, not run).

apt_install() {
  # apt_install <package>...: installs with root or sudo, or says what to run when neither works.
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "Missing Debian packages: $*. Install them as root: apt-get install $*" >&2
      exit 1
    fi
    sudo="sudo"
  fi
  echo "Installing Debian packages: $*"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
