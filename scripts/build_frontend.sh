#!/usr/bin/env bash
# Builds the Amsterdam Design System into portal/static/vendor/amsterdam/ (a build output,
# gitignored). Run it from anywhere; running it twice gives the same result.
#
# The portal runs on an internal network, so nothing may load from a remote host at run time:
# the stylesheet is one file whose only url()s are the bundled fonts and inline data: images, and
# the build fails if a remote url() or an @import slips in with a new version of the packages.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MODULES="$ROOT/node_modules/@amsterdam"
TARGET="$ROOT/portal/static/vendor/amsterdam"
LOCK_STAMP="$ROOT/node_modules/.kennisportaal-lock.sha256"

command -v npm >/dev/null || { echo "build_frontend: npm is not installed (run scripts/prerequisites.sh, or apt-get install nodejs npm)" >&2; exit 1; }
. scripts/lib/node.sh
use_required_node

# Install exactly what package-lock.json says when node_modules is missing or was installed
# from another lock file.
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -d "$MODULES" || ! -f "$LOCK_STAMP" || "$(cat "$LOCK_STAMP")" != "$lock_hash" ]]; then
  echo "build_frontend: npm ci"
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
  echo "$lock_hash" >"$LOCK_STAMP"
fi

CSS="$MODULES/design-system-css"
TOKENS="$MODULES/design-system-tokens"
ASSETS="$MODULES/design-system-assets"

# Build next to the target and swap at the end, so a failed build leaves the old output intact.
mkdir -p "$(dirname "$TARGET")"
STAGING="$(mktemp -d "$(dirname "$TARGET")/.amsterdam-build.XXXXXX")"
trap 'rm -rf "$STAGING"' EXIT
mkdir -p "$STAGING/font" "$STAGING/logo" "$STAGING/icons" "$STAGING/favicon"

# Only the design system's components that the portal uses (the package ships one stylesheet
# per component, in dist/<component>/): those whose class names (ams-<component>, with __ or --
# after it) appear in the templates or in the code that writes HTML. A template that starts using
# another component needs a new build (make frontend; CI builds afresh).
USED_CLASSES="$(grep -rhoE 'ams-[a-z0-9_-]+' templates portal training themes people search \
  --include='*.html' --include='*.py' --include='*.js' --exclude-dir=vendor | sort -u)"
COMPONENTS=()
for dir in "$CSS"/dist/*/; do
  component="$(basename "$dir")"
  pattern="^ams-$component(\$|__|--|-[0-9a-z])"
  # The margin utilities are ams-mb-s, ams-mb-m, ... (margin-block-end).
  [[ "$component" == margin ]] && pattern='^ams-m[a-z]?-'
  if grep -qE "$pattern" <<<"$USED_CLASSES" && [[ -f "$dir/$component.css" ]]; then
    COMPONENTS+=("$component")
  fi
done
[[ ${#COMPONENTS[@]} -gt 0 ]] || { echo "build_frontend: no design system component found in use" >&2; exit 1; }

# One stylesheet, in the order the packages document: fonts, tokens, the compact token
# overrides (the design system's mode for internal applications), then the components in
# the order of the package's own index.css (alphabetical).
# Source map comments are dropped: the maps are not shipped, and Django's manifest storage
# fails on a reference to a file that does not exist.
{
  echo "/* Amsterdam Design System, built by scripts/build_frontend.sh. Do not edit. */"
  echo "/* @amsterdam/design-system-assets $(node -p "require('$ASSETS/package.json').version") (font: proprietary, City of Amsterdam) */"
  sed -E 's#url\("(AmsterdamSans-[A-Za-z]+\.woff2)"\)#url("font/\1")#g' "$ASSETS/font/index.css"
  echo
  echo "/* @amsterdam/design-system-tokens $(node -p "require('$TOKENS/package.json').version") (proprietary, City of Amsterdam) */"
  cat "$TOKENS/dist/index.css"
  echo
  cat "$TOKENS/dist/compact.css"
  echo
  echo "/* @amsterdam/design-system-css $(node -p "require('$CSS/package.json').version") (EUPL-1.2), the components the portal uses: ${COMPONENTS[*]} */"
  for component in "${COMPONENTS[@]}"; do
    sed -E 's|/\*# sourceMappingURL=[^*]*\*/||g' "$CSS/dist/$component/$component.css"
    echo
  done
} >"$STAGING/amsterdam.css"

cp "$ASSETS"/font/AmsterdamSans-*.woff2 "$STAGING/font/"
cp "$ASSETS/font/LICENSE.md" "$STAGING/font/LICENSE.md"
cp "$ASSETS/logo/amsterdam-logo.svg" "$STAGING/logo/"
cp "$ASSETS"/icons/*.svg "$STAGING/icons/"
cp "$ASSETS"/favicon/{favicon.ico,icon.svg,apple-touch-icon.png} "$STAGING/favicon/"
cp "$ASSETS/LICENSE.md" "$STAGING/LICENSE-assets.md"
cp "$TOKENS/LICENSE.md" "$STAGING/LICENSE-tokens.md"
cp "$CSS/LICENSE.md" "$STAGING/LICENSE-css.md"

# Every url() must be a bundled file or inline data; no @import may fetch anything.
remote="$(grep -oE 'url\([^)]*\)' "$STAGING/amsterdam.css" \
  | grep -vE "^url\(['\"]?(data:|font/AmsterdamSans-[A-Za-z]+\.woff2)" || true)"
if [[ -n "$remote" ]] || grep -q '@import' "$STAGING/amsterdam.css"; then
  echo "build_frontend: the stylesheet refers to files outside the bundle:" >&2
  echo "${remote:-@import}" >&2
  exit 1
fi
for font in $(grep -oE 'font/AmsterdamSans-[A-Za-z]+\.woff2' "$STAGING/amsterdam.css" | sort -u); do
  [[ -f "$STAGING/$font" ]] || { echo "build_frontend: missing $font" >&2; exit 1; }
done

rm -rf "$TARGET"
mv "$STAGING" "$TARGET"
chmod 755 "$TARGET"
trap - EXIT
echo "build_frontend: built $TARGET"
