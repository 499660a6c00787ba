#!/usr/bin/env bash
# The packaged extension, end to end: package the .vsix (vsce, offline, into a temp dir), install it with
# `code-server --install-extension` into a fresh extensions dir, and run the editor test suite against that install
# (run.mjs with EXTENSIONS_DIR and NO_DEV_EXTENSION=1, so the repository is not loaded as development extension;
# extension.test.ts then checks that govreport.govreport really comes from the extensions dir).
# Needs test/vscode/setup.sh done (it is re-run here: ~1 s when warm, prints the PATH prefix for code-server's Node).
# Env: SKIP_BUILD=1 (dist/ is fresh: skip `npm run build`), KEEP_TMP=1, TEST_TIMEOUT_MS (passed to run.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
log() { echo "[vsix] $*" >&2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/govreport-vsix.XXXXXX")"
if [ -n "${KEEP_TMP:-}" ]; then trap 'log "kept $tmp"' EXIT; else trap 'rm -rf "$tmp"' EXIT; fi

prefix="$(bash test/vscode/setup.sh | tail -n1)"
export PATH="${prefix:+$prefix:}$PATH"
code_server="${CODE_SERVER:-$PWD/.vscode-test/code-server/node_modules/.bin/code-server}"

if [ -z "${SKIP_BUILD:-}" ]; then npm run --silent build; fi
node test/vscode/build-suite.mjs

# --no-rewrite-relative-links as in `npm run package`: the repository URL is not GitHub/GitLab, and vsce refuses to
# package a README with relative links it cannot rewrite. stdin from /dev/null: a vsce prompt fails instead of hanging.
vsix="$tmp/govreport.vsix"
npx --no-install @vscode/vsce package --no-dependencies --no-rewrite-relative-links --out "$vsix" </dev/null
size="$(stat -c %s "$vsix")"
log "$vsix: $size bytes ($(( (size + 1023) / 1024 )) KiB), $(unzip -Z1 "$vsix" | grep -c '^extension/') files"

# code-server with throwaway config, user-data and XDG dirs, as run.mjs does; nothing lands in $HOME.
printf 'auth: none\ncert: false\n' >"$tmp/config.yaml"
cs() {
  XDG_CONFIG_HOME="$tmp/xdg-config" XDG_DATA_HOME="$tmp/xdg-data" \
    "$code_server" --config "$tmp/config.yaml" --user-data-dir "$tmp/user-data" --extensions-dir "$tmp/extensions" "$@"
}
cs --install-extension "$vsix"
version="$(node -p 'require("./package.json").version')"
installed="$(cs --list-extensions --show-versions)"
echo "$installed" | grep -qx "govreport.govreport@$version" \
  || { echo "error: govreport.govreport@$version not installed; code-server lists: $installed" >&2; exit 1; }
ext="$tmp/extensions/govreport.govreport-$version"
for f in package.json dist/extension.js dist/server.js; do
  [ -f "$ext/$f" ] || { echo "error: $f missing in the installed extension $ext" >&2; exit 1; }
done
log "installed govreport.govreport@$version into $tmp/extensions"

EXTENSIONS_DIR="$tmp/extensions" NO_DEV_EXTENSION=1 GOVREPORT_EXPECT_EXTENSIONS_DIR="$tmp/extensions" \
  node test/vscode/run.mjs
