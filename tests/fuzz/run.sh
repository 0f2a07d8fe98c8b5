#!/bin/sh
# Builds the licence-code fuzz target with clang's libFuzzer, ASan and UBSan, and runs it.
#   tests/fuzz/run.sh [SECONDS]   (default 60; new findings land in build/fuzz/artifacts)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/build/fuzz"
mkdir -p "$out/corpus" "$out/artifacts"
cp "$root"/tests/fuzz/corpus/licencetoken/* "$out/corpus/"
# Qt's headers need C++17 or later under clang 14; -fPIC because Debian's Qt is built with reduce-relocations.
clang++-14 -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -I"$root/app" \
    $(pkg-config --cflags Qt6Core libsodium) \
    "$root/tests/fuzz/fuzz_licencetoken.cpp" "$root"/app/core/base45.cpp "$root"/app/core/cose.cpp \
    "$root"/app/core/licencetoken.cpp "$root"/app/core/strictcbor.cpp \
    $(pkg-config --libs Qt6Core libsodium) -o "$out/fuzz_licencetoken"
"$out/fuzz_licencetoken" -max_total_time="${1:-60}" -max_len=4096 -artifact_prefix="$out/artifacts/" "$out/corpus"
