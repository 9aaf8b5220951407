#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, preset "fuzz"; sources in tests/fuzz) and runs each one for a
# bounded time, starting from its seeds in tests/fuzz/corpus/<target>/ plus the inputs kept in
# tests/fuzz/regressions/<target>/. Any crash, sanitizer report, broken invariant, timeout or
# out-of-memory fails the run; the input is left in build/fuzz/run/<target>/artifacts/.
#   TECHWINTER_FUZZ_SECONDS  time per target (default 50)
#   TECHWINTER_FUZZ_JOBS     targets fuzzed at once (default: the number of cores)
# Run by run-tests.sh after install-deps.sh; usable alone once the packages are installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${TECHWINTER_FUZZ_SECONDS:-50}
jobs=${TECHWINTER_FUZZ_JOBS:-$(nproc)}
bin=build/fuzz/tests/fuzz
out=build/fuzz/run
# Symbolised stacks in reports; Debian installs the symbolizer under a versioned name only.
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer-14 || true)}
# Reports must stop the run (libFuzzer then saves the input); a leak in one input is a finding too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

cmake --preset fuzz
cmake --build --preset fuzz

rm -rf "$out"
mapfile -t targets < <(find tests/fuzz/corpus -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)

fuzz_one() {
    local name=$1 dir=$out/$1 max_len=16384
    mkdir -p "$dir/corpus" "$dir/artifacts"
    # Cells and command-line arguments are short; longer inputs only slow those two down.
    case $name in field_parsers | filter_arguments) max_len=512 ;; esac
    local seeds=(tests/fuzz/corpus/"$name")
    [ -d tests/fuzz/regressions/"$name" ] && seeds+=(tests/fuzz/regressions/"$name")
    # New inputs go to the first folder (in build/), never into the seed folders in the tree.
    # -timeout: one input taking 10 s is a hang worth failing on; -rss_limit_mb: libFuzzer's default.
    local rc=0
    "$bin/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
        "$dir/corpus" "${seeds[@]}" >"$dir/log" 2>&1 || rc=$?
    echo "$rc" >"$dir/status"
}

running=0
for name in "${targets[@]}"; do
    if [ ! -x "$bin/fuzz_$name" ]; then
        echo "no fuzz target binary for tests/fuzz/corpus/$name" >&2
        exit 1
    fi
    fuzz_one "$name" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

final_stat() { sed -n "s/^stat::$2: *//p" "$out/$1/log" | tail -1; }
passed=0
failed=0
# "new": inputs that reached new coverage in this run (kept in build/fuzz/run/<target>/corpus/).
printf '%-18s %-6s %12s %9s %8s %6s\n' target result executions "exec/s" coverage new
for name in "${targets[@]}"; do
    dir=$out/$name
    rc=$(cat "$dir/status")
    cov=$(grep -oE 'cov: [0-9]+' "$dir/log" | tail -1 | cut -d' ' -f2 || true)
    corpus=$(find "$dir/corpus" -type f | wc -l)
    result=ok
    if [ "$rc" -ne 0 ]; then
        result=FAILED
    fi
    printf '%-18s %-6s %12s %9s %8s %6s\n' "$name" "$result" \
        "$(final_stat "$name" number_of_executed_units)" \
        "$(final_stat "$name" average_exec_per_sec)" "${cov:-?}" "$corpus"
    if [ "$rc" -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done
for name in "${targets[@]}"; do
    dir=$out/$name
    if [ "$(cat "$dir/status")" -ne 0 ]; then
        echo "==== fuzz_$name failed (exit $(cat "$dir/status")); end of its log:" >&2
        tail -n 60 "$dir/log" >&2
        echo "input(s) kept in $dir/artifacts/: reproduce with $bin/fuzz_$name FILE, then fix and" \
            "copy the file to tests/fuzz/regressions/$name/" >&2
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
