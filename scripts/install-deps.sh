#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing OneSeal need.
# Idempotent: asks apt only for what is missing, and uses sudo when not root.
set -euo pipefail

packages=(
    cmake g++ ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-websockets-dev qt6-translations-l10n libqt6sql6-sqlite qt6-svg-dev qt6-httpserver-dev qt6-charts-dev
    libqt6opengl6-dev # Qt6Charts' CMake package needs Qt6OpenGL's
    qt6-qpa-plugins libgl-dev
    qtkeychain-qt6-dev libsodium-dev libqrencode-dev libzint-dev libzxing-dev
    libgtest-dev libbenchmark-dev
    fonts-noto-cjk poppler-utils xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    sqlite3 libsqlite3-dev
    chromium
    libqt6sql6-psql postgresql-15
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
