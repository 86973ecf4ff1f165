#!/usr/bin/env bash
# Installs the system packages the test suite needs on Debian: PostgreSQL's server binaries (the
# integration and end-to-end tests start their own cluster) and Chromium (Playwright drives it).
# Run once as root; `npm test` itself never installs anything.
set -Eeuo pipefail

packages=()
have_pg() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && return 0; done
  command -v initdb >/dev/null 2>&1
}
have_pg || packages+=(postgresql)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)

if [ ${#packages[@]} -eq 0 ]; then
  echo "setup: everything the tests need is installed."
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "setup: missing Debian packages: ${packages[*]}. Install them (sudo apt-get install ${packages[*]}) or run this script as root." >&2
  exit 1
fi
echo "setup: installing ${packages[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "setup: done."
