#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: a PostgreSQL server,
# Chromium (driven by Playwright through executable_path; Playwright's own browser download
# is not used), ClamAV's daemon (scripts/clamav.sh), libmagic (uploads are inspected by
# content) and OpenTaal's Dutch word list (wdutch, the source of search/data/compound_parts.txt).
# Needs root or sudo; does nothing when everything is there.
set -euo pipefail

missing=()
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  missing+=(postgresql postgresql-contrib)
fi
if ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium fonts-dejavu-core)
fi
if ! command -v java >/dev/null 2>&1 && ! ls /usr/lib/jvm/*/bin/java >/dev/null 2>&1; then
  missing+=(openjdk-17-jre-headless)  # the test search engines (scripts/opensearch.sh, elasticsearch.sh)
fi
if ! command -v curl >/dev/null 2>&1; then
  missing+=(curl)  # the search-engine scripts download and health-check with it
fi
if ! command -v unzip >/dev/null 2>&1; then
  missing+=(unzip)
fi
if ! command -v clamd >/dev/null 2>&1 && [ ! -x /usr/sbin/clamd ]; then
  missing+=(clamav-daemon)  # the virus scanner of uploads (scripts/clamav.sh)
fi
if ! ls /usr/lib/*/libmagic.so.1 >/dev/null 2>&1; then
  missing+=(libmagic1)  # python-magic: uploads are inspected by their content
fi
if ! command -v msgfmt >/dev/null 2>&1; then
  missing+=(gettext)
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ! -f /usr/share/dict/dutch ]; then
  missing+=(wdutch)  # OpenTaal's word list: a test regenerates search/data/compound_parts.txt
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
