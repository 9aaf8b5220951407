#!/usr/bin/env bash
# CI's second build: every target with AddressSanitizer + UndefinedBehaviorSanitizer (gcc, preset
# "asan"), then the whole CTest suite. Fails on a failing test and on any sanitizer report.
# The CLI tests run the app as a child process and some expect it to fail, so a report there must
# not pass as "the expected non-zero exit": the presets send ASan and LSan reports to
# build/asan/sanitizer-logs/ (checked below), and make every sanitizer exit with 86, which no test
# expects. gcc's UBSan ignores log_path when ASan is linked too, so its reports stay on stderr,
# where the CLI tests' one-line-on-stderr checks see them.
# Run by run-tests.sh after install-deps.sh; usable alone once the packages are installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
logs=build/asan/sanitizer-logs

cmake --preset asan
# The build runs the test binaries too (catch_discover_tests), so the log folder must exist now.
rm -rf "$logs"
mkdir -p "$logs"
cmake --build --preset asan

status=0
ctest --preset asan || status=$?

reports=("$logs"/*)
if [ -e "${reports[0]}" ]; then
    echo "ASan/LSan reported ${#reports[@]} problem(s):" >&2
    for report in "${reports[@]}"; do
        echo "==== $report" >&2
        cat "$report" >&2
    done
    status=1
fi
if [ "$status" -ne 0 ]; then
    echo "sanitizer build: FAILED" >&2
else
    echo "sanitizer build: every test passed, no sanitizer report"
fi
exit "$status"
