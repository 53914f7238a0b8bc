#!/usr/bin/env bash
# The GraphiQL browser test drives Debian's chromium. Runs before `npm test` (and so in CI): installs
# the browser when it is missing and this machine can (root, apt-get); otherwise says what to do.
# CHROMIUM_PATH points the test at another binary.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing chromium (Debian package) for the GraphiQL browser test..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The GraphiQL browser test needs chromium at $browser: apt-get install chromium, or set CHROMIUM_PATH." >&2
exit 1
