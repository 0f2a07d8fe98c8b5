#!/bin/sh
# Runs a command against a real Secret Service: its own D-Bus session with a gnome-keyring unlocked from
# stdin, and HOME in a fresh temporary folder so that no test touches a person's keyring.
#   tests/keyring-session.sh COMMAND [ARGS...]
set -eu
command -v dbus-run-session >/dev/null || { echo "keyring-session: dbus-run-session is missing (package dbus)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "keyring-session: gnome-keyring-daemon is missing (package gnome-keyring)" >&2; exit 1; }
home=$(mktemp -d "${TMPDIR:-/tmp}/oneseal-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -m 700 "$home/run"
status=0
HOME="$home" XDG_DATA_HOME="$home/share" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
    dbus-run-session -- sh -c '
        # --unlock creates the login keyring from the password on stdin and unlocks it, so no prompt appears.
        eval "$(printf oneseal-test | gnome-keyring-daemon --unlock --components=secrets)"
        export GNOME_KEYRING_CONTROL
        "$@"
        status=$?
        kill "$GNOME_KEYRING_PID" 2>/dev/null || true
        exit $status' keyring-session "$@" || status=$?
exit $status
