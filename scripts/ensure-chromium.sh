#!/usr/bin/env sh
# Makes sure a Chromium is here for the browser tests: Debian's package, never a download by a
# test tool. CHROMIUM_PATH points at another build when you have one.
set -eu
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $path: install your distribution's chromium package" >&2
  echo "or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Chromium from Debian packages ..." >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
