#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo database on first start and opens the client.
#   ./run.sh                      open the client on the demo database
#   ./run.sh --screenshot FILE    start offscreen, sign in the demo clerk, save the main window as PNG
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh
./scripts/build.sh oneseal onesealctl oneseal-server

bin=${ONESEAL_BUILD_DIR:-build}/bin
# Outside a desktop session there is no runtime folder; give Qt a private one instead of a warning.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/oneseal-runtime-$(id -u)"
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
fi
db=${ONESEAL_DEMO_DB:-var/demo.sqlite}
mkdir -p "$(dirname "$db")"
if [ ! -s "$db" ]; then
    "$bin/onesealctl" demo-db --db "$db"
fi

if [ "${1:-}" = "--screenshot" ]; then
    [ -n "${2:-}" ] || { echo "usage: ./run.sh --screenshot FILE.png" >&2; exit 2; }
    QT_QPA_PLATFORM=offscreen exec "$bin/oneseal" --db "$db" --screenshot "$2" \
        --user clerk --password 'Demo#2026'
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found. Run ./run.sh on a desktop, or ./run.sh --screenshot FILE.png to check the client." >&2
    exit 1
fi
exec "$bin/oneseal" --db "$db" "$@"
