#!/usr/bin/env sh
# Makes sure the production stack test's servers are here, from Debian packages: nginx (TLS in
# front of the API instances), Redis (their shared cache) and openssl (the test's self-signed
# certificate). PostgreSQL comes from ensure-postgres.sh. Only the binaries are used: the test
# starts its own servers on free ports, never the system services.
set -eu
missing=""
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing="$missing nginx-light"
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"
command -v openssl >/dev/null 2>&1 || missing="$missing openssl"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing for the stack test:$missing (install them from your distribution)" >&2
  exit 1
fi
echo "Installing$missing from Debian packages ..." >&2
apt-get update -qq >&2
# policy-rc.d 101: the packages' own services are not started; the test runs its own.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
