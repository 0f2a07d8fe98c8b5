#!/bin/sh
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring (Secret Service), so
# that tests store device tokens in a real keychain and leave the user's own keyring alone.
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
# A non-empty password creates and unlocks the login keyring without a prompter (no display here).
dbus-run-session -- sh -c 'printf "oneseal-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "$@"' sh "$@"
