#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole suite through ctest.
# Pass ctest arguments to narrow it, for example: ./test.sh -L unit
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh
./scripts/build.sh

cd "${ONESEAL_BUILD_DIR:-build}"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
