#!/usr/bin/env bash
# The end-to-end tier's queue-mode test starts Debian's PostgreSQL and Redis itself, on loopback ephemeral ports in
# temporary folders. Installs the `postgresql` and `redis-server` packages when they are missing (as root, or through
# sudo when there is one); does nothing when they are there. The packages' own services are not used.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	exit 0
fi
echo "== PostgreSQL or Redis is missing: installing Debian's postgresql and redis-server packages"
if [ "$(id -u)" -eq 0 ]; then
	SUDO=()
elif command -v sudo >/dev/null 2>&1; then
	SUDO=(sudo -n)
else
	echo "ensure-queue-services: run 'apt-get install -y postgresql redis-server' as root" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
timeout 600 "${SUDO[@]}" apt-get update -qq
timeout 900 "${SUDO[@]}" apt-get install -y -qq postgresql redis-server >/dev/null
