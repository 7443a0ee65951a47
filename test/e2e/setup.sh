#!/usr/bin/env bash
# Installs what the real-editor tests need (see README.md): Debian's chromium, libkrb5-dev and ripgrep,
# then code-server 4.100.3 + playwright-core + @vscode/test-electron + mocha from package-lock.json.
# Idempotent; run as root (CI and dev machines here are root). Offline apart from Debian and npm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
start=$(date +%s)

need_apt=()
for pkg in chromium libkrb5-dev ripgrep; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "e2e setup: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi
test -x /usr/bin/chromium || { echo "e2e setup: /usr/bin/chromium missing after apt-get" >&2; exit 1; }
test -x /usr/bin/rg || { echo "e2e setup: /usr/bin/rg missing after apt-get" >&2; exit 1; }

# @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here); it looks in this cache first.
cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
tarball="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$tarball" ]; then
  mkdir -p "$cache"
  stage="$(mktemp -d)"
  cp /usr/bin/rg "$stage/rg"
  tar -czf "$tarball" -C "$stage" rg
  rm -rf "$stage"
fi

stamp="node_modules/.awspolicy-e2e-installed"
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  echo "e2e setup: node_modules up to date with package-lock.json"
else
  # code-server's postinstall refuses root without unsafe-perm; node-pty's postinstall calls npx.
  export npm_config_unsafe_perm=true npm_config_yes=true
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
node "$here/../../scripts/e2e-present.js" --quiet
echo "e2e setup: done in $(( $(date +%s) - start ))s"
