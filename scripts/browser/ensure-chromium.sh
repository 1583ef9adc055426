#!/usr/bin/env bash
# The browser check (npm run test:browser) drives Debian's Chromium at /usr/bin/chromium through playwright-core,
# which never downloads a browser of its own. Installs the `chromium` package when that binary is missing (as root,
# or through sudo when there is one); does nothing when it is there. Prints the version either way.
set -euo pipefail
. "$(dirname "$0")/../lib/apt-install.sh"

CHROMIUM=/usr/bin/chromium
if [ ! -x "$CHROMIUM" ]; then
	echo "== $CHROMIUM is missing: installing Debian's chromium package"
	apt_install chromium
fi
# The launcher script complains on stderr about a shell test on some machines; the version line is what counts.
"$CHROMIUM" --version 2>/dev/null
