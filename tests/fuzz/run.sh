#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, one after
# another, and prints executions, executions per second and crashes per
# target. Fuzzing is a manual step: it needs the nightly toolchain and
# cargo-fuzz (`cargo install cargo-fuzz`), which the ordinary tests do not.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      SECONDS defaults to 600
#   FUZZ_MINIMIZE=1 tests/fuzz/run.sh 600         also fold what was found
#                                                 into the committed corpora
#
# The committed corpora in tests/fuzz/corpus/ are only read: what a run finds
# goes to target/fuzz/corpus/, logs to target/fuzz/logs/, and a crash input
# to tests/fuzz/artifacts/ (ignored by git; report it, do not commit it).
# With FUZZ_MINIMIZE=1 the found inputs of up to 1 KiB are added to the
# committed corpus, `cargo fuzz cmin` keeps a smallest set with the same edge
# coverage, and when that is still more than FUZZ_CORPUS_MAX files (default
# 50) keep.awk keeps the ones that cover the most.
# On a shared machine, run it as `nice -n 15 tests/fuzz/run.sh`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(result_link team_link sealed_reply json_import stored_loader)
fi
toolchain="${FUZZ_TOOLCHAIN:-nightly}"
fuzz=(cargo "+$toolchain" fuzz)
options=(--fuzz-dir tests/fuzz --target-dir target/fuzz)
mkdir -p target/fuzz/logs

if ! "${fuzz[@]}" --version >/dev/null 2>&1; then
    echo "cargo-fuzz with the $toolchain toolchain is needed: cargo install cargo-fuzz" >&2
    exit 2
fi

# Folds the inputs a run found into the committed corpus of a target and
# shrinks it: edge coverage only (hit counts would keep hundreds of inputs
# that differ in how often a loop ran), a set cover, then a cap.
minimize() {
    local target="$1" work="$2" corpus="tests/fuzz/corpus/$1"
    local merge=(-set_cover_merge=1 -use_counters=0)
    find "$work" -type f -size -1025c -exec cp -n -t "$corpus" {} +
    "${fuzz[@]}" cmin "${options[@]}" "$target" "$corpus" -- "${merge[@]}" 2>&1 | tail -n 1
    local max="${FUZZ_CORPUS_MAX:-50}"
    if [ "$(find "$corpus" -type f | wc -l)" -gt "$max" ]; then
        local binary scratch
        binary="target/fuzz/$(rustc -vV | sed -n 's/^host: //p')/release/$target"
        scratch=$(mktemp -d)
        mkdir "$scratch/out"
        "$binary" -merge=1 "${merge[@]}" -merge_control_file="$scratch/control" \
            "$scratch/out" "$corpus" >/dev/null 2>&1
        awk -v keep="$max" -f tests/fuzz/keep.awk "$scratch/control" >"$scratch/keep"
        if [ -s "$scratch/keep" ]; then
            find "$corpus" -type f | grep -vxF -f "$scratch/keep" | xargs -r rm --
        fi
        rm -r "$scratch"
    fi
    echo "$target corpus: $(find "$corpus" -type f | wc -l) files"
}

summary=()
failed=0
for target in "${targets[@]}"; do
    work="target/fuzz/corpus/$target"
    log="target/fuzz/logs/$target.log"
    mkdir -p "$work"
    echo "== $target: $seconds s"
    # libFuzzer writes new inputs to the first corpus directory only.
    status=0
    "${fuzz[@]}" run "${options[@]}" "$target" "$work" "tests/fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -max_len=8192 -timeout=20 -print_final_stats=1 2>&1 |
        tee "$log" || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    crashes=0
    if [ "$status" -ne 0 ]; then
        crashes=1
        failed=1
    fi
    summary+=("$(printf '%-14s %12s executions %8s exec/s %2s crashes' \
        "$target" "${runs:-?}" "${speed:-?}" "$crashes")")

    if [ "${FUZZ_MINIMIZE:-0}" = 1 ] && [ "$crashes" -eq 0 ]; then
        minimize "$target" "$work"
    fi
done

echo "== summary ($seconds s per target)"
printf '%s\n' "${summary[@]}"
exit "$failed"
