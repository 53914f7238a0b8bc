#!/usr/bin/env bash
# Runs before `npm test` (and so in CI): installs, from Debian's packages, what the suite drives and
# is missing, when this machine can (root, apt-get); otherwise says what to do.
# - chromium: the GraphiQL and report browser tests (CHROMIUM_PATH points them at another binary);
# - postgresql: the store's tests on a real server, replicas included (each test file starts a
#   throwaway cluster of its own on a free port; the package's default cluster is not used).
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$browser" ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} (Debian packages) for the tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need ${missing[*]}: apt-get install ${missing[*]} (CHROMIUM_PATH may point at another chromium)." >&2
exit 1
