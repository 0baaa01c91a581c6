#!/usr/bin/env bash
# Runs a command against a real, private, headless Secret Service (gnome-keyring), so tests
# exercise the OS keychain for real instead of a fake. Works with no display and no stdin (CI).
#
#   bash scripts/with-keyring.sh npm test
#   KEYRING_LOCKED=1 bash scripts/with-keyring.sh node probe.js   # keyring starts LOCKED
#   KEYRING_LOCKED=prompt xvfb-run -a bash scripts/with-keyring.sh …  # LOCKED, prompt shown on X
#
# What the command gets:
#   - its own D-Bus session bus (dbus-run-session), gone when the command exits;
#   - private XDG_DATA_HOME / XDG_RUNTIME_DIR, so the developer's real keyrings are never touched;
#   - gnome-keyring-daemon (secrets component only) owning org.freedesktop.secrets, proven by a
#     canary store/lookup before the command starts;
#   - HANDOFF_REAL_KEYRING=1 (and HANDOFF_KEYRING_LOCKED=1 in the locked modes).
#
# Locked modes: after the canary, the default collection is locked with the Secret Service's own
# Lock method (locking needs no prompt). The canary item (service=handoff-keyring-canary,
# username=canary) is kept so a read of an EXISTING item can be tried: on a locked collection a
# search for a missing item still answers "none" without unlocking; only real items need it.
#   KEYRING_LOCKED=1      the bus's activation environment gets DISPLAY/WAYLAND_DISPLAY blanked,
#                         so the unlock prompter (gcr-prompter) cannot start, gnome-keyring reports
#                         the prompt as dismissed, and clients fail at once ("unlock prompt was
#                         dismissed"), with or without a display: deterministic, for CI.
#   KEYRING_LOCKED=prompt the display is kept: under Xvfb the unlock dialog really opens and nobody
#                         answers it, so keychain calls hang (the app's timeout path, for real).
set -euo pipefail

# --- Outer: private dirs, private bus, clean up afterwards ---

# Already inside an unlocked private keyring (e.g. `npm test` run by this script): reuse it.
if [[ "${1:-}" != "--inner" && "${HANDOFF_REAL_KEYRING:-}" == "1" && -z "${KEYRING_LOCKED:-}" ]]; then
  exec "$@"
fi

if [[ "${1:-}" != "--inner" ]]; then
  if [[ $# -eq 0 ]]; then
    echo "usage: $0 <command> [args...]" >&2
    exit 2
  fi
  for tool in dbus-run-session dbus-send dbus-update-activation-environment gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "with-keyring: '$tool' not found (apt-get install dbus gnome-keyring libsecret-tools)" >&2
      exit 127
    fi
  done
  XDG_DATA_HOME="$(mktemp -d -t handoff-keyring-data.XXXXXX)"
  XDG_RUNTIME_DIR="$(mktemp -d -t handoff-keyring-run.XXXXXX)"
  chmod 700 "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
  export XDG_DATA_HOME XDG_RUNTIME_DIR
  trap 'rm -rf "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"' EXIT
  # Not exec: the trap must run after the session ends. `|| status=$?` keeps set -e from
  # skipping the exit code propagation.
  status=0
  dbus-run-session -- bash "${BASH_SOURCE[0]}" --inner "$@" || status=$?
  exit "$status"
fi
shift # --inner

# --- Inner: runs on the private bus ---

log() { echo "with-keyring: $*" >&2; }

bus_has_secrets() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q 'boolean true'
}

# A throwaway password: the keyring lives only as long as this session.
password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
# --daemonize prints GNOME_KEYRING_CONTROL=...; clients find the daemon over D-Bus, so drop it.
printf %s "$password" | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null

# Bounded wait (10 s) for the daemon to own its bus name.
for _ in $(seq 1 100); do
  bus_has_secrets && break
  sleep 0.1
done
if ! bus_has_secrets; then
  log "org.freedesktop.secrets was not owned within 10 s"
  exit 1
fi

# Canary: a real store + lookup through libsecret proves the collection is writable.
canary="canary-$$-$RANDOM"
printf %s "$canary" | timeout 10 secret-tool store --label='Handoff keyring canary' \
  service handoff-keyring-canary username canary
if [[ "$(timeout 10 secret-tool lookup service handoff-keyring-canary username canary)" != "$canary" ]]; then
  log "canary lookup did not return what was stored"
  exit 1
fi

locked="${KEYRING_LOCKED:-0}"
case "$locked" in
  0 | 1 | prompt) ;;
  *)
    log "KEYRING_LOCKED must be 0, 1 or prompt (got '$locked')"
    exit 2
    ;;
esac

if [[ "$locked" != "0" ]]; then
  if [[ "$locked" == "1" ]]; then
    # Keep prompts from ever reaching a screen: they must fail fast, not wait for a human.
    # (dbus-update-activation-environment ships with dbus; a hang is worse than a clear failure.)
    dbus-update-activation-environment DISPLAY= WAYLAND_DISPLAY= >/dev/null
  fi
  collection="$(dbus-send --session --print-reply --dest=org.freedesktop.secrets \
    /org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias string:default |
    sed -n 's/.*object path "\(.*\)".*/\1/p')"
  dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.Lock "array:objpath:$collection" >/dev/null
  if ! dbus-send --session --print-reply --dest=org.freedesktop.secrets "$collection" \
    org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked |
    grep -q 'boolean true'; then
    log "could not lock $collection"
    exit 1
  fi
  export HANDOFF_KEYRING_LOCKED=1
  log "private keyring ready, LOCKED ($collection)"
else
  timeout 10 secret-tool clear service handoff-keyring-canary username canary
  log "private keyring ready, unlocked"
fi

export HANDOFF_REAL_KEYRING=1
exec "$@"
