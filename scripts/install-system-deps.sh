#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the test suite needs, as root or as a normal user.
# Root (a container, CI) runs apt-get directly: such machines often have no sudo at all.
# Anyone else goes through sudo, and is told plainly when sudo is not there either.
#
#   bash scripts/install-system-deps.sh        # README's test command and .ci/run both call it
#
# dbus + gnome-keyring + libsecret-tools: a real Secret Service (and secret-tool for its canary);
# dbus-x11: the dbus-launch fallback some tools still look for; chromium + xvfb + xauth: the
# harness e2e and headed runs; fonts-dejavu-core: stable text rendering in screenshots.
set -euo pipefail

PACKAGES=(dbus dbus-x11 gnome-keyring libsecret-tools chromium xvfb xauth fonts-dejavu-core)

as_root=()
if [[ "$(id -u)" != "0" ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-system-deps: not root and no sudo; run it as root, or install: ${PACKAGES[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi

# `env` inside sudo: sudo drops the caller's environment, and apt must never stop to ask.
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get)
"${apt[@]}" update </dev/null
"${apt[@]}" install -y --no-install-recommends "${PACKAGES[@]}" </dev/null
