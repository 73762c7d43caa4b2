#!/usr/bin/env sh
# Makes sure PostgreSQL's server binaries are here (Debian's package) for the Postgres bake's
# tests; tests/postgres.py starts a throwaway server with them.
set -eu
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "PostgreSQL is missing: install your distribution's postgresql package." >&2
  exit 1
fi
echo "Installing PostgreSQL from Debian packages ..." >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
