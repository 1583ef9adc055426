#!/usr/bin/env bash
# The end-to-end tier's queue-mode test starts Debian's PostgreSQL and Redis itself, on loopback ephemeral ports in
# temporary folders. Installs the `postgresql` and `redis-server` packages when they are missing (as root, or through
# sudo when there is one); does nothing when they are there. The packages' own services are not used.
set -euo pipefail
. "$(dirname "$0")/../lib/apt-install.sh"

if command -v redis-server >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	exit 0
fi
echo "== PostgreSQL or Redis is missing: installing Debian's postgresql and redis-server packages"
apt_install postgresql redis-server
