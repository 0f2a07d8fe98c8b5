#!/usr/bin/env bash
# Configures (once) and builds OneSeal in ./build with ccache. Extra arguments name targets.
# ONESEAL_WERROR=ON turns warnings into errors, as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."

# Let clones in other folders (CI checks out a fresh one) share the compiler cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true

build_dir=${ONESEAL_BUILD_DIR:-build}
werror=${ONESEAL_WERROR:-OFF}
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

if [ ! -f "$build_dir/CMakeCache.txt" ] || ! grep -q "ONESEAL_WERROR:BOOL=$werror" "$build_dir/CMakeCache.txt"; then
    cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DONESEAL_WERROR="$werror"
fi
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build_dir" --parallel "$(nproc)" "${targets[@]}"
