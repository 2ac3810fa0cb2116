#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh machine: the npm dev services (Azurite, maildev,
# adaptivecards) and, unless --npm-only, Debian's chromium for the rendered-output checks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
npm_only=false
[ "${1:-}" = "--npm-only" ] && npm_only=true

if [ ! -x "$root/node_modules/.bin/azurite" ] || [ ! -x "$root/node_modules/.bin/maildev" ] \
   || [ ! -f "$root/node_modules/adaptivecards/dist/adaptivecards.min.js" ]; then
  echo "setup: installing npm dev services (azurite, maildev, adaptivecards)..." >&2
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

if ! $npm_only && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing chromium (apt)..." >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  else
    echo "setup: chromium not found; rendered-output tests will fail. Install Debian's 'chromium' package." >&2
  fi
fi
