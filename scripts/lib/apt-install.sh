#!/usr/bin/env bash
# Sourced by the scripts that install a Debian package the tests need (ensure-chromium.sh, ensure-queue-services.sh):
# `apt_install <package>...` installs them as root, or through sudo when there is one, and fails clearly otherwise.
apt_install() {
	local sudo=()
	if [ "$(id -u)" -ne 0 ]; then
		if command -v sudo >/dev/null 2>&1; then
			sudo=(sudo -n)
		else
			echo "$(basename "$0"): run 'apt-get install -y $*' as root" >&2
			return 1
		fi
	fi
	export DEBIAN_FRONTEND=noninteractive
	timeout 600 "${sudo[@]}" apt-get update -qq
	timeout 900 "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null
}
