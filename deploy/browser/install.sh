#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's Chromium (browser downloads are not reachable, so
# Playwright's own builds are never fetched) and the Noto CJK fonts the Chinese pages render with.
# Idempotent and instant when both are present; needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(chromium fonts-noto-cjk)
missing=()
for package in "${packages[@]}"; do
  # `dpkg-query` rather than `command -v`: the fonts have no executable, and a half-removed package is "missing".
  status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
  [ "$status" = "install ok installed" ] || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ] && [ -x /usr/bin/chromium ]; then
  exit 0
fi
[ ${#missing[@]} -gt 0 ] || missing=(chromium)

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo > /dev/null || { echo "deploy/browser/install.sh: run as root (or install sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "== installing ${missing[*]} (Debian packages, for the browser tests)"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
[ -x /usr/bin/chromium ] || { echo "deploy/browser/install.sh: /usr/bin/chromium is still missing after installing ${missing[*]}" >&2; exit 1; }
