#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite (CTest over Catch2); then builds,
# validates, installs and runs the Debian package and removes it (check-deb.sh); then builds
# everything again with ASan + UBSan and runs the suite under them (run-sanitizers.sh); then runs
# each libFuzzer target for a bounded time (run-fuzz.sh). Exits non-zero on any failure, on any
# sanitizer report or fuzzer finding, and when no test was found.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

times=()
timed() {
    local label=$1 start=$SECONDS
    shift
    "$@"
    times+=("$(printf '%-28s %5d s' "$label" $((SECONDS - start)))")
}
summary() {
    echo "== phase times"
    printf '   %s\n' "${times[@]}"
}
trap summary EXIT

timed "install packages" bash packaging/install-deps.sh
timed "release build" bash -c 'cmake --preset release && cmake --build --preset release'
timed "release tests" ctest --preset release
timed "Debian package check" bash packaging/check-deb.sh build/release
timed "ASan+UBSan build and tests" bash packaging/run-sanitizers.sh
timed "fuzz build and runs" bash packaging/run-fuzz.sh
