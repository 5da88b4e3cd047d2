#!/usr/bin/env bash
# Installs Debian's chromium for `npm run check:browser` when it is missing.
# playwright-core drives it; its own browser downloads are not used because
# only Debian's packages are reachable where the project runs.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "install-chromium: /usr/bin/chromium is missing; install Debian's chromium package as root" >&2
  exit 1
fi

echo "Installing chromium with apt-get (once)…"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
echo "chromium installed: $(/usr/bin/chromium --version)"
