#!/usr/bin/env bash
# The browser check (npm run test:browser) drives Debian's Chromium at /usr/bin/chromium through playwright-core,
# which never downloads a browser of its own. Installs the `chromium` package when that binary is missing (as root,
# or through sudo when there is one); does nothing when it is there. Prints the version either way.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ ! -x "$CHROMIUM" ]; then
	echo "== $CHROMIUM is missing: installing Debian's chromium package"
	if [ "$(id -u)" -eq 0 ]; then
		SUDO=()
	elif command -v sudo >/dev/null 2>&1; then
		SUDO=(sudo -n)
	else
		echo "ensure-chromium: $CHROMIUM is missing and this is not root (no sudo): run 'apt-get install -y chromium' as root" >&2
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	timeout 600 "${SUDO[@]}" apt-get update -qq
	timeout 900 "${SUDO[@]}" apt-get install -y -qq chromium >/dev/null
fi
# The launcher script complains on stderr about a shell test on some machines; the version line is what counts.
"$CHROMIUM" --version 2>/dev/null
